/** Years a history record may carry: paper records go back decades, plans a few years ahead. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export const isValidYear = (year: number): boolean => Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;

/**
 * The round year (năm xét khen thưởng) on a day: from 1 October the current year, whose titles are
 * being prepared (dossiers go up in December, e.g. Bắc Ninh QĐ 86/2025 Điều 6: before 10/12), before
 * it the previous year, whose round ends early in the year. Local calendar day.
 */
export function roundYearOn(today: Date): number {
  const year = today.getFullYear();
  return today.getMonth() >= 9 ? year : year - 1;
}

/** The round year today (or on the day given): the name issue 8 uses, the same rule as `roundYearOn`. */
export function currentRoundYear(today: Date = new Date()): number {
  return roundYearOn(today);
}
