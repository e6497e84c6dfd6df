import type { Period } from './periods.js';
import type { ConfirmationStatement } from './statements.js';
import { type AwardCode, type DisciplineLevel, type InitiativeLevel, type Rating } from '../kernel/index.js';

/**
 * Why a criterion is met or not, without a word of prose: `key` names the sentence, `params` carry
 * the facts it quotes, each tagged with its kind so the adapter formats it in the reader's language
 * (years as lists or alternatives, dates dd/mm/yyyy, shares with the decimal mark of the language,
 * labels of awards, ratings and levels). The sentences themselves live in the i18n catalogue `law`.
 */
export type ReasonParam =
  /** A whole number: members, years, initiatives. */
  | { kind: 'count'; value: number }
  | { kind: 'year'; value: number }
  /** Years listed one by one ("2023, 2024"); an empty list says "no year". */
  | { kind: 'years'; value: readonly number[] }
  /** Years any one of which will do ("2025 or 2024"). */
  | { kind: 'year_choices'; value: readonly number[] }
  /** An unbroken run of years, oldest first ("2021–2025"); empty says "no year". */
  | { kind: 'year_run'; value: readonly number[] }
  /** `count` of `total`, as a percentage rounded to one decimal. */
  | { kind: 'share'; count: number; total: number }
  | { kind: 'percent'; value: number }
  /** An award by its short name (LĐTT, CSTĐCS…). */
  | { kind: 'award'; value: AwardCode }
  | { kind: 'rating'; value: Rating }
  /** "`value` or better" (just `value` for the best rating). */
  | { kind: 'minimum_rating'; value: Rating }
  | { kind: 'initiative_level'; value: InitiativeLevel }
  /** "`value` or higher" (just `value` for the highest level). */
  | { kind: 'minimum_initiative_level'; value: InitiativeLevel }
  | { kind: 'discipline_level'; value: DisciplineLevel }
  | { kind: 'period'; value: Period }
  /** Text that comes from the records as typed: a member's name, the reason of a freeze. */
  | { kind: 'text'; value: string }
  | { kind: 'names'; value: readonly string[] }
  /** What a person must confirm, from the catalogue of confirmation statements. */
  | { kind: 'statements'; value: readonly ConfirmationStatement[] }
  | { kind: 'reason'; value: Reason }
  /** Nested reasons joined as a list (", "), as clauses ("; ") or numbered ("(1) …; (2) …"). */
  | { kind: 'reasons'; value: readonly Reason[]; join: 'list' | 'clauses' | 'numbered' }
  /** Optional trailing notes, each after "; "; nothing when empty. */
  | { kind: 'notes'; value: readonly Reason[] };

export type ReasonParamKind = ReasonParam['kind'];
type P<K extends ReasonParamKind> = Extract<ReasonParam, { kind: K }>;

/** Every sentence a criterion may answer with, and the params it quotes. */
export interface ReasonParamsByKey {
  'any_of.met': { option: P<'reason'> };
  'any_of.none_met': { options: P<'reasons'> };

  'rating_at_least.no_rating': { year: P<'year'>; minimum: P<'minimum_rating'> };
  'rating_at_least.rated': { year: P<'year'>; rating: P<'rating'> };
  'rating_at_least.below': { year: P<'year'>; rating: P<'rating'>; minimum: P<'minimum_rating'> };

  'consecutive_ratings.met': { count: P<'count'>; minimum: P<'minimum_rating'>; present: P<'years'> };
  'consecutive_ratings.met_or_title': {
    count: P<'count'>;
    minimum: P<'minimum_rating'>;
    title: P<'award'>;
    present: P<'years'>;
  };
  'consecutive_ratings.missing': {
    count: P<'count'>;
    minimum: P<'minimum_rating'>;
    present: P<'years'>;
    missing: P<'years'>;
  };
  'consecutive_ratings.missing_or_title': {
    count: P<'count'>;
    minimum: P<'minimum_rating'>;
    title: P<'award'>;
    present: P<'years'>;
    missing: P<'years'>;
  };

  'title_chain.met': {
    length: P<'count'>;
    award: P<'award'>;
    ends: P<'year_choices'>;
    present: P<'years'>;
    notes: P<'notes'>;
  };
  'title_chain.missing': {
    length: P<'count'>;
    award: P<'award'>;
    ends: P<'year_choices'>;
    present: P<'years'>;
    missing: P<'years'>;
    notes: P<'notes'>;
  };
  'title_chain.excluded_by_discipline': { years: P<'years'> };

  'holds_award.none': { award: P<'award'> };
  'holds_award.held': { award: P<'award'>; year: P<'year'> };

  'meets_award_in_year.recorded': { award: P<'award'>; year: P<'year'> };
  'meets_award_in_year.meets_in_round': { award: P<'award'>; year: P<'year'> };
  'meets_award_in_year.not_met': { award: P<'award'>; year: P<'year'>; failed: P<'reasons'> };

  'initiative_at_level.none_in_year': { minimum: P<'minimum_initiative_level'>; year: P<'year'> };
  'initiative_at_level.none_in_years': { minimum: P<'minimum_initiative_level'>; from: P<'year'>; to: P<'year'> };
  'initiative_at_level.found': { initiatives: P<'reasons'> };
  'initiative_at_level.initiative': { level: P<'initiative_level'>; year: P<'year'> };

  'rating_run_with_initiatives.summary': {
    minimum: P<'minimum_rating'>;
    year: P<'year'>;
    run: P<'year_run'>;
    runLength: P<'count'>;
    minYears: P<'count'>;
    initiativeMinimum: P<'minimum_initiative_level'>;
    initiatives: P<'count'>;
    required: P<'count'>;
  };
  'rating_run_with_titles.summary': {
    minimum: P<'minimum_rating'>;
    year: P<'year'>;
    run: P<'year_run'>;
    runLength: P<'count'>;
    minYears: P<'count'>;
    title: P<'award'>;
    titleCount: P<'count'>;
    titleYears: P<'years'>;
    required: P<'count'>;
    notes: P<'notes'>;
  };
  'rating_run_with_titles.counted_after': { award: P<'award'>; year: P<'year'> };

  'members.none': Record<string, never>;
  'members_ratio_meeting.share': {
    count: P<'count'>;
    total: P<'count'>;
    share: P<'share'>;
    award: P<'award'>;
    year: P<'year'>;
    minimum: P<'percent'>;
  };
  'no_member_discipline_at_least.none': { minimum: P<'discipline_level'>; year: P<'year'> };
  'no_member_discipline_at_least.found': { minimum: P<'discipline_level'>; year: P<'year'>; members: P<'reasons'> };
  'no_member_discipline_at_least.member': { name: P<'text'>; level: P<'discipline_level'>; period: P<'period'> };
  'all_members_rating_at_least.all': { count: P<'count'>; minimum: P<'minimum_rating'>; year: P<'year'> };
  'all_members_rating_at_least.failing': { minimum: P<'minimum_rating'>; year: P<'year'>; members: P<'reasons'> };
  'all_members_rating_at_least.member_rated': { name: P<'text'>; rating: P<'rating'> };
  'all_members_rating_at_least.member_unrated': { name: P<'text'> };
  'at_least_one_member_with.none': { award: P<'award'>; year: P<'year'> };
  'at_least_one_member_with.found': { count: P<'count'>; award: P<'award'>; year: P<'year'>; names: P<'names'> };

  'needs_confirmation.pending': { statements: P<'statements'> };
  'no_freeze.clear': { year: P<'year'> };
  'no_freeze.frozen': { freezes: P<'reasons'> };
  'no_freeze.freeze': { reason: P<'text'>; period: P<'period'> };
  'no_discipline_in_year.clear': { year: P<'year'> };
  'no_discipline_in_year.disciplined': { disciplines: P<'reasons'> };
  'no_discipline_in_year.discipline': { level: P<'discipline_level'>; period: P<'period'> };
  /** Put by the eligibility service in place of a discipline's level and dates for a reader not allowed them. */
  'discipline_withheld.withheld': Record<string, never>;
  'not_already_awarded.already': { award: P<'award'>; year: P<'year'> };
  'not_already_awarded.clear': { award: P<'award'>; year: P<'year'> };
  /** Registration as a criterion, when the province requires it (nominations/registration.ts). */
  'registration.registered': { award: P<'award'>; year: P<'year'>; campaigns: P<'names'> };
  'registration.not_registered': { award: P<'award'>; year: P<'year'> };
}

/** The stable identifier of a sentence; the adapter checks at compile time that each one is translated. */
export type ReasonKey = keyof ReasonParamsByKey;

export type ReasonOf<K extends ReasonKey> = { key: K; params: ReasonParamsByKey[K] };

export type Reason = { [K in ReasonKey]: ReasonOf<K> }[ReasonKey];

export function reason<K extends ReasonKey>(key: K, params: ReasonParamsByKey[K]): Reason {
  // A generic K cannot be narrowed to one member of the union; the signature already checks the pair.
  return { key, params } as unknown as Reason;
}

/** Builders of tagged params, so criteria read as `param.year(2025)`. */
export const param = {
  count: (value: number): P<'count'> => ({ kind: 'count', value }),
  year: (value: number): P<'year'> => ({ kind: 'year', value }),
  years: (value: readonly number[]): P<'years'> => ({ kind: 'years', value: [...value] }),
  yearChoices: (value: readonly number[]): P<'year_choices'> => ({ kind: 'year_choices', value: [...value] }),
  yearRun: (value: readonly number[]): P<'year_run'> => ({ kind: 'year_run', value: [...value] }),
  share: (count: number, total: number): P<'share'> => ({ kind: 'share', count, total }),
  percent: (value: number): P<'percent'> => ({ kind: 'percent', value }),
  award: (value: AwardCode): P<'award'> => ({ kind: 'award', value }),
  rating: (value: Rating): P<'rating'> => ({ kind: 'rating', value }),
  minimumRating: (value: Rating): P<'minimum_rating'> => ({ kind: 'minimum_rating', value }),
  initiativeLevel: (value: InitiativeLevel): P<'initiative_level'> => ({ kind: 'initiative_level', value }),
  minimumInitiativeLevel: (value: InitiativeLevel): P<'minimum_initiative_level'> => ({
    kind: 'minimum_initiative_level',
    value,
  }),
  disciplineLevel: (value: DisciplineLevel): P<'discipline_level'> => ({ kind: 'discipline_level', value }),
  /** Only the dates are kept: a fact passed in may carry more fields. */
  period: (value: Period): P<'period'> => ({ kind: 'period', value: { from: value.from, to: value.to } }),
  text: (value: string): P<'text'> => ({ kind: 'text', value }),
  names: (value: readonly string[]): P<'names'> => ({ kind: 'names', value: [...value] }),
  statements: (value: readonly ConfirmationStatement[]): P<'statements'> => ({ kind: 'statements', value: [...value] }),
  reason: (value: Reason): P<'reason'> => ({ kind: 'reason', value }),
  list: (value: readonly Reason[]): P<'reasons'> => ({ kind: 'reasons', value: [...value], join: 'list' }),
  clauses: (value: readonly Reason[]): P<'reasons'> => ({ kind: 'reasons', value: [...value], join: 'clauses' }),
  numbered: (value: readonly Reason[]): P<'reasons'> => ({ kind: 'reasons', value: [...value], join: 'numbered' }),
  notes: (value: readonly Reason[]): P<'notes'> => ({ kind: 'notes', value: [...value] }),
};
