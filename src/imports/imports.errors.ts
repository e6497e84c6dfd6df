import { DomainError } from '../common/errors/domain-error.js';
import type { ErrorStatuses } from '../common/errors/error-codes.js';

/** Undoing an import (a batch of the staff or history import). */
export const IMPORTS_ERRORS = {
  IMPORT_ALREADY_UNDONE: 409,
  /** What the import wrote has since been built on (history entered for a person it created, a record changed by hand). */
  IMPORT_DEPENDED_ON: 409,
} as const satisfies ErrorStatuses;

export type ImportsErrorCode = keyof typeof IMPORTS_ERRORS;

export class ImportAlreadyUndone extends DomainError<ImportsErrorCode> {
  constructor(undoneOn: string) {
    super('IMPORT_ALREADY_UNDONE', `This import was undone on ${undoneOn}`, undefined, { date: undoneOn });
  }
}

/** Shown in full up to this many; the rest counted. */
const NAMED = 20;

export class ImportDependedOn extends DomainError<ImportsErrorCode> {
  /** `dependents`: each record that depends, in words (e.g. "CB-001 Nguyễn Văn A: Xếp loại hằng năm 2024"). */
  constructor(readonly dependents: readonly string[]) {
    const more = dependents.length > NAMED ? ` (+${dependents.length - NAMED})` : '';
    const list = dependents.slice(0, NAMED).join('; ') + more;
    super(
      'IMPORT_DEPENDED_ON',
      `What this import wrote has been built on since: ${list}`,
      dependents
        .slice(0, NAMED)
        .map((what) => ({ field: 'batchId', constraint: 'dependent', key: 'history.importDependent', params: { what } })),
      { list, count: dependents.length },
    );
  }
}
