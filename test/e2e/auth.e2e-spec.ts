import { createUnit, createUserToken } from '../factories/index.js';
import { ADMIN_PASSWORD, bearer, createTestApp, type TestApp } from '../support/test-app.js';

describe('sign-in, roles and scope', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers a token and the user for the right password', async () => {
    const res = await t.http().post('/api/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD }).expect(200);
    expect(res.body).toMatchObject({ user: { username: 'admin', roles: ['admin'] } });
    expect(typeof res.body.accessToken).toBe('string');
  });

  it('answers 401 in the error shape for a wrong password', async () => {
    const res = await t.http().post('/api/auth/login').send({ username: 'admin', password: 'wrong' }).expect(401);
    expect(res.body).toMatchObject({ statusCode: 401, code: 'INVALID_CREDENTIALS' });
    expect(typeof res.body.requestId).toBe('string');
  });

  it('answers 401 without a token and with a forged one', async () => {
    await t.http().get('/api/staff').expect(401);
    const [body] = t.adminToken.split('.');
    await t
      .http()
      .get('/api/staff')
      .set(bearer(`${body}.forged`))
      .expect(401);
  });

  it('answers 403 when the role may not', async () => {
    const viewer = await createUserToken(t, ['viewer']);
    const res = await t.http().post('/api/units').set(bearer(viewer.token)).send({ name: 'X', code: 'X1' }).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('slows repeated failures for a username, then answers 429', async () => {
    const user = await createUserToken(t, ['viewer']);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await t.http().post('/api/auth/login').send({ username: user.username, password: 'nope' })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Even the right password is refused while blocked.
    await t.http().post('/api/auth/login').send({ username: user.username, password: 'password-123' }).expect(429);
  }, 30_000);

  it('stops accepting a token after sign-out', async () => {
    const user = await createUserToken(t, ['viewer']);
    await t.http().get('/api/auth/me').set(bearer(user.token)).expect(200);
    await t.http().post('/api/auth/logout').set(bearer(user.token)).expect(204);
    await t.http().get('/api/auth/me').set(bearer(user.token)).expect(401);
  });

  it('limits an HR officer to their units and sub-units', async () => {
    const library = await createUnit(t, { name: 'Thư viện', code: 'TV-SCOPE' });
    const department = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', code: 'PV-SCOPE', parentId: library.id });
    const other = await createUnit(t, { name: 'Bảo tàng', code: 'BT-SCOPE' });
    const hr = await createUserToken(t, ['hr_officer'], [library.id]);
    const staff = { fullName: 'Lê Thị Hoa', gender: 'female' };
    await t
      .http()
      .post('/api/staff')
      .set(bearer(hr.token))
      .send({ ...staff, code: 'SC1', unitId: department.id })
      .expect(201);
    const denied = await t
      .http()
      .post('/api/staff')
      .set(bearer(hr.token))
      .send({ ...staff, code: 'SC2', unitId: other.id })
      .expect(403);
    expect(denied.body.code).toBe('OUT_OF_SCOPE');
    const units = await t.http().get('/api/units').set(bearer(hr.token)).expect(200);
    expect((units.body as Array<{ code: string }>).map((u) => u.code)).toEqual(['TV-SCOPE', 'PV-SCOPE']);
    expect(await t.dataSource.query(`SELECT code FROM staff WHERE code IN ('SC1', 'SC2')`)).toEqual([{ code: 'SC1' }]);
  });

  it('creates users only for admins and validates roles', async () => {
    const res = await t
      .http()
      .post('/api/users')
      .set(bearer(t.adminToken))
      .send({ username: 'bad', password: 'password-123', fullName: 'X', roles: ['emperor'] })
      .expect(400);
    expect(res.body.details[0]).toMatchObject({ field: 'roles' });
  });

  it('reports health with the database kind', async () => {
    const res = await t.http().get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: t.database.kind });
  });
});
