import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Render, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Transform, Type } from 'class-transformer';
import { IsIn } from 'class-validator';
import type { DataSource } from 'typeorm';
import { Roles } from '../common/access/decorators.js';
import { errorStatus } from '../common/errors/error-codes.js';
import { errorMessage } from '../common/errors/error-messages.js';
import { Trail } from '../common/views/breadcrumbs.js';
import { FlashQuery } from '../common/views/flash.js';
import { domainFieldErrors, type FieldErrors } from '../common/views/form.js';
import { answerForm, asArray, type FormBody, submittedValues } from '../common/views/form-submission.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import type { CouncilDocumentKind, DocumentFormat } from '../documents/index.js';
import { translate } from '../i18n/translate.js';
import { type AuthUser, CodedError, hasAnyRole, type Locale, scopePatterns } from '../kernel/index.js';
import { nominationsByIds } from '../nominations/index.js';
import { ProvinceSettingsService } from '../settings/index.js';
import { CouncilDocumentsService } from './council-documents.service.js';
import { sendCouncilFile } from './council-sessions.controller.js';
import { pageDate, vietnamToday } from './council-dates.js';
import { CouncilSessionsService } from './council-sessions.service.js';
import { approvedNominationIdsUnder, councilRow, unitsInScope } from './councils.repository.js';
import { CouncilsService } from './councils.service.js';
import type { CouncilSessionView, CouncilView } from './councils.types.js';
import {
  agendaChoices,
  attendanceLines,
  attendeeChoices,
  ballotRow,
  councilRows,
  documentLinks,
  memberRows,
  sessionRows,
  shareOf,
} from './councils.views.js';
import { CouncilMemberDto, CreateCouncilDto, EndCouncilMemberDto } from './dto/council.dto.js';
import { CloseSessionDto, OpenSessionDto, RecordBallotDto } from './dto/session.dto.js';

/** The most approved nominations the session form lists at once. */
const AGENDA_CHOICES = 500;

/** Who may change councils and run their sessions on the pages (the API's roles). */
const runsCouncils = (user: AuthUser): boolean => hasAnyRole(user, ['council_secretary']);

/** An option left empty means "not given", as the API's absent field. */
const EmptyAsAbsent = (): PropertyDecorator => Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value));

/** The ballot form as an HTML form sends it: numbers as text, an empty optional count as none. */
class BallotForm extends RecordBallotDto {
  @Type(() => Number)
  declare for: number;

  @Type(() => Number)
  declare against: number;

  @EmptyAsAbsent()
  @Type(() => Number)
  declare abstain?: number;

  @EmptyAsAbsent()
  @Type(() => Number)
  declare writtenFor?: number;

  @EmptyAsAbsent()
  @Type(() => Number)
  declare writtenAgainst?: number;

  @EmptyAsAbsent()
  @Type(() => Number)
  declare version?: number;
}

/** Closing is confirmed by a ticked box, so a stray click settles nothing. */
class CloseForm extends CloseSessionDto {
  @EmptyAsAbsent()
  @Type(() => Number)
  declare version?: number;

  @IsIn(['1'], { message: 'confirm must be ticked' })
  confirm!: string;
}

const COUNCIL_FIELDS = ['unitId', 'name', 'symbol', 'locality'] as const;
const MEMBER_FIELDS = ['name', 'position', 'role', 'userId', 'staffId', 'from'] as const;
const SESSION_FIELDS = ['heldOn', 'place'] as const;
const BALLOT_FIELDS = ['for', 'against', 'abstain', 'writtenFor', 'writtenAgainst'] as const;

/** The service's refusals beside the fields they name, else above the form (a 409 or 422 the reader can act on). */
function pageFieldErrors(error: unknown, lang: Locale): FieldErrors {
  try {
    return domainFieldErrors(error, lang);
  } catch (rethrown: unknown) {
    const status = rethrown instanceof CodedError ? errorStatus(rethrown.code) : undefined;
    if (rethrown instanceof CodedError && (status === 409 || status === 422)) {
      return { _form: errorMessage(rethrown, lang) };
    }
    throw rethrown;
  }
}

/** The council's pages: councils and their members, sessions with attendance and ballots, closing, the minutes and the tally. */
@Controller()
export class CouncilsPagesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly councils: CouncilsService,
    private readonly sessions: CouncilSessionsService,
    private readonly documents: CouncilDocumentsService,
    private readonly settings: ProvinceSettingsService,
  ) {}

  @Get('councils')
  @Render('pages/councils/list')
  async list(@QueryOrDefaults(FlashQuery) query: FlashQuery, @PageRequest() page: PageRequest) {
    return this.listModel(page, emptyValues(COUNCIL_FIELDS), query.saved ? translate(page.lang, 'councils.created') : null);
  }

  @Post('councils')
  @Roles('council_secretary')
  create(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, CreateCouncilDto, { ...body, members: [] }, (dto) => this.councils.create(dto, page.user), {
      redirectTo: (council) => `/councils/${council.id}`,
      template: 'pages/councils/list',
      model: () => this.listModel(page, submittedValues(body, COUNCIL_FIELDS), null),
      fieldErrors: pageFieldErrors,
    });
  }

  @Trail({ label: 'councils.nav', href: '/councils' })
  @Get('councils/:id')
  @Render('pages/councils/detail')
  async detail(@Param('id', ParseUUIDPipe) id: string, @QueryOrDefaults(FlashQuery) query: FlashQuery, @PageRequest() page: PageRequest) {
    return this.detailModel(page, await this.councils.get(id, page.user), query.saved ? translate(page.lang, 'common.saved') : null, {});
  }

  @Trail({ label: 'councils.nav', href: '/councils' })
  @Post('councils/:id/members')
  @Roles('council_secretary')
  addMember(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, CouncilMemberDto, body, (dto) => this.councils.addMember(id, dto, page.user), {
      redirectTo: `/councils/${id}`,
      anchor: 'members-title',
      template: 'pages/councils/detail',
      model: async () =>
        this.detailModel(page, await this.councils.get(id, page.user), null, { member: submittedValues(body, MEMBER_FIELDS) }),
      errors: (errors) => prefixed(errors, 'member-'),
      fieldErrors: pageFieldErrors,
    });
  }

  @Trail({ label: 'councils.nav', href: '/councils' })
  @Post('councils/:id/members/:memberId/end')
  @Roles('council_secretary')
  endMember(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('memberId', ParseUUIDPipe) memberId: string,
    @Body() body: FormBody,
    @PageRequest() page: PageRequest,
  ): Promise<PageAnswer> {
    return answerForm(page, EndCouncilMemberDto, body, (dto) => this.councils.endMember(id, memberId, dto, page.user), {
      redirectTo: `/councils/${id}`,
      anchor: 'members-title',
      template: 'pages/councils/detail',
      model: async () => this.detailModel(page, await this.councils.get(id, page.user), null, { endMember: memberId }),
      errors: (errors) => ({ ...errors, [`end-${memberId.toLowerCase()}`]: errors.to ?? errors._form ?? '' }),
      fieldErrors: pageFieldErrors,
    });
  }

  @Trail({ label: 'councils.nav', href: '/councils' })
  @Post('councils/:id/sessions')
  @Roles('council_secretary')
  openSession(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const form = { ...body, councilId: id, attendees: asArray(body.attendees), nominationIds: asArray(body.nominationIds) };
    return answerForm(page, OpenSessionDto, form, (dto) => this.sessions.open(dto, page.user), {
      redirectTo: (session) => `/council-sessions/${session.id}`,
      template: 'pages/councils/detail',
      model: async () =>
        this.detailModel(page, await this.councils.get(id, page.user), null, {
          session: submittedValues(body, SESSION_FIELDS),
          attendees: form.attendees.map((each) => each.toLowerCase()),
          nominationIds: form.nominationIds.map((each) => each.toLowerCase()),
        }),
      errors: (errors) => prefixed(errors, 'session-'),
      anchor: 'session-title',
      fieldErrors: pageFieldErrors,
    });
  }

  @Trail({ label: 'councils.nav', href: '/councils' })
  @Get('council-sessions/:id')
  @Render('pages/councils/session')
  async session(@Param('id', ParseUUIDPipe) id: string, @QueryOrDefaults(FlashQuery) query: FlashQuery, @PageRequest() page: PageRequest) {
    return this.sessionModel(page, await this.sessions.get(id, page.user), query.saved ? translate(page.lang, 'common.saved') : null, null);
  }

  @Trail({ label: 'councils.nav', href: '/councils' })
  @Post('council-sessions/:id/ballots/:nominationId')
  @Roles('council_secretary')
  recordBallot(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('nominationId', ParseUUIDPipe) nominationId: string,
    @Body() body: FormBody,
    @PageRequest() page: PageRequest,
  ): Promise<PageAnswer> {
    return answerForm(page, BallotForm, body, (dto) => this.sessions.recordBallot(id, nominationId, dto, page.user), {
      redirectTo: (ballot) => `/council-sessions/${id}#ballot-${ballot.ordinal}`,
      template: 'pages/councils/session',
      model: async () =>
        this.sessionModel(page, await this.sessions.get(id, page.user), null, {
          nominationId: nominationId.toLowerCase(),
          values: submittedValues(body, BALLOT_FIELDS),
        }),
      errors: (errors) => ({
        ...prefixed(errors, `ballot-${nominationId.toLowerCase()}-`),
        [`ballot-${nominationId.toLowerCase()}-form`]: errors._form ?? '',
      }),
      fieldErrors: pageFieldErrors,
    });
  }

  @Trail({ label: 'councils.nav', href: '/councils' })
  @Post('council-sessions/:id/close')
  @Roles('council_secretary')
  close(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, CloseForm, body, (dto) => this.sessions.close(id, { version: dto.version }, page.user), {
      redirectTo: `/council-sessions/${id}`,
      anchor: 'results-title',
      template: 'pages/councils/session',
      model: async () => this.sessionModel(page, await this.sessions.get(id, page.user), null, null),
      errors: (errors) => prefixed(errors, 'close-'),
      fieldErrors: pageFieldErrors,
    });
  }

  @Get('council-sessions/:id/minutes.html')
  minutesHtml(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<StreamableFile> {
    return this.send(page, id, 'minutes', 'html');
  }

  @Get('council-sessions/:id/minutes.docx')
  minutesDocx(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<StreamableFile> {
    return this.send(page, id, 'minutes', 'docx');
  }

  @Get('council-sessions/:id/minutes.pdf')
  minutesPdf(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<StreamableFile> {
    return this.send(page, id, 'minutes', 'pdf');
  }

  @Get('council-sessions/:id/tally.html')
  tallyHtml(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<StreamableFile> {
    return this.send(page, id, 'tally', 'html');
  }

  @Get('council-sessions/:id/tally.docx')
  tallyDocx(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<StreamableFile> {
    return this.send(page, id, 'tally', 'docx');
  }

  @Get('council-sessions/:id/tally.pdf')
  tallyPdf(@Param('id', ParseUUIDPipe) id: string, @PageRequest() page: PageRequest): Promise<StreamableFile> {
    return this.send(page, id, 'tally', 'pdf');
  }

  private async send(page: PageRequest, id: string, kind: CouncilDocumentKind, format: DocumentFormat): Promise<StreamableFile> {
    return sendCouncilFile(page.reply, await this.documents.file(id, kind, format, page.user));
  }

  private async listModel(page: PageRequest, values: Record<string, string>, flash: string | null) {
    const councils = await this.councils.list(page.user, null);
    return {
      title: translate(page.lang, 'councils.title'),
      flash,
      councils: councilRows(page.lang, councils),
      canCreate: runsCouncils(page.user),
      units: (await unitsInScope(this.dataSource.manager, scopePatterns(page.user))).map((unit) => ({
        ...unit,
        selected: unit.id === values.unitId,
      })),
      values,
      alert: null,
    };
  }

  private async detailModel(
    page: PageRequest,
    council: CouncilView,
    flash: string | null,
    typed: {
      member?: Record<string, string>;
      endMember?: string;
      session?: Record<string, string>;
      attendees?: string[];
      nominationIds?: string[];
    },
  ) {
    const lang = page.lang;
    const today = vietnamToday();
    const canEdit = runsCouncils(page.user);
    const unitPath = (await councilRow(this.dataSource.manager, council.id))!.unitPath;
    const approved = canEdit
      ? await nominationsByIds(this.dataSource.manager, await approvedNominationIdsUnder(this.dataSource.manager, unitPath, AGENDA_CHOICES))
      : [];
    approved.sort((a, b) => a.subjectName.localeCompare(b.subjectName, 'vi'));
    const rules = await this.settings.inForceOn(today);
    return {
      title: council.name,
      flash,
      council,
      canEdit,
      members: memberRows(lang, council.members, today, canEdit),
      sessions: sessionRows(lang, council),
      roles: (['chair', 'vice_chair', 'member', 'secretary'] as const).map((role) => ({
        value: role,
        label: translate(lang, `councils.roles.${role}`),
        selected: (typed.member?.role ?? 'member') === role,
      })),
      member: typed.member ?? { ...emptyValues(MEMBER_FIELDS), role: 'member' },
      session: typed.session ?? { heldOn: '', place: '' },
      attendees: attendeeChoices(lang, council.members, today, typed.attendees ?? null),
      nominations: agendaChoices(approved, typed.nominationIds ?? []),
      rulesText: translate(lang, 'councils.newSession.rules', {
        quorum: shareOf(rules.council.quorum.value),
        awards: shareOf(rules.council.awardsAttendance.value),
      }),
      rulesUnverified: !rules.council.quorum.verified || !rules.council.awardsAttendance.verified,
      alert: null,
    };
  }

  private sessionModel(
    page: PageRequest,
    session: CouncilSessionView,
    flash: string | null,
    typed: { nominationId: string; values: Record<string, string> } | null,
  ) {
    const lang = page.lang;
    const canEdit = runsCouncils(page.user) && session.state === 'open';
    return {
      title: translate(lang, 'councils.session.title', { date: pageDate(session.heldOn) }),
      flash,
      session,
      councilId: session.councilId,
      stateText: translate(lang, `councils.states.${session.state}`),
      closed: session.state === 'closed',
      canEdit,
      attendance: attendanceLines(lang, session),
      present: session.members
        .filter((member) => member.present)
        .map((member) => ({ ...member, roleText: translate(lang, `councils.roles.${member.role}`) })),
      absent: session.members
        .filter((member) => !member.present)
        .map((member) => ({ ...member, roleText: translate(lang, `councils.roles.${member.role}`) })),
      ballots: session.ballots.map((ballot) =>
        ballotRow(lang, session, ballot, typed !== null && typed.nominationId === ballot.nominationId ? typed.values : null),
      ),
      failedBallot: typed?.nominationId ?? null,
      documents: documentLinks(session),
      alert: null,
    };
  }
}

const emptyValues = <K extends string>(fields: readonly K[]): Record<K, string> =>
  Object.fromEntries(fields.map((field) => [field, ''])) as Record<K, string>;

/** The form's errors under the ids its fields carry on a page with several forms ("member-name"). */
const prefixed = (errors: FieldErrors, prefix: string): FieldErrors => {
  const renamed: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    // One message per list ("attendees.3" beside the attendees' fieldset), the first one kept.
    const key = field === '_form' ? '_form' : `${prefix}${field.replace(/\.\d+$/u, '')}`;
    renamed[key] ??= message;
  }
  return renamed;
};
