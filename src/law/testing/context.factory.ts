import type { StaffFacts, UnitFacts } from '../facts.js';
import type { CriterionResult } from '../result.js';
import type { EvaluationContext } from '../criteria/criterion-spec.js';
import { runCriterion } from '../criteria/registry.js';
import { yearEnd } from '../periods.js';
import { param, reason, type Reason } from '../reasons.js';
import { type AwardCode } from '../../kernel/index.js';

/** A context for testing one evaluator on its own; nested evaluations are stubbed unless given. */
export interface ContextInput {
  year: number;
  awardType?: AwardCode;
  asOf?: string;
  evaluateStaffCriteria?: (staff: StaffFacts, award: AwardCode, year: number) => CriterionResult[];
}

function notStubbed(): CriterionResult[] {
  throw new Error('evaluateStaffCriteria was not stubbed for this test');
}

function buildContext(subject: EvaluationContext['subject'], input: ContextInput): EvaluationContext {
  const context: EvaluationContext = {
    subject,
    awardType: input.awardType ?? 'LDTT',
    year: input.year,
    asOf: input.asOf ?? yearEnd(input.year),
    evaluateStaffCriteria: input.evaluateStaffCriteria ?? notStubbed,
    run: (spec) => runCriterion(spec, context),
  };
  return context;
}

export function staffContext(facts: StaffFacts, input: ContextInput): EvaluationContext {
  return buildContext({ kind: 'staff', facts }, input);
}

export function unitContext(facts: UnitFacts, input: ContextInput): EvaluationContext {
  return buildContext({ kind: 'unit', facts }, input);
}

/** A reason to put in stubs: "Xếp loại năm 2025: Hoàn thành nhiệm vụ". */
export const RATED_COMPLETED_2025: Reason = reason('rating_at_least.rated', {
  year: param.year(2025),
  rating: param.rating('completed'),
});

/** Stub: a criterion result list that is all met, or has one failure. */
export function criteriaMet(): CriterionResult[] {
  return [
    {
      code: 'stub',
      met: true,
      reason: reason('rating_at_least.rated', { year: param.year(2025), rating: param.rating('good') }),
      legalBasis: 'stub',
    },
  ];
}

export function criteriaFailed(failure: Reason = RATED_COMPLETED_2025): CriterionResult[] {
  return [{ code: 'stub', met: false, reason: failure, legalBasis: 'stub' }];
}
