import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Render, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, Roles } from '../common/access/decorators.js';
import { answerSubmission, submitForm, submittedValues, withoutEmpty } from '../common/views/form-submission.js';
import { localeFor } from '../common/views/page-context.js';
import { translate } from '../i18n/translate.js';
import { CreateUnitDto } from './dto/create-unit.dto.js';
import { UpdateUnitDto } from './dto/update-unit.dto.js';
import { unitOptions, unitWithDescendants } from './unit-options.js';
import { UnitsService, type UnitView } from './units.service.js';
import { type AuthUser, type Locale } from '../kernel/index.js';

const FORM_FIELDS = ['name', 'code', 'parentId'] as const;
type UnitFormValues = Record<(typeof FORM_FIELDS)[number], string>;
const EMPTY: UnitFormValues = { name: '', code: '', parentId: '' };
const SAVED = '/units?saved=1';

/** The unit tree with a form to add a unit, and the edit form (admins only). */
@Controller('units')
@Roles('admin')
export class UnitsPagesController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @Render('pages/units/list')
  list(@Query('saved') saved: unknown, @Req() request: FastifyRequest, @CurrentUser() user: AuthUser) {
    const lang = localeFor(request);
    return this.listModel(lang, user, EMPTY, saved === '1' ? translate(lang, 'common.saved') : null);
  }

  @Post()
  async create(
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    const lang = localeFor(request);
    // "No parent" is an empty choice; the DTO wants the field absent.
    const submission = await submitForm(CreateUnitDto, withoutEmpty(body, ['parentId']), lang, (dto) => this.units.create(dto, user));
    await answerSubmission(request, reply, submission, {
      redirectTo: SAVED,
      template: 'pages/units/list',
      model: () => this.listModel(lang, user, submittedValues(body, FORM_FIELDS), null),
    });
  }

  @Get(':id/edit')
  @Render('pages/units/form')
  async editForm(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest, @CurrentUser() user: AuthUser) {
    const unit = await this.units.get(id, user);
    return this.formModel(localeFor(request), user, unit, { name: unit.name, code: unit.code, parentId: unit.parentId ?? '' });
  }

  @Post(':id/edit')
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    const lang = localeFor(request);
    // The service moves a unit under another one; a top-level unit stays top-level (empty choice).
    const submission = await submitForm(UpdateUnitDto, withoutEmpty(body, ['parentId']), lang, (dto) => this.units.update(id, dto, user));
    await answerSubmission(request, reply, submission, {
      redirectTo: SAVED,
      template: 'pages/units/form',
      model: async () => this.formModel(lang, user, await this.units.get(id, user), submittedValues(body, FORM_FIELDS)),
    });
  }

  private async listModel(lang: Locale, user: AuthUser, values: UnitFormValues, flash: string | null) {
    const units = await this.units.list(user);
    const options = unitOptions(units);
    return {
      title: translate(lang, 'units.title'),
      flash,
      units: units.map((unit, i) => ({ ...unit, treeClass: options[i].treeClass })),
      parentOptions: options,
      values,
      alert: null,
    };
  }

  private async formModel(lang: Locale, user: AuthUser, unit: UnitView, values: UnitFormValues) {
    const units = await this.units.list(user);
    // A unit cannot move under itself or its sub-units, so they are not offered.
    const excluded = unitWithDescendants(units, unit.id);
    return {
      title: translate(lang, 'units.editTitle'),
      unitId: unit.id,
      // Only a top-level unit may stay without a parent: the service moves units, it does not detach them.
      canBeTopLevel: unit.parentId === null,
      parentOptions: unitOptions(units).filter((option) => !excluded.has(option.id)),
      values,
      alert: null,
    };
  }
}
