import type { CriterionSpec } from './criteria/criterion-spec.js';
import { criteriaFor } from './criteria-for.js';
import type { ProvinceRules } from './provinces/province-rules.js';
import type { Rulebook } from './rulebooks/rulebook.js';
import { type AwardCode, type SubjectKind } from '../kernel/index.js';

/**
 * Which history an evaluation reads, derived from the rulebook's criteria themselves, so the
 * set-based loader fetches only that and can never drift from the rules: change a chain from 3 to 4
 * years and the window follows.
 */
export interface FactNeeds {
  /**
   * How many years before the proposal year are read (0 = the proposal year only); null = every
   * earlier year, for criteria without a fixed window (an earlier award "already held", a run of
   * ratings that goes back until it breaks).
   */
  lookbackYears: number | null;
  /** Award types whose records any criterion reads (the award itself included, for "not twice"). */
  awardTypes: AwardCode[];
}

interface Accumulator {
  lookback: number | null;
  awards: Set<AwardCode>;
  /** Award × subject already walked: member and same-round titles nest, never loop. */
  visited: Set<string>;
}

/** The facts needed to evaluate `award` for `subject` (members of a collective included). */
export function factNeeds(rulebook: Rulebook, province: ProvinceRules, award: AwardCode, subject: SubjectKind): FactNeeds {
  const accumulator: Accumulator = { lookback: 0, awards: new Set(), visited: new Set() };
  walkAward(rulebook, province, award, subject, accumulator);
  return { lookbackYears: accumulator.lookback, awardTypes: [...accumulator.awards].sort() };
}

/** The earliest year read when evaluating `year`, or null for all years. */
export function earliestYearNeeded(needs: FactNeeds, year: number): number | null {
  return needs.lookbackYears === null ? null : year - needs.lookbackYears;
}

function walkAward(rulebook: Rulebook, province: ProvinceRules, award: AwardCode, subject: SubjectKind, acc: Accumulator): void {
  const key = `${award}:${subject}`;
  if (acc.visited.has(key) || !Object.hasOwn(rulebook.awards, award)) {
    return;
  }
  acc.visited.add(key);
  // Every award runs "not already awarded" against its own records.
  acc.awards.add(award);
  const specs = criteriaFor(rulebook, province, award, subject) ?? [];
  for (const spec of specs) {
    walkSpec(rulebook, province, spec, acc);
  }
}

function widen(acc: Accumulator, years: number | null): void {
  if (acc.lookback === null) {
    return;
  }
  acc.lookback = years === null ? null : Math.max(acc.lookback, years);
}

function walkSpec(rulebook: Rulebook, province: ProvinceRules, spec: CriterionSpec, acc: Accumulator): void {
  switch (spec.kind) {
    case 'rating_at_least':
    case 'needs_confirmation':
    case 'no_freeze':
    case 'no_discipline_in_year':
    case 'not_already_awarded':
    case 'no_member_discipline_at_least':
    case 'all_members_rating_at_least':
      return;
    case 'meets_award_in_year':
      // The same round: that award's own criteria, for the same person and year.
      walkAward(rulebook, province, spec.params.award, 'staff', acc);
      return;
    case 'members_ratio_meeting':
    case 'at_least_one_member_with':
      acc.awards.add(spec.params.award);
      walkAward(rulebook, province, spec.params.award, 'staff', acc);
      return;
    case 'title_chain':
      acc.awards.add(spec.params.award);
      widen(acc, spec.params.length - 1 + Math.max(...spec.params.endOffsets));
      return;
    case 'holds_award':
      acc.awards.add(spec.params.award);
      widen(acc, null);
      return;
    case 'initiative_at_level':
      widen(acc, spec.params.windowYears - 1);
      return;
    case 'consecutive_ratings':
      if (spec.params.orTitle !== undefined) {
        acc.awards.add(spec.params.orTitle);
      }
      widen(acc, spec.params.years - 1);
      return;
    case 'rating_run_with_initiatives':
      // The run goes back until a year breaks it, and initiatives anywhere in it count.
      widen(acc, null);
      return;
    case 'rating_run_with_titles':
      acc.awards.add(spec.params.title);
      acc.awards.add(spec.params.countAfterLatest);
      widen(acc, null);
      return;
    case 'any_of':
      for (const option of spec.params.options) {
        walkSpec(rulebook, province, option, acc);
      }
      return;
    default: {
      const unhandled: never = spec;
      throw new Error(`fact-needs: unhandled criterion kind ${(unhandled as CriterionSpec).kind}`);
    }
  }
}
