import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Render } from '@nestjs/common';
import { Roles } from '../common/access/decorators.js';
import { errorMessage } from '../common/errors/error-messages.js';
import { errorStatus } from '../common/errors/error-codes.js';
import { pagerFor } from '../common/paging/pager.js';
import { Trail } from '../common/views/breadcrumbs.js';
import { domainFieldErrors, type FieldErrors } from '../common/views/form.js';
import { answerForm, asArray, type FormBody, submittedValues } from '../common/views/form-submission.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import { translate } from '../i18n/translate.js';
import { CodedError, hasAnyRole, type Locale } from '../kernel/index.js';
import { unitOptions, UnitsService } from '../units/index.js';
import { CreatePostingDto } from './dto/create-posting.dto.js';
import { ListPostingsQuery } from './dto/list-postings.query.js';
import { CreateObjectionDto, ResolveObjectionDto } from './dto/objection.dto.js';
import { PostingsService } from './postings.service.js';
import { detailModel, listRows, newModel, PostingPageQuery, postingFlash, type ResolveValues } from './postings.views.js';

/** "10" or " 10 " as typed in a form: a whole number; anything else as typed, for the DTO to refuse; empty: the default. */
const typedNumber = (value: unknown): unknown => {
  if (typeof value !== 'string') {
    return value;
  }
  const trimmed = value.trim();
  if (trimmed === '') {
    return undefined;
  }
  return /^\d{1,4}$/u.test(trimmed) ? Number(trimmed) : value;
};

/** The radio buttons "true"/"false" as the API's boolean; anything else as sent, for the DTO to refuse. */
const typedBoolean = (value: unknown): unknown => (value === 'true' ? true : value === 'false' ? false : value);

/**
 * Every refusal of the resolve form beside it, 403 included (the four-eyes rule: the reader can do
 * nothing about it, but the page they were on says why better than an error page).
 */
const besideTheForm = (error: unknown, lang: Locale): FieldErrors => {
  if (error instanceof CodedError && errorStatus(error.code) === 403) {
    return { _form: errorMessage(error, lang) };
  }
  return domainFieldErrors(error, lang);
};

/**
 * The postings pages, without JavaScript: the list of postings of the reader's units; a secretary's
 * form to post passed nominations; a posting's page (read-only for everyone of the unit, viewers
 * included) with the objection form while it runs and the secretary's resolve form per objection.
 */
@Controller('postings')
export class PostingsPagesController {
  constructor(
    private readonly postings: PostingsService,
    private readonly units: UnitsService,
  ) {}

  @Get()
  @Render('pages/postings/list')
  async list(@QueryOrDefaults(ListPostingsQuery) query: ListPostingsQuery, @PageRequest() page: PageRequest) {
    const found = await this.postings.list(query, page.user);
    const filters = { unitId: query.unitId ?? null, open: query.open ?? null };
    return {
      title: translate(page.lang, 'postings.title'),
      canCreate: hasAnyRole(page.user, ['council_secretary']),
      units: unitOptions(await this.units.list(page.user)),
      filters: { unitId: filters.unitId ?? '', open: filters.open ?? '' },
      items: listRows(page.lang, found.items),
      pager: pagerFor('/postings', filters, found),
    };
  }

  @Trail({ label: 'postings.title', href: '/postings' })
  @Get('new')
  @Roles('council_secretary')
  @Render('pages/postings/new')
  async newForm(@PageRequest() page: PageRequest) {
    return this.newPage(page, { nominationIds: [], startsOn: '', workingDays: '' });
  }

  @Post()
  @Roles('council_secretary')
  create(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const nominationIds = asArray(body.nominationIds);
    const form = { nominationIds, startsOn: body.startsOn, workingDays: typedNumber(body.workingDays) };
    return answerForm(page, CreatePostingDto, form, (dto) => this.postings.create(dto, page.user), {
      redirectTo: (created) => `/postings/${created.id}`,
      flash: 'created',
      template: 'pages/postings/new',
      // "nominationIds.3" (an unknown one) is said beside the list.
      errors: (errors) =>
        Object.fromEntries(
          Object.entries(errors).map(([field, text]) => [field.startsWith('nominationIds') ? 'nominationIds' : field, text]),
        ),
      model: () => this.newPage(page, { nominationIds, ...submittedValues(body, ['startsOn', 'workingDays'] as const) }),
    });
  }

  @Trail({ label: 'postings.title', href: '/postings' })
  @Get(':id')
  @Render('pages/postings/detail')
  async detail(
    @Param('id', ParseUUIDPipe) id: string,
    @QueryOrDefaults(PostingPageQuery) query: PostingPageQuery,
    @PageRequest() page: PageRequest,
  ) {
    const model = detailModel(page.lang, page.user, await this.postings.get(id, page.user));
    return { ...model, flash: postingFlash(page.lang, query.saved) };
  }

  @Post(':id/objections')
  object(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const values = submittedValues(body, ['nominationId', 'text'] as const);
    return answerForm(page, CreateObjectionDto, body, (dto) => this.postings.object(id, dto, page.user), {
      redirectTo: `/postings/${id}`,
      flash: 'objection',
      anchor: 'objections',
      template: 'pages/postings/detail',
      model: async () => detailModel(page.lang, page.user, await this.postings.get(id, page.user), { objection: values }),
    });
  }

  @Post(':id/objections/:objectionId/resolve')
  @Roles('council_secretary')
  resolve(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('objectionId', ParseUUIDPipe) objectionId: string,
    @Body() body: FormBody,
    @PageRequest() page: PageRequest,
  ): Promise<PageAnswer> {
    const values: ResolveValues = { objectionId: objectionId.toLowerCase(), ...submittedValues(body, ['resolution', 'upheld'] as const) };
    const form = { resolution: body.resolution, upheld: typedBoolean(body.upheld) };
    return answerForm(page, ResolveObjectionDto, form, (dto) => this.postings.resolve(id, objectionId, dto, page.user), {
      redirectTo: `/postings/${id}`,
      flash: 'resolved',
      anchor: 'objections',
      template: 'pages/postings/detail',
      fieldErrors: besideTheForm,
      model: async () => detailModel(page.lang, page.user, await this.postings.get(id, page.user), { resolve: values }),
    });
  }

  private async newPage(page: PageRequest, values: { nominationIds: readonly string[]; startsOn: string; workingDays: string }) {
    const [nominations, defaults] = await Promise.all([this.postings.postable(page.user), this.postings.defaultsToday()]);
    return newModel(page.lang, nominations, defaults, values);
  }
}
