import { type Finding, type Findings } from '../common/validation/plausibility.js';
import { pageDateText } from '../common/validation/page-date.js';
import { type AwardBasis, currentRoundYear } from '../kernel/index.js';

/*
 * Plausibility of history records, pure (no database, `today` given): the impossible refuses the
 * write, the unlikely is saved with a warning. Each finding names its rule; the catalogue
 * (`plausibility.<rule>`) states it. The create paths (API, pages, imports) call these, and update
 * paths may too (exported from the feature's index).
 */

/** The round year on a day given as YYYY-MM-DD (`currentRoundYear`). */
const roundYearOf = (today: string): number => currentRoundYear(new Date(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, 1));

/** yearAfterRound: no record (rating, award, initiative) for a year after the current round year. */
export function checkRecordYear(year: number, today: string, field = 'year'): Findings {
  const roundYear = roundYearOf(today);
  const refusals: Finding[] = year > roundYear ? [{ rule: 'yearAfterRound', field, params: { year, roundYear } }] : [];
  return { refusals, warnings: [] };
}

/** The award types whose year's title presupposes the Lao động tiên tiến of the same year. */
const NEEDS_LDTT_OF_THE_YEAR = new Set(['CSTDCS']);

export interface AwardFacts {
  awardType: string;
  year: number;
  decisionDate: string | null;
  /** Regular (yearly) awards follow the year's review; ad hoc and thematic ones come during the year. */
  basis: AwardBasis;
  /** The subject is a person (the LĐTT rule is about people). */
  staff: boolean;
  /** The person has an unrevoked LĐTT for `year` (stored, or written by the same request). */
  hasLdttOfYear: boolean;
}

/**
 * An award record:
 * - yearAfterRound (refused): its year is after the current round year;
 * - decisionInFuture (refused): its decision is dated after today;
 * - decisionBeforeReview (refused): a regular (yearly) award decided before December of the year it
 *   rewards, when that year's review cannot have been held (dossiers go up in early December);
 * - decisionBeforeYearEnd (warning): a regular award decided in December of that same year, before it ended;
 *   (ad hoc and thematic awards reward an achievement during the year: decided any time in it)
 * - cstdcsWithoutLdtt (warning): a CSTĐCS for a year without that person's LĐTT.
 */
export function checkAward(facts: AwardFacts, today: string): Findings {
  const { refusals, warnings } = checkRecordYear(facts.year, today);
  const date = facts.decisionDate;
  if (date !== null) {
    const params = { dateText: pageDateText(date), year: facts.year, todayText: pageDateText(today) };
    if (date > today) {
      refusals.push({ rule: 'decisionInFuture', field: 'decisionDate', params });
    }
    if (facts.basis !== 'regular') {
      // Not tied to the year's review.
    } else if (date < `${facts.year}-12-01`) {
      refusals.push({ rule: 'decisionBeforeReview', field: 'decisionDate', params });
    } else if (date <= `${facts.year}-12-31`) {
      warnings.push({ rule: 'decisionBeforeYearEnd', field: 'decisionDate', params });
    }
  }
  if (facts.staff && NEEDS_LDTT_OF_THE_YEAR.has(facts.awardType) && !facts.hasLdttOfYear) {
    warnings.push({ rule: 'cstdcsWithoutLdtt', field: 'awardType', params: { year: facts.year } });
  }
  return { refusals, warnings };
}

/** Whether the award type's check needs to know of the person's LĐTT of the year. */
export const needsLdttOfYear = (awardType: string): boolean => NEEDS_LDTT_OF_THE_YEAR.has(awardType);
