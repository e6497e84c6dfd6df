import { AWARD_CODES, type AwardCode, isAwardCode } from '../../kernel/index.js';
import type { Fraction, CouncilMeetingSettings } from '../council/council-settings.js';
import { DEFAULT_COUNCIL_MEETING_SETTINGS } from '../council/council-settings.js';
import type { CriterionSpec } from '../criteria/criterion-spec.js';
import type { MoneyRounding } from '../money/reward-amount.js';
import { MAX_WORKING_DAYS } from '../calendar/working-days.js';
import type { QuotaRule, QuotaSettings } from '../nominations/quota.js';
import { STATE_POSTING } from '../nominations/posting.js';
import type { AwardCriteria } from '../rulebooks/rulebook.js';
import { CONFIRMATION_STATEMENTS } from '../statements.js';
import { DEFAULT_PROVINCE_RULES } from './default-province.js';
import type { DayMonth, ProvinceDeadlines, ProvinceRules, ProvinceSetting } from './province-rules.js';
import { InvalidProvinceSetting, ProvinceSettingMissing } from './settings.errors.js';

/**
 * The province layer as dated data (src/settings/ keeps it in `province_settings`): one row per key
 * and period, each with its value, its source and whether it is verified. This file is the pure half:
 * the keys, what each may hold, and the settings in force on a date assembled from the rows of that
 * date. The readers (council, quotas, posting, deadlines, money, the engine) take the result, so last
 * year's round keeps last year's rules when it is read on last year's date.
 */

/** The groups of the settings page (Hội đồng, Chỉ tiêu, Công khai, Thời hạn, Tiền thưởng, Tiêu chí). */
export const SETTING_GROUPS = ['general', 'council', 'quota', 'posting', 'deadline', 'money', 'criteria'] as const;
export type SettingGroup = (typeof SETTING_GROUPS)[number];

/** One stored row as the law reads it (dates YYYY-MM-DD; `effectiveTo` inclusive, null: open). */
export interface SettingEntry {
  key: string;
  value: unknown;
  verified: boolean;
  source: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** The settings in force on one date, typed, for the pure rules and the features. */
export interface ProvinceSettingsInForce {
  /** The date they are in force on. */
  asOf: string;
  rules: ProvinceRules;
  council: CouncilMeetingSettings;
  quotas: QuotaSettings;
  postingWorkingDays: { inUnit: ProvinceSetting<number>; stateLevel: ProvinceSetting<number> };
  /** Whether registering at the start of the year (đăng ký thi đua) is a precondition of a title. */
  registrationRequired: ProvinceSetting<boolean>;
  /** How many days before a deadline proposers are reminded. */
  reminderDaysBefore: ProvinceSetting<number>;
  /** Every row used, by key: what a snapshot stores and what the settings page shows. */
  entries: readonly SettingEntry[];
}

/** Why a value does not fit its key: the settings page and the API word each one (settings.fieldErrors.*). */
export type SettingProblem =
  'unknownKey' | 'required' | 'text' | 'boolean' | 'wholeNumber' | 'fraction' | 'dayMonth' | 'rounding' | 'quota' | 'criteria';

export type SettingCheck<T> = { ok: true; value: T } | { ok: false; problem: SettingProblem; params: Record<string, string | number> };

interface SettingKind<T> {
  group: SettingGroup;
  /** Whether `null` is a value (no threshold, no quota, no criteria): the absence said from a date. */
  nullable: boolean;
  check: (value: unknown) => SettingCheck<T>;
}

const ok = <T>(value: T): SettingCheck<T> => ({ ok: true, value });
const bad = (problem: SettingProblem, params: Record<string, string | number> = {}): SettingCheck<never> => ({
  ok: false,
  problem,
  params,
});
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasOnly = (value: Record<string, unknown>, keys: readonly string[]): boolean => Object.keys(value).every((key) => keys.includes(key));
const isWhole = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;

const text =
  (maxLength: number): SettingKind<string>['check'] =>
  (value) =>
    typeof value === 'string' && value.trim() !== '' && value.length <= maxLength ? ok(value) : bad('text', { maxLength });

const boolean: SettingKind<boolean>['check'] = (value) => (typeof value === 'boolean' ? ok(value) : bad('boolean'));

const whole =
  (min: number, max: number): SettingKind<number>['check'] =>
  (value) =>
    isWhole(value, min, max) ? ok(value) : bad('wholeNumber', { min, max });

/** n/d with 0 < n ≤ d ≤ 1000: "two thirds" exact, 80 % as 80/100. */
const fraction: SettingKind<Fraction>['check'] = (value) =>
  isRecord(value) &&
  hasOnly(value, ['numerator', 'denominator']) &&
  isWhole(value.denominator, 1, 1000) &&
  isWhole(value.numerator, 1, value.denominator)
    ? ok({ numerator: value.numerator, denominator: value.denominator })
    : bad('fraction');

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** A yearly date; 29 February is refused, since it would not exist most years. */
const dayMonth: SettingKind<DayMonth>['check'] = (value) =>
  isRecord(value) &&
  hasOnly(value, ['day', 'month']) &&
  isWhole(value.month, 1, 12) &&
  isWhole(value.day, 1, value.month === 2 ? 28 : DAYS_IN_MONTH[value.month - 1])
    ? ok({ day: value.day, month: value.month })
    : bad('dayMonth');

const ROUNDING_MODES = ['up', 'nearest', 'none'];
const rounding: SettingKind<MoneyRounding>['check'] = (value) =>
  isRecord(value) &&
  hasOnly(value, ['step', 'mode']) &&
  typeof value.mode === 'string' &&
  ROUNDING_MODES.includes(value.mode) &&
  isWhole(value.step, 1, 1_000_000)
    ? ok({ step: value.step, mode: value.mode as MoneyRounding['mode'] })
    : bad('rounding');

const QUOTA_ROUNDINGS = ['down', 'up', 'nearest'];
const percentWithTwoDecimals = (value: unknown): value is number =>
  typeof value === 'number' &&
  Number.isFinite(value) &&
  value > 0 &&
  value <= 100 &&
  Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const quota: SettingKind<QuotaRule>['check'] = (value) => {
  if (!isRecord(value)) {
    return bad('quota');
  }
  if (value.kind === 'percent_of_staff') {
    return hasOnly(value, ['kind', 'percent', 'rounding']) &&
      percentWithTwoDecimals(value.percent) &&
      typeof value.rounding === 'string' &&
      QUOTA_ROUNDINGS.includes(value.rounding)
      ? ok({ kind: 'percent_of_staff', percent: value.percent, rounding: value.rounding as 'down' | 'up' | 'nearest' })
      : bad('quota');
  }
  if (value.kind === 'allotted') {
    const perUnit = value.perUnit;
    return hasOnly(value, ['kind', 'perUnit']) &&
      isRecord(perUnit) &&
      Object.entries(perUnit).every(([unit, count]) => UUID.test(unit) && isWhole(count, 0, 100_000))
      ? ok({ kind: 'allotted', perUnit: { ...(perUnit as Record<string, number>) } })
      : bad('quota');
  }
  return bad('quota');
};

/**
 * Criteria a province writes itself. Only confirmation criteria ("a person confirms …" with the known
 * statements) are accepted from the page: the other kinds need parameters the engine trusts (awards,
 * ratings, runs of years), which a form typo would silently turn into a wrong refusal. The seeded
 * criteria of the example province are of any kind; they are written by the code.
 */
const criterionSpec = (value: unknown, seeded: boolean): value is CriterionSpec => {
  if (!isRecord(value) || !hasOnly(value, ['code', 'kind', 'params', 'legalBasis'])) {
    return false;
  }
  const { code, kind, params, legalBasis } = value;
  if (typeof code !== 'string' || !/^[a-z][a-z0-9_]{0,63}$/.test(code) || typeof legalBasis !== 'string' || legalBasis.trim() === '') {
    return false;
  }
  if (kind === 'needs_confirmation') {
    const statements = isRecord(params) && hasOnly(params, ['statements']) ? params.statements : undefined;
    return (
      Array.isArray(statements) &&
      statements.length > 0 &&
      statements.every((statement) => (CONFIRMATION_STATEMENTS as readonly unknown[]).includes(statement))
    );
  }
  return seeded && typeof kind === 'string' && isRecord(params);
};

const criteria =
  (seeded: boolean): SettingKind<AwardCriteria>['check'] =>
  (value) =>
    isRecord(value) &&
    hasOnly(value, ['staff', 'unit']) &&
    Object.values(value).every((specs) => Array.isArray(specs) && specs.length <= 20 && specs.every((spec) => criterionSpec(spec, seeded)))
      ? ok(value as AwardCriteria)
      : bad('criteria');

const percentThreshold = whole(1, 100);

type KindFor<K extends string> = K extends 'provinceName'
  ? string
  : K extends 'councilQuorum' | 'councilAwardsAttendance'
    ? Fraction
    : K extends `councilThresholdPercent.${string}`
      ? number
      : K extends `quota.${string}`
        ? QuotaRule
        : K extends `deadlines.${string}`
          ? DayMonth
          : K extends 'moneyRounding'
            ? MoneyRounding
            : K extends 'registrationRequired'
              ? boolean
              : K extends `${'delegated' | 'additional'}Criteria.${string}`
                ? AwardCriteria
                : number;

const DEADLINE_KEYS = ['annualDossier', 'educationSectorDossier', 'disciplineList'] as const satisfies ReadonlyArray<
  keyof ProvinceDeadlines
>;

const perAward = <P extends string, T>(prefix: P, kind: SettingKind<T>) =>
  Object.fromEntries(AWARD_CODES.map((award) => [`${prefix}.${award}`, kind])) as Record<`${P}.${AwardCode}`, SettingKind<T>>;

/** Every key a setting may have, with its group and what it may hold. */
export const SETTING_KINDS = {
  provinceName: { group: 'general', nullable: false, check: text(200) },
  councilQuorum: { group: 'council', nullable: false, check: fraction },
  councilAwardsAttendance: { group: 'council', nullable: false, check: fraction },
  ...perAward('councilThresholdPercent', { group: 'council', nullable: true, check: percentThreshold }),
  ...perAward('quota', { group: 'quota', nullable: true, check: quota }),
  inUnitPostingWorkingDays: { group: 'posting', nullable: false, check: whole(1, MAX_WORKING_DAYS) },
  stateLevelPostingWorkingDays: { group: 'posting', nullable: false, check: whole(1, MAX_WORKING_DAYS) },
  ...(Object.fromEntries(
    DEADLINE_KEYS.map((key) => [`deadlines.${key}`, { group: 'deadline', nullable: false, check: dayMonth }]),
  ) as Record<`deadlines.${(typeof DEADLINE_KEYS)[number]}`, SettingKind<DayMonth>>),
  reminderDaysBefore: { group: 'deadline', nullable: false, check: whole(0, 365) },
  moneyRounding: { group: 'money', nullable: false, check: rounding },
  registrationRequired: { group: 'criteria', nullable: false, check: boolean },
  ...perAward('delegatedCriteria', { group: 'criteria', nullable: true, check: criteria(false) }),
  ...perAward('additionalCriteria', { group: 'criteria', nullable: true, check: criteria(false) }),
} as const satisfies Record<string, SettingKind<unknown>>;

export type SettingKey = keyof typeof SETTING_KINDS;
export type SettingValue<K extends SettingKey> = KindFor<K>;

export const SETTING_KEYS = Object.keys(SETTING_KINDS) as SettingKey[];
export const isSettingKey = (key: string): key is SettingKey => Object.hasOwn(SETTING_KINDS, key);
export const settingGroup = (key: SettingKey): SettingGroup => SETTING_KINDS[key].group;

/**
 * Whether `value` fits `key` (null where the key allows the absence). `seeded`: the rows written by
 * the code may hold criteria of any kind (see `criterionSpec`); what an admin writes may not.
 */
export function checkSetting(key: string, value: unknown, seeded = false): SettingCheck<unknown> {
  if (!isSettingKey(key)) {
    return bad('unknownKey', { key });
  }
  const kind: SettingKind<unknown> = SETTING_KINDS[key];
  if (value === null || value === undefined) {
    return kind.nullable && value === null ? ok(null) : bad('required');
  }
  if (seeded && (key.startsWith('delegatedCriteria.') || key.startsWith('additionalCriteria.'))) {
    return criteria(true)(value);
  }
  return kind.check(value);
}

/** The keys that must be in force on every date (the others default to "none" when absent). */
export const REQUIRED_SETTING_KEYS = SETTING_KEYS.filter((key) => !SETTING_KINDS[key].nullable);

/**
 * Assembles the settings in force from the rows in force on `asOf` (one per key at most: the table
 * refuses overlapping periods). Refuses a date on which a required key has no row, and a row whose
 * value does not fit its key (written around the API): a guess here would decide a round.
 */
export function settingsInForce(asOf: string, entries: readonly SettingEntry[]): ProvinceSettingsInForce {
  const byKey = new Map<string, SettingEntry>();
  for (const entry of entries) {
    if (entry.effectiveFrom > asOf || (entry.effectiveTo !== null && entry.effectiveTo < asOf)) {
      continue;
    }
    const check = checkSetting(entry.key, entry.value, true);
    if (!check.ok) {
      throw new InvalidProvinceSetting(entry.key, entry.effectiveFrom, check.problem);
    }
    byKey.set(entry.key, { ...entry, value: check.value });
  }
  for (const key of REQUIRED_SETTING_KEYS) {
    if (!byKey.has(key)) {
      throw new ProvinceSettingMissing(key, asOf);
    }
  }
  const setting = <K extends SettingKey>(key: K): ProvinceSetting<SettingValue<K>> => {
    const entry = byKey.get(key) as SettingEntry;
    return { value: entry.value as SettingValue<K>, verified: entry.verified, source: entry.source };
  };
  /** The awards with a non-null setting under `prefix`, as a map. */
  const awards = <T>(prefix: string): Partial<Record<AwardCode, ProvinceSetting<T>>> => {
    const found: Partial<Record<AwardCode, ProvinceSetting<T>>> = {};
    for (const [key, entry] of byKey) {
      const award = key.startsWith(`${prefix}.`) ? key.slice(prefix.length + 1) : '';
      if (isAwardCode(award) && entry.value !== null) {
        found[award] = { value: entry.value as T, verified: entry.verified, source: entry.source };
      }
    }
    return found;
  };
  const values = <T>(map: Partial<Record<AwardCode, ProvinceSetting<T>>>): Partial<Record<AwardCode, T>> =>
    Object.fromEntries(Object.entries(map).map(([award, s]) => [award, (s as ProvinceSetting<T>).value])) as Partial<Record<AwardCode, T>>;

  const quotas = awards<QuotaRule>('quota') as QuotaSettings;
  const capsPercent: ProvinceRules['capsPercent'] = {};
  for (const [award, rule] of Object.entries(quotas) as Array<[AwardCode, ProvinceSetting<QuotaRule>]>) {
    if (rule.value.kind === 'percent_of_staff') {
      capsPercent[award] = { value: rule.value.percent, verified: rule.verified, source: rule.source };
    }
  }
  const postingInUnit = setting('inUnitPostingWorkingDays');
  const rules: ProvinceRules = {
    name: setting('provinceName').value,
    capsPercent,
    councilThresholdPercent: awards<number>('councilThresholdPercent'),
    deadlines: {
      annualDossier: setting('deadlines.annualDossier'),
      educationSectorDossier: setting('deadlines.educationSectorDossier'),
      disciplineList: setting('deadlines.disciplineList'),
    },
    inUnitPostingWorkingDays: postingInUnit,
    moneyRounding: setting('moneyRounding'),
    delegatedCriteria: values(awards<AwardCriteria>('delegatedCriteria')),
    additionalCriteria: values(awards<AwardCriteria>('additionalCriteria')),
  };
  return {
    asOf,
    rules,
    council: { quorum: setting('councilQuorum'), awardsAttendance: setting('councilAwardsAttendance') },
    quotas,
    postingWorkingDays: { inUnit: postingInUnit, stateLevel: setting('stateLevelPostingWorkingDays') },
    registrationRequired: setting('registrationRequired'),
    reminderDaysBefore: setting('reminderDaysBefore'),
    entries: [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
}

/**
 * Today's values as rows (what the migration seeds, from `from` with no end): the default province,
 * the council's meeting rules, State-level posting (ND 152/2025 Art. 44(2)), registration not required
 * and a reminder a week ahead (both unverified), no quotas.
 */
export function defaultSettingEntries(from: string): SettingEntry[] {
  const rules = DEFAULT_PROVINCE_RULES;
  const council = DEFAULT_COUNCIL_MEETING_SETTINGS;
  const entry = (key: SettingKey, setting: ProvinceSetting<unknown>): SettingEntry => ({
    key,
    value: setting.value,
    verified: setting.verified,
    source: setting.source,
    effectiveFrom: from,
    effectiveTo: null,
  });
  const criteriaEntries = (prefix: 'delegatedCriteria' | 'additionalCriteria', map: ProvinceRules['delegatedCriteria']) =>
    (Object.entries(map) as Array<[AwardCode, AwardCriteria]>).map(([award, awardCriteria]) =>
      entry(`${prefix}.${award}`, {
        value: awardCriteria,
        verified: true,
        source: [...new Set(Object.values(awardCriteria).flatMap((specs) => (specs ?? []).map((spec) => spec.legalBasis)))].join('; '),
      }),
    );
  return [
    entry('provinceName', { value: rules.name, verified: false, source: 'Tên hiển thị; thay bằng tỉnh của đơn vị khi có quy định' }),
    entry('councilQuorum', council.quorum),
    entry('councilAwardsAttendance', council.awardsAttendance),
    ...(Object.entries(rules.councilThresholdPercent) as Array<[AwardCode, ProvinceSetting<number>]>).map(([award, threshold]) =>
      entry(`councilThresholdPercent.${award}`, threshold),
    ),
    entry('inUnitPostingWorkingDays', rules.inUnitPostingWorkingDays),
    entry('stateLevelPostingWorkingDays', STATE_POSTING),
    entry('deadlines.annualDossier', rules.deadlines.annualDossier),
    entry('deadlines.educationSectorDossier', rules.deadlines.educationSectorDossier),
    entry('deadlines.disciplineList', rules.deadlines.disciplineList),
    entry('reminderDaysBefore', {
      value: 7,
      verified: false,
      source: 'Thực tiễn nhắc việc (một tuần trước hạn); không có quy định',
    }),
    entry('moneyRounding', rules.moneyRounding),
    entry('registrationRequired', {
      value: false,
      verified: false,
      source: 'Thực tiễn đăng ký thi đua đầu năm; chưa xác định điều khoản của Luật 2022 coi đăng ký là điều kiện xét danh hiệu',
    }),
    ...criteriaEntries('delegatedCriteria', rules.delegatedCriteria),
    ...criteriaEntries('additionalCriteria', rules.additionalCriteria),
  ];
}
