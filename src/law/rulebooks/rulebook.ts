import type { CriterionSpec } from '../criteria/criterion-spec.js';
import { type AwardCode, type SubjectKind } from '../../kernel/index.js';

/** Criteria of one award per subject; a missing subject means the award is not given to it. */
export type AwardCriteria = Partial<Record<SubjectKind, readonly CriterionSpec[]>>;

/** Citations that differ between the detailed decrees. */
export interface DecreeCitations {
  /** General principles: freeze, discipline, ad-hoc awards, maternity leave. */
  principles: string;
  /** Reward money (coefficients, rounding). */
  rewardMoney: string;
}

/** The law as data for one period of time. */
export interface Rulebook {
  id: string;
  /** Vietnamese title shown to users. */
  title: string;
  effectiveFrom: string;
  /** Last day in force; null = open-ended. */
  effectiveTo: string | null;
  citations: DecreeCitations;
  /** Each award's own criteria under the Law, per subject it is given to. */
  awards: Record<AwardCode, AwardCriteria>;
  /** General principles every award obeys, evaluated after the award's own criteria (see criteria-for.ts). */
  principles: Record<SubjectKind, readonly CriterionSpec[]>;
}
