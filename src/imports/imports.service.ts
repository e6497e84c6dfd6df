import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AuditRecord, AuditService } from '../audit/index.js';
import { assertSubjectsInScope } from '../common/access/scope.js';
import { NotFound } from '../common/errors/domain-error.js';
import { chunks } from '../common/tabular-import/batches.js';
import { lockTableKeys } from '../database/natural-key-lock.js';
import { translate } from '../i18n/translate.js';
import { derivedStaffColumns, type StaffView } from '../staff/index.js';
import { ImportAlreadyUndone, ImportDependedOn } from './imports.errors.js';
import {
  changedSince,
  deleteCreatedStaff,
  type DependentRow,
  historyOf,
  insertedBy,
  lockBatch,
  markUndone,
  removeInserted,
  restoreHistory,
  restoreStaff,
  snapshots,
  updatedBy,
} from './imports.repository.js';
import { type AuthUser, type Locale } from '../kernel/index.js';

export interface UndoResult {
  batchId: string;
  kind: string;
  /** Records the import had written that are gone: history removed (soft delete), staff it created deleted. */
  removed: number;
  /** Records the import had updated, put back as they were. */
  restored: number;
}

/**
 * "Undo this import": removes what a batch of the staff or history import wrote and puts back what
 * it updated, all or nothing, audited, while nothing depends on it: a person it created who has
 * since had history entered by hand, or a record it wrote that has been changed since, stops the
 * undo with a 409 naming them.
 */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async undo(batchId: string, actor: AuthUser): Promise<UndoResult> {
    return this.dataSource.transaction(async (manager) => {
      const batch = await lockBatch(manager, batchId);
      if (!batch) {
        throw new NotFound('import', batchId);
      }
      // An import of the same kind waits for the undo, and the undo for it.
      await lockTableKeys(manager, batch.kind === 'staff' ? 'staff' : tableOfKind(batch.kind));
      if (batch.undoneAt !== null) {
        throw new ImportAlreadyUndone(batch.undoneAt.toISOString().slice(0, 10));
      }
      const inserted = await insertedBy(manager, batchId);
      const updated = await updatedBy(manager, batch);
      const touched = [...inserted, ...updated];
      await assertSubjectsInScope(manager, actor, {
        staffIds: [...new Set(touched.flatMap((t) => (t.staffId ? [t.staffId] : [])))],
        unitIds: [...new Set(touched.flatMap((t) => (t.unitId ? [t.unitId] : [])))],
      });
      const createdStaff = inserted.filter((t) => t.entity === 'staff').map((t) => t.id);
      const dependents = [...(await changedSince(manager, batch, touched)), ...(await historyOf(manager, batchId, createdStaff))];
      if (dependents.length > 0) {
        throw new ImportDependedOn(dependents.map((d) => dependentText(d, actor.locale)));
      }
      const before = await snapshots(manager, touched);
      const reason = translate(actor.locale, 'imports.undoReason', { date: batch.createdAt.toISOString().slice(0, 10) });
      await removeInserted(manager, batchId, reason, actor.id);
      await restoreHistory(manager, batchId, actor.id);
      await restoreStaff(
        manager,
        batch.restore
          .filter((entry) => entry.entity === 'staff')
          .map((entry) => {
            const staff = entry.before as unknown as StaffView;
            return { ...staff, ...derivedStaffColumns(staff.fullName, staff.code) };
          }),
      );
      // Deleted last: history of theirs that the batch also wrote is removed above, never left pointing at nobody.
      await deleteCreatedStaff(manager, batchId);
      await markUndone(manager, batchId, actor.id);
      const after = await snapshots(manager, touched);
      const records: AuditRecord[] = [
        {
          entity: 'imports',
          entityId: batchId,
          action: 'undo-import',
          before: { kind: batch.kind },
          after: { kind: batch.kind, undone: true },
        },
        ...touched.map((t): AuditRecord => ({
          entity: t.entity,
          entityId: t.id,
          action: 'undo-import',
          before: before.get(`${t.entity} ${t.id}`) ?? null,
          after: after.get(`${t.entity} ${t.id}`) ?? null,
        })),
      ];
      for (const part of chunks(records)) {
        await this.audit.record(manager, actor, ...part);
      }
      return { batchId, kind: batch.kind, removed: inserted.length, restored: updated.length };
    });
  }
}

/** The natural-key lock of the table a history import of this kind writes. */
function tableOfKind(kind: string): string {
  return kind === 'awards' ? 'award_records' : kind;
}

/** "CB-001 Nguyễn Văn A: Xếp loại hằng năm 2024 (Sửa)". */
function dependentText(d: DependentRow, lang: Locale): string {
  const what = translate(lang, `imports.entities.${d.entity as 'staff'}`);
  const detail = d.detail ? ` ${d.detail}` : '';
  const action = d.action ? ` (${translate(lang, `auditActions.${d.action as 'update'}`)})` : '';
  return `${d.code} ${d.name}: ${what}${detail}${action}`.trim();
}
