import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/index.js';
import type { PutAppraisalDto } from './dto/put-appraisal.dto.js';
import { assertSubjectsInScope, subjectIds } from '../common/access/scope.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { appraisalsOf, lockAppraisal, upsertAppraisal } from './history.repository.js';
import { type AppraisalView } from './history.views.js';
import { type AuthUser, type SubjectKind } from '../kernel/index.js';
import { isoDay } from '../common/validation/plausibility.js';
import { RecordImplausible } from './history.errors.js';
import { checkRecordYear } from './plausibility.js';

/** Yearly ratings (xếp loại), one per staff member or unit and year: set, corrected, listed. */
@Injectable()
export class AppraisalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Sets the rating of the year, creating or correcting it; an unchanged rating writes nothing. */
  async put(kind: SubjectKind, subjectId: string, year: number, dto: PutAppraisalDto, actor: AuthUser): Promise<AppraisalView> {
    const { refusals } = checkRecordYear(year, isoDay(new Date()));
    if (refusals.length > 0) {
      throw new RecordImplausible(refusals);
    }
    return this.dataSource.transaction(async (manager) => {
      await assertSubjectsInScope(manager, actor, subjectIds(kind, subjectId));
      // FOR UPDATE alone cannot lock a person-year that has no row yet: racing PUTs would all create.
      await lockNaturalKey(manager, 'appraisals', kind, subjectId, year);
      const before = await lockAppraisal(manager, kind, subjectId, year);
      if (before?.rating === dto.rating) {
        return before;
      }
      const { id } = await upsertAppraisal(manager, kind, subjectId, year, dto.rating, actor.id);
      const after: AppraisalView = {
        id,
        staffId: kind === 'staff' ? subjectId : null,
        unitId: kind === 'unit' ? subjectId : null,
        year,
        rating: dto.rating,
        deletedAt: null,
        deletedReason: null,
      };
      await this.audit.record(manager, actor, {
        entity: 'appraisals',
        entityId: id,
        action: before ? 'update' : 'create',
        before: before ?? null,
        after,
      });
      return after;
    });
  }

  async listFor(kind: SubjectKind, subjectId: string, user: AuthUser): Promise<AppraisalView[]> {
    const manager = this.dataSource.manager;
    await assertSubjectsInScope(manager, user, subjectIds(kind, subjectId));
    return appraisalsOf(manager, kind, [subjectId]);
  }
}
