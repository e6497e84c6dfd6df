import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { assertSubjectsInScope } from '../common/access/scope.js';
import { NotFound } from '../common/errors/domain-error.js';
import type { Page } from '../common/paging/page-query.js';
import { foldForSearch, lowerForSearch, nameSortKey } from '../common/text/vietnamese.js';
import type { CreateStaffDto } from './dto/create-staff.dto.js';
import type { ListStaffQuery } from './dto/list-staff.query.js';
import type { UpdateStaffDto } from './dto/update-staff.dto.js';
import { StaffMember } from './staff-member.entity.js';
import { StaffCodeTaken, StaffImplausible } from './staff.errors.js';
import { countStaff, staffBornOn, staffCodeTaken, type StaffFilter, staffPage } from './staff.repository.js';
import { checkSamePerson, checkStaffDates } from './plausibility.js';
import { type Finding, isoDay, mergeFindings } from '../common/validation/plausibility.js';
import { type AuthUser, scopePatterns } from '../kernel/index.js';

export interface StaffView {
  id: string;
  code: string;
  fullName: string;
  gender: 'male' | 'female';
  dateOfBirth: string | null;
  unitId: string;
  position: string | null;
  startedOn: string | null;
  status: 'active' | 'left';
  leftOn: string | null;
}

export interface StaffListItem extends StaffView {
  unitName: string;
}

export const toStaffView = (s: StaffMember): StaffView => ({
  id: s.id,
  code: s.code,
  fullName: s.fullName,
  gender: s.gender,
  dateOfBirth: s.dateOfBirth,
  unitId: s.unitId,
  position: s.position,
  startedOn: s.startedOn,
  status: s.status,
  leftOn: s.leftOn,
});

/** The columns derived from the name and code, kept in step on every write. */
export const derivedStaffColumns = (fullName: string, code: string): Pick<StaffMember, 'sortKey' | 'searchText'> => ({
  sortKey: nameSortKey(fullName),
  searchText: `${foldForSearch(fullName)} ${foldForSearch(code)}`,
});

@Injectable()
export class StaffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates the record. Dates that cannot be true (staff/plausibility.ts) are refused; the unlikely
   * (over 65, a start before 1950, someone of the same name and birth date) is saved with `warnings`.
   */
  async create(dto: CreateStaffDto, actor: AuthUser): Promise<StaffView & { warnings: Finding[] }> {
    const dates = checkStaffDates({ dateOfBirth: dto.dateOfBirth ?? null, startedOn: dto.startedOn ?? null }, isoDay(new Date()));
    if (dates.refusals.length > 0) {
      throw new StaffImplausible(dates.refusals);
    }
    return this.dataSource.transaction(async (manager) => {
      await assertSubjectsInScope(manager, actor, { unitIds: [dto.unitId] }, { unit: 'unitId' });
      // Checked under the code's lock (lower-cased: `abc` and `ABC` are one code): racing creates of
      // one code answer STAFF_CODE_TAKEN, not a raw unique violation.
      await lockNaturalKey(manager, 'staff', 'code', dto.code);
      if (await staffCodeTaken(manager, dto.code)) {
        throw new StaffCodeTaken(dto.code);
      }
      const twins = dto.dateOfBirth ? await staffBornOn(manager, [dto.dateOfBirth]) : [];
      const findings = mergeFindings(
        dates,
        checkSamePerson({ fullName: dto.fullName, dateOfBirth: dto.dateOfBirth ?? null }, twins, foldForSearch),
      );
      const saved = await manager.save(StaffMember, {
        code: dto.code,
        fullName: dto.fullName,
        gender: dto.gender,
        dateOfBirth: dto.dateOfBirth ?? null,
        unitId: dto.unitId,
        position: dto.position ?? null,
        startedOn: dto.startedOn ?? null,
        status: 'active',
        leftOn: null,
        ...derivedStaffColumns(dto.fullName, dto.code),
      });
      const view = toStaffView(saved);
      await this.audit.record(manager, actor, { entity: 'staff', entityId: view.id, action: 'create', after: view });
      return { ...view, warnings: findings.warnings };
    });
  }

  async update(id: string, dto: UpdateStaffDto, actor: AuthUser): Promise<StaffView> {
    return this.dataSource.transaction(async (manager) => {
      if (dto.code !== undefined) {
        // Before the row lock (as the staff import does), so the two can never wait for each other.
        await lockNaturalKey(manager, 'staff', 'code', dto.code);
      }
      const current = await this.findInScope(manager, id, actor, true);
      const before = toStaffView(current);
      if (dto.unitId !== undefined && dto.unitId !== current.unitId) {
        await assertSubjectsInScope(manager, actor, { unitIds: [dto.unitId] }, { unit: 'unitId' });
      }
      if (dto.code !== undefined && dto.code !== current.code && (await staffCodeTaken(manager, dto.code, id))) {
        throw new StaffCodeTaken(dto.code);
      }
      const next: StaffMember = { ...current, ...definedFields(dto) };
      if (dto.dateOfBirth !== undefined || dto.startedOn !== undefined) {
        const { refusals } = checkStaffDates({ dateOfBirth: next.dateOfBirth, startedOn: next.startedOn }, isoDay(new Date()));
        if (refusals.length > 0) {
          throw new StaffImplausible(refusals);
        }
      }
      if (next.status === 'active') {
        next.leftOn = null;
      }
      Object.assign(next, derivedStaffColumns(next.fullName, next.code));
      const after = toStaffView(await manager.save(StaffMember, next));
      await this.audit.record(manager, actor, { entity: 'staff', entityId: id, action: 'update', before, after });
      return after;
    });
  }

  async get(id: string, user: AuthUser): Promise<StaffView> {
    return toStaffView(await this.findInScope(this.dataSource.manager, id, user, false));
  }

  /**
   * One page of staff in the user's scope, in Vietnamese name order (computed sort key, compared
   * byte-wise, so paging is stable and right on both databases).
   */
  async list(query: ListStaffQuery, user: AuthUser): Promise<Page<StaffListItem>> {
    const manager = this.dataSource.manager;
    const filter: StaffFilter = {
      scopePatterns: scopePatterns(user),
      search: query.q ? { folded: foldForSearch(query.q), lowered: lowerForSearch(query.q) } : null,
      unitId: query.unitId ?? null,
      status: query.status ?? null,
    };
    const offset = (query.page - 1) * query.pageSize;
    const items = await staffPage(manager, filter, { limit: query.pageSize, offset });
    // A short first page is the whole list: no need to count it again.
    const total = offset === 0 && items.length < query.pageSize ? items.length : await countStaff(manager, filter);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  private async findInScope(manager: EntityManager, id: string, user: AuthUser, lock: boolean): Promise<StaffMember> {
    // Locked first, then checked: the unit the scope is judged by cannot change in between.
    const staff = await manager.findOne(StaffMember, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!staff) {
      throw new NotFound('staff member', id);
    }
    await assertSubjectsInScope(manager, user, { staffIds: [id] });
    return staff;
  }
}

function definedFields<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)) as Partial<T>;
}
