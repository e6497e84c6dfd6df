import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertSubjectsInScope, subjectIds } from '../common/access/scope.js';
import { NotFound } from '../common/errors/domain-error.js';
import type { CreateFreezeDto } from './dto/create-freeze.dto.js';
import type { LiftFreezeDto } from './dto/lift-freeze.dto.js';
import { FreezeAlreadyRecorded } from './history.errors.js';
import { subjectColumn } from './history-subject.js';
import { FREEZE_COLUMNS, type FreezeView } from './history.views.js';
import { assertPeriod } from './period.js';
import { type AuthUser, type SubjectKind } from '../kernel/index.js';

/** Pending reviews during which no award may be proposed (ND 152/2025 Art. 4): opened, lifted, listed. */
@Injectable()
export class FreezesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(kind: SubjectKind, subjectId: string, dto: CreateFreezeDto, actor: AuthUser): Promise<FreezeView> {
    assertPeriod(dto.from, dto.to);
    return this.dataSource.transaction(async (manager) => {
      await assertSubjectsInScope(manager, actor, subjectIds(kind, subjectId));
      const [inserted] = (await manager.query(
        `INSERT INTO freezes (staff_id, unit_id, reason, starts_on, ends_on, created_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING RETURNING id`,
        [kind === 'staff' ? subjectId : null, kind === 'unit' ? subjectId : null, dto.reason, dto.from, dto.to ?? null, actor.id],
      )) as Array<{ id: string }>;
      if (!inserted) {
        throw new FreezeAlreadyRecorded(dto.from);
      }
      const id = inserted.id;
      const view = await freezeView(manager, id);
      await this.audit.record(manager, actor, { entity: 'freezes', entityId: id, action: 'create', after: view });
      return view;
    });
  }

  /** Sets (or corrects) the last day the freeze applies. */
  async lift(kind: SubjectKind, subjectId: string, freezeId: string, dto: LiftFreezeDto, actor: AuthUser): Promise<FreezeView> {
    return this.dataSource.transaction(async (manager) => {
      await assertSubjectsInScope(manager, actor, subjectIds(kind, subjectId));
      const [row] = (await manager.query(`SELECT id FROM freezes WHERE id = $1 AND ${subjectColumn(kind)} = $2 FOR UPDATE`, [
        freezeId,
        subjectId,
      ])) as Array<{
        id: string;
      }>;
      if (!row) {
        throw new NotFound('freeze', freezeId);
      }
      const before = await freezeView(manager, freezeId);
      assertPeriod(before.from, dto.to);
      if (before.to === dto.to) {
        return before;
      }
      await manager.query(`UPDATE freezes SET ends_on = $2, updated_at = now() WHERE id = $1`, [freezeId, dto.to]);
      const after = await freezeView(manager, freezeId);
      await this.audit.record(manager, actor, { entity: 'freezes', entityId: freezeId, action: 'update', before, after });
      return after;
    });
  }

  async listFor(kind: SubjectKind, subjectId: string, user: AuthUser): Promise<FreezeView[]> {
    const manager = this.dataSource.manager;
    await assertSubjectsInScope(manager, user, subjectIds(kind, subjectId));
    return freezesOf(manager, kind, [subjectId]);
  }
}

async function freezeView(manager: EntityManager, id: string): Promise<FreezeView> {
  const [view] = (await manager.query(`SELECT ${FREEZE_COLUMNS} FROM freezes f WHERE f.id = $1`, [id])) as FreezeView[];
  return view;
}

export async function freezesOf(manager: EntityManager, kind: SubjectKind, ids: string[]): Promise<FreezeView[]> {
  return (await manager.query(
    `SELECT ${FREEZE_COLUMNS} FROM freezes f WHERE f.${subjectColumn(kind)} = ANY($1::uuid[]) ORDER BY f.starts_on DESC`,
    [ids],
  )) as FreezeView[];
}
