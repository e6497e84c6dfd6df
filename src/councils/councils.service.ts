import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { assertSubjectsInScope } from '../common/access/scope.js';
import { type KeyedDetail, OutOfScope, ValidationFailed } from '../common/errors/domain-error.js';
import { type AuthUser, isUnitPathInScope, scopePatterns } from '../kernel/index.js';
import { pageDate, vietnamToday } from './council-dates.js';
import {
  CouncilMemberAlreadyEnded,
  CouncilMemberDuplicate,
  CouncilMemberNotFound,
  CouncilMembershipCounted,
  CouncilNotFound,
} from './councils.errors.js';
import {
  councilList,
  councilMembers,
  councilRow,
  type CouncilRow,
  endMember,
  insertCouncil,
  insertMembers,
  knownPeople,
  memberRow,
  type NewMember,
  overlappingSamePerson,
  sessionsCounting,
  sessionSummaries,
  touchCouncil,
} from './councils.repository.js';
import type { CouncilMemberView, CouncilSummary, CouncilView } from './councils.types.js';
import type { CouncilMemberDto, CreateCouncilDto, EndCouncilMemberDto } from './dto/council.dto.js';

const DEFAULT_SYMBOL = 'HĐTĐKT';

const memberAudit = (member: CouncilMemberView): object => ({ ...member });

/**
 * Councils (Hội đồng Thi đua – Khen thưởng) and their members over time. Readers see the councils of
 * the units in their scope; council secretaries (in the unit's scope) and admins change them (the
 * controllers' roles). A change of membership never rewrites what a session already counted: a member
 * cannot start on or before a session held, nor end before a session that counted them.
 */
@Injectable()
export class CouncilsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateCouncilDto, actor: AuthUser): Promise<CouncilView> {
    return this.dataSource.transaction(async (manager) => {
      await assertSubjectsInScope(manager, actor, { unitIds: [dto.unitId] }, { unit: 'unitId' });
      const members = await checkedMembers(manager, dto.members, (index, field) => `members.${index}.${field}`);
      assertNoSamePersonTwice(members);
      const id = await insertCouncil(manager, {
        unitId: dto.unitId,
        name: dto.name,
        symbol: dto.symbol ?? DEFAULT_SYMBOL,
        locality: dto.locality ?? null,
        createdBy: actor.id,
      });
      const inserted = await insertMembers(manager, id, members);
      const view = await this.view(manager, id);
      await this.audit.record(
        manager,
        actor,
        {
          entity: 'councils',
          entityId: id,
          action: 'create',
          after: { unitId: view.unitId, name: view.name, symbol: view.symbol, locality: view.locality, members: inserted.length },
        },
        ...inserted.map((member) => ({
          entity: 'council-members',
          entityId: member.id,
          action: 'create' as const,
          after: memberAudit(member),
        })),
      );
      return view;
    });
  }

  async list(user: AuthUser, unitId: string | null): Promise<CouncilSummary[]> {
    return councilList(this.dataSource.manager, scopePatterns(user), unitId, vietnamToday());
  }

  /** The council with its members and sessions; 404, or 403 outside the reader's units. */
  async get(id: string, user: AuthUser, manager: EntityManager = this.dataSource.manager): Promise<CouncilView> {
    await readable(manager, id, user);
    return this.view(manager, id);
  }

  async addMember(id: string, dto: CouncilMemberDto, actor: AuthUser): Promise<CouncilView> {
    return this.dataSource.transaction(async (manager) => {
      await readable(manager, id, actor, true);
      const [member] = await checkedMembers(manager, [dto], (_index, field) => field);
      const { heldAfter } = await sessionsCounting(manager, id, null, member.from);
      if (heldAfter !== null) {
        throw new CouncilMembershipCounted(member.name, pageDate(heldAfter));
      }
      const same = await overlappingSamePerson(manager, id, member);
      if (same !== undefined) {
        throw new CouncilMemberDuplicate(same);
      }
      const [inserted] = await insertMembers(manager, id, [member]);
      await touchCouncil(manager, id);
      await this.audit.record(manager, actor, {
        entity: 'council-members',
        entityId: inserted.id,
        action: 'create',
        after: memberAudit(inserted),
      });
      return this.view(manager, id);
    });
  }

  /** Ends a membership on `to` (the last day, inclusive). */
  async endMember(id: string, memberId: string, dto: EndCouncilMemberDto, actor: AuthUser): Promise<CouncilView> {
    return this.dataSource.transaction(async (manager) => {
      await readable(manager, id, actor, true);
      const before = await memberRow(manager, id, memberId);
      if (before === undefined) {
        throw new CouncilMemberNotFound(memberId);
      }
      if (before.to !== null) {
        throw new CouncilMemberAlreadyEnded(before.name, pageDate(before.to));
      }
      if (dto.to < before.from) {
        throw new ValidationFailed([{ field: 'to', constraint: 'endBeforeStart', key: 'fieldErrors.endBeforeStart' }]);
      }
      const { countedAfter } = await sessionsCounting(manager, id, memberId, dto.to);
      if (countedAfter !== null) {
        throw new CouncilMembershipCounted(before.name, pageDate(countedAfter));
      }
      const after = await endMember(manager, memberId, dto.to);
      await touchCouncil(manager, id);
      await this.audit.record(manager, actor, {
        entity: 'council-members',
        entityId: memberId,
        action: 'update',
        before: memberAudit(before),
        after: memberAudit(after),
      });
      return this.view(manager, id);
    });
  }

  private async view(manager: EntityManager, id: string): Promise<CouncilView> {
    const council = (await councilRow(manager, id))!;
    const [members, sessionList] = [await councilMembers(manager, id), await sessionSummaries(manager, id)];
    const today = vietnamToday();
    return {
      id: council.id,
      unitId: council.unitId,
      unitName: council.unitName,
      name: council.name,
      symbol: council.symbol,
      locality: council.locality,
      currentMembers: members.filter((member) => member.from <= today && (member.to === null || member.to >= today)).length,
      sessions: sessionList.length,
      version: council.version,
      members,
      sessionList,
      createdAt: council.createdAt,
    };
  }
}

/** The council, or 404; 403 when its unit is outside the user's. Locked when a change follows. */
export async function readable(manager: EntityManager, id: string, user: AuthUser, lock = false): Promise<CouncilRow> {
  const council = await councilRow(manager, id, lock);
  if (council === undefined) {
    throw new CouncilNotFound(id);
  }
  if (!isUnitPathInScope(user, council.unitPath)) {
    throw new OutOfScope();
  }
  return council;
}

/** The members as stored: ids in lower case, the people they name known, the start defaulting to today. */
async function checkedMembers(
  manager: EntityManager,
  members: readonly CouncilMemberDto[],
  field: (index: number, name: 'userId' | 'staffId') => string,
): Promise<NewMember[]> {
  const normalised = members.map((member) => ({
    name: member.name,
    position: member.position ?? '',
    role: member.role,
    userId: member.userId ? member.userId.toLowerCase() : null,
    staffId: member.staffId ? member.staffId.toLowerCase() : null,
    from: member.from ?? vietnamToday(),
  }));
  const known = await knownPeople(
    manager,
    normalised.flatMap((member) => (member.userId ? [member.userId] : [])),
    normalised.flatMap((member) => (member.staffId ? [member.staffId] : [])),
  );
  const details: KeyedDetail[] = [];
  normalised.forEach((member, index) => {
    if (member.userId !== null && !known.users.has(member.userId)) {
      details.push({
        field: field(index, 'userId'),
        constraint: 'unknownUser',
        key: 'councils.fieldErrors.unknownUser',
        params: { id: member.userId },
      });
    }
    if (member.staffId !== null && !known.staff.has(member.staffId)) {
      details.push({
        field: field(index, 'staffId'),
        constraint: 'unknownStaff',
        key: 'fieldErrors.unknownStaff',
        params: { id: member.staffId },
      });
    }
  });
  if (details.length > 0) {
    throw new ValidationFailed(details);
  }
  return normalised;
}

/** One person (by account or staff record) once in a new council's list. */
function assertNoSamePersonTwice(members: readonly NewMember[]): void {
  const seen = new Set<string>();
  for (const member of members) {
    for (const key of [member.userId && `u:${member.userId}`, member.staffId && `s:${member.staffId}`]) {
      if (key) {
        if (seen.has(key)) {
          throw new CouncilMemberDuplicate(member.name);
        }
        seen.add(key);
      }
    }
  }
}
