import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { assertSubjectsInScope, subjectIds } from '../common/access/scope.js';
import { NotFound } from '../common/errors/domain-error.js';
import type { CreateFreezeDto } from './dto/create-freeze.dto.js';
import type { LiftFreezeDto } from './dto/lift-freeze.dto.js';
import { FreezeAlreadyRecorded } from './history.errors.js';
import { freezesOf, freezeView, insertFreeze, lockFreeze, setFreezeEnd } from './history.repository.js';
import { type FreezeView } from './history.views.js';
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
      // The key of freezes_<kind>_reason_start_key: an import of freezes waits for it, and it for the import.
      await lockNaturalKey(manager, 'freezes', kind, subjectId, dto.reason, dto.from);
      const inserted = await insertFreeze(manager, {
        kind,
        subjectId,
        reason: dto.reason,
        from: dto.from,
        to: dto.to ?? null,
        createdBy: actor.id,
      });
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
      const row = await lockFreeze(manager, kind, subjectId, freezeId);
      if (!row) {
        throw new NotFound('freeze', freezeId);
      }
      const before = await freezeView(manager, freezeId);
      assertPeriod(before.from, dto.to);
      if (before.to === dto.to) {
        return before;
      }
      await setFreezeEnd(manager, freezeId, dto.to);
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
