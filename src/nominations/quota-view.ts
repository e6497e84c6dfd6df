import type { QuotaCheck, QuotaRounding, QuotaRule } from '../law/index.js';

/** A quota as the API and the pages show it: the count against the limit, and the setting it comes from. */
export interface QuotaView {
  awardType: string;
  year: number;
  unitId: string;
  unitName: string;
  /** Staff of the unit and its sub-units in service during the year (a percent quota is of them). */
  staffCount: number;
  /** Nominations holding a place, with those the act adds. */
  count: number;
  /** Null when the award has no quota. */
  limit: number | null;
  remaining: number | null;
  exceeded: boolean;
  rule: QuotaRule['kind'] | null;
  percent: number | null;
  rounding: QuotaRounding | null;
  /** Whether the setting is verified ("chưa xác minh" on the pages when false); null without a setting. */
  verified: boolean | null;
  source: string | null;
}

export function quotaView(check: QuotaCheck, year: number, staffCount: number): QuotaView {
  const rule = check.setting?.value ?? null;
  return {
    awardType: check.award,
    year,
    unitId: check.unitId,
    unitName: check.unitName,
    staffCount,
    count: check.count,
    limit: check.limit,
    remaining: check.remaining,
    exceeded: check.exceeded,
    rule: rule?.kind ?? null,
    percent: rule?.kind === 'percent_of_staff' ? rule.percent : null,
    rounding: rule?.kind === 'percent_of_staff' ? rule.rounding : null,
    verified: check.setting?.verified ?? null,
    source: check.setting?.source ?? null,
  };
}
