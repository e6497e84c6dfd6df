import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertSubjectsInScope } from '../common/access/scope.js';
import type { CreateDisciplineDto } from './dto/create-discipline.dto.js';
import { DisciplineAlreadyRecorded } from './history.errors.js';
import { DISCIPLINE_COLUMNS, type DisciplineView } from './history.views.js';
import { assertPeriod } from './period.js';
import { type AuthUser } from '../kernel/index.js';

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
      const [inserted] = (await manager.query(
        `INSERT INTO disciplines (staff_id, level, starts_on, ends_on, created_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING id`,
        [staffId, dto.level, dto.from, dto.to ?? null, actor.id],
      )) as Array<{ id: string }>;
      if (!inserted) {
        throw new DisciplineAlreadyRecorded(dto.from);
      }
      const id = inserted.id;
      const view: DisciplineView = { id, staffId, level: dto.level, from: dto.from, to: dto.to ?? null };
      await this.audit.record(manager, actor, { entity: 'disciplines', entityId: id, action: 'create', after: view });
      return view;
    });
  }

  async listFor(staffId: string, user: AuthUser): Promise<DisciplineView[]> {
    const manager = this.dataSource.manager;
    await assertSubjectsInScope(manager, user, { staffIds: [staffId] });
    return disciplinesOf(manager, [staffId]);
  }
}

export async function disciplinesOf(manager: EntityManager, staffIds: string[]): Promise<DisciplineView[]> {
  return (await manager.query(
    `SELECT ${DISCIPLINE_COLUMNS} FROM disciplines d WHERE d.staff_id = ANY($1::uuid[]) ORDER BY d.starts_on DESC`,
    [staffIds],
  )) as DisciplineView[];
}
