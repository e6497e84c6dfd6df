import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Render } from '@nestjs/common';
import { Roles } from '../common/access/decorators.js';
import { exportLinks } from '../common/export/export-links.js';
import { Trail } from '../common/views/breadcrumbs.js';
import { pagerFor } from '../common/paging/pager.js';
import { pageDateText } from '../common/validation/page-date.js';
import { FlashQuery, flashMessage } from '../common/views/flash.js';
import { flashWarnings } from '../common/validation/plausibility.js';
import { answerForm, type FormAnswer, type FormBody, submittedValues } from '../common/views/form-submission.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import { translate } from '../i18n/translate.js';
import { unitOptions, UnitsService } from '../units/index.js';
import { CreateStaffDto } from './dto/create-staff.dto.js';
import { ListStaffQuery } from './dto/list-staff.query.js';
import { UpdateStaffDto } from './dto/update-staff.dto.js';
import { StaffService, type StaffView } from './staff.service.js';
import { StaffMergeService } from './merge/staff-merge.service.js';
import { type AuthUser, type Locale } from '../kernel/index.js';

const FORM_FIELDS = ['code', 'fullName', 'gender', 'dateOfBirth', 'unitId', 'position', 'startedOn', 'status', 'leftOn'] as const;
type StaffFormValues = Record<(typeof FORM_FIELDS)[number], string>;

const FORM_TEMPLATE = 'pages/staff/form';
const DEFAULT_PAGE_SIZE = new ListStaffQuery().pageSize;

/** The staff pages: list with search and paging, detail, and the create and edit forms. */
@Controller('staff')
export class StaffPagesController {
  constructor(
    private readonly staff: StaffService,
    private readonly units: UnitsService,
    private readonly merges: StaffMergeService,
  ) {}

  /** A hand-edited address with a bad value shows the list with the defaults rather than an error. */
  @Get()
  @Render('pages/staff/list')
  async list(@QueryOrDefaults(ListStaffQuery) filter: ListStaffQuery, @PageRequest() { lang, user }: PageRequest) {
    const page = await this.staff.list(filter, user);
    const units = await this.units.list(user);
    const q = filter.q ?? '';
    const unitId = filter.unitId ?? '';
    return {
      title: translate(lang, 'staff.title'),
      q,
      unitId,
      unitOptions: unitOptions(units),
      items: page.items.map((item) => ({ ...item, ...labels(item, lang) })),
      exportLinks: exportLinks('/staff', { q, unitId }),
      pager: pagerFor('/staff', { q, unitId, pageSize: filter.pageSize === DEFAULT_PAGE_SIZE ? null : String(filter.pageSize) }, page),
    };
  }

  @Trail({ label: 'nav.staff', href: '/staff' })
  @Get('new')
  @Roles('hr_officer')
  @Render(FORM_TEMPLATE)
  newForm(@PageRequest() { lang, user }: PageRequest) {
    return this.formModel(lang, user, null, emptyValues());
  }

  @Trail({ label: 'nav.staff', href: '/staff' })
  @Post('new')
  @Roles('hr_officer')
  create(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, CreateStaffDto, body, (dto) => this.staff.create(dto, page.user), this.formAnswer(page, null, body));
  }

  @Trail({ label: 'nav.staff', href: '/staff' })
  @Get(':id')
  @Render('pages/staff/detail')
  async detail(
    @Param('id', ParseUUIDPipe) id: string,
    @QueryOrDefaults(FlashQuery) query: FlashQuery,
    @PageRequest() { lang, user }: PageRequest,
  ) {
    const staff = await this.staff.get(id, user);
    const unit = await this.units.get(staff.unitId, user);
    return {
      title: staff.fullName,
      flash: flashMessage(lang, query),
      flashWarnings: flashWarnings(lang, query.w),
      mergedInto: (await this.merges.mergedInto(id)) ?? null,
      staff: { ...staff, ...labels(staff, lang), unitName: unit.name },
    };
  }

  @Trail({ label: 'nav.staff', href: '/staff' }, { from: 'values.fullName', href: '/staff/:id' })
  @Get(':id/edit')
  @Roles('hr_officer')
  @Render(FORM_TEMPLATE)
  async editForm(@Param('id', ParseUUIDPipe) id: string, @PageRequest() { lang, user }: PageRequest) {
    return this.formModel(lang, user, id, valuesOf(await this.staff.get(id, user)));
  }

  @Trail({ label: 'nav.staff', href: '/staff' }, { from: 'values.fullName', href: '/staff/:id' })
  @Post(':id/edit')
  @Roles('hr_officer')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, UpdateStaffDto, body, (dto) => this.staff.update(id, dto, page.user), this.formAnswer(page, id, body));
  }

  /** Saved: to the record it saved. Refused: the form again, as typed. */
  private formAnswer(page: PageRequest, id: string | null, body: FormBody): FormAnswer<object, StaffView> {
    return {
      redirectTo: (staff) => `/staff/${staff.id}`,
      template: FORM_TEMPLATE,
      model: () => this.formModel(page.lang, page.user, id, submittedValues(body, FORM_FIELDS)),
    };
  }

  private async formModel(lang: Locale, user: AuthUser, id: string | null, values: StaffFormValues) {
    return {
      title: translate(lang, id ? 'staff.editTitle' : 'staff.new'),
      isEdit: id !== null,
      action: id ? `/staff/${id}/edit` : '/staff/new',
      cancelHref: id ? `/staff/${id}` : '/staff',
      values,
      unitOptions: unitOptions(await this.units.list(user)),
      alert: null,
    };
  }
}

const labels = (staff: Pick<StaffView, 'gender' | 'status'>, lang: Locale) => ({
  genderLabel: translate(lang, `gender.${staff.gender}`),
  statusLabel: translate(lang, `staffStatus.${staff.status}`),
});

const emptyValues = (): StaffFormValues => ({
  code: '',
  fullName: '',
  gender: '',
  dateOfBirth: '',
  unitId: '',
  position: '',
  startedOn: '',
  status: 'active',
  leftOn: '',
});

/** The stored record in the edit form, its dates dd/mm/yyyy as the pages show them. */
const valuesOf = (staff: StaffView): StaffFormValues => ({
  code: staff.code,
  fullName: staff.fullName,
  gender: staff.gender,
  dateOfBirth: pageDateText(staff.dateOfBirth),
  unitId: staff.unitId,
  position: staff.position ?? '',
  startedOn: pageDateText(staff.startedOn),
  status: staff.status,
  leftOn: pageDateText(staff.leftOn),
});
