import { DomainError, type KeyedDetail } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';

/**
 * Whole lists at once (a unit's ratings for a year, one decision for many people): every refusal
 * names the people or units it is about, and nothing of the list is written.
 */
export const BULK_ERRORS = {
  /** Ids of the list that name no staff member or unit. */
  UNKNOWN_SUBJECTS: 422,
  /** Staff members or units of the list outside the user's units. */
  SUBJECTS_OUT_OF_SCOPE: 403,
  /** People or units of the decision who already have that award for that year (Law 06/2022 Art. 5). */
  AWARDS_ALREADY_RECORDED: 409,
} as const satisfies ErrorStatuses;

export type BulkErrorCode = keyof typeof BULK_ERRORS;

/** "Nguyễn Văn An (NV01), Trần Thị Bình (NV02)": at most ten named, then "… (+N)". */
export function namesList(names: readonly string[]): string {
  const shown = names.slice(0, 10).join(', ');
  return names.length > 10 ? `${shown} … (+${names.length - 10})` : shown;
}

export class UnknownSubjects extends DomainError<BulkErrorCode> {
  constructor(details: KeyedDetail[], ids: readonly string[]) {
    const params = { count: ids.length, ids: namesList(ids) };
    super('UNKNOWN_SUBJECTS', `No staff member or unit has these ids: ${ids.join(', ')}`, details, params);
  }
}

export class SubjectsOutOfScope extends DomainError<BulkErrorCode> {
  constructor(details: KeyedDetail[], names: readonly string[]) {
    const params = { count: names.length, names: namesList(names) };
    super('SUBJECTS_OUT_OF_SCOPE', `Outside the units assigned to you: ${names.join(', ')}`, details, params);
  }
}

export class AwardsAlreadyRecorded extends DomainError<BulkErrorCode> {
  constructor(details: KeyedDetail[], award: string, year: number, names: readonly string[]) {
    const params = { award, year, count: names.length, names: namesList(names) };
    super('AWARDS_ALREADY_RECORDED', `Already recorded ${award} for ${year}: ${names.join(', ')}`, details, params);
  }
}
