import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Render } from '@nestjs/common';
import type { ClassConstructor } from 'class-transformer';
import { Roles } from '../common/access/decorators.js';
import { answerForm, type FormBody } from '../common/views/form-submission.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import { AppraisalsService, AwardsService, CreateFreezeDto, FreezesService, LiftFreezeDto } from '../history/index.js';
import { translate } from '../i18n/translate.js';
import { unitOptions } from '../units/index.js';
import { isValidYear } from '../kernel/index.js';
import { UnitAppraisalForm, UnitAwardForm } from './dto/unit-entry-forms.dto.js';
import { UnitPageQuery } from './dto/unit-page.query.js';
import { emptyUnitValues, submittedUnitEntry, type UnitForm, unitEntryErrors, type UnitFormValues } from './unit-forms.js';
import { UnitProfileService } from './unit-profile.service.js';
import { unitPageView } from './unit-profile.views.js';

const TEMPLATE = 'pages/units/detail';

/** Sections of the unit page a saved form may lead back to. */
const SECTIONS = ['eligibility', 'history', 'freezes'] as const;

/** The panel's year and section the form was posted from, as hidden fields; anything else takes the defaults. */
function returnAddress(id: string, body: FormBody, fallbackYear: number, fallbackSection: (typeof SECTIONS)[number]): string {
  const asked = typeof body.panelYear === 'string' ? Number(body.panelYear) : NaN;
  const year = isValidYear(asked) ? asked : fallbackYear;
  const section = (SECTIONS as readonly unknown[]).includes(body.returnTo) ? (body.returnTo as string) : fallbackSection;
  return `/units/${id}?year=${year}#${section}`;
}

/**
 * A unit's own page: details, collective history, members, sub-units and the eligibility panel for
 * every collective award, with the entry forms (HR officers and admins) that post to the history
 * services and come back to the section they were sent from. Readers see only units in their scope.
 */
@Controller('units')
export class UnitProfilePagesController {
  constructor(
    private readonly profile: UnitProfileService,
    private readonly appraisals: AppraisalsService,
    private readonly awards: AwardsService,
    private readonly freezes: FreezesService,
  ) {}

  /** The units a reader may open (a manager: their own and below), for those without the admin's unit tree. */
  @Get('mine')
  @Render('pages/units/mine')
  async mine(@PageRequest() { lang, user }: PageRequest) {
    const units = await this.profile.reachable(user);
    const options = unitOptions(units);
    return {
      title: translate(lang, 'unitPage.mineTitle'),
      units: units.map((unit, i) => ({ ...unit, treeClass: options[i].treeClass })),
    };
  }

  @Get(':id')
  @Render(TEMPLATE)
  async show(
    @Param('id', ParseUUIDPipe) id: string,
    @QueryOrDefaults(UnitPageQuery) query: UnitPageQuery,
    @PageRequest() { lang, user }: PageRequest,
  ) {
    const profile = await this.profile.load(id, { year: query.year, page: query.page }, user);
    return unitPageView(profile, lang, { open: query.open ?? null, values: prefilled(query), saved: query.saved });
  }

  @Post(':id/appraisals')
  @Roles('hr_officer')
  setAppraisal(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const save = async ({ year, rating }: UnitAppraisalForm) => (await this.appraisals.put('unit', id, year, { rating }, page.user)).year;
    return this.answerEntry(page, id, 'appraisal', body, UnitAppraisalForm, save, 'history');
  }

  @Post(':id/awards')
  @Roles('hr_officer')
  addAward(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const save = async (form: UnitAwardForm) => (await this.awards.create({ ...form, unitId: id, staffId: undefined }, page.user)).year;
    return this.answerEntry(page, id, 'award', body, UnitAwardForm, save, 'history');
  }

  @Post(':id/freezes')
  @Roles('hr_officer')
  addFreeze(@Param('id', ParseUUIDPipe) id: string, @Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const save = async (dto: CreateFreezeDto) => Number((await this.freezes.create('unit', id, dto, page.user)).from.slice(0, 4));
    return this.answerEntry(page, id, 'freeze', body, CreateFreezeDto, save, 'freezes');
  }

  /** Ends a hold of this unit (the panel's fix for "no freeze"); another unit's freeze is not found here (404). */
  @Post(':id/freezes/:freezeId/lift')
  @Roles('hr_officer')
  liftFreeze(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('freezeId', ParseUUIDPipe) freezeId: string,
    @Body() body: FormBody,
    @PageRequest() page: PageRequest,
  ): Promise<PageAnswer> {
    const save = async (dto: LiftFreezeDto) => Number((await this.freezes.lift('unit', id, freezeId, dto, page.user)).from.slice(0, 4));
    return this.answerEntry(page, id, 'lift', body, LiftFreezeDto, save, 'freezes');
  }

  /**
   * Saved: back to the section the form was sent from (303), the panel on the year it showed, with a
   * message. Refused: the page again, that form open and as typed, the errors beside its fields.
   */
  private answerEntry<T extends object>(
    page: PageRequest,
    id: string,
    form: UnitForm,
    body: FormBody,
    dto: ClassConstructor<T>,
    save: (value: T) => Promise<number>,
    section: (typeof SECTIONS)[number],
  ): Promise<PageAnswer> {
    return answerForm(page, dto, body, save, {
      redirectTo: (year) => returnAddress(id, body, year, section),
      flash: form,
      template: TEMPLATE,
      model: async (submission) => {
        const query = new UnitPageQuery();
        const profile = await this.profile.load(id, { year: query.year, page: 1 }, page.user);
        return {
          ...unitPageView(profile, page.lang, { open: form, values: submittedUnitEntry(form, body) }),
          formError: submission.ok ? null : (submission.errors._form ?? null),
        };
      },
      errors: unitEntryErrors(form),
    });
  }
}

/** A fix link of the panel opens a form with the year (and award) it is about already chosen. */
function prefilled(query: UnitPageQuery): UnitFormValues {
  const values = emptyUnitValues();
  const year = query.formYear === undefined ? '' : String(query.formYear);
  values.appraisal.year = year;
  values.award.year = year;
  values.award.awardType = query.formAward ?? '';
  return values;
}
