import { InvalidQuotaInput, QuotaExceeded } from './nominations.errors.js';
import type { NominationState } from './transitions.js';
import type { ProvinceRules, ProvinceSetting } from '../provinces/province-rules.js';
import type { AwardCode } from '../../kernel/index.js';

/**
 * Quotas (chỉ tiêu, tỷ lệ) on how many of a unit may receive an award in one round. There is no
 * national quota any more (domain-rules §2.10: the 15 % CSTĐCS cap was NĐ 91/2017, repealed), but a
 * province or sector may set one, as a share of the unit's staff or as counts the level above allots
 * to each unit. Both come from the settings; the rounding of a share is part of the setting.
 */

/** How a share of the staff becomes a whole number of people: 'down' keeps "at most" literally. */
export type QuotaRounding = 'down' | 'up' | 'nearest';

export type QuotaRule =
  /** At most `percent` of the unit's staff (two decimals at most: 15, 12.5). */
  | { kind: 'percent_of_staff'; percent: number; rounding: QuotaRounding }
  /** Counts allotted per unit id by the level above; a unit it does not list was allotted none [I]. */
  | { kind: 'allotted'; perUnit: Readonly<Record<string, number>> };

export type QuotaSettings = Partial<Record<AwardCode, ProvinceSetting<QuotaRule>>>;

/**
 * The province's percent caps (`ProvinceRules.capsPercent`) as quota settings. No rounding rule was
 * found in a text in force: "at most" rounds down by default, and the setting says it is unverified
 * unless the province's own rounding is given.
 */
export function quotaSettingsFromCaps(rules: ProvinceRules, rounding?: QuotaRounding): QuotaSettings {
  return Object.fromEntries(
    Object.entries(rules.capsPercent).map(([award, cap]) => [
      award,
      {
        value: { kind: 'percent_of_staff', percent: cap.value, rounding: rounding ?? 'down' },
        verified: cap.verified && rounding !== undefined,
        source: rounding === undefined ? `${cap.source}; làm tròn xuống (chưa xác minh)` : cap.source,
      },
    ]),
  ) as QuotaSettings;
}

export interface QuotaUnit {
  id: string;
  name: string;
  /** Staff counted for the round (the adapter decides who: active staff on the round's date). */
  staffCount: number;
}

function wholeCount(what: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new InvalidQuotaInput(`${what} must be a whole number ≥ 0: ${value}`);
  }
  return value;
}

/** A percent in hundredths of a percent, refusing anything finer (so no float creeps in). */
function basisPoints(percent: number): number {
  const points = Math.round(percent * 100);
  if (!Number.isFinite(percent) || percent < 0 || percent > 100 || Math.abs(percent * 100 - points) > 1e-6) {
    throw new InvalidQuotaInput(`A quota percent must be from 0 to 100 with at most 2 decimals: ${percent}`);
  }
  return points;
}

/** The most people of `unit` the rule allows, in integers: 15 % of 22 is 3.3 → 3 down, 4 up, 3 nearest. */
export function quotaLimit(rule: QuotaRule, unit: QuotaUnit): number {
  if (rule.kind === 'allotted') {
    return wholeCount(`The count allotted to ${unit.name}`, rule.perUnit[unit.id] ?? 0);
  }
  const staff = wholeCount('The staff count', unit.staffCount);
  const scaled = staff * basisPoints(rule.percent);
  switch (rule.rounding) {
    case 'down':
      return Math.floor(scaled / 10_000);
    case 'up':
      return Math.floor((scaled + 9_999) / 10_000);
    case 'nearest':
      return Math.floor((scaled + 5_000) / 10_000);
  }
}

export interface QuotaCheck {
  award: AwardCode;
  unitId: string;
  unitName: string;
  /** Nominations counted, including those being added. */
  count: number;
  /** Null when the award has no quota. */
  limit: number | null;
  remaining: number | null;
  exceeded: boolean;
  /** The setting used, shown "chưa xác minh" where unverified; null when none applies. */
  setting: ProvinceSetting<QuotaRule> | null;
}

/**
 * The live counter of the pages, the warning at submit and the hard stop at approval all read this:
 * `counted` nominations already holding a place (see `QUOTA_HOLDING_STATES`), `adding` the ones the
 * act would add (1 for one approval, n for a bulk approval).
 */
export function quotaCheck(settings: QuotaSettings, award: AwardCode, unit: QuotaUnit, counted: number, adding = 1): QuotaCheck {
  const count = wholeCount('The nominations counted', counted) + wholeCount('The nominations added', adding);
  const setting = settings[award] ?? null;
  const limit = setting === null ? null : quotaLimit(setting.value, unit);
  return {
    award,
    unitId: unit.id,
    unitName: unit.name,
    count,
    limit,
    remaining: limit === null ? null : limit - count,
    exceeded: limit !== null && count > limit,
    setting,
  };
}

/** The hard stop at approval: throws with the numbers ("CSTĐCS: 4 of at most 3 for Phòng …"). */
export function assertWithinQuota(check: QuotaCheck): void {
  if (check.exceeded && check.limit !== null) {
    throw new QuotaExceeded(check.award, check.count, check.limit, check.unitName);
  }
}

/**
 * Nominations that hold a place in the quota: approved and everything after it until decided. A
 * returned, rejected, failed or withdrawn one frees its place; one awaiting review (`submitted`) is
 * counted only for the warning at submit, as `QUOTA_WARNING_STATES` says.
 */
export const QUOTA_HOLDING_STATES: readonly NominationState[] = ['approved', 'on_agenda', 'passed', 'posted', 'proposed_upward', 'decided'];
export const QUOTA_WARNING_STATES: readonly NominationState[] = ['submitted', ...QUOTA_HOLDING_STATES];
