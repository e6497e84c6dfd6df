import { randomBytes } from 'node:crypto';
import type { TestApp } from '../support/test-app.js';
import { bearer } from '../support/test-app.js';
import { type Role } from '../../src/kernel/index.js';

const unique = (): string => randomBytes(4).toString('hex');

export interface UnitInput {
  name: string;
  code: string;
  parentId?: string;
}

export const buildUnit = (overrides: Partial<UnitInput> = {}): UnitInput => ({
  name: `Phòng ${unique()}`,
  code: `U${unique()}`,
  ...overrides,
});

export async function createUnit(t: TestApp, overrides: Partial<UnitInput> = {}): Promise<{ id: string; code: string; name: string }> {
  const res = await t.http().post('/api/units').set(bearer(t.adminToken)).send(buildUnit(overrides)).expect(201);
  return res.body as { id: string; code: string; name: string };
}

export interface StaffInput {
  code: string;
  fullName: string;
  gender: 'male' | 'female';
  unitId: string;
  dateOfBirth?: string;
  position?: string;
  startedOn?: string;
}

export const buildStaff = (overrides: Partial<StaffInput> & { unitId: string }): StaffInput => ({
  code: `NV${unique()}`,
  fullName: 'Nguyễn Văn An',
  gender: 'male',
  ...overrides,
});

export async function createStaff(t: TestApp, overrides: Partial<StaffInput> & { unitId: string }): Promise<{ id: string } & StaffInput> {
  const res = await t.http().post('/api/staff').set(bearer(t.adminToken)).send(buildStaff(overrides)).expect(201);
  return res.body as { id: string } & StaffInput;
}

/** A user with the given roles (and units), signed in: returns its bearer token. */
export async function createUserToken(
  t: TestApp,
  roles: Role[],
  unitIds: string[] = [],
): Promise<{ id: string; username: string; token: string }> {
  const username = `u${unique()}`;
  const password = 'password-123';
  const created = await t
    .http()
    .post('/api/users')
    .set(bearer(t.adminToken))
    .send({ username, password, fullName: 'Người Thử', roles, unitIds })
    .expect(201);
  const login = await t.http().post('/api/auth/login').send({ username, password }).expect(200);
  return { id: (created.body as { id: string }).id, username, token: (login.body as { accessToken: string }).accessToken };
}
