import { type Finding, type Findings, yearsBetween } from '../common/validation/plausibility.js';
import { pageDateText } from '../common/validation/page-date.js';

/*
 * Plausibility of a staff record, pure (`today` given, YYYY-MM-DD): the impossible refuses the write,
 * the unlikely is saved with a warning, each finding naming its rule (`plausibility.<rule>` states it).
 */

/** Working age: the Labour Code 2019 (Art. 3) makes a worker at least 15. */
export const MIN_WORKING_AGE = 15;
/** Older than this, a date of birth is more likely a typo than a colleague still at work. */
export const UNLIKELY_AGE = 65;
/** A work start before this year is more likely a typo. */
export const UNLIKELY_START_BEFORE = '1950-01-01';

export interface StaffDates {
  dateOfBirth: string | null;
  startedOn: string | null;
}

/**
 * - birthInFuture (refused): born after today;
 * - startInFuture (refused): started work after today;
 * - startBeforeAge15 (refused): started work before the 15th birthday;
 * - ageOver65 (warning): older than 65 today;
 * - startBefore1950 (warning): started work before 1950.
 */
export function checkStaffDates({ dateOfBirth, startedOn }: StaffDates, today: string): Findings {
  const refusals: Finding[] = [];
  const warnings: Finding[] = [];
  const todayText = pageDateText(today);
  if (dateOfBirth !== null) {
    const birthText = pageDateText(dateOfBirth);
    if (dateOfBirth > today) {
      refusals.push({ rule: 'birthInFuture', field: 'dateOfBirth', params: { dateText: birthText, todayText } });
    } else if (yearsBetween(dateOfBirth, today) > UNLIKELY_AGE) {
      warnings.push({ rule: 'ageOver65', field: 'dateOfBirth', params: { birthText, age: yearsBetween(dateOfBirth, today) } });
    }
  }
  if (startedOn !== null) {
    const dateText = pageDateText(startedOn);
    if (startedOn > today) {
      refusals.push({ rule: 'startInFuture', field: 'startedOn', params: { dateText, todayText } });
    }
    if (dateOfBirth !== null && yearsBetween(dateOfBirth, startedOn) < MIN_WORKING_AGE) {
      refusals.push({ rule: 'startBeforeAge15', field: 'startedOn', params: { dateText, birthText: pageDateText(dateOfBirth) } });
    }
    if (startedOn < UNLIKELY_START_BEFORE) {
      warnings.push({ rule: 'startBefore1950', field: 'startedOn', params: { dateText } });
    }
  }
  return { refusals, warnings };
}

/** A stored person another record may duplicate. */
export interface PossibleTwin {
  id: string;
  code: string;
  fullName: string;
  dateOfBirth: string | null;
}

/**
 * samePerson (warning): another person with the same full name (compared folded, without diacritics
 * or case: `fold`) and the same date of birth.
 */
export function checkSamePerson(
  person: { id?: string; fullName: string; dateOfBirth: string | null },
  stored: readonly PossibleTwin[],
  fold: (text: string) => string,
): Findings {
  return samePersonFinder(stored, fold)(person);
}

/**
 * checkSamePerson for many people against the same `stored` (an import): the stored are indexed once
 * by birth date and folded name, so a file of 20,000 namesakes costs 20,000 look-ups, not 20,000².
 */
export function samePersonFinder(
  stored: readonly PossibleTwin[],
  fold: (text: string) => string,
): (person: { id?: string; fullName: string; dateOfBirth: string | null }) => Findings {
  const byKey = new Map<string, PossibleTwin[]>();
  for (const twin of stored) {
    const key = `${twin.dateOfBirth}|${fold(twin.fullName)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), twin].slice(0, MAX_TWINS_SHOWN + 1));
  }
  return (person) => {
    if (person.dateOfBirth === null) {
      return { refusals: [], warnings: [] };
    }
    const twins = (byKey.get(`${person.dateOfBirth}|${fold(person.fullName)}`) ?? []).filter((s) => s.id !== person.id);
    return {
      refusals: [],
      warnings: twins.slice(0, MAX_TWINS_SHOWN).map((twin) => ({
        rule: 'samePerson',
        field: 'fullName',
        params: { name: twin.fullName, code: twin.code, birthText: pageDateText(twin.dateOfBirth) },
      })),
    };
  };
}

/** Namesakes named in one warning list; one more is kept per key, in case the person is among them. */
const MAX_TWINS_SHOWN = 3;
