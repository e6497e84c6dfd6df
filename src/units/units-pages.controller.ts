import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Render } from '@nestjs/common';
import { Roles } from '../common/access/decorators.js';
import { Trail } from '../common/views/breadcrumbs.js';
import { FlashQuery, flashMessage } from '../common/views/flash.js';
import { answerForm, type FormBody, submittedValues, withoutEmpty } from '../common/views/form-submission.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import { translate } from '../i18n/translate.js';
import { CreateUnitDto } from './dto/create-unit.dto.js';
import { UpdateUnitDto } from './dto/update-unit.dto.js';
import { unitOptions, unitWithDescendants } from './unit-options.js';
import { UnitsService, type UnitView } from './units.service.js';
import { type AuthUser, type Locale } from '../kernel/index.js';

const FORM_FIELDS = ['name', 'code', 'parentId'] as const;
type UnitFormValues = Record<(typeof FORM_FIELDS)[number], string>;
const EMPTY: UnitFormValues = { name: '', code: '', parentId: '' };

/** "No parent" is an empty choice; the DTOs want the field absent. */
const unitForm = (body: FormBody): FormBody => withoutEmpty(body, ['parentId']);

/** The unit tree with a form to add a unit, and the edit form (admins only). */
@Controller('units')
@Roles('admin')
export class UnitsPagesController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @Render('pages/units/list')
  list(@QueryOrDefaults(FlashQuery) query: FlashQuery, @PageRequest() { lang, user }: PageRequest) {
    return this.listModel(lang, user, EMPTY, flashMessage(lang, query));
  }

  @Post()
  create(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, CreateUnitDto, unitForm(body), (dto) => this.units.create(dto, page.user), {
      redirectTo: '/units',
      template: 'pages/units/list',
      model: () => this.listModel(page.lang, page.user, submittedValues(body, FORM_FIELDS), null),
    });
  }

  @Trail({ label: 'nav.units', href: '/units' })
  @Get(':id/edit')
  @Render('pages/units/form')
  async editForm(@Param('id', ParseUUIDPipe) id: string, @PageRequest() { lang, user }: PageRequest) {
    const unit = await this.units.get(id, user);
    return this.formModel(lang, user, unit, { name: unit.name, code: unit.code, parentId: unit.parentId ?? '' });
  }

  /** The service moves a unit under another one; a top-level unit stays top-level (empty choice). */
  @Trail({ label: 'nav.units', href: '/units' })
  @Post(':id/edit')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    return answerForm(page, UpdateUnitDto, unitForm(body), (dto) => this.units.update(id, dto, page.user), {
      redirectTo: '/units',
      template: 'pages/units/form',
      model: async () => this.formModel(page.lang, page.user, await this.units.get(id, page.user), submittedValues(body, FORM_FIELDS)),
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
