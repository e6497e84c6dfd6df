import type { AwardFact, DisciplineFact } from './facts.js';
import { overlaps, yearPeriod } from './periods.js';
import { type AwardCode } from '../kernel/index.js';

/**
 * An award "counts" toward chains and prerequisites only if it was actually given ("được tặng"),
 * has not been revoked, and was a regular award: ad-hoc (đột xuất) and thematic (chuyên đề) results
 * cannot be the basis of a higher award (ND 152/2025 Art. 4; ND 98/2023 principles).
 */
export function countsTowardHigherAwards(award: AwardFact): boolean {
  return !award.revoked && award.basis === 'regular';
}

export function hasCountingAward(awards: readonly AwardFact[], awardType: AwardCode, year: number): boolean {
  return awards.some((award) => award.awardType === awardType && award.year === year && countsTowardHigherAwards(award));
}

/** Latest year (≤ `upToYear`) in which a counting award of that type was given, or null. */
export function latestCountingAwardYear(awards: readonly AwardFact[], awardType: AwardCode, upToYear: number): number | null {
  const years = awards
    .filter((award) => award.awardType === awardType && award.year <= upToYear && countsTowardHigherAwards(award))
    .map((award) => award.year);
  return years.length === 0 ? null : Math.max(...years);
}

/**
 * After a discipline period ends, achievement counts only from the end of that period
 * (ND 152/2025 Art. 4). A yearly rating or title covers the whole year, so a year that any discipline
 * period touches cannot count in a chain of years.
 */
export function isYearTouchedByDiscipline(disciplines: readonly DisciplineFact[], year: number): boolean {
  return disciplines.some((discipline) => overlaps(discipline, yearPeriod(year)));
}
