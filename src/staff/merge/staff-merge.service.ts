import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/index.js';
import { assertSubjectsInScope } from '../../common/access/scope.js';
import { NotFound, ValidationFailed } from '../../common/errors/domain-error.js';
import { isoDay } from '../../common/validation/plausibility.js';
import { lockTableKeys } from '../../database/natural-key-lock.js';
import type { MergeStaffDto } from '../dto/merge-staff.dto.js';
import { StaffMember } from '../staff-member.entity.js';
import { StaffAlreadyMerged, StaffMergeConflict } from '../staff.errors.js';
import { toStaffView, type StaffView } from '../staff.service.js';
import {
  clashesOf,
  dropDuplicates,
  historyCounts,
  lockPair,
  markMerged,
  mergedIntoOf,
  moveReferences,
  staffIdByCode,
  staffReferences,
} from './staff-merge.sql.js';
import { type AuthUser } from '../../kernel/index.js';

export interface StaffMergeResult {
  kept: StaffView;
  merged: StaffView & { mergedInto: string };
  /** Rows moved to the survivor, per table. */
  moved: Record<string, number>;
  /** Exact duplicates of the survivor's entries, dropped from the merged record, per table. */
  droppedDuplicates: Record<string, number>;
}

export interface MergePreview {
  kept: StaffView;
  merged: StaffView;
  keptHistory: number;
  mergedHistory: number;
}

/** The history tables whose keys a merge writes: locked whole, as an import does, so no entry is written in between. */
const HISTORY_TABLES = ['appraisals', 'award_records', 'disciplines', 'freezes', 'initiatives'] as const;

/**
 * Two records of one person (the same name and birth date, a code typed twice) become one: all of
 * the merged record's history moves to the survivor in one transaction; exact duplicates are
 * dropped, entries that differ for the same key (two ratings for one year) refuse the merge with
 * the list (409). The merged record stays, marked as merged into the survivor and left.
 */
@Injectable()
export class StaffMergeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async merge(dto: MergeStaffDto, actor: AuthUser): Promise<StaffMergeResult> {
    const keepId = dto.keepId.toLowerCase();
    const mergeId = dto.mergeId.toLowerCase();
    if (keepId === mergeId) {
      throw new ValidationFailed([{ field: 'mergeId', constraint: 'sameAs', key: 'fieldErrors.mergeSelf' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      for (const table of HISTORY_TABLES) {
        await lockTableKeys(manager, table);
      }
      const pair = await lockPair(manager, [keepId, mergeId]);
      for (const id of [keepId, mergeId]) {
        if (!pair.some((s) => s.id === id)) {
          throw new NotFound('staff member', id);
        }
      }
      await assertSubjectsInScope(manager, actor, { staffIds: [keepId, mergeId] });
      const already = pair.find((s) => s.mergedInto !== null);
      if (already) {
        throw new StaffAlreadyMerged(already.code);
      }
      const before = await this.views(manager, keepId, mergeId);
      const clashes = await clashesOf(manager, keepId, mergeId);
      const differing = clashes.filter((c) => !c.same);
      if (differing.length > 0) {
        throw new StaffMergeConflict(differing.map((c) => c.label));
      }
      const dropped = await dropDuplicates(manager, clashes);
      const moved = await moveReferences(manager, await staffReferences(manager), keepId, mergeId);
      await markMerged(manager, keepId, mergeId, isoDay(new Date()));
      const after = await this.views(manager, keepId, mergeId);
      const droppedDuplicates = Object.fromEntries(Object.entries(dropped).map(([table, list]) => [table, list.length]));
      await this.audit.record(
        manager,
        actor,
        {
          entity: 'staff',
          entityId: mergeId,
          action: 'merge',
          before: before.merged,
          after: { ...after.merged, mergedInto: keepId, moved, droppedDuplicates: dropped },
        },
        { entity: 'staff', entityId: keepId, action: 'merge', before: before.kept, after: { ...after.kept, mergedFrom: mergeId, moved } },
      );
      return { kept: after.kept, merged: { ...after.merged, mergedInto: keepId }, moved, droppedDuplicates };
    });
  }

  /** The confirmation of a merge into `keepId`: both records (the other one by code, in scope) and how much history each holds. */
  async preview(keepId: string, otherCode: string, user: AuthUser): Promise<MergePreview | null> {
    const manager = this.dataSource.manager;
    const otherId = await staffIdByCode(manager, otherCode);
    if (otherId === undefined || otherId === keepId) {
      return null;
    }
    try {
      await assertSubjectsInScope(manager, user, { staffIds: [otherId] });
    } catch {
      // Outside the user's units: as if there were none (the page says "not found in your units").
      return null;
    }
    const { kept, merged } = await this.views(manager, keepId, otherId);
    const counts = await historyCounts(manager, [keepId, otherId]);
    return { kept, merged, keptHistory: counts.get(keepId) ?? 0, mergedHistory: counts.get(otherId) ?? 0 };
  }

  /** The survivor a record was merged into, if it was. */
  mergedInto(id: string): Promise<{ id: string; code: string } | undefined> {
    return mergedIntoOf(this.dataSource.manager, id);
  }

  private async views(manager: EntityManager, keepId: string, mergeId: string): Promise<{ kept: StaffView; merged: StaffView }> {
    const kept = toStaffView(await manager.findOneByOrFail(StaffMember, { id: keepId }));
    const merged = toStaffView(await manager.findOneByOrFail(StaffMember, { id: mergeId }));
    return { kept, merged };
  }
}
