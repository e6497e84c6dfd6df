import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { assertSubjectsInScope } from '../common/access/scope.js';
import { Forbidden } from '../common/errors/domain-error.js';
import type { CreateDisciplineDto } from './dto/create-discipline.dto.js';
import { DisciplineAlreadyRecorded } from './history.errors.js';
import { disciplinesOf, insertDiscipline } from './history.repository.js';
import { type DisciplineView } from './history.views.js';
import { assertPeriod } from './period.js';
import { type AuthUser, canSeeDisciplines } from '../kernel/index.js';

/** Disciplinary measures of a staff member, with the period they run. */
@Injectable()
export class DisciplinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(staffId: string, dto: CreateDisciplineDto, actor: AuthUser): Promise<DisciplineView> {
    assertPeriod(dto.from, dto.to);
    return this.dataSource.transaction(async (manager) => {
      await assertSubjectsInScope(manager, actor, { staffIds: [staffId] });
      // The key of disciplines_staff_level_start_key: an import of disciplines waits for it, and it for the import.
      await lockNaturalKey(manager, 'disciplines', staffId, dto.level, dto.from);
      const inserted = await insertDiscipline(manager, {
        staffId,
        level: dto.level,
        from: dto.from,
        to: dto.to ?? null,
        createdBy: actor.id,
      });
      if (!inserted) {
        throw new DisciplineAlreadyRecorded(dto.from);
      }
      const id = inserted.id;
      const view: DisciplineView = {
        id,
        staffId,
        level: dto.level,
        from: dto.from,
        to: dto.to ?? null,
        deletedAt: null,
        deletedReason: null,
      };
      await this.audit.record(manager, actor, { entity: 'disciplines', entityId: id, action: 'create', after: view });
      return view;
    });
  }

  async listFor(staffId: string, user: AuthUser): Promise<DisciplineView[]> {
    const manager = this.dataSource.manager;
    await assertSubjectsInScope(manager, user, { staffIds: [staffId] });
    if (!canSeeDisciplines(user)) {
      throw new Forbidden("discipline records are visible to admins, HR and the person's managers only");
    }
    return disciplinesOf(manager, [staffId]);
  }
}
