import { hasCountingAward } from '../award-records.js';
import type { CriterionResult } from '../result.js';
import type { StaffFacts } from '../facts.js';
import type { EvaluationContext } from './criterion-spec.js';
import { type AwardCode } from '../../kernel/index.js';

export interface AwardStanding {
  meets: boolean;
  /** True when the award is on record for the year (not just meeting its criteria). */
  recorded: boolean;
  /** Criteria that failed, when not recorded. */
  failed: CriterionResult[];
}

/**
 * Whether a person holds `award` in the proposal year: either it is on record (given, not revoked), or
 * its criteria are met now. Only used where the Law lets a title be decided in the same round: LĐTT
 * inside CSTĐCS, and members' LĐTT / CSTĐCS inside the collective titles.
 */
export function awardStanding(staff: StaffFacts, award: AwardCode, context: EvaluationContext): AwardStanding {
  if (hasCountingAward(staff.awards, award, context.year)) {
    return { meets: true, recorded: true, failed: [] };
  }
  const failed = context.evaluateStaffCriteria(staff, award, context.year).filter((result) => result.met === false);
  return { meets: failed.length === 0, recorded: false, failed };
}
