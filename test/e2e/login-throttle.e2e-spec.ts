import type { Response } from 'supertest';
import { LoginThrottle1796111278614 } from '../../migrations/1796111278614-LoginThrottle.js';
import { PasswordVerifier } from '../../src/auth/password-verifier.js';
import { createUserToken } from '../factories/index.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const PASSWORD = 'password-123';
// Above what the pair tests spend from one address (10 tries, then 7 more), so only the spraying tests meet them.
const ADDRESS_LIMIT = 20;
const GLOBAL_LIMIT = 25;

/**
 * The sign-in throttle, counted in the database before any password is checked. Requests come
 * through a trusted proxy on loopback, so X-Forwarded-For plays the client's address.
 */
describe('the sign-in throttle', () => {
  let t: TestApp;
  /** How many passwords reached the hash: what a guesser gets to test. */
  let verified = 0;

  const login = (username: string, password: string, address: string): Promise<Response> =>
    t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', address)
      .send({ username, password })
      .then((res) => res);
  const statuses = (responses: Response[]): Record<number, number> =>
    responses.reduce<Record<number, number>>((counts, res) => ({ ...counts, [res.status]: (counts[res.status] ?? 0) + 1 }), {});
  const logins = async (userId: string): Promise<number> =>
    (
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'login' AND entity_id = $1`, [userId])) as Array<{
        n: number;
      }>
    )[0].n;

  beforeAll(async () => {
    t = await createTestApp({
      TRUST_PROXY: 'loopback',
      LOGIN_ADDRESS_LIMIT: String(ADDRESS_LIMIT),
      LOGIN_GLOBAL_LIMIT: String(GLOBAL_LIMIT),
    });
    const verifier = t.app.get(PasswordVerifier);
    const verify = verifier.verify.bind(verifier);
    verifier.verify = (hash, password) => {
      verified += 1;
      return verify(hash, password);
    };
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.dataSource.query('DELETE FROM login_throttle');
    verified = 0;
  });

  it('lets 10 of 100 parallel wrong guesses reach the hash; the rest get 429 unchecked', async () => {
    const user = await createUserToken(t, ['viewer']);
    verified = 0;
    const responses = await Promise.all(Array.from({ length: 100 }, (_, i) => login(user.username, `wrong-${i}`, '10.0.0.1')));
    expect(verified).toBe(10);
    expect(statuses(responses)).toEqual({ 401: 10, 429: 90 });
    const refused = responses.find((res) => res.status === 429)!;
    expect(refused.body).toEqual({
      statusCode: 429,
      code: 'TOO_MANY_ATTEMPTS',
      message: expect.any(String),
      requestId: expect.any(String),
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  }, 120_000);

  it('refuses a burst that holds the right password past the limit, without checking it', async () => {
    const user = await createUserToken(t, ['viewer']);
    const before = await logins(user.id);
    await Promise.all(Array.from({ length: 10 }, (_, i) => login(user.username, `wrong-${i}`, '10.0.0.2')));
    verified = 0;
    const burst = await Promise.all(Array.from({ length: 20 }, () => login(user.username, PASSWORD, '10.0.0.2')));
    expect(statuses(burst)).toEqual({ 429: 20 });
    expect(verified).toBe(0);
    expect(await logins(user.id)).toBe(before);
  }, 120_000);

  it('locks out only the (username, address) pair: the owner signs in from another address', async () => {
    const user = await createUserToken(t, ['admin']);
    expect(statuses(await Promise.all(Array.from({ length: 10 }, () => login(user.username, 'wrong', '10.0.0.3'))))).toEqual({ 401: 10 });
    expect((await login(user.username, PASSWORD, '10.0.0.3')).status).toBe(429);
    expect((await login(user.username, PASSWORD, '10.0.0.4')).status).toBe(200);
  }, 120_000);

  it('doubles the lockout after each further failure, up to an hour', async () => {
    const user = await createUserToken(t, ['viewer']);
    await Promise.all(Array.from({ length: 10 }, () => login(user.username, 'wrong', '10.0.0.5')));
    const lockSeconds = async (): Promise<number> =>
      (
        (await t.dataSource.query(
          `SELECT round(extract(epoch FROM blocked_until - last_attempt_at))::int AS s FROM login_throttle WHERE scope = 'pair' AND username = $1`,
          [user.username],
        )) as Array<{ s: number }>
      )[0].s;
    const seen = [await lockSeconds()];
    for (let i = 0; i < 7; i++) {
      // The lockout has passed: one more wrong try is checked, and locks out twice as long.
      await t.dataSource.query(
        `UPDATE login_throttle SET blocked_until = now() - interval '1 second' WHERE scope = 'pair' AND username = $1`,
        [user.username],
      );
      expect((await login(user.username, 'wrong', '10.0.0.5')).status).toBe(401);
      seen.push(await lockSeconds());
    }
    expect(seen).toEqual([60, 120, 240, 480, 960, 1920, 3600, 3600]);
    const refused = await login(user.username, PASSWORD, '10.0.0.5');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3500);
  }, 120_000);

  it('a right password resets the pair', async () => {
    const user = await createUserToken(t, ['viewer']);
    const nineWrong = async (): Promise<Record<number, number>> =>
      statuses(await Promise.all(Array.from({ length: 9 }, () => login(user.username, 'wrong', '10.0.0.6'))));
    expect(await nineWrong()).toEqual({ 401: 9 });
    expect((await login(user.username, PASSWORD, '10.0.0.6')).status).toBe(200);
    expect(await nineWrong()).toEqual({ 401: 9 });
  }, 120_000);

  it('limits one address trying one password at many usernames; a user who signed in there before still can', async () => {
    const owner = await createUserToken(t, ['viewer']);
    const stranger = await createUserToken(t, ['viewer']);
    expect((await login(owner.username, PASSWORD, '10.0.1.1')).status).toBe(200);
    verified = 0;
    const spray = await Promise.all(
      Array.from({ length: 3 * ADDRESS_LIMIT }, (_, i) => login(`nguoi-dung-${i}`, 'Matkhau@2024', '10.0.1.1')),
    );
    expect(verified).toBe(ADDRESS_LIMIT);
    expect(statuses(spray)).toEqual({ 401: ADDRESS_LIMIT, 429: 2 * ADDRESS_LIMIT });
    expect((await login(stranger.username, PASSWORD, '10.0.1.1')).status).toBe(429);
    expect((await login(owner.username, PASSWORD, '10.0.1.1')).status).toBe(200);
    // Elsewhere, the stranger is not held back.
    expect((await login(stranger.username, PASSWORD, '10.0.1.2')).status).toBe(200);
  }, 120_000);

  it('limits spraying from many addresses across the service; known pairs still sign in', async () => {
    const owner = await createUserToken(t, ['viewer']);
    const stranger = await createUserToken(t, ['viewer']);
    expect((await login(owner.username, PASSWORD, '10.0.2.1')).status).toBe(200);
    verified = 0;
    const spray = await Promise.all(
      Array.from({ length: 2 * GLOBAL_LIMIT }, (_, i) => login(`nguoi-dung-${i}`, 'Matkhau@2024', `10.1.${i}.1`)),
    );
    expect(verified).toBe(GLOBAL_LIMIT);
    expect(statuses(spray)).toEqual({ 401: GLOBAL_LIMIT, 429: GLOBAL_LIMIT });
    expect((await login(stranger.username, PASSWORD, '10.0.2.2')).status).toBe(429);
    expect((await login(owner.username, PASSWORD, '10.0.2.1')).status).toBe(200);
  }, 120_000);
});

describe('the sign-in throttle without a trusted proxy', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('ignores X-Forwarded-For: a guesser cannot pose as many addresses', async () => {
    const user = await createUserToken(t, ['viewer']);
    for (let i = 0; i < 10; i++) {
      await t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', `10.9.0.${i}`)
        .send({ username: user.username, password: 'wrong' })
        .expect(401);
    }
    await t
      .http()
      .post('/api/auth/login')
      .set('X-Forwarded-For', '10.9.1.1')
      .send({ username: user.username, password: PASSWORD })
      .expect(429);
  }, 120_000);

  it('has a migration that goes down to login_failures and up again', async () => {
    const migration = new LoginThrottle1796111278614();
    // One runner for everything: the embedded database has a single connection.
    const runner = t.dataSource.createQueryRunner();
    const tables = async (): Promise<string[]> =>
      (
        (await runner.query(`SELECT tablename FROM pg_tables WHERE tablename LIKE 'login_%' ORDER BY 1`)) as Array<{ tablename: string }>
      ).map((row) => row.tablename);
    try {
      await migration.down(runner);
      expect(await tables()).toEqual(['login_failures']);
      await migration.up(runner);
      expect(await tables()).toEqual(['login_throttle']);
    } finally {
      await runner.release();
    }
  });
});
