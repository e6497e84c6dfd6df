import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { PutAppraisalDto } from './dto/put-appraisal.dto.js';
import { assertSubjectsInScope, subjectIds } from '../common/access/scope.js';
import { subjectColumn } from './history-subject.js';
import { APPRAISAL_COLUMNS, type AppraisalView, withNumericYear } from './history.views.js';
import { type AuthUser, type SubjectKind } from '../kernel/index.js';

/** Yearly ratings (xếp loại), one per staff member or unit and year: set, corrected, listed. */
@Injectable()
export class AppraisalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Sets the rating of the year, creating or correcting it; an unchanged rating writes nothing. */
  async put(kind: SubjectKind, subjectId: string, year: number, dto: PutAppraisalDto, actor: AuthUser): Promise<AppraisalView> {
    return this.dataSource.transaction(async (manager) => {
      await assertSubjectsInScope(manager, actor, subjectIds(kind, subjectId));
      const column = subjectColumn(kind);
      const [before] = withNumericYear(
        (await manager.query(`SELECT ${APPRAISAL_COLUMNS} FROM appraisals a WHERE a.${column} = $1 AND a.year = $2 FOR UPDATE`, [
          subjectId,
          year,
        ])) as AppraisalView[],
      );
      if (before?.rating === dto.rating) {
        return before;
      }
      const [{ id }] = (await manager.query(
        `INSERT INTO appraisals (${column}, year, rating, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (${column}, year) DO UPDATE SET rating = EXCLUDED.rating, updated_at = now(), updated_by = EXCLUDED.updated_by
         RETURNING id`,
        [subjectId, year, dto.rating, actor.id],
      )) as Array<{ id: string }>;
      const after: AppraisalView = {
        id,
        staffId: kind === 'staff' ? subjectId : null,
        unitId: kind === 'unit' ? subjectId : null,
        year,
        rating: dto.rating,
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

export async function appraisalsOf(manager: EntityManager, kind: SubjectKind, ids: string[]): Promise<AppraisalView[]> {
  const rows = (await manager.query(
    `SELECT ${APPRAISAL_COLUMNS} FROM appraisals a WHERE a.${subjectColumn(kind)} = ANY($1::uuid[]) ORDER BY a.year DESC`,
    [ids],
  )) as AppraisalView[];
  return withNumericYear(rows);
}
