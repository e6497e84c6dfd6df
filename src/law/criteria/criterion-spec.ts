import type { Reason } from '../reasons.js';
import type { CriterionResult } from '../result.js';
import type { ConfirmationStatement } from '../statements.js';
import type { StaffFacts, UnitFacts } from '../facts.js';
import { type AwardCode, type DisciplineLevel, type InitiativeLevel, type Rating } from '../../kernel/index.js';

/**
 * Criteria are data: a rulebook lists `{ code, kind, params, legalBasis }` per award, and each `kind`
 * is evaluated by one small function of the registry. Params per kind are typed here.
 */
export interface CriterionParamsByKind {
  /** The subject's own rating in the proposal year is at least `minimum`. */
  rating_at_least: { minimum: Rating };
  /** Facts the engine cannot know; always `met: null` so a person confirms them. */
  needs_confirmation: { statements: readonly ConfirmationStatement[] };
  /** No freeze (review, inspection, complaint being verified) overlapping the proposal period. */
  no_freeze: Record<string, never>;
  /** No discipline period touching the proposal year (achievement counts from its end). */
  no_discipline_in_year: Record<string, never>;
  /** The same award has not already been given for the same year (Law Art. 5). */
  not_already_awarded: Record<string, never>;
  /** The subject holds `award` for the proposal year, recorded or meeting its criteria in the same round. */
  meets_award_in_year: { award: AwardCode };
  /** `length` consecutive years of `award` actually given, ending `year - offset` for one of `endOffsets`. */
  title_chain: { award: AwardCode; length: number; endOffsets: readonly number[] };
  /** Holds a counting `award` given in the proposal year or earlier. */
  holds_award: { award: AwardCode };
  /** At least one initiative at `minimumLevel` or higher in the last `windowYears` years. */
  initiative_at_level: { minimumLevel: InitiativeLevel; windowYears: number };
  /** `years` consecutive years ending in the proposal year rated at least `minimum` (or holding `orTitle`). */
  consecutive_ratings: { minimum: Rating; years: number; orTitle?: AwardCode };
  /** A run of ≥ `minYears` years rated at least `minimum`, ending in the proposal year, with `initiatives` initiatives in it. */
  rating_run_with_initiatives: {
    minimum: Rating;
    minYears: number;
    initiatives: number;
    initiativeLevel: InitiativeLevel;
  };
  /** A run of ≥ `minYears` years rated at least `minimum` after the latest `countAfterLatest`, with `titleCount` × `title` in it. */
  rating_run_with_titles: {
    minimum: Rating;
    minYears: number;
    title: AwardCode;
    titleCount: number;
    countAfterLatest: AwardCode;
  };
  /** At least `minPercent` % of members meet `award` in the proposal year. */
  members_ratio_meeting: { award: AwardCode; minPercent: number };
  /** No member disciplined at `minimum` or above during the proposal year. */
  no_member_discipline_at_least: { minimum: DisciplineLevel };
  /** Every member rated at least `minimum` in the proposal year. */
  all_members_rating_at_least: { minimum: Rating };
  /** At least one member meets `award` in the proposal year. */
  at_least_one_member_with: { award: AwardCode };
  /** Met if one of the alternatives is met (the Law's "hoặc"). */
  any_of: { options: readonly CriterionSpec[] };
}

export type CriterionKind = keyof CriterionParamsByKind;

export type CriterionSpecOf<K extends CriterionKind> = {
  [P in K]: { code: string; kind: P; params: CriterionParamsByKind[P]; legalBasis: string };
}[K];

export type CriterionSpec = CriterionSpecOf<CriterionKind>;

export type Subject = { kind: 'staff'; facts: StaffFacts } | { kind: 'unit'; facts: UnitFacts };

export interface EvaluationContext {
  readonly subject: Subject;
  /** The award being evaluated. */
  readonly awardType: AwardCode;
  readonly year: number;
  /** Date the evaluation is made for (picks the rulebook; extends the freeze window). */
  readonly asOf: string;
  /** Evaluates another award's criteria for a person in the same round (LĐTT inside CSTĐCS, members' titles). */
  readonly evaluateStaffCriteria: (staff: StaffFacts, award: AwardCode, year: number) => CriterionResult[];
  /** Runs a nested criterion (used by `any_of`). */
  readonly run: (spec: CriterionSpec) => CriterionResult;
}

/** What an evaluator decides; the registry adds the code and the legal basis. */
export interface CriterionOutcome {
  met: boolean | null;
  reason: Reason;
}

export type CriterionEvaluator<K extends CriterionKind> = (
  params: CriterionParamsByKind[K],
  context: EvaluationContext,
) => CriterionOutcome;
