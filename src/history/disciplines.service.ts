import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { DomainError } from '../common/errors/domain-error.js';
import { translate } from '../i18n/translate.js';
import type { CreateDisciplineDto } from './dto/create-discipline.dto.js';
import { subjectInScope } from './history-subject.js';
import { disciplinesOf, insertDiscipline } from './history.repository.js';
import { type DisciplineView } from './history.views.js';
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
    assertPeriod(dto.from, dto.to, actor.locale);
    return this.dataSource.transaction(async (manager) => {
      await subjectInScope(manager, 'staff', staffId, actor);
      const inserted = await insertDiscipline(manager, {
        staffId,
        level: dto.level,
        from: dto.from,
        to: dto.to ?? null,
        createdBy: actor.id,
      });
      if (!inserted) {
        const message = translate(actor.locale, 'history.duplicateDiscipline', { from: dto.from });
        throw new DomainError('DUPLICATE', message, [{ field: 'from', message, constraint: 'duplicate' }]);
      }
      const id = inserted.id;
      const view: DisciplineView = { id, staffId, level: dto.level, from: dto.from, to: dto.to ?? null };
      await this.audit.record(manager, actor, { entity: 'disciplines', entityId: id, action: 'create', after: view });
      return view;
    });
  }

  async listFor(staffId: string, user: AuthUser): Promise<DisciplineView[]> {
    const manager = this.dataSource.manager;
    await subjectInScope(manager, 'staff', staffId, user);
    return disciplinesOf(manager, [staffId]);
  }
}
