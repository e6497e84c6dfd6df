import { type DisciplineLevel, type InitiativeLevel, type Rating } from '../kernel/index.js';

/** Orderings used by "at least" comparisons. */

const RATING_RANK: Record<Rating, number> = { not_completed: 0, completed: 1, good: 2, excellent: 3 };
const DISCIPLINE_RANK: Record<DisciplineLevel, number> = {
  reprimand: 1,
  warning: 2,
  demotion: 3,
  removal: 4,
  dismissal: 5,
};
const INITIATIVE_RANK: Record<InitiativeLevel, number> = { grassroots: 1, provincial: 2, national: 3 };

export function ratingAtLeast(rating: Rating | undefined, minimum: Rating): boolean {
  return rating !== undefined && RATING_RANK[rating] >= RATING_RANK[minimum];
}

export function disciplineAtLeast(level: DisciplineLevel, minimum: DisciplineLevel): boolean {
  return DISCIPLINE_RANK[level] >= DISCIPLINE_RANK[minimum];
}

export function initiativeAtLeast(level: InitiativeLevel, minimum: InitiativeLevel): boolean {
  return INITIATIVE_RANK[level] >= INITIATIVE_RANK[minimum];
}
