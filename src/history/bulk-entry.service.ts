import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type AuditRecord, AuditService } from '../audit/index.js';
import { CatalogueService } from '../catalogue/index.js';
import { assertSubjectsInScope } from '../common/access/scope.js';
import { type KeyedDetail, ValidationFailed } from '../common/errors/domain-error.js';
import { lockTableKeys } from '../database/natural-key-lock.js';
import { IssuersService } from '../issuers/index.js';
import { AwardsAlreadyRecorded, SubjectsOutOfScope, UnknownSubjects } from './bulk.errors.js';
import {
  awardViews,
  gridMembers,
  type GridMemberRow,
  insertDecisionAwards,
  lockAppraisalsOfYear,
  type NamedSubject,
  namedSubjects,
  subjectsWithAward,
  upsertAppraisalsOfYear,
} from './bulk.sql.js';
import type { BulkAwardDto } from './dto/bulk-award.dto.js';
import { MAX_GRID_ROWS, type PutAppraisalsDto } from './dto/put-appraisals.dto.js';
import { refuseImplausible } from './history.errors.js';
import { markRemoved } from './history.repository.js';
import { checkAward, checkRecordYear } from './plausibility.js';
import { isoDay } from '../common/validation/plausibility.js';
import type { AppraisalView, AwardRecordView } from './history.views.js';
import { type AuthUser, awardSubjectOf, isUnitPathInScope, type Rating, type SubjectKind } from '../kernel/index.js';

/** The reason kept with a rating cleared in the grid (shown to admins in the history). */
const CLEARED_IN_GRID = 'Bỏ xếp loại khi nhập theo đơn vị';

/** What a grid save did, row by row counted. */
export interface RatingsSaved {
  year: number;
  subject: SubjectKind;
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
}

/** What one decision recorded. */
export interface DecisionRecorded {
  count: number;
  awards: AwardRecordView[];
}

/** The grid of a unit for a year, as the pages show it. */
export interface UnitGrid {
  rows: GridMemberRow[];
  /** More members than one save takes: the first MAX_GRID_ROWS are shown. */
  truncated: boolean;
}

export interface GridQuery {
  unitId: string;
  withSubUnits: boolean;
  year: number;
  awardType: string | null;
}

/**
 * Whole departments at once: a unit's ratings of a year set in one save, and one paper decision
 * recorded for its whole list. All or nothing, one audit entry per row written, a fixed number of
 * statements whatever the number of rows.
 */
@Injectable()
export class BulkEntryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly issuers: IssuersService,
    private readonly audit: AuditService,
  ) {}

  /** The members of a unit in the user's scope (or its sub-units, for collective ratings) with what they have for the year. */
  async grid(kind: SubjectKind, query: GridQuery, user: AuthUser): Promise<UnitGrid> {
    const manager = this.dataSource.manager;
    await assertSubjectsInScope(manager, user, { unitIds: [query.unitId] });
    const found = await gridMembers(manager, kind, { ...query, limit: MAX_GRID_ROWS + 1 });
    return { rows: found.slice(0, MAX_GRID_ROWS), truncated: found.length > MAX_GRID_ROWS };
  }

  /**
   * Sets every rating of the list for the year (null removes it); unchanged rows write nothing.
   * Refused as a whole when any id is unknown (422) or outside the user's units (403), naming them.
   */
  async putRatings(dto: PutAppraisalsDto, actor: AuthUser): Promise<RatingsSaved> {
    const kind = dto.subject;
    const wanted = dto.ratings.map((row) => ({ subjectId: row.id.toLowerCase(), rating: row.rating }));
    refuseImplausible(checkRecordYear(dto.year, isoDay(new Date())));
    return this.dataSource.transaction(async (manager) => {
      await this.assertListInScope(
        manager,
        actor,
        kind,
        wanted.map((row) => row.subjectId),
        (index) => `ratings.${index}.id`,
      );
      // Every key of the table at once: a grid writes hundreds; single PUTs wait for it, and it for them.
      await lockTableKeys(manager, 'appraisals');
      const stored = new Map(
        (
          await lockAppraisalsOfYear(
            manager,
            kind,
            wanted.map((row) => row.subjectId),
            dto.year,
          )
        ).map((row) => [row.subjectId, row]),
      );
      const toWrite: Array<{ subjectId: string; rating: Rating }> = [];
      const toRemove: Array<{ id: string; subjectId: string; rating: Rating }> = [];
      let unchanged = 0;
      for (const row of wanted) {
        const before = stored.get(row.subjectId);
        if (row.rating === null) {
          if (before) {
            toRemove.push(before);
          } else {
            unchanged++;
          }
        } else if (before?.rating === row.rating) {
          unchanged++;
        } else {
          toWrite.push({ subjectId: row.subjectId, rating: row.rating });
        }
      }
      const written = await upsertAppraisalsOfYear(manager, kind, dto.year, toWrite, actor.id);
      // A rating cleared in the grid is removed as a correction is (soft delete): the history keeps it for admins.
      await markRemoved(
        manager,
        'appraisals',
        toRemove.map((row) => row.id),
        CLEARED_IN_GRID,
        actor.id,
      );
      const view = (id: string, subjectId: string, rating: Rating): AppraisalView => ({
        id,
        staffId: kind === 'staff' ? subjectId : null,
        unitId: kind === 'unit' ? subjectId : null,
        year: dto.year,
        rating,
        deletedAt: null,
        deletedReason: null,
      });
      const idOf = new Map(written.map((row) => [row.subjectId, row.id]));
      const entries: AuditRecord[] = [
        ...toWrite.map((row): AuditRecord => {
          const before = stored.get(row.subjectId);
          const id = idOf.get(row.subjectId)!;
          return {
            entity: 'appraisals',
            entityId: id,
            action: before ? 'update' : 'create',
            before: before ? view(before.id, row.subjectId, before.rating) : null,
            after: view(id, row.subjectId, row.rating),
          };
        }),
        ...toRemove.map((row): AuditRecord => ({
          entity: 'appraisals',
          entityId: row.id,
          action: 'remove',
          before: view(row.id, row.subjectId, row.rating),
          after: { ...view(row.id, row.subjectId, row.rating), deletedReason: CLEARED_IN_GRID },
        })),
      ];
      await this.audit.record(manager, actor, ...entries);
      const created = toWrite.filter((row) => !stored.has(row.subjectId)).length;
      return { year: dto.year, subject: kind, created, updated: toWrite.length - created, removed: toRemove.length, unchanged };
    });
  }

  /**
   * One decision for the whole list: the same award, year, number, date and issuer for each. Refused
   * as a whole when any of them already has that award for the year (409 naming them).
   */
  async recordDecision(dto: BulkAwardDto, actor: AuthUser): Promise<DecisionRecorded> {
    const [kind, ids, field] = listOfDto(dto);
    return this.dataSource.transaction(async (manager) => {
      const named = await this.assertListInScope(manager, actor, kind, ids, (index) => `${field}.${index}`);
      const type = await this.catalogue.usableFor(manager, dto.awardType, awardSubjectOf(kind), dto.year);
      const basis = dto.basis ?? 'regular';
      // The list's impossibilities (a year after the round, a decision dated before the year's review);
      // the per-person warning (a CSTĐCS without the LĐTT) is the single entry's and the import's.
      refuseImplausible(
        checkAward(
          { awardType: type.code, year: dto.year, decisionDate: dto.decisionDate, basis, staff: kind === 'staff', hasLdttOfYear: true },
          isoDay(new Date()),
        ),
      );
      const issuer = await this.issuers.forDecision(manager, dto, dto.decisionDate);
      await lockTableKeys(manager, 'award_records');
      const already = basis === 'regular' ? new Set(await subjectsWithAward(manager, kind, ids, type.code, dto.year)) : new Set<string>();
      if (already.size > 0) {
        throw alreadyRecorded(ids, already, named, field, type.name, dto.year);
      }
      const written = await insertDecisionAwards(manager, {
        awardType: type.code,
        kind,
        subjectIds: ids,
        year: dto.year,
        basis,
        decisionNumber: dto.decisionNumber,
        decisionDate: dto.decisionDate,
        ...issuer,
        createdBy: actor.id,
      });
      if (written.length !== ids.length) {
        // Only a writer that bypassed the table lock could get here; the unique key still has the last word.
        const now = new Set(await subjectsWithAward(manager, kind, ids, type.code, dto.year));
        throw alreadyRecorded(ids, now, named, field, type.name, dto.year);
      }
      const awards = await awardViews(manager, written);
      await this.audit.record(
        manager,
        actor,
        ...awards.map((award): AuditRecord => ({ entity: 'awards', entityId: award.id, action: 'create', after: award })),
      );
      return { count: awards.length, awards };
    });
  }

  /**
   * Every id of the list names a staff member (or unit) within the user's units: one statement for
   * the whole list. Unknown ids: 422; outside the user's units: 403; both name each one.
   */
  private async assertListInScope(
    manager: EntityManager,
    actor: AuthUser,
    kind: SubjectKind,
    ids: readonly string[],
    fieldOf: (index: number) => string,
  ): Promise<Map<string, NamedSubject>> {
    const named = new Map((await namedSubjects(manager, kind, ids)).map((subject) => [subject.id, subject]));
    const unknown: KeyedDetail[] = [];
    const outside: KeyedDetail[] = [];
    const outsideNames: string[] = [];
    ids.forEach((id, index) => {
      const subject = named.get(id);
      if (!subject) {
        unknown.push({
          field: fieldOf(index),
          constraint: kind === 'staff' ? 'unknownStaff' : 'unknownUnit',
          key: kind === 'staff' ? 'fieldErrors.unknownStaff' : 'fieldErrors.unknownUnit',
          params: { id },
        });
      } else if (!isUnitPathInScope(actor, subject.path)) {
        outside.push({
          field: fieldOf(index),
          constraint: 'outOfScope',
          key: kind === 'staff' ? 'fieldErrors.staffOutOfScope' : 'fieldErrors.outOfScope',
          params: { id, name: subject.label },
        });
        outsideNames.push(subject.label);
      }
    });
    if (unknown.length > 0) {
      throw new UnknownSubjects(
        unknown,
        unknown.map((detail) => String(detail.params?.id)),
      );
    }
    if (outside.length > 0) {
      throw new SubjectsOutOfScope(outside, outsideNames);
    }
    return named;
  }
}

function alreadyRecorded(
  ids: readonly string[],
  already: ReadonlySet<string>,
  named: ReadonlyMap<string, NamedSubject>,
  field: string,
  awardName: string,
  year: number,
): AwardsAlreadyRecorded {
  const details: KeyedDetail[] = [];
  const names: string[] = [];
  ids.forEach((id, index) => {
    if (already.has(id)) {
      const name = named.get(id)?.label ?? id;
      names.push(name);
      details.push({ field: `${field}.${index}`, constraint: 'duplicateAward', params: { id, name } });
    }
  });
  return new AwardsAlreadyRecorded(details, awardName, year, names);
}

function listOfDto(dto: BulkAwardDto): [SubjectKind, string[], 'staffIds' | 'unitIds'] {
  const lower = (ids: string[]) => ids.map((id) => id.toLowerCase());
  if (dto.staffIds && !dto.unitIds) {
    return ['staff', lower(dto.staffIds), 'staffIds'];
  }
  if (dto.unitIds && !dto.staffIds) {
    return ['unit', lower(dto.unitIds), 'unitIds'];
  }
  throw new ValidationFailed([
    { field: 'staffIds', constraint: 'staffXorUnit', key: 'fieldErrors.staffXorUnit' },
    { field: 'unitIds', constraint: 'staffXorUnit', key: 'fieldErrors.staffXorUnit' },
  ]);
}
