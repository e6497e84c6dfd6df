import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type AuditRecord, AuditService } from '../../audit/index.js';
import { AwardType } from '../../catalogue/index.js';
import { dayMonthYear, IssuersService, type NotInForce } from '../../issuers/index.js';
import type { ProblemDetail } from '../../common/http/problem.js';
import { parseTable, type UploadedFile } from '../../common/tabular-import/parse-table.js';
import {
  APPRAISAL_COLUMNS,
  AWARD_COLUMNS,
  DISCIPLINE_COLUMNS,
  FREEZE_COLUMNS,
  type HistoryImportKind,
  INITIATIVE_COLUMNS,
} from './history-columns.js';
import { HistoryImportInvalid, type HistoryImportProblem } from './history-import.problems.js';
import {
  type FoundSubject,
  type ImportPlan,
  planAppraisals,
  planAwards,
  planDisciplines,
  planFreezes,
  planInitiatives,
  type StoredAppraisal,
  type StoredAward,
  type StoredDiscipline,
  type StoredFreeze,
  type StoredInitiative,
  type SubjectIdOf,
  subjectKey,
  subjectProblems,
} from './history-import.plan.js';
import {
  findSubjects,
  idsByKind,
  insertAppraisals,
  insertAwards,
  insertDisciplines,
  insertFreezes,
  insertInitiatives,
  type New,
  storedAppraisals,
  storedAwards,
  storedDisciplines,
  storedFreezes,
  storedInitiatives,
  updateAppraisals,
  updateInitiatives,
  updatePeriodEnds,
} from './history-import.sql.js';
import {
  type AppraisalImportRow,
  type AwardImportRow,
  checkAppraisalRows,
  checkAwardRows,
  checkDisciplineRows,
  checkFreezeRows,
  checkInitiativeRows,
  type CheckedRows,
  type DisciplineImportRow,
  type FreezeImportRow,
  type InitiativeImportRow,
  type SubjectCode,
} from './history-rows.js';
import { type AuthUser, isUnitPathInScope } from '../../kernel/index.js';
import { chunks } from '../../common/tabular-import/batches.js';
import { keepRestore, openImportBatch } from '../../common/tabular-import/import-batches.js';
import { lockTableKeys } from '../../database/natural-key-lock.js';
import { type Finding, type Findings, isoDay } from '../../common/validation/plausibility.js';
import { checkAward, checkRecordYear } from '../plausibility.js';

/** The table each kind writes: its keys are locked for the whole import. */
const TABLE_OF: Record<HistoryImportKind, string> = {
  awards: 'award_records',
  appraisals: 'appraisals',
  initiatives: 'initiatives',
  disciplines: 'disciplines',
  freezes: 'freezes',
};

export interface HistoryImportResult {
  kind: HistoryImportKind;
  /** The batch of this import: `POST /api/imports/:batchId/undo` undoes it while nothing depends on it. */
  batchId: string;
  created: number;
  updated: number;
  unchanged: number;
  /** Always empty: a file with any problem is refused as a whole (HistoryImportInvalid). */
  errors: ProblemDetail[];
  /** What is unlikely about the written rows (each with its line): written all the same. */
  warnings: Finding[];
}

interface Written {
  audit: AuditRecord[];
  created: number;
  updated: number;
}

/** What differs between the kinds: how stored records are loaded, planned against, and written. */
interface KindSteps<R, S> {
  load(manager: EntityManager, ids: { staff: string[]; units: string[] }): Promise<S[]>;
  plan(rows: readonly R[], stored: readonly S[], idOf: SubjectIdOf): ImportPlan<R, S>;
  write(manager: EntityManager, plan: ImportPlan<R, S>, idOf: SubjectIdOf, actor: AuthUser, batchId: string): Promise<Written>;
  /** What is unlikely about the rows, given what is stored (history/plausibility.ts). */
  warn?(rows: readonly R[], stored: readonly S[], idOf: SubjectIdOf): Finding[];
}

/** The refusals of a plausibility check on each row, as problems of their lines. */
function implausibleRows<R extends { line: number }>(
  rows: readonly R[],
  check: (row: R, today: string) => Findings,
): HistoryImportProblem[] {
  const today = isoDay(new Date());
  return rows.flatMap((row) =>
    check(row, today).refusals.map((r): HistoryImportProblem => ({ line: row.line, field: r.field, key: r.rule, params: r.params })),
  );
}

const awardFacts = (row: AwardImportRow) => ({
  awardType: row.awardType.code,
  year: row.year,
  decisionDate: row.decisionDate,
  basis: row.basis,
  staff: row.subject.kind === 'staff',
});

/**
 * The warnings of award rows: dated before their year ended, or a CSTĐCS without an LĐTT of that
 * person and year, neither stored (unrevoked) nor in the same file.
 */
function awardWarnings(rows: readonly AwardImportRow[], stored: readonly StoredAward[], idOf: SubjectIdOf): Finding[] {
  const ldtt = new Set([
    ...stored.filter((s) => s.awardType === 'LDTT' && s.subjectKind === 'staff' && !s.revoked).map((s) => `${s.subjectId}|${s.year}`),
    ...rows.filter((r) => r.awardType.code === 'LDTT' && r.subject.kind === 'staff').map((r) => `${idOf(r.subject)}|${r.year}`),
  ]);
  const today = isoDay(new Date());
  return rows.flatMap((row) =>
    checkAward(
      { ...awardFacts(row), hasLdttOfYear: row.subject.kind === 'staff' && ldtt.has(`${idOf(row.subject)}|${row.year}`) },
      today,
    ).warnings.map((w) => ({ ...w, line: row.line })),
  );
}

const subjectIds = <R extends { subject: SubjectCode }>(n: New<R>) => ({
  staffId: n.row.subject.kind === 'staff' ? n.subjectId : null,
  unitId: n.row.subject.kind === 'unit' ? n.subjectId : null,
});

const audited = <T extends { id: string }>(entity: string, after: T, before?: object): AuditRecord => ({
  entity,
  entityId: after.id,
  action: 'import',
  before: before ?? null,
  after,
});

/** New records get their ids here, so the audit entries can name them. */
function numbered<R extends { subject: SubjectCode }>(rows: readonly R[], idOf: SubjectIdOf): Array<New<R>> {
  return rows.map((row) => ({ id: randomUUID(), row, subjectId: idOf(row.subject) }));
}

/**
 * Imports the history of many people at once from CSV/XLSX, all or nothing, as the staff import
 * does: the file is read and every row checked (formats, codes, scope, duplicates) before
 * anything is written; then one transaction writes in batches and records the audit in bulk.
 */
@Injectable()
export class HistoryImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly issuers: IssuersService,
  ) {}

  async importFile(kind: HistoryImportKind, file: UploadedFile, actor: AuthUser): Promise<HistoryImportResult> {
    switch (kind) {
      case 'awards': {
        const table = await parseTable(file, AWARD_COLUMNS);
        const types = await this.dataSource.getRepository(AwardType).find({ order: { displayOrder: 'ASC' } });
        const checked = checkAwardRows(table, types);
        // Impossible rows (a year after the round, a decision dated before its year's review) are refused like a wrong cell.
        checked.problems.push(
          ...implausibleRows(checked.rows, (row, today) => checkAward({ ...awardFacts(row), hasLdttOfYear: true }, today)),
        );
        // A row whose issuer had ended (or not begun) on its decision date is refused like a wrong cell.
        for (const { line, refusal } of await this.issuers.notInForceRows(this.dataSource.manager, checked.rows)) {
          checked.problems.push(issuerProblem(line, refusal));
        }
        return this.run(kind, checked, AWARD_STEPS, actor);
      }
      case 'appraisals': {
        const checked = checkAppraisalRows(await parseTable(file, APPRAISAL_COLUMNS));
        checked.problems.push(...implausibleRows(checked.rows, (row, today) => checkRecordYear(row.year, today)));
        return this.run(kind, checked, APPRAISAL_STEPS, actor);
      }
      case 'initiatives': {
        const checked = checkInitiativeRows(await parseTable(file, INITIATIVE_COLUMNS));
        checked.problems.push(...implausibleRows(checked.rows, (row, today) => checkRecordYear(row.year, today)));
        return this.run(kind, checked, INITIATIVE_STEPS, actor);
      }
      case 'disciplines':
        return this.run(kind, checkDisciplineRows(await parseTable(file, DISCIPLINE_COLUMNS)), DISCIPLINE_STEPS, actor);
      case 'freezes':
        return this.run(kind, checkFreezeRows(await parseTable(file, FREEZE_COLUMNS)), FREEZE_STEPS, actor);
    }
  }

  private async run<R extends { line: number; subject: SubjectCode }, S>(
    kind: HistoryImportKind,
    checked: CheckedRows<R>,
    steps: KindSteps<R, S>,
    actor: AuthUser,
  ): Promise<HistoryImportResult> {
    return this.dataSource.transaction(async (manager) => {
      // First, before anything is read: a second import of the same file (or a PUT of one of its
      // keys) waits for this one to commit, then finds its records and answers "unchanged".
      await lockTableKeys(manager, TABLE_OF[kind]);
      const found = await findSubjects(
        manager,
        checked.subjects.map((s) => s.subject),
      );
      const usable = (subject: SubjectCode): FoundSubject | undefined => {
        const match = found.get(subjectKey(subject));
        return match && isUnitPathInScope(actor, match.unitPath) ? match : undefined;
      };
      const idOf: SubjectIdOf = (subject) => usable(subject)!.id;
      // Rows with an unknown or out-of-scope subject are already reported; plan the others to report their duplicates too.
      const rows = checked.rows.filter((row) => usable(row.subject) !== undefined);
      const stored = await steps.load(manager, idsByKind(rows, idOf));
      const plan = steps.plan(rows, stored, idOf);
      const problems = [...checked.problems, ...subjectProblems(checked.subjects, found, actor), ...plan.problems];
      if (problems.length > 0) {
        throw new HistoryImportInvalid(problems);
      }
      // The batch of this import: what it inserts carries the id, what it updates is kept as it was (for an undo).
      const batchId = await openImportBatch(manager, kind, actor.id);
      const written = await steps.write(manager, plan, idOf, actor, batchId);
      await keepRestore(
        manager,
        batchId,
        written.audit.flatMap((entry) => (entry.before ? [{ entity: entry.entity, id: entry.entityId, before: entry.before }] : [])),
      );
      for (const batch of chunks(written.audit)) {
        await this.audit.record(manager, actor, ...batch);
      }
      const warnings = steps.warn?.(rows, stored, idOf) ?? [];
      return { kind, batchId, created: written.created, updated: written.updated, unchanged: plan.unchanged, errors: [], warnings };
    });
  }
}

/** The line's issuer could not sign on its date: the message names its period and, when known, its successor. */
function issuerProblem(line: number, refusal: NotInForce): HistoryImportProblem {
  const params = {
    issuer: refusal.issuer,
    date: dayMonthYear(refusal.decisionDate),
    from: dayMonthYear(refusal.validFrom),
    to: dayMonthYear(refusal.validTo),
  };
  return refusal.successor && refusal.validTo !== null && refusal.decisionDate > refusal.validTo
    ? { line, field: 'decisionDate', key: 'issuerSucceeded', params: { ...params, successor: refusal.successor } }
    : { line, field: 'decisionDate', key: 'issuerNotInForce', params };
}

const AWARD_STEPS: KindSteps<AwardImportRow, StoredAward> = {
  load: storedAwards,
  plan: planAwards,
  warn: awardWarnings,
  async write(manager, plan, idOf, actor, batchId) {
    const items = numbered(plan.inserts, idOf);
    const inserted = await insertAwards(manager, items, actor.id, batchId);
    const audit = items
      .filter((n) => inserted.has(n.id))
      .map((n) =>
        audited('awards', {
          id: n.id,
          awardType: n.row.awardType.code,
          ...subjectIds(n),
          year: n.row.year,
          basis: n.row.basis,
          decisionNumber: n.row.decisionNumber,
          decisionDate: n.row.decisionDate,
          issuerName: n.row.issuerName,
          source: 'imported',
        }),
      );
    return { audit, created: inserted.size, updated: 0 };
  },
};

const APPRAISAL_STEPS: KindSteps<AppraisalImportRow, StoredAppraisal> = {
  load: storedAppraisals,
  plan: planAppraisals,
  async write(manager, plan, idOf, actor, batchId) {
    const items = numbered(plan.inserts, idOf);
    const inserted = await insertAppraisals(manager, items, actor.id, batchId);
    await updateAppraisals(
      manager,
      plan.updates.map(({ row, stored }) => ({ id: stored.id, rating: row.rating })),
      actor.id,
    );
    const view = (id: string, subject: { staffId: string | null; unitId: string | null }, year: number, rating: string) => ({
      id,
      ...subject,
      year,
      rating,
    });
    const audit = [
      ...items.filter((n) => inserted.has(n.id)).map((n) => audited('appraisals', view(n.id, subjectIds(n), n.row.year, n.row.rating))),
      ...plan.updates.map(({ row, stored }) => {
        const subject = {
          staffId: stored.subjectKind === 'staff' ? stored.subjectId : null,
          unitId: stored.subjectKind === 'unit' ? stored.subjectId : null,
        };
        return audited(
          'appraisals',
          view(stored.id, subject, stored.year, row.rating),
          view(stored.id, subject, stored.year, stored.rating),
        );
      }),
    ];
    return { audit, created: inserted.size, updated: plan.updates.length };
  },
};

const INITIATIVE_STEPS: KindSteps<InitiativeImportRow, StoredInitiative> = {
  load: (manager, ids) => storedInitiatives(manager, ids.staff),
  plan: planInitiatives,
  async write(manager, plan, idOf, actor, batchId) {
    const items = numbered(plan.inserts, idOf);
    const inserted = await insertInitiatives(manager, items, actor.id, batchId);
    await updateInitiatives(
      manager,
      plan.updates.map(({ row, stored }) => ({ id: stored.id, level: row.level, kind: row.kind })),
    );
    const audit = [
      ...items
        .filter((n) => inserted.has(n.id))
        .map((n) =>
          audited('initiatives', {
            id: n.id,
            staffId: n.subjectId,
            year: n.row.year,
            title: n.row.title,
            level: n.row.level,
            kind: n.row.kind,
          }),
        ),
      ...plan.updates.map(({ row, stored }) => audited('initiatives', { ...stored, level: row.level, kind: row.kind }, stored)),
    ];
    return { audit, created: inserted.size, updated: plan.updates.length };
  },
};

const DISCIPLINE_STEPS: KindSteps<DisciplineImportRow, StoredDiscipline> = {
  load: (manager, ids) => storedDisciplines(manager, ids.staff),
  plan: planDisciplines,
  async write(manager, plan, idOf, actor, batchId) {
    const items = numbered(plan.inserts, idOf);
    const inserted = await insertDisciplines(manager, items, actor.id, batchId);
    await updatePeriodEnds(
      manager,
      'disciplines',
      plan.updates.map(({ row, stored }) => ({ id: stored.id, to: row.to })),
    );
    const audit = [
      ...items
        .filter((n) => inserted.has(n.id))
        .map((n) => audited('disciplines', { id: n.id, staffId: n.subjectId, level: n.row.level, from: n.row.from, to: n.row.to })),
      ...plan.updates.map(({ row, stored }) => audited('disciplines', { ...stored, to: row.to }, stored)),
    ];
    return { audit, created: inserted.size, updated: plan.updates.length };
  },
};

const FREEZE_STEPS: KindSteps<FreezeImportRow, StoredFreeze> = {
  load: storedFreezes,
  plan: planFreezes,
  async write(manager, plan, idOf, actor, batchId) {
    const items = numbered(plan.inserts, idOf);
    const inserted = await insertFreezes(manager, items, actor.id, batchId);
    await updatePeriodEnds(
      manager,
      'freezes',
      plan.updates.map(({ row, stored }) => ({ id: stored.id, to: row.to })),
    );
    const audit = [
      ...items
        .filter((n) => inserted.has(n.id))
        .map((n) => audited('freezes', { id: n.id, ...subjectIds(n), reason: n.row.reason, from: n.row.from, to: n.row.to })),
      ...plan.updates.map(({ row, stored }) => audited('freezes', { ...stored, to: row.to }, stored)),
    ];
    return { audit, created: inserted.size, updated: plan.updates.length };
  },
};
