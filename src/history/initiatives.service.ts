import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { assertSubjectsInScope } from '../common/access/scope.js';
import type { CreateInitiativeDto } from './dto/create-initiative.dto.js';
import { InitiativeAlreadyRecorded, RecordImplausible } from './history.errors.js';
import { checkRecordYear } from './plausibility.js';
import { isoDay } from '../common/validation/plausibility.js';
import { initiativesOf, insertInitiative } from './history.repository.js';
import { type InitiativeView } from './history.views.js';
import { type AuthUser } from '../kernel/index.js';

/** Initiatives (sáng kiến) and accepted science works of a staff member. */
@Injectable()
export class InitiativesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(staffId: string, dto: CreateInitiativeDto, actor: AuthUser): Promise<InitiativeView> {
    const { refusals } = checkRecordYear(dto.year, isoDay(new Date()));
    if (refusals.length > 0) {
      throw new RecordImplausible(refusals);
    }
    return this.dataSource.transaction(async (manager) => {
      await assertSubjectsInScope(manager, actor, { staffIds: [staffId] });
      // The key of initiatives_staff_year_title_key: an import of initiatives waits for it, and it for the import.
      await lockNaturalKey(manager, 'initiatives', staffId, dto.year, dto.title);
      const inserted = await insertInitiative(manager, {
        staffId,
        year: dto.year,
        title: dto.title,
        level: dto.level,
        kind: dto.kind ?? 'initiative',
        createdBy: actor.id,
      });
      if (!inserted) {
        throw new InitiativeAlreadyRecorded(dto.title, dto.year);
      }
      const id = inserted.id;
      const view: InitiativeView = {
        id,
        staffId,
        year: dto.year,
        title: dto.title,
        level: dto.level,
        kind: dto.kind ?? 'initiative',
        deletedAt: null,
        deletedReason: null,
      };
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
