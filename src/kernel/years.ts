/** Years a history record may carry: paper records go back decades, plans a few years ahead. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export const isValidYear = (year: number): boolean => Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
