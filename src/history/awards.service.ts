import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { CatalogueService } from '../catalogue/index.js';
import { IssuersService } from '../issuers/index.js';
import { assertSubjectsInScope, subjectIds } from '../common/access/scope.js';
import { NotFound, ValidationFailed } from '../common/errors/domain-error.js';
import type { CreateAwardDto } from './dto/create-award.dto.js';
import type { RevokeAwardDto } from './dto/revoke-award.dto.js';
import { AwardAlreadyRecorded, AwardAlreadyRevoked, RecordImplausible } from './history.errors.js';
import { awardsOf, awardView, hasLdttOfYear, insertAward, lockAward, markAwardRevoked } from './history.repository.js';
import { checkAward, needsLdttOfYear } from './plausibility.js';
import { type Finding, isoDay } from '../common/validation/plausibility.js';
import { type AwardRecordView } from './history.views.js';
import { type AuthUser, awardSubjectOf, type SubjectKind } from '../kernel/index.js';

/** Awards already given: recorded, listed, revoked (never deleted). */
@Injectable()
export class AwardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly issuers: IssuersService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Records the award; an impossible one (history/plausibility.ts: a year after the round, a decision
   * dated before that year's review) is refused, an unlikely one saved with its `warnings`.
   */
  async create(dto: CreateAwardDto, actor: AuthUser): Promise<AwardRecordView & { warnings: Finding[] }> {
    const [kind, subjectId] = subjectOfDto(dto);
    return this.dataSource.transaction(async (manager) => {
      await assertSubjectsInScope(manager, actor, subjectIds(kind, subjectId), { [kind]: kind === 'staff' ? 'staffId' : 'unitId' });
      const type = await this.catalogue.usableFor(manager, dto.awardType, awardSubjectOf(kind), dto.year);
      const findings = checkAward(
        {
          awardType: type.code,
          year: dto.year,
          decisionDate: dto.decisionDate ?? null,
          basis: dto.basis ?? 'regular',
          staff: kind === 'staff',
          hasLdttOfYear: kind === 'staff' && needsLdttOfYear(type.code) && (await hasLdttOfYear(manager, subjectId, dto.year)),
        },
        isoDay(new Date()),
      );
      if (findings.refusals.length > 0) {
        throw new RecordImplausible(findings.refusals);
      }
      // The key of award_records_<kind>_once_key: an import of awards waits for it, and it for the import.
      await lockNaturalKey(manager, 'award_records', type.code, kind, subjectId, dto.year);
      const decisionDate = dto.decisionDate ?? null;
      const issuer = await this.issuers.forDecision(manager, dto, decisionDate);
      const inserted = await insertAward(manager, {
        awardType: type.code,
        kind,
        subjectId,
        year: dto.year,
        basis: dto.basis ?? 'regular',
        decisionNumber: dto.decisionNumber ?? null,
        decisionDate,
        ...issuer,
        createdBy: actor.id,
      });
      if (!inserted) {
        throw new AwardAlreadyRecorded(kind, type.code, type.name, dto.year);
      }
      const id = inserted.id;
      const view = await awardView(manager, id);
      await this.audit.record(manager, actor, { entity: 'awards', entityId: id, action: 'create', after: view });
      return { ...view, warnings: findings.warnings };
    });
  }

  /**
   * Marks the award revoked with the reason; the record stays and stops counting toward anything.
   * With `of`, only an award of that subject: from a person's page, another's award is not found.
   */
  async revoke(id: string, dto: RevokeAwardDto, actor: AuthUser, of?: { kind: SubjectKind; id: string }): Promise<AwardRecordView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await lockAward(manager, id);
      if (!row) {
        throw new NotFound('award', id);
      }
      if (of && (of.kind === 'staff' ? row.staff_id : row.unit_id) !== of.id) {
        throw new NotFound('award', id);
      }
      await assertSubjectsInScope(manager, actor, {
        staffIds: row.staff_id ? [row.staff_id] : [],
        unitIds: row.unit_id ? [row.unit_id] : [],
      });
      if (row.revoked_at !== null) {
        throw new AwardAlreadyRevoked(row.revoked_at.toISOString().slice(0, 10));
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
    await assertSubjectsInScope(manager, user, subjectIds(kind, subjectId));
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
  throw new ValidationFailed([
    { field: 'staffId', constraint: 'staffXorUnit', key: 'fieldErrors.staffXorUnit' },
    { field: 'unitId', constraint: 'staffXorUnit', key: 'fieldErrors.staffXorUnit' },
  ]);
}
