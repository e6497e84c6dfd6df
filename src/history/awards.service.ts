import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { assertSubjectsInScope, subjectIds } from '../common/access/scope.js';
import { NotFound, ValidationFailed } from '../common/errors/domain-error.js';
import type { CreateAwardDto } from './dto/create-award.dto.js';
import type { RevokeAwardDto } from './dto/revoke-award.dto.js';
import { AwardAlreadyRecorded, AwardAlreadyRevoked } from './history.errors.js';
import { subjectColumn } from './history-subject.js';
import { AWARD_RECORD_COLUMNS, AWARD_RECORD_FROM, AWARD_RECORD_ORDER, type AwardRecordView, withNumericYear } from './history.views.js';
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
      await assertSubjectsInScope(manager, actor, subjectIds(kind, subjectId), { [kind]: kind === 'staff' ? 'staffId' : 'unitId' });
      const type = await this.catalogue.usableFor(manager, dto.awardType, awardSubjectOf(kind), dto.year);
      // ON CONFLICT DO NOTHING: the partial unique index decides, without a failed statement in the logs.
      const [inserted] = (await manager.query(
        `INSERT INTO award_records (award_type_code, staff_id, unit_id, year, basis, decision_number, decision_date, issuer_name, source, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'entered', $9)
         ON CONFLICT DO NOTHING RETURNING id`,
        [
          type.code,
          kind === 'staff' ? subjectId : null,
          kind === 'unit' ? subjectId : null,
          dto.year,
          dto.basis ?? 'regular',
          dto.decisionNumber ?? null,
          dto.decisionDate ?? null,
          dto.issuerName ?? null,
          actor.id,
        ],
      )) as Array<{ id: string }>;
      if (!inserted) {
        throw new AwardAlreadyRecorded(kind, type.code, type.name, dto.year);
      }
      const id = inserted.id;
      const view = await awardView(manager, id);
      await this.audit.record(manager, actor, { entity: 'awards', entityId: id, action: 'create', after: view });
      return view;
    });
  }

  /**
   * Marks the award revoked with the reason; the record stays and stops counting toward anything.
   * With `of`, only an award of that subject: from a person's page, another's award is not found.
   */
  async revoke(id: string, dto: RevokeAwardDto, actor: AuthUser, of?: { kind: SubjectKind; id: string }): Promise<AwardRecordView> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(`SELECT staff_id, unit_id, revoked_at FROM award_records WHERE id = $1 FOR UPDATE`, [
        id,
      ])) as Array<{
        staff_id: string | null;
        unit_id: string | null;
        revoked_at: Date | null;
      }>;
      if (!row) {
        throw new NotFound('award', id);
      }
      if (of && row[subjectColumn(of.kind)] !== of.id) {
        throw new NotFound('award', id);
      }
      await assertSubjectsInScope(manager, actor, { staffIds: row.staff_id ? [row.staff_id] : [], unitIds: row.unit_id ? [row.unit_id] : [] });
      if (row.revoked_at !== null) {
        throw new AwardAlreadyRevoked(row.revoked_at.toISOString().slice(0, 10));
      }
      const before = await awardView(manager, id);
      await manager.query(`UPDATE award_records SET revoked_at = now(), revoked_reason = $2, revoked_by = $3 WHERE id = $1`, [
        id,
        dto.reason,
        actor.id,
      ]);
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

export async function awardView(manager: EntityManager, id: string): Promise<AwardRecordView> {
  const [view] = (await manager.query(`SELECT ${AWARD_RECORD_COLUMNS} FROM ${AWARD_RECORD_FROM} WHERE ar.id = $1`, [
    id,
  ])) as AwardRecordView[];
  return withNumericYear([view])[0];
}

/** Awards of many subjects at once, in display order. */
export async function awardsOf(manager: EntityManager, kind: SubjectKind, ids: string[]): Promise<AwardRecordView[]> {
  const rows = (await manager.query(
    `SELECT ${AWARD_RECORD_COLUMNS} FROM ${AWARD_RECORD_FROM} WHERE ar.${subjectColumn(kind)} = ANY($1::uuid[]) ORDER BY ${AWARD_RECORD_ORDER}`,
    [ids],
  )) as AwardRecordView[];
  return withNumericYear(rows);
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
