import type { Reason } from './reasons.js';

/** Outcome of one criterion. `met: null` means a person must confirm it (shown, never blocking). */
export interface CriterionResult {
  code: string;
  met: boolean | null;
  /** The facts used, as a sentence key and its params; the adapter words it in the reader's language. */
  reason: Reason;
  legalBasis: string;
}

export interface EligibilityResult {
  /** True iff no criterion has `met === false`. */
  eligible: boolean;
  awardType: string;
  year: number;
  /** Id of the rulebook that was applied, e.g. `nd-152-2025`. */
  rulebook: string;
  criteria: CriterionResult[];
}
