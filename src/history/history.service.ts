import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { assertSubjectsInScope } from '../common/access/scope.js';
import { appraisalsOf, awardsOf, disciplinesOf, freezesOf, initiativesOf, staffHeading, unitHeading } from './history.repository.js';
import { type StaffHistory, splitByKind, type UnitHistory } from './history.views.js';
import { type AuthUser, canSeeDisciplines, isAdmin } from '../kernel/index.js';

/**
 * The whole history of one staff member or unit in one answer, for the detail pages: one query per
 * kind of record, never one per row.
 */
@Injectable()
export class HistoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forStaff(staffId: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<StaffHistory> {
    await assertSubjectsInScope(manager, user, { staffIds: [staffId] });
    const staff = await staffHeading(manager, staffId);
    // Removed records (corrections) stay visible to admins only, flagged.
    const removed = isAdmin(user);
    // Sequential on purpose: the embedded database has a single connection.
    const awards = await awardsOf(manager, 'staff', [staffId], removed);
    const appraisals = await appraisalsOf(manager, 'staff', [staffId], removed);
    const initiatives = await initiativesOf(manager, [staffId], removed);
    // Withheld, not refused: the rest of the history is the reader's to see (see canSeeDisciplines).
    const disciplines = canSeeDisciplines(user) ? await disciplinesOf(manager, [staffId], removed) : [];
    const freezes = await freezesOf(manager, 'staff', [staffId], removed);
    return { staff, ...splitByKind(awards), appraisals, initiatives, disciplines, freezes };
  }

  async forUnit(unitId: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<UnitHistory> {
    await assertSubjectsInScope(manager, user, { unitIds: [unitId] });
    const unit = await unitHeading(manager, unitId);
    const removed = isAdmin(user);
    const awards = await awardsOf(manager, 'unit', [unitId], removed);
    const appraisals = await appraisalsOf(manager, 'unit', [unitId], removed);
    const freezes = await freezesOf(manager, 'unit', [unitId], removed);
    return { unit, ...splitByKind(awards), appraisals, freezes };
  }
}
