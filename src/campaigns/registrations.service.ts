import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, type AuditRecord } from '../audit/index.js';
import { type AwardTypeView, awardTypeProblem, CatalogueService } from '../catalogue/index.js';
import { assertSubjectsInScope } from '../common/access/scope.js';
import { type KeyedDetail, OutOfScope, ValidationFailed } from '../common/errors/domain-error.js';
import type { Page } from '../common/paging/page-query.js';
import { chunks } from '../common/tabular-import/batches.js';
import { lockNaturalKey } from '../database/natural-key-lock.js';
import { type AuthUser, awardSubjectOf, isUnitPathInScope, scopePatterns, type SubjectKind } from '../kernel/index.js';
import type { CampaignView, RegistrationView, UnitRegistrationsResult } from './campaign.types.js';
import { CampaignNotFound, RegistrationExists, RegistrationNotFound, RegistrationNotInUnit } from './campaigns.errors.js';
import { campaignById } from './campaigns.repository.js';
import type { CreateRegistrationDto } from './dto/create-registration.dto.js';
import type { ListRegistrationsQuery } from './dto/list-registrations.query.js';
import { MAX_UNIT_GRID_ROWS, type PutUnitRegistrationsDto } from './dto/put-unit-registrations.dto.js';
import {
  deleteRegistrations,
  insertRegistrations,
  lockRegistration,
  registrationById,
  registrationCounts,
  registrationPage,
  registrationsByIds,
  registrationsOfSubjects,
  unitById,
  unitMembers,
} from './registrations.repository.js';

/** A registration's key within a campaign: the subject and the award. */
export const registrationKey = (item: { staffId: string | null; unitId: string | null; awardType: string }): string =>
  item.staffId !== null ? `staff:${item.staffId.toLowerCase()}:${item.awardType}` : `unit:${item.unitId!.toLowerCase()}:${item.awardType}`;

/** The audit's record of a registration. */
const audited = (view: RegistrationView) => ({
  campaignId: view.campaignId,
  staffId: view.staffId,
  unitId: view.unitId,
  awardType: view.awardType,
  subjectName: view.subjectName,
});

/** A unit's grid: its active members and itself, the campaign's title columns, who is registered for what. */
export interface UnitGrid {
  campaign: CampaignView;
  unit: { id: string; code: string; name: string };
  members: Array<{ id: string; code: string; fullName: string; position: string | null }>;
  /** More active members than the grid holds: the rest are not shown (nor touched by a save). */
  truncated: boolean;
  /** The titles a person may register for, and those a collective may (the grid's columns). */
  staffAwards: AwardTypeView[];
  unitAwards: AwardTypeView[];
  /** `registrationKey`s of what is registered now. */
  registered: ReadonlySet<string>;
}

/**
 * Registrations (đăng ký thi đua) of people and units in a campaign: one per subject × campaign ×
 * award. HR officers and managers register within their units, admins anywhere. Every write of a
 * campaign's registrations takes the campaign's key lock first, so a single registration, a unit's
 * grid and an import of the same campaign queue and each reads what the previous one wrote.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly catalogue: CatalogueService,
  ) {}

  async create(dto: CreateRegistrationDto, actor: AuthUser): Promise<RegistrationView> {
    const [kind, subjectId] = subjectOf(dto);
    return this.dataSource.transaction(async (manager) => {
      const campaign = await campaignById(manager, dto.campaignId);
      if (campaign === undefined) {
        throw new ValidationFailed([{ field: 'campaignId', constraint: 'unknownCampaign', key: 'campaigns.fieldErrors.unknownCampaign' }]);
      }
      await assertSubjectsInScope(manager, actor, kind === 'staff' ? { staffIds: [subjectId] } : { unitIds: [subjectId] }, {
        staff: 'staffId',
        unit: 'unitId',
      });
      await this.catalogue.usableFor(manager, dto.awardType, awardSubjectOf(kind), campaign.year);
      await lockNaturalKey(manager, 'registrations', campaign.id);
      const item = { staffId: kind === 'staff' ? subjectId : null, unitId: kind === 'unit' ? subjectId : null, awardType: dto.awardType };
      const existing = (await registrationsOfSubjects(manager, campaign.id, subjectLists([item]))).find(
        (each) => registrationKey(each) === registrationKey(item),
      );
      if (existing !== undefined) {
        throw new RegistrationExists(`${existing.subjectName} (${existing.subjectCode})`, existing.awardName, campaign.name, [
          { field: 'awardType', constraint: 'registered', key: 'campaigns.fieldErrors.alreadyRegistered' },
        ]);
      }
      const [id] = await insertRegistrations(manager, campaign.id, [item], actor.id);
      const [view] = await registrationsByIds(manager, [id]);
      await this.audit.record(manager, actor, { entity: 'registrations', entityId: id, action: 'create', after: audited(view) });
      return view;
    });
  }

  /** Registrations of the reader's units, ordered by campaign, unit and name. */
  async list(query: ListRegistrationsQuery, user: AuthUser): Promise<Page<RegistrationView>> {
    const manager = this.dataSource.manager;
    const unitPath = query.unitId
      ? (await assertSubjectsInScope(manager, user, { unitIds: [query.unitId] }, { unit: 'unitId' })).units.get(query.unitId)!
      : null;
    const found = await registrationPage(
      manager,
      { campaignId: query.campaignId ?? null, unitPath, awardType: query.awardType ?? null, scopePatterns: scopePatterns(user) },
      { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    return { ...found, page: query.page, pageSize: query.pageSize };
  }

  /** How many registrations the campaign holds per award (its page's summary). */
  counts(campaignId: string): Promise<Array<{ awardType: string; awardName: string; count: number }>> {
    return registrationCounts(this.dataSource.manager, campaignId);
  }

  /** Deletes one registration of the actor's units, audited with what it was. */
  async remove(id: string, actor: AuthUser): Promise<RegistrationView> {
    return this.dataSource.transaction(async (manager) => {
      const found = await registrationById(manager, id);
      if (found === undefined) {
        throw new RegistrationNotFound(id);
      }
      if (!isUnitPathInScope(actor, found.subjectPath)) {
        throw new OutOfScope();
      }
      await lockNaturalKey(manager, 'registrations', found.campaignId);
      if ((await lockRegistration(manager, id)) === undefined) {
        throw new RegistrationNotFound(id);
      }
      await deleteRegistrations(manager, [id]);
      const { subjectPath: _path, ...view } = found;
      await this.audit.record(manager, actor, { entity: 'registrations', entityId: id, action: 'delete', before: audited(view) });
      return view;
    });
  }

  /** The unit's grid in the campaign: 404 for an unknown campaign or unit, 403 for a unit outside the reader's. */
  async unitGrid(campaignId: string, unitId: string, user: AuthUser): Promise<UnitGrid> {
    const manager = this.dataSource.manager;
    const campaign = await this.campaign(manager, campaignId);
    await assertSubjectsInScope(manager, user, { unitIds: [unitId] });
    return this.gridOf(manager, campaign, unitId.toLowerCase(), await this.catalogue.list());
  }

  /**
   * Sets the unit's registrations for the awards of `awardTypes`: what is ticked and not registered is
   * added, what is registered and not ticked is removed; the other awards and other people's
   * registrations are left alone. Refused as a whole, naming the rows: someone who is not an active
   * member of the unit (422), an award not among the columns or not for that subject (400).
   */
  async putUnit(campaignId: string, givenUnitId: string, dto: PutUnitRegistrationsDto, actor: AuthUser): Promise<UnitRegistrationsResult> {
    // Ids as PostgreSQL writes them: a path or a nested field may spell a UUID in capitals.
    const unitId = givenUnitId.toLowerCase();
    // Read before the transaction: the catalogue reads on its own connection, and the embedded database has only one.
    const catalogue = await this.catalogue.list();
    return this.dataSource.transaction(async (manager) => {
      const campaign = await this.campaign(manager, campaignId);
      await assertSubjectsInScope(manager, actor, { unitIds: [unitId] });
      const types = new Map(catalogue.map((type) => [type.code, type]));
      const columnProblems = dto.awardTypes.flatMap((code, index): KeyedDetail[] => {
        const problem = awardTypeProblem(types.get(code), code, 'individual', campaign.year);
        // Any subject will do for a column: whether it fits each row is checked per row below.
        return problem === null || problem.constraint === 'awardSubject' ? [] : [{ field: `awardTypes.${index}`, ...problem }];
      });
      if (columnProblems.length > 0) {
        throw new ValidationFailed(columnProblems);
      }
      await lockNaturalKey(manager, 'registrations', campaign.id);
      const grid = await this.gridOf(manager, campaign, unitId, catalogue);
      const members = new Set(grid.members.map((member) => member.id));
      const columns = new Set(dto.awardTypes);
      const problems: KeyedDetail[] = [];
      const outside: string[] = [];
      const wanted = new Map<string, { staffId: string | null; unitId: string | null; awardType: string }>();
      dto.registrations.forEach((item, index) => {
        const field = `registrations.${index}`;
        const staffId = item.staffId?.toLowerCase() ?? null;
        const ownUnit = item.unitId?.toLowerCase() ?? null;
        if ((staffId === null) === (ownUnit === null)) {
          problems.push({ field, constraint: 'staffXorUnit', key: 'fieldErrors.staffXorUnit' });
          return;
        }
        if (staffId !== null ? !members.has(staffId) : ownUnit !== unitId) {
          outside.push(staffId ?? ownUnit!);
          return;
        }
        if (!columns.has(item.awardType)) {
          problems.push({
            field: `${field}.awardType`,
            constraint: 'notAColumn',
            key: 'campaigns.fieldErrors.notAColumn',
            params: { code: item.awardType },
          });
          return;
        }
        const problem = awardTypeProblem(
          types.get(item.awardType),
          item.awardType,
          staffId !== null ? 'individual' : 'collective',
          campaign.year,
        );
        if (problem !== null) {
          problems.push({ field: `${field}.awardType`, ...problem });
          return;
        }
        const key = registrationKey({ staffId, unitId: ownUnit, awardType: item.awardType });
        if (wanted.has(key)) {
          problems.push({ field, constraint: 'duplicate', key: 'campaigns.fieldErrors.duplicateItem' });
          return;
        }
        wanted.set(key, { staffId, unitId: ownUnit, awardType: item.awardType });
      });
      if (outside.length > 0) {
        throw new RegistrationNotInUnit(
          grid.unit.name,
          outside,
          outside.map((id) => ({
            field: 'registrations',
            constraint: 'notInUnit',
            key: 'campaigns.fieldErrors.notInUnit',
            params: { id },
          })),
        );
      }
      if (problems.length > 0) {
        throw new ValidationFailed(problems);
      }
      const existing = (await registrationsOfSubjects(manager, campaign.id, { staffIds: [...members], unitIds: [unitId] })).filter((each) =>
        columns.has(each.awardType),
      );
      const existingKeys = new Set(existing.map(registrationKey));
      const removed = existing.filter((each) => !wanted.has(registrationKey(each)));
      const created = [...wanted.entries()].filter(([key]) => !existingKeys.has(key)).map(([, item]) => item);
      await deleteRegistrations(
        manager,
        removed.map((each) => each.id),
      );
      const views = await registrationsByIds(manager, await insertRegistrations(manager, campaign.id, created, actor.id));
      const records: AuditRecord[] = [
        ...removed.map((view): AuditRecord => ({ entity: 'registrations', entityId: view.id, action: 'delete', before: audited(view) })),
        ...views.map((view): AuditRecord => ({ entity: 'registrations', entityId: view.id, action: 'create', after: audited(view) })),
      ];
      for (const batch of chunks(records)) {
        await this.audit.record(manager, actor, ...batch);
      }
      return { created: created.length, removed: removed.length, unchanged: existing.length - removed.length };
    });
  }

  private async campaign(manager: EntityManager, id: string): Promise<CampaignView> {
    const campaign = await campaignById(manager, id);
    if (campaign === undefined) {
      throw new CampaignNotFound(id);
    }
    return campaign;
  }

  /** `catalogue` is read by the caller outside any transaction: the catalogue's reads use their own connection. */
  private async gridOf(
    manager: EntityManager,
    campaign: CampaignView,
    unitId: string,
    catalogue: readonly AwardTypeView[],
  ): Promise<UnitGrid> {
    const unit = await unitById(manager, unitId);
    const found = await unitMembers(manager, unitId, MAX_UNIT_GRID_ROWS + 1);
    const members = found.slice(0, MAX_UNIT_GRID_ROWS);
    const titles = catalogue.filter(
      (type) => type.kind === 'title' && (type.retiredOn === null || Number(type.retiredOn.slice(0, 4)) > campaign.year),
    );
    const registered = await registrationsOfSubjects(manager, campaign.id, {
      staffIds: members.map((member) => member.id),
      unitIds: [unitId],
    });
    return {
      campaign,
      unit,
      members,
      truncated: found.length > MAX_UNIT_GRID_ROWS,
      staffAwards: titles.filter((type) => type.subjects.includes('individual')),
      unitAwards: titles.filter((type) => type.subjects.includes('collective')),
      registered: new Set(registered.map(registrationKey)),
    };
  }
}

/** The subject kind and id of a registration: exactly one of `staffId` and `unitId`. */
function subjectOf(dto: { staffId?: string | null; unitId?: string | null }): [SubjectKind, string] {
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

/** The people and the units of some registrations, as the queries take them. */
export const subjectLists = (items: ReadonlyArray<{ staffId: string | null; unitId: string | null }>) => ({
  staffIds: items.flatMap((item) => (item.staffId === null ? [] : [item.staffId])),
  unitIds: items.flatMap((item) => (item.unitId === null ? [] : [item.unitId])),
});
