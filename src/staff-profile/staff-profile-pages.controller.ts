import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Render } from '@nestjs/common';
import type { ClassConstructor } from 'class-transformer';
import { Roles } from '../common/access/decorators.js';
import { type Finding, flashWarnings } from '../common/validation/plausibility.js';
import { Trail } from '../common/views/breadcrumbs.js';
import { answerForm, type FormBody } from '../common/views/form-submission.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import {
  AppraisalsService,
  AwardsService,
  CreateDisciplineDto,
  CreateFreezeDto,
  DisciplinesService,
  FreezesService,
  InitiativesService,
  RevokeAwardDto,
} from '../history/index.js';
import { AppraisalEntryForm, AwardEntryForm, InitiativeEntryForm } from './dto/entry-forms.dto.js';
import { StaffProfileQuery } from './dto/staff-profile.query.js';
import { emptyValues, type EntryForm, entryErrors, savedAtTheTop, submittedEntry } from './entry-forms.js';
import { StaffProfileService } from './staff-profile.service.js';
import { profileView } from './staff-profile.views.js';

const TEMPLATE = 'pages/history/staff';

/** A saved record: its year on the timeline, and what was unlikely about it (shown after the redirect). */
type Saved = { year: number; warnings: Finding[] };

/** The year a record of these dates belongs to on the timeline. */
const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));

/**
 * A staff member's profile page: the history by year and the eligibility panel, with the entry forms
 * (HR officers and admins) that post to the history services and come back here.
 */
@Controller('staff/:id/history')
@Trail({ label: 'nav.staff', href: '/staff' }, { from: 'staff.fullName', href: '/staff/:id' })
export class StaffProfilePagesController {
  constructor(
    private readonly profile: StaffProfileService,
    private readonly awards: AwardsService,
    private readonly appraisals: AppraisalsService,
    private readonly initiatives: InitiativesService,
    private readonly disciplines: DisciplinesService,
    private readonly freezes: FreezesService,
  ) {}

  @Get()
  @Render(TEMPLATE)
  async show(
    @Param('id', ParseUUIDPipe) id: string,
    @QueryOrDefaults(StaffProfileQuery) query: StaffProfileQuery,
    @PageRequest() { lang, user }: PageRequest,
  ) {
    const reopened = query.saved && !savedAtTheTop(query.saved) ? query.saved : null;
    return {
      ...profileView(await this.profile.load(id, query, user), lang, { open: reopened, values: emptyValues(), saved: query.saved }),
      flashWarnings: flashWarnings(lang, query.w),
    };
  }

  @Post('awards')
  @Roles('hr_officer')
  addAward(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const save = async (form: AwardEntryForm) => this.awards.create({ ...form, staffId: id, unitId: undefined }, page.user);
    return this.answerEntry(page, id, 'award', body, AwardEntryForm, save);
  }

  @Post('appraisals')
  @Roles('hr_officer')
  setAppraisal(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const save = async ({ year, rating }: AppraisalEntryForm) => (await this.appraisals.put('staff', id, year, { rating }, page.user)).year;
    return this.answerEntry(page, id, 'appraisal', body, AppraisalEntryForm, save);
  }

  @Post('initiatives')
  @Roles('hr_officer')
  addInitiative(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const save = async (form: InitiativeEntryForm) => (await this.initiatives.create(id, form, page.user)).year;
    return this.answerEntry(page, id, 'initiative', body, InitiativeEntryForm, save);
  }

  @Post('disciplines')
  @Roles('hr_officer')
  addDiscipline(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const save = async (dto: CreateDisciplineDto) => yearOf((await this.disciplines.create(id, dto, page.user)).from);
    return this.answerEntry(page, id, 'discipline', body, CreateDisciplineDto, save);
  }

  @Post('freezes')
  @Roles('hr_officer')
  addFreeze(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const save = async (dto: CreateFreezeDto) => yearOf((await this.freezes.create('staff', id, dto, page.user)).from);
    return this.answerEntry(page, id, 'freeze', body, CreateFreezeDto, save);
  }

  /** Only this person's awards can be revoked from this page: the service is told whose it must be. */
  @Post('awards/:awardId/revoke')
  @Roles('hr_officer')
  revokeAward(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('awardId', ParseUUIDPipe) awardId: string,
    @Body() body: FormBody,
    @PageRequest() page: PageRequest,
  ): Promise<PageAnswer> {
    const save = async (dto: RevokeAwardDto) => (await this.awards.revoke(awardId, dto, page.user, { kind: 'staff', id })).year;
    return this.answerEntry(page, id, 'revoke', body, RevokeAwardDto, save);
  }

  /**
   * Saved: back to the page at the year of the record (303), with a message. Refused: the page again,
   * that form open and as typed, the errors beside its fields.
   */
  private answerEntry<T extends object>(
    page: PageRequest,
    id: string,
    form: EntryForm,
    body: FormBody,
    dto: ClassConstructor<T>,
    save: (value: T) => Promise<number | Saved>,
  ): Promise<PageAnswer> {
    return answerForm(page, dto, body, save, {
      redirectTo: (saved) => `/staff/${id}/history?year=${typeof saved === 'number' ? saved : saved.year}`,
      flash: form,
      // Back at the form just used (open again, for the next entry), or at the timeline after a revocation.
      anchor: form === 'revoke' ? 'timeline-title' : `form-${form}`,
      template: TEMPLATE,
      model: async (submission) => ({
        ...profileView(await this.profile.load(id, new StaffProfileQuery(), page.user), page.lang, {
          open: form,
          values: submittedEntry(form, body),
        }),
        formError: submission.ok ? null : (submission.errors._form ?? null),
      }),
      errors: entryErrors(form),
    });
  }
}
