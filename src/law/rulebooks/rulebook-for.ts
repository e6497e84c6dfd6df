import { NoRulebookForDate } from '../law.errors.js';
import { assertIsoDate } from '../periods.js';
import { ND152_2025_RULEBOOK } from './nd152-2025.rulebook.js';
import { ND98_2023_RULEBOOK } from './nd98-2023.rulebook.js';
import type { Rulebook } from './rulebook.js';

export const RULEBOOKS: readonly Rulebook[] = [ND98_2023_RULEBOOK, ND152_2025_RULEBOOK];

/** The rulebook in force on `date` (YYYY-MM-DD); before 2024-01-01 the system has none. */
export function rulebookFor(date: string): Rulebook {
  assertIsoDate(date);
  const found = RULEBOOKS.find(
    (rulebook) => rulebook.effectiveFrom <= date && (rulebook.effectiveTo === null || date <= rulebook.effectiveTo),
  );
  if (!found) {
    throw new NoRulebookForDate(date);
  }
  return found;
}
