import { Body, Controller, Get, Param, Post, Render } from '@nestjs/common';
import { Roles } from '../common/access/decorators.js';
import { IsAwardTypeCode } from '../common/validation/fields.js';
import { Trail } from '../common/views/breadcrumbs.js';
import { FlashQuery, flashMessage } from '../common/views/flash.js';
import type { FieldErrors } from '../common/views/form.js';
import { answerForm, asArray, type FormBody, submittedValues } from '../common/views/form-submission.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import { translate } from '../i18n/translate.js';
import { AWARD_KINDS, AWARD_LEVELS, AWARD_SUBJECTS, type Locale } from '../kernel/index.js';
import type { AwardTypeView } from './award-type.view.js';
import { CatalogueService } from './catalogue.service.js';
import { CreateAwardTypeDto } from './dto/create-award-type.dto.js';

const FORM_FIELDS = [
  'code',
  'name',
  'kind',
  'level',
  'authority',
  'coefficientIndividual',
  'coefficientCollective',
  'legalBasis',
  'moneyBasis',
] as const;
type AwardTypeFormValues = Record<(typeof FORM_FIELDS)[number], string> & { subjects: string[]; hasCertificate: boolean };
const EMPTY: AwardTypeFormValues = {
  code: '',
  name: '',
  kind: 'title',
  level: 'grassroots',
  authority: '',
  coefficientIndividual: '',
  coefficientCollective: '',
  legalBasis: '',
  moneyBasis: '',
  subjects: ['individual'],
  hasCertificate: false,
};

/** "1,5" as Vietnamese write it, or "1.5": a number; anything else is left as typed for the DTO to refuse. */
const typedNumber = (value: unknown): unknown => {
  if (typeof value !== 'string' || value.trim() === '') {
    return undefined;
  }
  const text = value.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/u.test(text) ? Number(text) : value;
};

/** The form as the API's JSON: subjects as a list, coefficients as numbers under `coefficients`, the box as a boolean. */
function asAwardTypeJson(body: FormBody): object {
  const coefficients = { individual: typedNumber(body.coefficientIndividual), collective: typedNumber(body.coefficientCollective) };
  const text = (field: string): unknown => body[field];
  return {
    code: text('code'),
    name: text('name'),
    kind: text('kind'),
    subjects: asArray(body.subjects),
    level: text('level'),
    authority: text('authority'),
    ...(coefficients.individual === undefined && coefficients.collective === undefined ? {} : { coefficients }),
    legalBasis: text('legalBasis'),
    moneyBasis: typeof body.moneyBasis === 'string' && body.moneyBasis.trim() !== '' ? body.moneyBasis : null,
    hasCertificate: body.hasCertificate === 'on',
  };
}

/** The DTO's nested names as the form's fields. */
const formErrors = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [
      field === 'coefficients.individual' ? 'coefficientIndividual' : field === 'coefficients.collective' ? 'coefficientCollective' : field,
      message,
    ]),
  );

class RetirePath {
  @IsAwardTypeCode()
  code!: string;
}

/**
 * The award catalogue (danh mục danh hiệu, hình thức khen thưởng) for admins: every type, the
 * retired ones flagged, a form for a local type, and a button to retire a type (kept for the
 * records that use it, no longer offered for new ones). The same service as the API.
 */
@Controller('catalogue')
@Roles('admin')
export class CataloguePagesController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get()
  @Render('pages/catalogue/list')
  list(@QueryOrDefaults(FlashQuery) query: FlashQuery, @PageRequest() { lang }: PageRequest) {
    return this.listModel(lang, EMPTY, flashMessage(lang, query));
  }

  @Post()
  create(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, CreateAwardTypeDto, asAwardTypeJson(body), (dto) => this.catalogue.create(dto, page.user), {
      redirectTo: '/catalogue',
      anchor: 'award-types',
      template: 'pages/catalogue/list',
      model: () =>
        this.listModel(
          page.lang,
          { ...submittedValues(body, FORM_FIELDS), subjects: asArray(body.subjects), hasCertificate: body.hasCertificate === 'on' },
          null,
        ),
      errors: formErrors,
    });
  }

  @Trail({ label: 'nav.catalogue', href: '/catalogue' })
  @Post(':code/retire')
  retire(@Param() { code }: RetirePath, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, FlashQuery, {}, () => this.catalogue.retire(code, page.user), {
      redirectTo: '/catalogue',
      anchor: `type-${code}`,
      template: 'pages/catalogue/list',
      model: () => this.listModel(page.lang, EMPTY, null),
    });
  }

  private async listModel(lang: Locale, values: AwardTypeFormValues, flash: string | null) {
    const types = await this.catalogue.list();
    return {
      title: translate(lang, 'cataloguePages.title'),
      flash,
      types: types.map((type) => typeRow(type, lang)),
      kinds: AWARD_KINDS.map((value) => ({ value, label: translate(lang, `catalogue.kinds.${value}`), selected: value === values.kind })),
      levels: AWARD_LEVELS.map((value) => ({
        value,
        label: translate(lang, `catalogue.levels.${value}`),
        selected: value === values.level,
      })),
      subjects: AWARD_SUBJECTS.map((value) => ({
        value,
        label: translate(lang, `catalogue.subjects.${value}`),
        checked: values.subjects.includes(value),
      })),
      values,
      alert: null,
    };
  }
}

function typeRow(type: AwardTypeView, lang: Locale) {
  const coefficient = (subject: 'individual' | 'collective'): string | null => {
    const value = type.coefficients[subject];
    return value === undefined ? null : `${translate(lang, `catalogue.subjects.${subject}`)}: ${String(value).replace('.', ',')}`;
  };
  return {
    code: type.code,
    name: type.name,
    kindLabel: translate(lang, `catalogue.kinds.${type.kind}`),
    levelLabel: translate(lang, `catalogue.levels.${type.level}`),
    subjectsLabel: type.subjects.map((subject) => translate(lang, `catalogue.subjects.${subject}`)).join(', '),
    coefficients: [coefficient('individual'), coefficient('collective')].filter(Boolean).join('; '),
    legalBasis: type.legalBasis,
    isLocal: type.isLocal,
    retired: type.retired,
    retiredOn: type.retiredOn,
  };
}
