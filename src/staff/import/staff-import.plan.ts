import type { StaffView } from '../staff.service.js';
import type { ImportProblem } from '../../common/tabular-import/import-problems.js';
import type { StaffImportRow, StaffRowReference } from './staff-columns.js';
import { type AuthUser, isUnitPathInScope } from '../../kernel/index.js';

export interface UnitRef {
  id: string;
  code: string;
  path: string;
}

/** A staff member already stored, with the path of their unit for the scope check. */
export interface StoredStaff extends StaffView {
  unitPath: string;
}

export interface StaffChange {
  before: StaffView;
  after: StaffView;
}

export interface ImportPlan {
  created: StaffView[];
  updated: StaffChange[];
}

/** Unknown units, units outside the user's scope, and staff the user may not change. */
export function referenceProblems(
  references: readonly StaffRowReference[],
  unitsByCode: ReadonlyMap<string, UnitRef>,
  staffByCode: ReadonlyMap<string, StoredStaff>,
  user: AuthUser,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const { line, code, unitCode } of references) {
    const stored = code === null ? undefined : staffByCode.get(code);
    if (stored && !isUnitPathInScope(user, stored.unitPath)) {
      problems.push({ line, field: 'code', key: 'staffOutOfScope', params: { code: stored.code } });
    }
    if (unitCode === null) {
      continue;
    }
    const unit = unitsByCode.get(unitCode);
    if (!unit) {
      problems.push({ line, field: 'unitCode', key: 'unknownUnit', params: { code: unitCode } });
    } else if (!isUnitPathInScope(user, unit.path)) {
      problems.push({ line, field: 'unitCode', key: 'unitOutOfScope', params: { code: unitCode } });
    }
  }
  return problems;
}

const COMPARED: ReadonlyArray<keyof StaffView> = ['fullName', 'gender', 'dateOfBirth', 'unitId', 'position', 'startedOn'];

const viewOf = ({ unitPath: _unitPath, ...view }: StoredStaff): StaffView => view;

/** `undefined` means the file has no such column: keep what is stored. */
const orKept = <T>(value: T | undefined, kept: T): T => (value === undefined ? kept : value);

/**
 * What the import will write, from rows that passed every check: new codes are created, known
 * codes updated only when a compared field differs, so re-importing a file writes nothing.
 */
export function planImport(
  rows: readonly StaffImportRow[],
  unitsByCode: ReadonlyMap<string, UnitRef>,
  staffByCode: ReadonlyMap<string, StoredStaff>,
  newId: () => string,
): ImportPlan {
  const plan: ImportPlan = { created: [], updated: [] };
  for (const row of rows) {
    const unitId = unitsByCode.get(row.unitCode)!.id;
    const stored = staffByCode.get(row.code);
    if (!stored) {
      plan.created.push({
        id: newId(),
        code: row.code,
        fullName: row.fullName,
        gender: row.gender,
        dateOfBirth: row.dateOfBirth ?? null,
        unitId,
        position: row.position ?? null,
        startedOn: row.startedOn ?? null,
        status: 'active',
        leftOn: null,
      });
      continue;
    }
    const before = viewOf(stored);
    const after: StaffView = {
      ...before,
      fullName: row.fullName,
      gender: row.gender,
      dateOfBirth: orKept(row.dateOfBirth, before.dateOfBirth),
      unitId,
      position: orKept(row.position, before.position),
      startedOn: orKept(row.startedOn, before.startedOn),
    };
    if (COMPARED.some((field) => after[field] !== before[field])) {
      plan.updated.push({ before, after });
    }
  }
  return plan;
}
