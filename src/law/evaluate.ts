import type { CriterionSpec, EvaluationContext, Subject } from './criteria/criterion-spec.js';
import { runCriterion } from './criteria/registry.js';
import { criteriaFor } from './criteria-for.js';
import type { CriterionResult, EligibilityResult } from './result.js';
import { AwardNotForSubject, UnknownAwardType } from './law.errors.js';
import type { StaffFacts, UnitFacts } from './facts.js';
import { assertIsoDate, yearEnd } from './periods.js';
import { DEFAULT_PROVINCE_RULES } from './provinces/default-province.js';
import type { ProvinceRules } from './provinces/province-rules.js';
import type { Rulebook } from './rulebooks/rulebook.js';
import { rulebookFor } from './rulebooks/rulebook-for.js';
import { type AwardCode } from '../kernel/index.js';

export interface EvaluateOptions {
  /** Date the evaluation is made for; picks the rulebook. Default: 31 December of the proposal year. */
  asOf?: string;
  province?: ProvinceRules;
}

interface RoundSettings {
  asOf: string;
  rulebook: Rulebook;
  province: ProvinceRules;
}

/** Whether a person qualifies for `awardType` in `year`, criterion by criterion. */
export function evaluateStaff(facts: StaffFacts, awardType: AwardCode, year: number, options: EvaluateOptions = {}): EligibilityResult {
  return evaluateSubject({ kind: 'staff', facts }, awardType, year, options);
}

/** Whether a collective qualifies for `awardType` in `year`, criterion by criterion. */
export function evaluateUnit(facts: UnitFacts, awardType: AwardCode, year: number, options: EvaluateOptions = {}): EligibilityResult {
  return evaluateSubject({ kind: 'unit', facts }, awardType, year, options);
}

function evaluateSubject(subject: Subject, awardType: AwardCode, year: number, options: EvaluateOptions): EligibilityResult {
  const asOf = assertIsoDate(options.asOf ?? yearEnd(year));
  const rulebook = rulebookFor(asOf);
  const province = options.province ?? DEFAULT_PROVINCE_RULES;
  const criteria = runCriteria(subject, awardType, year, { asOf, rulebook, province });
  return {
    // null means "a person must confirm": shown, but it never makes a candidate ineligible.
    eligible: criteria.every((criterion) => criterion.met !== false),
    awardType,
    year,
    rulebook: rulebook.id,
    criteria,
  };
}

function runCriteria(subject: Subject, awardType: AwardCode, year: number, round: RoundSettings): CriterionResult[] {
  const specs = roundCriteria(round, awardType, subject.kind);
  const context: EvaluationContext = {
    subject,
    awardType,
    year,
    asOf: round.asOf,
    // Same rulebook, date and province for members and for titles decided in the same round.
    evaluateStaffCriteria: (staff, award, staffYear) => runCriteria({ kind: 'staff', facts: staff }, award, staffYear, round),
    run: (spec) => runCriterion(spec, context),
  };
  return specs.map((spec) => runCriterion(spec, context));
}

function roundCriteria(round: RoundSettings, awardType: AwardCode, subject: Subject['kind']): readonly CriterionSpec[] {
  // Award codes come from the database at run time, so an unknown one is possible despite the type.
  if (!Object.hasOwn(round.rulebook.awards, awardType)) {
    throw new UnknownAwardType(awardType);
  }
  const specs = criteriaFor(round.rulebook, round.province, awardType, subject);
  if (specs === undefined) {
    throw new AwardNotForSubject(awardType, subject);
  }
  return specs;
}
