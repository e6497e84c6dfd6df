import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { assertSubjectsInScope } from '../common/access/scope.js';
import type { CreateInitiativeDto } from './dto/create-initiative.dto.js';
import { InitiativeAlreadyRecorded } from './history.errors.js';
import { INITIATIVE_COLUMNS, type InitiativeView, withNumericYear } from './history.views.js';
import { type AuthUser } from '../kernel/index.js';

/** Initiatives (sáng kiến) and accepted science works of a staff member. */
@Injectable()
export class InitiativesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(staffId: string, dto: CreateInitiativeDto, actor: AuthUser): Promise<InitiativeView> {
    return this.dataSource.transaction(async (manager) => {
      await assertSubjectsInScope(manager, actor, { staffIds: [staffId] });
      const [inserted] = (await manager.query(
        `INSERT INTO initiatives (staff_id, year, title, level, kind, created_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING RETURNING id`,
        [staffId, dto.year, dto.title, dto.level, dto.kind ?? 'initiative', actor.id],
      )) as Array<{ id: string }>;
      if (!inserted) {
        throw new InitiativeAlreadyRecorded(dto.title, dto.year);
      }
      const id = inserted.id;
      const view: InitiativeView = { id, staffId, year: dto.year, title: dto.title, level: dto.level, kind: dto.kind ?? 'initiative' };
      await this.audit.record(manager, actor, { entity: 'initiatives', entityId: id, action: 'create', after: view });
      return view;
    });
  }

  async listFor(staffId: string, user: AuthUser): Promise<InitiativeView[]> {
    const manager = this.dataSource.manager;
    await assertSubjectsInScope(manager, user, { staffIds: [staffId] });
    return initiativesOf(manager, [staffId]);
  }
}

export async function initiativesOf(manager: EntityManager, staffIds: string[]): Promise<InitiativeView[]> {
  const rows = (await manager.query(
    `SELECT ${INITIATIVE_COLUMNS} FROM initiatives i WHERE i.staff_id = ANY($1::uuid[]) ORDER BY i.year DESC, i.title`,
    [staffIds],
  )) as InitiativeView[];
  return withNumericYear(rows);
}
