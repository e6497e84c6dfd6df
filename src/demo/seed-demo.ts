import type { ArgumentMetadata, INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuthService } from '../auth/index.js';
import { createValidationPipe } from '../common/http/validation.js';
import { CreateIssuerDto, IssuersService } from '../issuers/index.js';
import { CreateStaffDto, StaffService, UpdateStaffDto } from '../staff/index.js';
import { CreateUnitDto, UnitsService } from '../units/index.js';
import { CreateUserDto, UsersService } from '../users/index.js';
import { databaseCounts, firstAdminId } from './demo.sql.js';
import { DEMO_ISSUERS, DEMO_PASSWORD, DEMO_ROOT_UNIT_CODE, DEMO_STAFF, DEMO_UNITS, DEMO_USERS } from './demo-data.js';
import { type AuthUser } from '../kernel/index.js';

/** The database holds data of its own: the demo would mix with it. */
export class DemoRefused extends Error {}

export type DemoOutcome = 'seeded' | 'already-present';

/**
 * Fills an empty database with the demo organisation through the services, so every record is
 * validated with the API's DTOs and audited like any other change (by the first admin). A database
 * that already holds the demo is left as it is; one that holds anything else is refused.
 */
export async function seedDemo(app: INestApplicationContext): Promise<DemoOutcome> {
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
  const valid = <T>(metatype: new () => T, value: object): Promise<T> =>
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
  for (const issuer of DEMO_ISSUERS) {
    await issuers.create(await valid(CreateIssuerDto, issuer), actor);
  }

  const staff = app.get(StaffService);
  for (const { unitCode, leftOn, ...person } of DEMO_STAFF) {
    const created = await staff.create(await valid(CreateStaffDto, { ...person, unitId: unitIds.get(unitCode) }), actor);
    if (leftOn) {
      await staff.update(created.id, await valid(UpdateStaffDto, { status: 'left', leftOn }), actor);
    }
  }

  const users = app.get(UsersService);
  for (const { username, fullName, roles, unitCodes } of DEMO_USERS) {
    const unitIdsOfUser = unitCodes.map((code) => unitIds.get(code));
    await users.create(await valid(CreateUserDto, { username, password: DEMO_PASSWORD, fullName, roles, unitIds: unitIdsOfUser }), actor);
  }
  return 'seeded';
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
