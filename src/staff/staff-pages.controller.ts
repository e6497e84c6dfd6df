import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Render, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { pagerFor } from '../common/paging/pager.js';
import { parseForm } from '../common/views/form.js';
import { answerSubmission, submitForm, submittedValues } from '../common/views/form-submission.js';
import { localeFor } from '../common/views/page-context.js';
import { translate } from '../i18n/translate.js';
import { unitOptions } from '../units/unit-options.js';
import { UnitsService } from '../units/units.service.js';
import { CreateStaffDto } from './dto/create-staff.dto.js';
import { ListStaffQuery } from './dto/list-staff.query.js';
import { UpdateStaffDto } from './dto/update-staff.dto.js';
import { StaffService, type StaffView } from './staff.service.js';
import { type AuthUser, type Locale } from '../kernel/index.js';

const FORM_FIELDS = ['code', 'fullName', 'gender', 'dateOfBirth', 'unitId', 'position', 'startedOn', 'status', 'leftOn'] as const;
type StaffFormValues = Record<(typeof FORM_FIELDS)[number], string>;

const FORM_TEMPLATE = 'pages/staff/form';
const DEFAULT_PAGE_SIZE = new ListStaffQuery().pageSize;
/** A saved form goes to the record it saved. */
const savedRecord = (staff: StaffView): string => `/staff/${staff.id}?saved=1`;

/** The staff pages: list with search and paging, detail, and the create and edit forms. */
@Controller('staff')
export class StaffPagesController {
  constructor(
    private readonly staff: StaffService,
    private readonly units: UnitsService,
  ) {}

  @Get()
  @Render('pages/staff/list')
  async list(@Query() query: Record<string, unknown>, @Req() request: FastifyRequest, @CurrentUser() user: AuthUser) {
    const lang = localeFor(request);
    const parsed = await parseForm(ListStaffQuery, query, lang);
    // A hand-edited address with a bad value shows the list with the defaults rather than an error.
    const filter = parsed.ok ? parsed.value : new ListStaffQuery();
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
      pager: pagerFor('/staff', { q, unitId, pageSize: filter.pageSize === DEFAULT_PAGE_SIZE ? null : String(filter.pageSize) }, page),
    };
  }

  @Get('new')
  @Roles('hr_officer')
  @Render(FORM_TEMPLATE)
  newForm(@Req() request: FastifyRequest, @CurrentUser() user: AuthUser) {
    return this.formModel(localeFor(request), user, null, emptyValues());
  }

  @Post('new')
  @Roles('hr_officer')
  async create(
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    const lang = localeFor(request);
    const submission = await submitForm(CreateStaffDto, body, lang, (dto) => this.staff.create(dto, user));
    await answerSubmission(request, reply, submission, {
      redirectTo: savedRecord,
      template: FORM_TEMPLATE,
      model: () => this.formModel(lang, user, null, submittedValues(body, FORM_FIELDS)),
    });
  }

  @Get(':id')
  @Render('pages/staff/detail')
  async detail(
    @Param('id', ParseUUIDPipe) id: string,
    @Query('saved') saved: unknown,
    @Req() request: FastifyRequest,
    @CurrentUser() user: AuthUser,
  ) {
    const lang = localeFor(request);
    const staff = await this.staff.get(id, user);
    const unit = await this.units.get(staff.unitId, user);
    return {
      title: staff.fullName,
      flash: saved === '1' ? translate(lang, 'common.saved') : null,
      staff: { ...staff, ...labels(staff, lang), unitName: unit.name },
    };
  }

  @Get(':id/edit')
  @Roles('hr_officer')
  @Render(FORM_TEMPLATE)
  async editForm(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest, @CurrentUser() user: AuthUser) {
    return this.formModel(localeFor(request), user, id, valuesOf(await this.staff.get(id, user)));
  }

  @Post(':id/edit')
  @Roles('hr_officer')
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    const lang = localeFor(request);
    const submission = await submitForm(UpdateStaffDto, body, lang, (dto) => this.staff.update(id, dto, user));
    await answerSubmission(request, reply, submission, {
      redirectTo: savedRecord,
      template: FORM_TEMPLATE,
      model: () => this.formModel(lang, user, id, submittedValues(body, FORM_FIELDS)),
    });
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

const valuesOf = (staff: StaffView): StaffFormValues => ({
  code: staff.code,
  fullName: staff.fullName,
  gender: staff.gender,
  dateOfBirth: staff.dateOfBirth ?? '',
  unitId: staff.unitId,
  position: staff.position ?? '',
  startedOn: staff.startedOn ?? '',
  status: staff.status,
  leftOn: staff.leftOn ?? '',
});
