import { Body, Controller, Get, Post, Render } from '@nestjs/common';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Roles } from '../common/access/decorators.js';
import { Trail } from '../common/views/breadcrumbs.js';
import { FlashQuery, flashMessage } from '../common/views/flash.js';
import { answerForm, type FormBody } from '../common/views/form-submission.js';
import type { FieldErrors } from '../common/views/form.js';
import { QueryOrDefaults } from '../common/views/page-queries.js';
import { type PageAnswer, PageRequest } from '../common/views/page-request.js';
import { pageDateText } from '../common/validation/page-date.js';
import { translate } from '../i18n/translate.js';
import { CONFIRMATION_STATEMENTS, type SettingKey, SETTING_KINDS } from '../law/index.js';
import type { Locale } from '../kernel/index.js';
import { ProvinceSettingsQuery, PutProvinceSettingsDto } from './dto/province-settings.dto.js';
import { UnknownSetting } from './settings.errors.js';
import { ProvinceSettingsService, todayInVietnam } from './settings.service.js';
import {
  formKind,
  formValuesOf,
  historyRows,
  isSettingKey,
  type SettingFormValues,
  settingGroups,
  settingLabel,
  settingValueText,
  typedValues,
  valueFromForm,
} from './settings.views.js';

class SettingsPageQuery extends ProvinceSettingsQuery {
  @IsOptional()
  saved?: '1';
}

class EditSettingQuery extends FlashQuery {
  @IsOptional()
  @IsString()
  @MaxLength(80)
  key?: string;
}

/** The refusals of a change as the form names its inputs: every problem of the value beside the value. */
const formErrors = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([field, message]) => [field.startsWith('settings') ? 'value' : field, message]));

/**
 * The province settings in force on a day, grouped as the emulation office thinks of them, each with
 * its source and "chưa xác minh" where unverified; one setting's history and the form that sets it
 * from a date (admins only).
 */
@Controller('settings')
@Roles('admin')
export class SettingsPagesController {
  constructor(private readonly settings: ProvinceSettingsService) {}

  @Get()
  @Render('pages/settings/list')
  async list(@QueryOrDefaults(SettingsPageQuery) query: SettingsPageQuery, @PageRequest() { lang }: PageRequest) {
    const view = await this.settings.on(query.on ?? todayInVietnam());
    return {
      title: translate(lang, 'settings.title'),
      on: pageDateText(view.on),
      groups: settingGroups(lang, view),
      flash: flashMessage(lang, query),
    };
  }

  @Get('edit')
  @Trail({ label: 'settings.nav', href: '/settings' })
  @Render('pages/settings/edit')
  async edit(@QueryOrDefaults(EditSettingQuery) query: EditSettingQuery, @PageRequest() { lang }: PageRequest) {
    const key = this.known(query.key);
    return { ...(await this.editModel(lang, key, null, flashMessage(lang, query))), alert: null };
  }

  @Post('edit')
  @Trail({ label: 'settings.nav', href: '/settings' })
  save(@Body() body: FormBody, @PageRequest() page: PageRequest): Promise<PageAnswer> {
    const key = this.known(body.key);
    const json = {
      effectiveFrom: body.effectiveFrom,
      settings: { [key]: { value: valueFromForm(key, body), verified: body.verified === 'on', source: body.source ?? '' } },
      acknowledgePast: body.acknowledgePast === 'on',
    };
    const typed: SettingFormValues = {
      ...typedValues(body),
      effectiveFrom: typeof body.effectiveFrom === 'string' ? body.effectiveFrom : '',
      source: typeof body.source === 'string' ? body.source : '',
      verified: body.verified === 'on',
      acknowledgePast: body.acknowledgePast === 'on',
    };
    return answerForm(page, PutProvinceSettingsDto, json, (dto) => this.settings.put(dto, page.user), {
      redirectTo: `/settings/edit?key=${encodeURIComponent(key)}`,
      anchor: 'history',
      template: 'pages/settings/edit',
      errors: formErrors,
      model: () => this.editModel(page.lang, key, typed, null),
    });
  }

  private known(key: unknown): SettingKey {
    if (typeof key !== 'string' || !isSettingKey(key)) {
      throw new UnknownSetting(typeof key === 'string' ? key.slice(0, 80) : '');
    }
    return key;
  }

  private async editModel(lang: Locale, key: SettingKey, typed: SettingFormValues | null, flash: string | null) {
    const today = todayInVietnam();
    const [history, inForce] = await Promise.all([this.settings.history(key), this.settings.on(today)]);
    const current = inForce.settings.find((setting) => setting.key === key);
    const kind = formKind(key);
    const values: SettingFormValues = typed ?? {
      ...formValuesOf(key, current === undefined ? undefined : current.value),
      effectiveFrom: pageDateText(today),
      source: current?.source ?? '',
      verified: current?.verified ?? false,
      acknowledgePast: false,
    };
    const selected = (name: string, option: string): boolean => values[name] === option;
    return {
      title: settingLabel(lang, key),
      key,
      flash,
      current:
        current === undefined
          ? null
          : { valueText: settingValueText(lang, key, current.value), source: current.source, verified: current.verified },
      nullable: SETTING_KINDS[key].nullable,
      kind: { [kind]: true },
      values,
      modes: (['up', 'nearest', 'none'] as const).map((mode) => ({
        value: mode,
        label: translate(lang, `settings.roundingModes.${mode}`),
        selected: selected('mode', mode),
      })),
      quotaKinds: (['percent_of_staff', 'allotted'] as const).map((value) => ({
        value,
        label: translate(lang, `settings.quotaKinds.${value}`),
        selected: selected('quotaKind', value),
      })),
      quotaRoundings: (['down', 'up', 'nearest'] as const).map((value) => ({
        value,
        label: translate(lang, `settings.quotaRoundings.${value}`),
        selected: selected('quotaRounding', value),
      })),
      booleans: [
        { value: 'true', label: translate(lang, 'settings.yes'), selected: values.value === 'true' },
        { value: 'false', label: translate(lang, 'settings.no'), selected: values.value === 'false' },
      ],
      statements: CONFIRMATION_STATEMENTS.join(', '),
      history: historyRows(lang, history),
    };
  }
}
