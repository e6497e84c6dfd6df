import { isYearTouchedByDiscipline } from '../award-records.js';
import type { DisciplineFact } from '../facts.js';
import { ratingAtLeast } from '../ranks.js';
import type { Subject } from './criterion-spec.js';
import { type Rating } from '../../kernel/index.js';

/** Collectives have no discipline facts of their own; members' discipline is a separate criterion. */
export function disciplinesOf(subject: Subject): readonly DisciplineFact[] {
  return subject.kind === 'staff' ? subject.facts.disciplines : [];
}

/**
 * The unbroken run of years ending in `endYear` whose rating is at least `minimum`, oldest first.
 * A missing rating, a lower rating or a year touched by discipline ends the run; years up to and
 * including `notAfterYear` are never part of it (used to skip years already rewarded).
 */
export function ratingRunEndingIn(subject: Subject, endYear: number, minimum: Rating, notAfterYear: number | null = null): number[] {
  const disciplines = disciplinesOf(subject);
  const run: number[] = [];
  for (let year = endYear; notAfterYear === null || year > notAfterYear; year -= 1) {
    const qualifies = ratingAtLeast(subject.facts.appraisals.get(year), minimum) && !isYearTouchedByDiscipline(disciplines, year);
    if (!qualifies) {
      break;
    }
    run.unshift(year);
  }
  return run;
}
