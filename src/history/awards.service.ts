import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { DomainError, NotFound, ValidationFailed } from '../common/errors/domain-error.js';
import { translate } from '../i18n/translate.js';
import type { CreateAwardDto } from './dto/create-award.dto.js';
import type { RevokeAwardDto } from './dto/revoke-award.dto.js';
import { subjectInScope } from './history-subject.js';
import { awardsOf, awardView, insertAward, lockAward, markAwardRevoked } from './history.repository.js';
import { type AwardRecordView } from './history.views.js';
import { type AuthUser, awardSubjectOf, type SubjectKind } from '../kernel/index.js';

/** Awards already given: recorded, listed, revoked (never deleted). */
@Injectable()
export class AwardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateAwardDto, actor: AuthUser): Promise<AwardRecordView> {
    const [kind, subjectId] = subjectOfDto(dto);
    return this.dataSource.transaction(async (manager) => {
      await subjectInScope(manager, kind, subjectId, actor, kind === 'staff' ? 'staffId' : 'unitId');
      const type = await this.catalogue.usableFor(manager, dto.awardType, awardSubjectOf(kind), dto.year, actor.locale);
      const inserted = await insertAward(manager, {
        awardType: type.code,
        kind,
        subjectId,
        year: dto.year,
        basis: dto.basis ?? 'regular',
        decisionNumber: dto.decisionNumber ?? null,
        decisionDate: dto.decisionDate ?? null,
        issuerName: dto.issuerName ?? null,
        createdBy: actor.id,
      });
      if (!inserted) {
        const message = translate(actor.locale, `history.duplicateAward.${kind}`, { name: type.name, year: dto.year });
        throw new DomainError('DUPLICATE', message, [{ field: 'year', message, constraint: 'duplicateAward' }], {
          awardType: type.code,
          year: dto.year,
        });
      }
      const id = inserted.id;
      const view = await awardView(manager, id);
      await this.audit.record(manager, actor, { entity: 'awards', entityId: id, action: 'create', after: view });
      return view;
    });
  }

  /** Marks the award revoked with the reason; the record stays and stops counting toward anything. */
  async revoke(id: string, dto: RevokeAwardDto, actor: AuthUser): Promise<AwardRecordView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await lockAward(manager, id);
      if (!row) {
        throw new NotFound('award', id);
      }
      await subjectInScope(manager, row.staff_id ? 'staff' : 'unit', (row.staff_id ?? row.unit_id)!, actor);
      if (row.revoked_at !== null) {
        throw new DomainError(
          'CONFLICT',
          translate(actor.locale, 'history.alreadyRevoked', { date: row.revoked_at.toISOString().slice(0, 10) }),
        );
      }
      const before = await awardView(manager, id);
      await markAwardRevoked(manager, id, dto.reason, actor.id);
      const after = await awardView(manager, id);
      await this.audit.record(manager, actor, { entity: 'awards', entityId: id, action: 'revoke', before, after });
      return after;
    });
  }

  /** Every award of the subject, revoked ones included (flagged), newest year first. */
  async listFor(kind: SubjectKind, subjectId: string, user: AuthUser): Promise<AwardRecordView[]> {
    const manager = this.dataSource.manager;
    await subjectInScope(manager, kind, subjectId, user);
    return awardsOf(manager, kind, [subjectId]);
  }
}

function subjectOfDto(dto: CreateAwardDto): [SubjectKind, string] {
  if (dto.staffId && !dto.unitId) {
    return ['staff', dto.staffId];
  }
  if (dto.unitId && !dto.staffId) {
    return ['unit', dto.unitId];
  }
  const message = 'give exactly one of staffId (an individual award) and unitId (a collective award)';
  throw new ValidationFailed([
    { field: 'staffId', message, constraint: 'staffXorUnit' },
    { field: 'unitId', message, constraint: 'staffXorUnit' },
  ]);
}
