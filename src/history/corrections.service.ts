import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { CatalogueService } from '../catalogue/index.js';
import { assertSubjectsInScope, subjectIds } from '../common/access/scope.js';
import { NotFound } from '../common/errors/domain-error.js';
import { sql } from '../database/sql.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { IssuersService } from '../issuers/index.js';
import type {
  EditAppraisalDto,
  EditAwardDto,
  EditDisciplineDto,
  EditFreezeDto,
  EditInitiativeDto,
  RemoveRecordDto,
} from './dto/correct-records.dto.js';
import {
  AwardAlreadyRecorded,
  AwardIssued,
  DisciplineAlreadyRecorded,
  FreezeAlreadyRecorded,
  InitiativeAlreadyRecorded,
  refuseImplausible,
} from './history.errors.js';
import {
  type AnyRecordView,
  type HistoryEntity,
  liveClash,
  lockAppraisal,
  lockLiveRecord,
  markRemoved,
  type RecordOwner,
  recordView,
  updateAppraisalRating,
  updateAward,
  updateDiscipline,
  updateFreeze,
  updateInitiative,
} from './history.repository.js';
import type { AppraisalView, AwardRecordView, DisciplineView, FreezeView, InitiativeView } from './history.views.js';
import { assertPeriod } from './period.js';
import { checkAward, checkRecordYear } from './plausibility.js';
import { isoDay } from '../common/validation/plausibility.js';
import { type AuthUser, awardSubjectOf, type SubjectKind } from '../kernel/index.js';

/** Only a record of this subject: from a person's page, another's record is not found. */
export interface OfSubject {
  kind: SubjectKind;
  id: string;
}

/**
 * Corrections of history typed in by mistake: a record edited, or removed (a soft delete the
 * eligibility engine and the lists stop counting; admins still see it in the history, struck
 * through with its reason). Each change is audited with before, after and the reason, in the same
 * transaction. Awards issued on the system are out of reach: a new decision changes them.
 */
@Injectable()
export class CorrectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly catalogue: CatalogueService,
    private readonly issuers: IssuersService,
  ) {}

  /** Removes the subject's rating of the year (the wrong 2030 row). */
  async removeAppraisal(kind: SubjectKind, subjectId: string, year: number, dto: RemoveRecordDto, actor: AuthUser): Promise<AppraisalView> {
    return this.dataSource.transaction(async (manager) => {
      await assertSubjectsInScope(manager, actor, subjectIds(kind, subjectId));
      await lockNaturalKey(manager, 'appraisals', kind, subjectId, year);
      const before = await lockAppraisal(manager, kind, subjectId, year);
      if (!before) {
        throw new NotFound('appraisal', `${subjectId}/${year}`);
      }
      return (await this.markRemoved(manager, 'appraisals', before.id, before, dto, actor)) as AppraisalView;
    });
  }

  /** Corrects a rating by its id (the correction page), with the reason in the audit log. */
  async editAppraisal(id: string, dto: EditAppraisalDto, actor: AuthUser, of?: OfSubject): Promise<AppraisalView> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockForCorrection(manager, 'appraisals', id, actor, of);
      const before = (await recordView(manager, 'appraisals', id)) as AppraisalView;
      if (before.rating !== dto.rating) {
        await updateAppraisalRating(manager, id, dto.rating, actor.id);
      }
      return (await this.recordCorrection(manager, 'appraisals', id, before, dto, actor)) as AppraisalView;
    });
  }

  async remove(entity: HistoryEntity, id: string, dto: RemoveRecordDto, actor: AuthUser, of?: OfSubject): Promise<AnyRecordView> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockForCorrection(manager, entity, id, actor, of);
      const before = await recordView(manager, entity, id);
      return this.markRemoved(manager, entity, id, before, dto, actor);
    });
  }

  async editInitiative(id: string, dto: EditInitiativeDto, actor: AuthUser, of?: OfSubject): Promise<InitiativeView> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockForCorrection(manager, 'initiatives', id, actor, of);
      const before = (await recordView(manager, 'initiatives', id)) as InitiativeView;
      const next = {
        year: dto.year ?? before.year,
        title: dto.title ?? before.title,
        level: dto.level ?? before.level,
        kind: dto.kind ?? before.kind,
      };
      refuseImplausible(checkRecordYear(next.year, isoDay(new Date())));
      await lockNaturalKey(manager, 'initiatives', before.staffId, next.year, next.title);
      if (
        await liveClash(manager, 'initiatives', id, sql`staff_id = ${before.staffId} AND year = ${next.year} AND title = ${next.title}`)
      ) {
        throw new InitiativeAlreadyRecorded(next.title, next.year);
      }
      await updateInitiative(manager, id, next);
      return (await this.recordCorrection(manager, 'initiatives', id, before, dto, actor)) as InitiativeView;
    });
  }

  async editDiscipline(id: string, dto: EditDisciplineDto, actor: AuthUser, of?: OfSubject): Promise<DisciplineView> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockForCorrection(manager, 'disciplines', id, actor, of);
      const before = (await recordView(manager, 'disciplines', id)) as DisciplineView;
      const next = { level: dto.level ?? before.level, from: dto.from ?? before.from, to: dto.to === undefined ? before.to : dto.to };
      assertPeriod(next.from, next.to);
      await lockNaturalKey(manager, 'disciplines', before.staffId, next.level, next.from);
      if (
        await liveClash(
          manager,
          'disciplines',
          id,
          sql`staff_id = ${before.staffId} AND level = ${next.level} AND starts_on = ${next.from}::date`,
        )
      ) {
        throw new DisciplineAlreadyRecorded(next.from);
      }
      await updateDiscipline(manager, id, next);
      return (await this.recordCorrection(manager, 'disciplines', id, before, dto, actor)) as DisciplineView;
    });
  }

  async editFreeze(id: string, dto: EditFreezeDto, actor: AuthUser, of?: OfSubject): Promise<FreezeView> {
    return this.dataSource.transaction(async (manager) => {
      const owner = await this.lockForCorrection(manager, 'freezes', id, actor, of);
      const before = (await recordView(manager, 'freezes', id)) as FreezeView;
      const next = {
        reason: dto.freezeReason ?? before.reason,
        from: dto.from ?? before.from,
        to: dto.to === undefined ? before.to : dto.to,
      };
      assertPeriod(next.from, next.to);
      const [kind, subjectId] = owner.staffId ? (['staff', owner.staffId] as const) : (['unit', owner.unitId!] as const);
      await lockNaturalKey(manager, 'freezes', kind, subjectId, next.reason, next.from);
      const subject = kind === 'staff' ? sql`staff_id = ${subjectId}` : sql`unit_id = ${subjectId}`;
      if (await liveClash(manager, 'freezes', id, sql`${subject} AND reason = ${next.reason} AND starts_on = ${next.from}::date`)) {
        throw new FreezeAlreadyRecorded(next.from);
      }
      await updateFreeze(manager, id, next);
      return (await this.recordCorrection(manager, 'freezes', id, before, dto, actor)) as FreezeView;
    });
  }

  /** Corrects an award typed in or imported; the type must be usable for its subject and year, the issuer in force on the date. */
  async editAward(id: string, dto: EditAwardDto, actor: AuthUser, of?: OfSubject): Promise<AwardRecordView> {
    return this.dataSource.transaction(async (manager) => {
      const owner = await this.lockForCorrection(manager, 'awards', id, actor, of);
      const before = (await recordView(manager, 'awards', id)) as AwardRecordView;
      const [kind, subjectId] = owner.staffId ? (['staff', owner.staffId] as const) : (['unit', owner.unitId!] as const);
      const year = dto.year ?? before.year;
      const type = await this.catalogue.usableFor(manager, dto.awardType ?? before.awardType, awardSubjectOf(kind), year);
      const decisionDate = dto.decisionDate === undefined ? before.decisionDate : dto.decisionDate;
      const issuerGiven = dto.issuerId !== undefined || dto.issuerName !== undefined;
      const issuer = issuerGiven
        ? await this.issuers.forDecision(manager, { issuerId: dto.issuerId ?? null, issuerName: dto.issuerName ?? null }, decisionDate)
        : { issuerId: before.issuerId, issuerName: before.issuerName };
      const next = {
        awardType: type.code,
        year,
        basis: dto.basis ?? before.basis,
        decisionNumber: dto.decisionNumber === undefined ? before.decisionNumber : dto.decisionNumber,
        decisionDate,
        ...issuer,
      };
      // A correction must be as plausible as an entry (history/plausibility.ts); its warnings are the entry's.
      refuseImplausible(
        checkAward(
          { awardType: type.code, year, decisionDate, basis: next.basis, staff: kind === 'staff', hasLdttOfYear: true },
          isoDay(new Date()),
        ),
      );
      await lockNaturalKey(manager, 'award_records', type.code, kind, subjectId, year);
      const subject = kind === 'staff' ? sql`staff_id = ${subjectId}` : sql`unit_id = ${subjectId}`;
      const once = sql`${subject} AND award_type_code = ${type.code} AND year = ${year} AND basis = 'regular' AND revoked_at IS NULL`;
      if (next.basis === 'regular' && before.revokedAt === null && (await liveClash(manager, 'awards', id, once))) {
        throw new AwardAlreadyRecorded(kind, type.code, type.name, year);
      }
      await updateAward(manager, id, next);
      return (await this.recordCorrection(manager, 'awards', id, before, dto, actor)) as AwardRecordView;
    });
  }

  /**
   * The record, locked, if it still counts, is the subject's (with `of`), lies in the actor's scope,
   * and is not an award issued on the system.
   */
  private async lockForCorrection(
    manager: EntityManager,
    entity: HistoryEntity,
    id: string,
    actor: AuthUser,
    of?: OfSubject,
  ): Promise<RecordOwner> {
    const owner = await lockLiveRecord(manager, entity, id);
    if (!owner || (of && (of.kind === 'staff' ? owner.staffId : owner.unitId) !== of.id)) {
      throw new NotFound(entity.replace(/s$/u, ''), id);
    }
    await assertSubjectsInScope(manager, actor, {
      staffIds: owner.staffId ? [owner.staffId] : [],
      unitIds: owner.unitId ? [owner.unitId] : [],
    });
    if (entity === 'awards' && owner.source === 'issued') {
      throw new AwardIssued();
    }
    return owner;
  }

  private async markRemoved(
    manager: EntityManager,
    entity: HistoryEntity,
    id: string,
    before: AnyRecordView,
    dto: RemoveRecordDto,
    actor: AuthUser,
  ): Promise<AnyRecordView> {
    await markRemoved(manager, entity, [id], dto.reason, actor.id);
    const after = await recordView(manager, entity, id);
    await this.audit.record(manager, actor, { entity, entityId: id, action: 'remove', before, after });
    return after;
  }

  /** The audit entry of an edit: before, after, and the reason given (which the record itself does not keep). */
  private async recordCorrection(
    manager: EntityManager,
    entity: HistoryEntity,
    id: string,
    before: AnyRecordView,
    dto: RemoveRecordDto,
    actor: AuthUser,
  ): Promise<AnyRecordView> {
    const after = await recordView(manager, entity, id);
    await this.audit.record(manager, actor, {
      entity,
      entityId: id,
      action: 'correct',
      before,
      after: { ...after, correctionReason: dto.reason },
    });
    return after;
  }
}
