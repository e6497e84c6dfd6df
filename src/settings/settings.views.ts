import { pageDateText } from '../common/validation/page-date.js';
import { translate } from '../i18n/translate.js';
import type { MoneyRounding } from '../law/money/reward-amount.js';
import type { AwardCriteria } from '../law/rulebooks/rulebook.js';
import {
  type Fraction,
  isSettingKey,
  type QuotaRule,
  SETTING_GROUPS,
  SETTING_KEYS,
  settingGroup,
  type SettingGroup,
  type SettingKey,
} from '../law/index.js';
import { type AwardCode, isAwardCode, type Locale } from '../kernel/index.js';
import type { SettingHistoryView, SettingPeriodView, SettingsOnView } from './settings.types.js';

/** How a key's value is typed on the page: one input, or the parts of a structured value. */
export type FormKind = 'text' | 'whole' | 'percent' | 'fraction' | 'dayMonth' | 'rounding' | 'boolean' | 'quota' | 'criteria';

export function formKind(key: SettingKey): FormKind {
  const prefix = key.split('.')[0];
  switch (prefix) {
    case 'provinceName':
      return 'text';
    case 'councilQuorum':
    case 'councilAwardsAttendance':
      return 'fraction';
    case 'councilThresholdPercent':
      return 'percent';
    case 'quota':
      return 'quota';
    case 'deadlines':
      return 'dayMonth';
    case 'moneyRounding':
      return 'rounding';
    case 'registrationRequired':
      return 'boolean';
    case 'delegatedCriteria':
    case 'additionalCriteria':
      return 'criteria';
    default:
      return 'whole';
  }
}

/** Keys of the per-award families: their absence means "none", and the page offers to add one. */
const PER_AWARD = ['councilThresholdPercent', 'quota', 'delegatedCriteria', 'additionalCriteria'] as const;
type PerAwardPrefix = (typeof PER_AWARD)[number];
const perAwardOf = (key: SettingKey): { prefix: PerAwardPrefix; award: AwardCode } | null => {
  const [prefix, award] = key.split('.');
  return (PER_AWARD as readonly string[]).includes(prefix) && award !== undefined && isAwardCode(award)
    ? { prefix: prefix as PerAwardPrefix, award }
    : null;
};

export function settingLabel(lang: Locale, key: SettingKey): string {
  const perAward = perAwardOf(key);
  if (perAward !== null) {
    return translate(lang, `settings.perAward.${perAward.prefix}`, { award: translate(lang, `law.awardsShort.${perAward.award}`) });
  }
  if (key.startsWith('deadlines.')) {
    return translate(lang, `settings.keys.deadlines.${key.slice('deadlines.'.length) as 'annualDossier'}`);
  }
  return translate(lang, `settings.keys.${key as 'provinceName'}`);
}

const NUMBER = new Intl.NumberFormat('vi-VN');
const pad = (n: number): string => String(n).padStart(2, '0');

/** The value in words: "2/3 số thành viên", "Ngày 10/12 hằng năm", "Làm tròn lên bội số của 10.000 đồng". */
export function settingValueText(lang: Locale, key: SettingKey, value: unknown): string {
  if (value === null) {
    return translate(lang, 'settings.none');
  }
  switch (formKind(key)) {
    case 'text':
      return String(value);
    case 'boolean':
      return translate(lang, value === true ? 'settings.yes' : 'settings.no');
    case 'percent':
      return translate(lang, 'settings.values.percent', { value: String(value) });
    case 'fraction': {
      const { numerator, denominator } = value as Fraction;
      return denominator === 100
        ? translate(lang, 'settings.values.percent', { value: numerator })
        : translate(lang, 'settings.values.fraction', { numerator, denominator });
    }
    case 'dayMonth': {
      const { day, month } = value as { day: number; month: number };
      return translate(lang, 'settings.values.dayMonth', { day: pad(day), month: pad(month) });
    }
    case 'rounding': {
      const { step, mode } = value as MoneyRounding;
      const keyFor = { up: 'roundingUp', nearest: 'roundingNearest', none: 'roundingNone' } as const;
      return translate(lang, `settings.values.${keyFor[mode]}`, { step: NUMBER.format(step) });
    }
    case 'quota': {
      const rule = value as QuotaRule;
      return rule.kind === 'percent_of_staff'
        ? translate(lang, 'settings.values.quotaPercent', {
            percent: NUMBER.format(rule.percent),
            rounding: translate(lang, `settings.quotaRoundings.${rule.rounding}`),
          })
        : translate(lang, 'settings.values.quotaAllotted', { count: Object.keys(rule.perUnit).length });
    }
    case 'criteria': {
      const specs = Object.values(value as AwardCriteria).flatMap((list) => list ?? []);
      return translate(lang, 'settings.values.criteria', { count: specs.length, codes: specs.map((spec) => spec.code).join(', ') });
    }
    case 'whole':
      return translate(lang, key.endsWith('WorkingDays') ? 'settings.values.workingDays' : 'settings.values.days', {
        value: String(value),
      });
  }
}

const periodText = (lang: Locale, period: { effectiveFrom: string; effectiveTo: string | null }): string =>
  period.effectiveTo === null
    ? translate(lang, 'settings.fromOpen', { from: pageDateText(period.effectiveFrom) })
    : translate(lang, 'settings.fromTo', { from: pageDateText(period.effectiveFrom), to: pageDateText(period.effectiveTo) });

const row = (lang: Locale, period: SettingPeriodView) => ({
  key: period.key,
  label: settingLabel(lang, period.key),
  valueText: settingValueText(lang, period.key, period.value),
  source: period.source,
  verified: period.verified,
  period: periodText(lang, period),
  editHref: `/settings/edit?key=${encodeURIComponent(period.key)}`,
});

/** The settings in force, by group in the page's order; per-award groups offer the keys not in force. */
export function settingGroups(lang: Locale, view: SettingsOnView) {
  return SETTING_GROUPS.map((group: SettingGroup) => {
    const settings = view.settings.filter((setting) => setting.group === group).map((setting) => row(lang, setting));
    const shown = new Set(settings.map((setting) => setting.key));
    const addable = SETTING_KEYS.filter((key) => settingGroup(key) === group && perAwardOf(key) !== null && !shown.has(key)).map((key) => ({
      key,
      label: settingLabel(lang, key),
    }));
    const note = group === 'criteria' ? translate(lang, 'settings.criteriaNotRead') : null;
    return { group, title: translate(lang, `settings.groups.${group}`), settings, addable, note };
  });
}

export function historyRows(lang: Locale, history: readonly SettingHistoryView[]) {
  return history.map((period) => ({
    ...row(lang, period),
    updatedBy: period.updatedBy ?? translate(lang, 'audit.system'),
    updatedAt: period.updatedAt,
  }));
}

/** What the form's inputs hold, as text: from the value in force (prefilled) or as typed (refused). */
export type SettingFormValues = Record<string, string | boolean>;

export function formValuesOf(key: SettingKey, value: unknown): SettingFormValues {
  if (value === null || value === undefined) {
    return { none: value === null };
  }
  switch (formKind(key)) {
    case 'fraction':
    case 'dayMonth':
    case 'rounding':
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([name, part]) => [name, String(part)]));
    case 'quota': {
      const rule = value as QuotaRule;
      return rule.kind === 'percent_of_staff'
        ? { quotaKind: rule.kind, percent: String(rule.percent), quotaRounding: rule.rounding }
        : { quotaKind: rule.kind, perUnit: JSON.stringify(rule.perUnit) };
    }
    case 'criteria':
      return { criteria: JSON.stringify(value) };
    default:
      return { value: String(value) };
  }
}

const FORM_NAMES = [
  'value',
  'numerator',
  'denominator',
  'day',
  'month',
  'step',
  'mode',
  'quotaKind',
  'percent',
  'quotaRounding',
  'perUnit',
  'criteria',
];

/** The inputs as typed, for the form shown again. */
export function typedValues(body: Record<string, unknown>): SettingFormValues {
  const values: SettingFormValues = { none: body.none === 'on' };
  for (const name of FORM_NAMES) {
    values[name] = typeof body[name] === 'string' ? body[name] : '';
  }
  return values;
}

/** A whole number typed (spaces, "10.000" with thousands dots); anything else as typed, for the key's check to refuse. */
const typedNumber = (typed: unknown, decimals = false): unknown => {
  if (typeof typed !== 'string') {
    return typed;
  }
  const text = typed.trim();
  if (decimals && /^\d{1,3}([.,]\d{1,2})?$/u.test(text)) {
    return Number(text.replace(',', '.'));
  }
  const digits = text.replace(/[.\s\u00a0]/gu, '');
  return /^\d{1,9}$/u.test(digits) ? Number(digits) : typed;
};

const typedJson = (typed: unknown): unknown => {
  try {
    return typeof typed === 'string' ? (JSON.parse(typed) as unknown) : typed;
  } catch {
    return typed;
  }
};

/** The JSON value the API takes, from the form's inputs for `key`. */
export function valueFromForm(key: SettingKey, body: Record<string, unknown>): unknown {
  if (body.none === 'on') {
    return null;
  }
  switch (formKind(key)) {
    case 'text':
      return body.value;
    case 'whole':
    case 'percent':
      return typedNumber(body.value);
    case 'boolean':
      return body.value === 'true' ? true : body.value === 'false' ? false : body.value;
    case 'fraction':
      return { numerator: typedNumber(body.numerator), denominator: typedNumber(body.denominator) };
    case 'dayMonth':
      return { day: typedNumber(body.day), month: typedNumber(body.month) };
    case 'rounding':
      return { step: typedNumber(body.step), mode: body.mode };
    case 'quota':
      return body.quotaKind === 'allotted'
        ? { kind: 'allotted', perUnit: typedJson(body.perUnit) }
        : { kind: 'percent_of_staff', percent: typedNumber(body.percent, true), rounding: body.quotaRounding };
    case 'criteria':
      return typedJson(body.criteria);
  }
}

export { isSettingKey };
