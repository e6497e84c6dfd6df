import type { ProvinceRules, ProvinceSetting } from '../provinces/province-rules.js';
import type { AwardCode } from '../../kernel/index.js';

/**
 * Awards whose candidates are consulted publicly at State level: orders and State honorary titles, and
 * "Chiến sĩ thi đua toàn quốc" (domain-rules §4.4: ND 98/2023 Art. 46(2), continued as ND 152/2025
 * Art. 44(2)). Of the awards the law here knows, that is CSTĐ toàn quốc and the Labour Order.
 */
export const STATE_POSTED_AWARDS: readonly AwardCode[] = ['CSTD_TOAN_QUOC', 'HCLD_HANG_BA'];

/** The default of the `stateLevelPostingWorkingDays` setting. */
export const STATE_POSTING: ProvinceSetting<number> = {
  value: 10,
  verified: true,
  source: 'Nghị định 152/2025/NĐ-CP, Điều 44 khoản 2 (công khai ít nhất 10 ngày làm việc)',
};

export interface PostingRule {
  /** Whether the nomination must be posted before it moves on (`TransitionFacts.postingRequired`). */
  required: boolean;
  /** How many working days the posting lasts (the calendar counts them). */
  workingDays: ProvinceSetting<number>;
}

/**
 * How long a nomination is posted: 10 working days for State-level awards (ND 152/2025 Art. 44(2));
 * otherwise the in-unit posting of the settings (no national period found, domain-rules §4.4 [I]:
 * required by default, for the days the province sets, unverified). `stateLevel`: the setting in
 * force (`ProvinceSettingsInForce.postingWorkingDays.stateLevel`).
 */
export function postingRuleFor(award: AwardCode, rules: ProvinceRules, stateLevel: ProvinceSetting<number> = STATE_POSTING): PostingRule {
  if (STATE_POSTED_AWARDS.includes(award)) {
    return { required: true, workingDays: stateLevel };
  }
  return { required: true, workingDays: rules.inUnitPostingWorkingDays };
}
