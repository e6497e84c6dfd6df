import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Render } from '@nestjs/common';
import { Roles } from '../common/access/decorators.js';
import { Trail } from '../common/views/breadcrumbs.js';
import { pageDateText } from '../common/validation/page-date.js';
import { FlashQuery, flashMessage } from '../common/views/flash.js';
import { answerForm, type FormBody, submittedValues } from '../common/views/form-submission.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import { translate } from '../i18n/translate.js';
import { CreateIssuerDto } from './dto/create-issuer.dto.js';
import { UpdateIssuerDto } from './dto/update-issuer.dto.js';
import { IssuersService, type IssuerView } from './issuers.service.js';
import { issuerRows, successorOptions } from './issuers.views.js';
import { type Locale } from '../kernel/index.js';

const FORM_FIELDS = [
  'name',
  'parentName',
  'symbol',
  'place',
  'signerTitle',
  'signerName',
  'validFrom',
  'validTo',
  'successorId',
  'numberingMode',
  'authorityTitle',
  'regulationBasis',
  'foundingBasis',
  'organisationId',
] as const;
type IssuerFormValues = Record<(typeof FORM_FIELDS)[number], string>;
const EMPTY: IssuerFormValues = {
  name: '',
  parentName: '',
  symbol: '',
  place: '',
  signerTitle: '',
  signerName: '',
  validFrom: '',
  validTo: '',
  successorId: '',
  numberingMode: 'system',
  authorityTitle: '',
  regulationBasis: '',
  foundingBasis: '',
  organisationId: '',
};
/** A saved form goes back to the list, which says so. */
const SAVED = '/issuers';

/** Fields an emptied input clears (null, which the DTO lets through and the service stores), rather than leaves as they were. */
const CLEARABLE = [
  'parentName',
  'validFrom',
  'validTo',
  'successorId',
  'authorityTitle',
  'regulationBasis',
  'foundingBasis',
  'organisationId',
] as const;

const withEmptiedFieldsCleared = (body: FormBody): FormBody => {
  const cleared: FormBody = { ...body };
  for (const field of CLEARABLE) {
    const value = body[field];
    if (typeof value === 'string' && value.trim() === '') {
      cleared[field] = null;
    }
  }
  return cleared;
};

/** The issuers (cơ quan ban hành) with a form to add one, and the edit form (admins only). */
@Controller('issuers')
@Roles('admin')
export class IssuersPagesController {
  constructor(private readonly issuers: IssuersService) {}

  @Get()
  @Render('pages/issuers/list')
  list(@QueryOrDefaults(FlashQuery) query: FlashQuery, @PageRequest() { lang }: PageRequest) {
    return this.listModel(lang, EMPTY, flashMessage(lang, query));
  }

  @Post()
  create(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, CreateIssuerDto, withEmptiedFieldsCleared(body), (dto) => this.issuers.create(dto, page.user), {
      redirectTo: SAVED,
      template: 'pages/issuers/list',
      model: () => this.listModel(page.lang, submittedValues(body, FORM_FIELDS), null),
    });
  }

  @Trail({ label: 'nav.issuers', href: '/issuers' })
  @Get(':id/edit')
  @Render('pages/issuers/form')
  async editForm(@Param('id', ParseUUIDPipe) id: string, @PageRequest() { lang }: PageRequest) {
    return this.formModel(lang, id, valuesOf(await this.issuers.get(id)));
  }

  @Trail({ label: 'nav.issuers', href: '/issuers' })
  @Post(':id/edit')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, UpdateIssuerDto, withEmptiedFieldsCleared(body), (dto) => this.issuers.update(id, dto, page.user), {
      redirectTo: SAVED,
      template: 'pages/issuers/form',
      model: () => this.formModel(page.lang, id, submittedValues(body, FORM_FIELDS)),
    });
  }

  private async listModel(lang: Locale, values: IssuerFormValues, flash: string | null) {
    const issuers = await this.issuers.list();
    return {
      title: translate(lang, 'issuers.title'),
      flash,
      issuers: issuerRows(lang, issuers),
      successorOptions: successorOptions(lang, issuers, null),
      values,
      alert: null,
    };
  }

  private async formModel(lang: Locale, id: string, values: IssuerFormValues) {
    return {
      title: translate(lang, 'issuers.editTitle'),
      issuerId: id,
      successorOptions: successorOptions(lang, await this.issuers.list(), id),
      values,
      alert: null,
    };
  }
}

/** The stored issuer in the edit form, its dates dd/mm/yyyy as the pages show them. */
const valuesOf = (issuer: IssuerView): IssuerFormValues => ({
  name: issuer.name,
  parentName: issuer.parentName ?? '',
  symbol: issuer.symbol,
  place: issuer.place,
  signerTitle: issuer.signerTitle,
  signerName: issuer.signerName,
  validFrom: pageDateText(issuer.validFrom),
  validTo: pageDateText(issuer.validTo),
  successorId: issuer.successorId ?? '',
  numberingMode: issuer.numberingMode,
  authorityTitle: issuer.authorityTitle ?? '',
  regulationBasis: issuer.regulationBasis ?? '',
  foundingBasis: issuer.foundingBasis ?? '',
  organisationId: issuer.organisationId ?? '',
});
