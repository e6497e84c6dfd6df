import type { MoneyRounding } from '../money/reward-amount.js';
import type { AwardCriteria } from '../rulebooks/rulebook.js';
import { type AwardCode } from '../../kernel/index.js';

/**
 * The province layer on top of the national rulebook (the Law delegates details of the low-level
 * titles to each province, domain-rules §0.3). This file is the generic layer: the shape of a
 * province's rules and the settings that come from the Law and the decrees; each province (the example
 * is `bac-ninh.ts`) adds its deadlines and criteria. Every setting says whether it is verified and
 * where it comes from, so the UI can show "chưa xác minh" where domain-rules tags it [S], [I] or [!].
 */
export interface ProvinceSetting<T> {
  value: T;
  verified: boolean;
  source: string;
}

/** A yearly date; structured so that "10-12" vs "12-10" cannot be misread. */
export interface DayMonth {
  day: number;
  month: number;
}

export interface ProvinceDeadlines {
  annualDossier: ProvinceSetting<DayMonth>;
  educationSectorDossier: ProvinceSetting<DayMonth>;
  disciplineList: ProvinceSetting<DayMonth>;
}

export interface ProvinceRules {
  name: string;
  /** Maximum share of a unit's staff (percent) that may receive an award in one round; none by default. */
  capsPercent: Partial<Record<AwardCode, ProvinceSetting<number>>>;
  /** Council ballot threshold, in percent of ALL council members (not of those present). */
  councilThresholdPercent: Partial<Record<AwardCode, ProvinceSetting<number>>>;
  deadlines: ProvinceDeadlines;
  inUnitPostingWorkingDays: ProvinceSetting<number>;
  moneyRounding: ProvinceSetting<MoneyRounding>;
  /**
   * The province's wording of criteria the Law leaves it to detail (e.g. what "leading the emulation
   * movement" means for Cờ thi đua): evaluated right after the award's national criteria.
   */
  delegatedCriteria: Partial<Record<AwardCode, AwardCriteria>>;
  /** Extra criteria a province adds to an award (e.g. "no administrative sanction in the year"): evaluated last. */
  additionalCriteria: Partial<Record<AwardCode, AwardCriteria>>;
}

const ND98_COUNCIL_SOURCE = 'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7; chưa tìm thấy điều khoản tương ứng trong Nghị định 152/2025/NĐ-CP';

/** What a province says only for itself: its name and deadlines have no national default. */
export type ProvinceOwnRules = 'name' | 'deadlines';

/** The settings that come from the Law and the decrees, the same for every province until it overrides them. */
export const NATIONAL_SETTINGS: Omit<ProvinceRules, ProvinceOwnRules> = {
  // No national cap since ND 91/2017 was repealed (domain-rules §2.10).
  capsPercent: {},
  councilThresholdPercent: {
    CSTD_TINH: { value: 90, verified: false, source: ND98_COUNCIL_SOURCE },
    CSTD_TOAN_QUOC: { value: 90, verified: false, source: ND98_COUNCIL_SOURCE },
    CSTDCS: { value: 80, verified: false, source: ND98_COUNCIL_SOURCE },
    CO_THI_DUA_TINH: { value: 80, verified: false, source: ND98_COUNCIL_SOURCE },
  },
  inUnitPostingWorkingDays: {
    value: 5,
    verified: false,
    source: 'Thực tiễn công khai trong đơn vị; không tìm thấy thời hạn do pháp luật quy định',
  },
  moneyRounding: {
    value: { step: 10_000, mode: 'up' },
    // The decree is clear, but published tables print unrounded sums (domain-rules §7 #6 [!]).
    verified: false,
    source: 'Nghị định 152/2025/NĐ-CP, Điều 49 khoản 2 (cần bộ phận tài chính xác nhận cách chi trả)',
  },
  delegatedCriteria: {},
  additionalCriteria: {},
};

export interface ProvinceRulesOverrides {
  name?: string;
  capsPercent?: Partial<Record<AwardCode, ProvinceSetting<number>>>;
  councilThresholdPercent?: Partial<Record<AwardCode, ProvinceSetting<number>>>;
  deadlines?: Partial<ProvinceDeadlines>;
  inUnitPostingWorkingDays?: ProvinceSetting<number>;
  moneyRounding?: ProvinceSetting<MoneyRounding>;
  delegatedCriteria?: Partial<Record<AwardCode, AwardCriteria>>;
  additionalCriteria?: Partial<Record<AwardCode, AwardCriteria>>;
}

/** Overrides replace settings one by one; maps (caps, thresholds, deadlines, criteria) merge per key. */
export function mergeProvinceRules(base: ProvinceRules, overrides: ProvinceRulesOverrides): ProvinceRules {
  return {
    name: overrides.name ?? base.name,
    capsPercent: { ...base.capsPercent, ...overrides.capsPercent },
    councilThresholdPercent: { ...base.councilThresholdPercent, ...overrides.councilThresholdPercent },
    deadlines: { ...base.deadlines, ...overrides.deadlines },
    inUnitPostingWorkingDays: overrides.inUnitPostingWorkingDays ?? base.inUnitPostingWorkingDays,
    moneyRounding: overrides.moneyRounding ?? base.moneyRounding,
    delegatedCriteria: { ...base.delegatedCriteria, ...overrides.delegatedCriteria },
    additionalCriteria: { ...base.additionalCriteria, ...overrides.additionalCriteria },
  };
}

/**
 * Whether a ballot reaches the threshold, counted on all council members (absent members vote in
 * writing). Integer comparison: 27 of 30 at 90 % must pass, which 27 ≥ 0.9 × 30 in floats does not.
 */
export function councilThresholdMet(rules: ProvinceRules, award: AwardCode, votesFor: number, councilMembers: number): boolean {
  const threshold = rules.councilThresholdPercent[award];
  if (threshold === undefined) {
    // No ballot threshold for this award: the Decree lists none (e.g. LĐTT); a simple majority decides.
    return votesFor * 2 > councilMembers;
  }
  return votesFor * 100 >= threshold.value * councilMembers;
}
