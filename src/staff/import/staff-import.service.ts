import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type AuditRecord, AuditService } from '../../audit/index.js';
import type { ProblemDetail } from '../../common/http/problem.js';
import { type ImportProblem, ImportInvalid } from '../../common/tabular-import/import-problems.js';
import { type Finding, isoDay } from '../../common/validation/plausibility.js';
import { foldForSearch } from '../../common/text/vietnamese.js';
import { checkStaffDates, samePersonFinder } from '../plausibility.js';
import { staffBornOn } from '../staff.repository.js';
import { parseTable, type UploadedFile } from '../../common/tabular-import/parse-table.js';
import { byLineAndColumn, checkStaffRows, STAFF_COLUMNS, type StaffImportRow } from './staff-columns.js';
import { type ImportPlan, planImport, referenceProblems } from './staff-import.plan.js';
import { insertStaff, staffByCode, unitsByCode, updateStaff } from './staff-import.sql.js';
import { type AuthUser } from '../../kernel/index.js';
import { chunks } from '../../common/tabular-import/batches.js';
import { keepRestore, openImportBatch } from '../../common/tabular-import/import-batches.js';
import { lockTableKeys } from '../../database/natural-key-lock.js';

export interface StaffImportResult {
  /** The batch of this import: `POST /api/imports/:batchId/undo` undoes it while nothing depends on it. */
  batchId: string;
  created: number;
  updated: number;
  /** Always empty: a file with any problem is refused as a whole (ImportInvalid). */
  errors: ProblemDetail[];
  /** What is unlikely about the written rows (each with its line): written all the same. */
  warnings: Finding[];
}

@Injectable()
export class StaffImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Imports a staff file all or nothing: every row is checked (formats, units, scope) before
   * anything is written; then one transaction inserts and updates in batches and writes the audit
   * entries in bulk. Reading and checking the file happen before the transaction opens.
   */
  async importStaff(file: UploadedFile, actor: AuthUser): Promise<StaffImportResult> {
    const table = await parseTable(file, STAFF_COLUMNS);
    const checked = checkStaffRows(table);
    return this.dataSource.transaction(async (manager) => {
      // Every staff code at once, before the codes are read: a second import of the same file waits
      // for this one, then finds every code and changes nothing (the documented no-op), instead of
      // inserting them again into a unique violation. Single creates and code changes queue too.
      await lockTableKeys(manager, 'staff');
      const refs = checked.references;
      const units = await unitsByCode(
        manager,
        refs.flatMap((r) => (r.unitCode === null ? [] : [r.unitCode])),
      );
      const staff = await staffByCode(
        manager,
        refs.flatMap((r) => (r.code === null ? [] : [r.code])),
      );
      const today = isoDay(new Date());
      const dates = checked.rows.map((row) => ({
        line: row.line,
        findings: checkStaffDates({ dateOfBirth: row.dateOfBirth ?? null, startedOn: row.startedOn ?? null }, today),
      }));
      const implausible = dates.flatMap(({ line, findings }) =>
        findings.refusals.map((r): ImportProblem => ({ line, field: r.field, key: r.rule, params: r.params })),
      );
      const problems = [...checked.problems, ...referenceProblems(refs, units, staff, actor), ...implausible];
      if (problems.length > 0) {
        throw new ImportInvalid(problems.sort(byLineAndColumn));
      }
      const plan = planImport(checked.rows, units, staff, randomUUID);
      // The batch of this import: the staff it creates carry its id, those it updates are kept as they were (for an undo).
      const batchId = await openImportBatch(manager, 'staff', actor.id);
      await insertStaff(manager, plan.created, batchId);
      await keepRestore(
        manager,
        batchId,
        plan.updated.map(({ before }) => ({ entity: 'staff', id: before.id, before })),
      );
      await updateStaff(
        manager,
        plan.updated.map((change) => change.after),
      );
      await this.recordAudit(manager, actor, plan);
      const warnings = [
        ...dates.flatMap(({ line, findings }) => findings.warnings.map((w) => ({ ...w, line }))),
        ...(await this.samePersonWarnings(manager, checked.rows, plan)),
      ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      return { batchId, created: plan.created.length, updated: plan.updated.length, errors: [], warnings };
    });
  }

  /**
   * Rows that name someone of the same full name and birth date as another person, stored or in the
   * file (samePerson): one query for every birth date of the file, read after the writes.
   */
  private async samePersonWarnings(manager: EntityManager, rows: readonly StaffImportRow[], plan: ImportPlan): Promise<Finding[]> {
    const written = new Map([...plan.created, ...plan.updated.map((change) => change.after)].map((s) => [s.code.toLowerCase(), s]));
    const stored = await staffBornOn(
      manager,
      rows.flatMap((row) => (row.dateOfBirth ? [row.dateOfBirth] : [])),
    );
    const storedByCode = new Map(stored.map((s) => [s.code.toLowerCase(), s]));
    const samePerson = samePersonFinder(stored, foldForSearch);
    return rows.flatMap((row) => {
      const code = row.code.toLowerCase();
      const person = {
        id: written.get(code)?.id ?? storedByCode.get(code)?.id,
        fullName: row.fullName,
        dateOfBirth: row.dateOfBirth ?? null,
      };
      return samePerson(person).warnings.map((w) => ({ ...w, line: row.line }));
    });
  }

  /** In batches: one INSERT per batch keeps under PostgreSQL's limit of 65535 parameters. */
  private async recordAudit(manager: EntityManager, actor: AuthUser, plan: ImportPlan): Promise<void> {
    const records: AuditRecord[] = [
      ...plan.created.map((after): AuditRecord => ({ entity: 'staff', entityId: after.id, action: 'import', after })),
      ...plan.updated.map(({ before, after }): AuditRecord => ({ entity: 'staff', entityId: after.id, action: 'import', before, after })),
    ];
    for (const batch of chunks(records)) {
      await this.audit.record(manager, actor, ...batch);
    }
  }
}
