import type { ArgumentMetadata, INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuthService } from '../auth/index.js';
import { createValidationPipe } from '../common/http/validation.js';
import {
  AppraisalsService,
  AwardsService,
  CreateAwardDto,
  CreateDisciplineDto,
  CreateFreezeDto,
  CreateInitiativeDto,
  DisciplinesService,
  FreezesService,
  InitiativesService,
  PutAppraisalDto,
} from '../history/index.js';
import { CreateIssuerDto, IssuersService } from '../issuers/index.js';
import { CreateStaffDto, StaffService, UpdateStaffDto } from '../staff/index.js';
import { CreateUnitDto, UnitsService } from '../units/index.js';
import { CreateUserDto, UsersService } from '../users/index.js';
import { databaseCounts, firstAdminId } from './demo.sql.js';
import { DEMO_ISSUERS, DEMO_PASSWORD, DEMO_ROOT_UNIT_CODE, DEMO_STAFF, DEMO_UNITS, DEMO_USERS } from './demo-data.js';
import { demoStory } from './demo-story.js';
import { type AuthUser, roundYearOn } from '../kernel/index.js';

/** The database holds data of its own: the demo would mix with it. */
export class DemoRefused extends Error {}

export type DemoOutcome = 'seeded' | 'already-present';

export interface DemoOptions {
  /** The day the demo is told from: its history ends with this day's round year (default: today). */
  today?: Date;
}

/** What validates a request body as the API would (whitelist, transform), for records entered by the demo. */
type Validate = <T>(metatype: new () => T, value: object) => Promise<T>;

/**
 * Fills an empty database with the demo organisation through the services, so every record is
 * validated with the API's DTOs and audited like any other change (by the first admin). A database
 * that already holds the demo is left as it is; one that holds anything else is refused.
 */
export async function seedDemo(app: INestApplicationContext, options: DemoOptions = {}): Promise<DemoOutcome> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const counts = await databaseCounts(dataSource.manager, DEMO_ROOT_UNIT_CODE);
  if (counts.hasDemo && counts.staff > 0) {
    return 'already-present';
  }
  if (counts.units + counts.staff + counts.issuers > 0 || counts.users > 1) {
    throw new DemoRefused(
      `The demo fills an empty database only, and this one already holds ${counts.units} unit(s), ${counts.staff} staff member(s), ` +
        `${counts.issuers} issuer(s) and ${counts.users} user(s). Point DATA_DIR at a new folder (e.g. DATA_DIR=./demo-data npm run demo).`,
    );
  }

  const actor = await firstAdmin(app, dataSource);
  const pipe = createValidationPipe();
  const valid: Validate = <T>(metatype: new () => T, value: object): Promise<T> =>
    pipe.transform(value, { type: 'body', metatype } as ArgumentMetadata) as Promise<T>;

  const units = app.get(UnitsService);
  const unitIds = new Map<string, string>();
  for (const unit of DEMO_UNITS) {
    const parentId = unit.parentCode ? unitIds.get(unit.parentCode) : undefined;
    const created = await units.create(
      await valid(CreateUnitDto, { code: unit.code, name: unit.name, ...(parentId ? { parentId } : {}) }),
      actor,
    );
    unitIds.set(unit.code, created.id);
  }

  const issuers = app.get(IssuersService);
  const issuerIds = new Map<string, string>();
  // Successors first, so each predecessor can name its own.
  for (const { key, role: _role, successorKey, ...issuer } of DEMO_ISSUERS) {
    const successorId = successorKey ? issuerIds.get(successorKey) : undefined;
    const created = await issuers.create(await valid(CreateIssuerDto, { ...issuer, ...(successorId ? { successorId } : {}) }), actor);
    issuerIds.set(key, created.id);
  }

  const staff = app.get(StaffService);
  const staffIds = new Map<string, string>();
  for (const { unitCode, leftOn, ...person } of DEMO_STAFF) {
    const created = await staff.create(await valid(CreateStaffDto, { ...person, unitId: unitIds.get(unitCode) }), actor);
    staffIds.set(person.code, created.id);
    if (leftOn) {
      await staff.update(created.id, await valid(UpdateStaffDto, { status: 'left', leftOn }), actor);
    }
  }

  await seedHistory(app, valid, actor, { staff: staffIds, units: unitIds, issuers: issuerIds }, roundYearOn(options.today ?? new Date()));

  const users = app.get(UsersService);
  for (const { username, fullName, roles, unitCodes, issuerKeys = [] } of DEMO_USERS) {
    const unitIdsOfUser = unitCodes.map((code) => unitIds.get(code));
    const issuerIdsOfUser = issuerKeys.map((key) => issuerIds.get(key));
    await users.create(
      await valid(CreateUserDto, {
        username,
        password: DEMO_PASSWORD,
        fullName,
        roles,
        unitIds: unitIdsOfUser,
        issuerIds: issuerIdsOfUser,
      }),
      actor,
    );
  }
  return 'seeded';
}

/** Demo codes and keys → the ids the database gave them. */
interface DemoIds {
  staff: Map<string, string>;
  units: Map<string, string>;
  issuers: Map<string, string>;
}

/** Five years of history ending with the round year (demo-story.ts), entered through the services like any officer's. */
async function seedHistory(app: INestApplicationContext, valid: Validate, actor: AuthUser, ids: DemoIds, roundYear: number): Promise<void> {
  const story = demoStory(roundYear);
  const id = (map: Map<string, string>, code: string): string => {
    const found = map.get(code);
    if (!found) {
      throw new Error(`The demo story names ${code}, which the demo did not create`);
    }
    return found;
  };
  const appraisals = app.get(AppraisalsService);
  for (const { code, year, rating } of story.staffRatings) {
    await appraisals.put('staff', id(ids.staff, code), year, await valid(PutAppraisalDto, { rating }), actor);
  }
  for (const { code, year, rating } of story.unitRatings) {
    await appraisals.put('unit', id(ids.units, code), year, await valid(PutAppraisalDto, { rating }), actor);
  }
  const initiatives = app.get(InitiativesService);
  for (const { staffCode, ...initiative } of story.initiatives) {
    await initiatives.create(id(ids.staff, staffCode), await valid(CreateInitiativeDto, initiative), actor);
  }
  const disciplines = app.get(DisciplinesService);
  for (const { staffCode, to, ...discipline } of story.disciplines) {
    await disciplines.create(id(ids.staff, staffCode), await valid(CreateDisciplineDto, { ...discipline, ...(to ? { to } : {}) }), actor);
  }
  const freezes = app.get(FreezesService);
  for (const { staffCode, to, ...freeze } of story.freezes) {
    // Still running: no end date is sent at all, as the form sends none.
    await freezes.create('staff', id(ids.staff, staffCode), await valid(CreateFreezeDto, { ...freeze, ...(to ? { to } : {}) }), actor);
  }
  const awards = app.get(AwardsService);
  for (const { staffCode, unitCode, issuerKey, ...award } of story.awards) {
    const subject = staffCode ? { staffId: id(ids.staff, staffCode) } : { unitId: id(ids.units, unitCode!) };
    await awards.create(await valid(CreateAwardDto, { ...award, ...subject, issuerId: id(ids.issuers, issuerKey) }), actor);
  }
}

/** The demo is entered in the name of the first admin, created at start-up. */
async function firstAdmin(app: INestApplicationContext, dataSource: DataSource): Promise<AuthUser> {
  const adminId = await firstAdminId(dataSource.manager);
  const admin = adminId ? await app.get(AuthService).userById(adminId) : null;
  if (!admin) {
    throw new Error('No admin user: the application creates one at start-up');
  }
  return admin;
}
