import type { HistoryImportProblem } from './history-import.problems.js';
import type {
  AppraisalImportRow,
  AwardImportRow,
  CheckedRows,
  DisciplineImportRow,
  FreezeImportRow,
  InitiativeImportRow,
  SubjectCode,
} from './history-rows.js';
import { type AuthUser, type AwardBasis, isUnitPathInScope, type Rating, type SubjectKind } from '../../kernel/index.js';

/** A staff member or unit named in the file, found in the database. */
export interface FoundSubject {
  kind: SubjectKind;
  id: string;
  code: string;
  /** The unit path that decides scope: the staff member's unit, or the unit itself. */
  unitPath: string;
}

/** Codes are one whatever their case (`tvvp-101` is TVVP-101), as the unique indexes on lower(code) say. */
export const subjectKey = (subject: SubjectCode): string => `${subject.kind}:${subject.code.toLowerCase()}`;

/** Unknown codes and subjects outside the user's units, for every row that names one. */
export function subjectProblems(
  subjects: CheckedRows<unknown>['subjects'],
  found: ReadonlyMap<string, FoundSubject>,
  user: AuthUser,
): HistoryImportProblem[] {
  const problems: HistoryImportProblem[] = [];
  for (const { line, subject } of subjects) {
    const field = subject.kind === 'staff' ? 'staffCode' : 'unitCode';
    const stored = found.get(subjectKey(subject));
    if (!stored) {
      problems.push({ line, field, key: subject.kind === 'staff' ? 'unknownStaff' : 'unknownUnit', params: { code: subject.code } });
    } else if (!isUnitPathInScope(user, stored.unitPath)) {
      problems.push({ line, field, key: 'outOfScope', params: { code: subject.code } });
    }
  }
  return problems;
}

/** What an import writes: new records, changed ones (with what was stored), and how many stay as they are. */
export interface ImportPlan<R, S> {
  inserts: R[];
  updates: Array<{ row: R; stored: S }>;
  unchanged: number;
  problems: HistoryImportProblem[];
}

/**
 * Matches rows to stored records by natural key: unknown keys are inserted, known keys updated when
 * `sameAs` says something differs, so importing the same file twice writes nothing the second time.
 * A key repeated inside the file is a problem on the later line.
 */
export function planByKey<R extends { line: number }, S>(
  rows: readonly R[],
  stored: ReadonlyMap<string, S>,
  keyOf: (row: R) => string,
  sameAs: (row: R, stored: S) => boolean,
  field: string,
): ImportPlan<R, S> {
  const plan: ImportPlan<R, S> = { inserts: [], updates: [], unchanged: 0, problems: [] };
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row);
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      plan.problems.push({ line: row.line, field, key: 'duplicateInFile', params: { firstLine: earlier } });
      continue;
    }
    firstLine.set(key, row.line);
    const match = stored.get(key);
    if (match === undefined) {
      plan.inserts.push(row);
    } else if (sameAs(row, match)) {
      plan.unchanged += 1;
    } else {
      plan.updates.push({ row, stored: match });
    }
  }
  return plan;
}

/** The id of a row's subject; only called for rows whose subject was found. */
export type SubjectIdOf = (subject: SubjectCode) => string;

export interface StoredAward {
  awardType: string;
  subjectKind: SubjectKind;
  subjectId: string;
  year: number;
  basis: AwardBasis;
  decisionNumber: string | null;
  revoked: boolean;
}

const awardKey = (type: string, kind: SubjectKind, id: string, year: number, decisionNumber: string | null): string =>
  `${type}|${kind}:${id}|${year}|${decisionNumber ?? ''}`;
const onceKey = (type: string, kind: SubjectKind, id: string, year: number): string => `${type}|${kind}:${id}|${year}`;

/**
 * Awards are facts from decisions: a known one (revoked or not) is left alone, never updated.
 * A new regular award refused when the subject already holds the same one for that year, or when
 * the file gives it twice (Law 2022 Art. 5; the partial unique index says the same).
 */
export function planAwards(
  rows: readonly AwardImportRow[],
  stored: readonly StoredAward[],
  idOf: SubjectIdOf,
): ImportPlan<AwardImportRow, StoredAward> {
  const byKey = new Map(stored.map((s) => [awardKey(s.awardType, s.subjectKind, s.subjectId, s.year, s.decisionNumber), s]));
  const held = new Set(
    stored.filter((s) => !s.revoked && s.basis === 'regular').map((s) => onceKey(s.awardType, s.subjectKind, s.subjectId, s.year)),
  );
  const keyOf = (row: AwardImportRow): string =>
    awardKey(row.awardType.code, row.subject.kind, idOf(row.subject), row.year, row.decisionNumber);
  const plan = planByKey(rows, byKey, keyOf, () => true, 'decisionNumber');
  const inserts: AwardImportRow[] = [];
  const firstLine = new Map<string, number>();
  for (const row of plan.inserts) {
    const key = onceKey(row.awardType.code, row.subject.kind, idOf(row.subject), row.year);
    const earlier = firstLine.get(key);
    if (row.basis !== 'regular') {
      inserts.push(row);
    } else if (held.has(key)) {
      plan.problems.push({
        line: row.line,
        field: 'awardType',
        key: 'duplicateAward',
        params: { name: row.awardType.name, year: row.year },
      });
    } else if (earlier !== undefined) {
      plan.problems.push({ line: row.line, field: 'awardType', key: 'duplicateInFile', params: { firstLine: earlier } });
    } else {
      firstLine.set(key, row.line);
      inserts.push(row);
    }
  }
  return { ...plan, inserts };
}

export interface StoredAppraisal {
  id: string;
  subjectKind: SubjectKind;
  subjectId: string;
  year: number;
  rating: Rating;
}

/** One rating per subject and year: a different rating in the file corrects the stored one. */
export function planAppraisals(rows: readonly AppraisalImportRow[], stored: readonly StoredAppraisal[], idOf: SubjectIdOf) {
  const byKey = new Map(stored.map((s) => [`${s.subjectKind}:${s.subjectId}|${s.year}`, s]));
  return planByKey(
    rows,
    byKey,
    (row) => `${row.subject.kind}:${idOf(row.subject)}|${row.year}`,
    (row, s) => row.rating === s.rating,
    'year',
  );
}

export interface StoredInitiative {
  id: string;
  staffId: string;
  year: number;
  title: string;
  level: InitiativeImportRow['level'];
  kind: InitiativeImportRow['kind'];
}

export function planInitiatives(rows: readonly InitiativeImportRow[], stored: readonly StoredInitiative[], idOf: SubjectIdOf) {
  const byKey = new Map(stored.map((s) => [`${s.staffId}|${s.year}|${s.title}`, s]));
  return planByKey(
    rows,
    byKey,
    (row) => `${idOf(row.subject)}|${row.year}|${row.title}`,
    (row, s) => row.level === s.level && row.kind === s.kind,
    'title',
  );
}

export interface StoredPeriod {
  id: string;
  from: string;
  to: string | null;
}

export interface StoredDiscipline extends StoredPeriod {
  staffId: string;
  level: DisciplineImportRow['level'];
}

export function planDisciplines(rows: readonly DisciplineImportRow[], stored: readonly StoredDiscipline[], idOf: SubjectIdOf) {
  const byKey = new Map(stored.map((s) => [`${s.staffId}|${s.level}|${s.from}`, s]));
  return planByKey(
    rows,
    byKey,
    (row) => `${idOf(row.subject)}|${row.level}|${row.from}`,
    (row, s) => row.to === s.to,
    'from',
  );
}

export interface StoredFreeze extends StoredPeriod {
  subjectKind: SubjectKind;
  subjectId: string;
  reason: string;
}

export function planFreezes(rows: readonly FreezeImportRow[], stored: readonly StoredFreeze[], idOf: SubjectIdOf) {
  const byKey = new Map(stored.map((s) => [`${s.subjectKind}:${s.subjectId}|${s.reason}|${s.from}`, s]));
  return planByKey(
    rows,
    byKey,
    (row) => `${row.subject.kind}:${idOf(row.subject)}|${row.reason}|${row.from}`,
    (row, s) => row.to === s.to,
    'from',
  );
}
