import { createHash } from 'node:crypto';
import { createUserToken } from '../factories/index.js';
import { bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';
import { totpCode } from '../../src/auth/two-factor/totp.js';

/** The API of accounts (issue 8, item 11): own password, admin reset links, the second factor, the policy. */
describe('accounts (API)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  }, 60_000);

  const login = (username: string, password: string, code?: string) =>
    t
      .http()
      .post('/api/auth/login')
      .send({ username, password, ...(code === undefined ? {} : { code }) });

  const auditOf = async (userId: string): Promise<Array<{ action: string; before: unknown; after: unknown }>> =>
    (await t.dataSource.query('SELECT action, before, after FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id', [
      'users',
      userId,
    ])) as Array<{ action: string; before: unknown; after: unknown }>;

  describe('changing one’s own password', () => {
    it('asks for the current password, refuses the same one, then ends every other session', async () => {
      const user = await createUserToken(t, ['viewer']);
      const change = (body: object) => t.http().post('/api/auth/password').set(bearer(user.token)).set(ENGLISH).send(body);

      const wrong = await change({ currentPassword: 'not-it', newPassword: 'a-new-password' }).expect(400);
      expect(wrong.body).toMatchObject({ code: 'CURRENT_PASSWORD_WRONG', details: [{ field: 'currentPassword' }] });
      expect(typeof wrong.body.requestId).toBe('string');
      const same = await change({ currentPassword: 'password-123', newPassword: 'password-123' }).expect(400);
      expect(same.body.code).toBe('PASSWORD_UNCHANGED');
      const short = await change({ currentPassword: 'password-123', newPassword: 'short' }).expect(400);
      expect(short.body.code).toBe('VALIDATION_FAILED');

      const other = (await login(user.username, 'password-123').expect(200)).body.accessToken as string;
      const changed = await change({ currentPassword: 'password-123', newPassword: 'a-new-password' }).expect(200);
      const fresh = changed.body.accessToken as string;
      await t.http().get('/api/auth/me').set(bearer(user.token)).expect(401);
      await t.http().get('/api/auth/me').set(bearer(other)).expect(401);
      await t.http().get('/api/auth/me').set(bearer(fresh)).expect(200);
      await login(user.username, 'password-123').expect(401);
      await login(user.username, 'a-new-password').expect(200);

      const entries = await auditOf(user.id);
      expect(entries.map((e) => e.action)).toContain('change-password');
      expect(JSON.stringify(entries)).not.toMatch(/a-new-password|password-123/u);
    });
  });

  describe('a new password required by an admin', () => {
    it('confines the account to its own setup until it chooses one', async () => {
      const user = await createUserToken(t, ['hr_officer']);
      await t.http().get('/api/staff').set(bearer(user.token)).expect(200);
      const patched = await t
        .http()
        .patch(`/api/users/${user.id}`)
        .set(bearer(t.adminToken))
        .send({ mustChangePassword: true })
        .expect(200);
      expect(patched.body).toMatchObject({ mustChangePassword: true, twoFactorOn: false });

      const refused = await t.http().get('/api/staff').set(bearer(user.token)).set(ENGLISH).expect(403);
      expect(refused.body).toMatchObject({ statusCode: 403, code: 'PASSWORD_CHANGE_REQUIRED' });
      expect(refused.body.message).toMatch(/new password/u);
      const me = await t.http().get('/api/auth/me').set(bearer(user.token)).expect(200);
      expect(me.body).toMatchObject({ mustChangePassword: true });

      const changed = await t
        .http()
        .post('/api/auth/password')
        .set(bearer(user.token))
        .send({ currentPassword: 'password-123', newPassword: 'chosen-by-me-1' })
        .expect(200);
      await t
        .http()
        .get('/api/staff')
        .set(bearer(changed.body.accessToken as string))
        .expect(200);
      expect((await t.http().get(`/api/users/${user.id}`).set(bearer(t.adminToken)).expect(200)).body.mustChangePassword).toBe(false);
    });
  });

  describe('a one-time reset link made by an admin', () => {
    it('sets a new password once, keeps only its hash, ends the sessions, and is voided by a newer link', async () => {
      const user = await createUserToken(t, ['viewer']);
      const first = await t.http().post(`/api/users/${user.id}/reset-link`).set(bearer(t.adminToken)).expect(201);
      const second = await t.http().post(`/api/users/${user.id}/reset-link`).set(bearer(t.adminToken)).expect(201);
      const tokenOf = (url: string): string => new URL(url).pathname.split('/').pop()!;
      expect(new URL(second.body.url as string).pathname).toMatch(/^\/account\/reset\/[\w-]{43}$/u);
      const hoursLeft = (new Date(second.body.expiresAt as string).getTime() - Date.now()) / 3_600_000;
      expect(hoursLeft).toBeGreaterThan(23.9);
      expect(hoursLeft).toBeLessThanOrEqual(24);

      const stored = (await t.dataSource.query('SELECT token_hash FROM password_reset_links WHERE user_id = $1', [user.id])) as Array<{
        token_hash: string;
      }>;
      const token = tokenOf(second.body.url as string);
      expect(stored.map((r) => r.token_hash)).toEqual([createHash('sha256').update(token).digest('hex')]);

      const reset = (linkToken: string) =>
        t.http().post('/api/auth/reset-password').send({ token: linkToken, newPassword: 'from-the-link-1' });
      expect((await reset(tokenOf(first.body.url as string)).expect(410)).body.code).toBe('RESET_LINK_INVALID');
      await reset(token).expect(204);
      expect((await reset(token).expect(410)).body.code).toBe('RESET_LINK_INVALID');
      await t.http().get('/api/auth/me').set(bearer(user.token)).expect(401);
      await login(user.username, 'from-the-link-1').expect(200);

      const entries = await auditOf(user.id);
      expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['reset-link', 'reset-password']));
      expect(JSON.stringify(entries)).not.toContain(token);
    });

    it('refuses an expired link, and a link for a deactivated account', async () => {
      const user = await createUserToken(t, ['viewer']);
      const made = await t.http().post(`/api/users/${user.id}/reset-link`).set(bearer(t.adminToken)).expect(201);
      await t.dataSource.query(
        `UPDATE password_reset_links SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day' WHERE user_id = $1`,
        [user.id],
      );
      const token = new URL(made.body.url as string).pathname.split('/').pop()!;
      await t.http().post('/api/auth/reset-password').send({ token, newPassword: 'too-late-123' }).expect(410);

      await t.http().patch(`/api/users/${user.id}`).set(bearer(t.adminToken)).send({ active: false }).expect(200);
      const inactive = await t.http().post(`/api/users/${user.id}/reset-link`).set(bearer(t.adminToken)).expect(409);
      expect(inactive.body.code).toBe('ACCOUNT_INACTIVE');
    });

    it('is for admins only', async () => {
      const hr = await createUserToken(t, ['hr_officer']);
      await t.http().post(`/api/users/${hr.id}/reset-link`).set(bearer(hr.token)).expect(403);
    });
  });

  describe('the second factor (TOTP, RFC 6238)', () => {
    it('is set up with a shown secret, confirmed by a code, then asked at every sign-in; codes work once', async () => {
      const user = await createUserToken(t, ['viewer']);
      const api = (method: 'get' | 'post', path: string) => t.http()[method](`/api/auth/${path}`).set(bearer(user.token));

      const setup = await api('post', 'two-factor/setup').expect(200);
      const secret = setup.body.secret as string;
      expect(secret).toMatch(/^[A-Z2-7]{32}$/u);
      const issuer = encodeURIComponent('Thi đua khen thưởng');
      expect(setup.body.otpauthUri).toBe(
        `otpauth://totp/${issuer}:${user.username}?secret=${secret}&issuer=${issuer}&algorithm=SHA1&digits=6&period=30`,
      );
      // Not on until confirmed: signing in needs no code yet.
      await login(user.username, 'password-123').expect(200);
      expect((await api('get', 'two-factor').expect(200)).body).toEqual({ enabled: false, pending: true, recoveryCodesLeft: 0 });

      const wrongCode = String((Number(totpCode(secret, Date.now())) + 1) % 1_000_000).padStart(6, '0');
      expect((await api('post', 'two-factor/enable').send({ code: wrongCode }).expect(400)).body.code).toBe('TWO_FACTOR_CODE_WRONG');
      const enabled = await api('post', 'two-factor/enable')
        .send({ code: totpCode(secret, Date.now()) })
        .expect(200);
      const recoveryCodes = enabled.body.recoveryCodes as string[];
      expect(recoveryCodes).toHaveLength(10);
      expect(new Set(recoveryCodes).size).toBe(10);
      expect((await api('post', 'two-factor/enable').send({ code: '123456' }).expect(409)).body.code).toBe('TWO_FACTOR_ALREADY_ON');

      const withoutCode = await login(user.username, 'password-123').expect(401);
      expect(withoutCode.body).toMatchObject({ code: 'TWO_FACTOR_REQUIRED', details: [{ field: 'code' }] });
      expect((await login(user.username, 'password-123', wrongCode).expect(401)).body.code).toBe('SIGN_IN_CODE_WRONG');
      expect((await login(user.username, 'wrong-password', totpCode(secret, Date.now() + 30_000)).expect(401)).body.code).toBe(
        'INVALID_CREDENTIALS',
      );
      // The code of the next step (a phone clock a little ahead): accepted once, then never again.
      const next = totpCode(secret, Date.now() + 30_000);
      await login(user.username, 'password-123', next).expect(200);
      expect((await login(user.username, 'password-123', next).expect(401)).body.code).toBe('SIGN_IN_CODE_WRONG');

      // A recovery code, typed in capitals and without dashes, works once.
      const typed = recoveryCodes[0].replaceAll('-', '').toUpperCase();
      await login(user.username, 'password-123', typed).expect(200);
      await login(user.username, 'password-123', recoveryCodes[0]).expect(401);
      expect((await api('get', 'two-factor').expect(200)).body).toEqual({ enabled: true, pending: false, recoveryCodesLeft: 9 });

      const stored = (await t.dataSource.query('SELECT code_hash FROM user_recovery_codes WHERE user_id = $1', [user.id])) as Array<{
        code_hash: string;
      }>;
      expect(stored.map((r) => r.code_hash)).toContain(createHash('sha256').update(recoveryCodes[1]).digest('hex'));

      const renewed = await api('post', 'two-factor/recovery-codes').send({ currentPassword: 'password-123' }).expect(200);
      await login(user.username, 'password-123', recoveryCodes[1]).expect(401);
      await login(user.username, 'password-123', (renewed.body.recoveryCodes as string[])[0]).expect(200);

      expect((await api('post', 'two-factor/disable').send({ currentPassword: 'nope' }).expect(400)).body.code).toBe(
        'CURRENT_PASSWORD_WRONG',
      );
      await api('post', 'two-factor/disable').send({ currentPassword: 'password-123' }).expect(204);
      await login(user.username, 'password-123').expect(200);

      const entries = await auditOf(user.id);
      expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['two-factor-on', 'recovery-codes', 'two-factor-off']));
      expect(entries.filter((e) => e.action === 'login').map((e) => e.after)).toEqual(
        expect.arrayContaining([{ secondFactor: 'totp' }, { secondFactor: 'recovery-code' }]),
      );
      const written = JSON.stringify(entries);
      expect(written).not.toContain(secret);
      for (const code of [...recoveryCodes, ...(renewed.body.recoveryCodes as string[])]) {
        expect(written).not.toContain(code);
      }
    }, 60_000);

    it('is turned off by an admin for a user who lost phone and codes', async () => {
      const user = await createUserToken(t, ['viewer']);
      const { secret } = (await t.http().post('/api/auth/two-factor/setup').set(bearer(user.token)).expect(200)).body as { secret: string };
      await t
        .http()
        .post('/api/auth/two-factor/enable')
        .set(bearer(user.token))
        .send({ code: totpCode(secret, Date.now()) })
        .expect(200);
      expect((await t.http().get(`/api/users/${user.id}`).set(bearer(t.adminToken)).expect(200)).body.twoFactorOn).toBe(true);
      await login(user.username, 'password-123').expect(401);
      await t.http().delete(`/api/users/${user.id}/two-factor`).set(bearer(t.adminToken)).expect(204);
      await login(user.username, 'password-123').expect(200);
      expect((await t.http().delete(`/api/users/${user.id}/two-factor`).set(bearer(t.adminToken)).expect(409)).body.code).toBe(
        'TWO_FACTOR_NOT_SET_UP',
      );
      expect((await auditOf(user.id)).map((e) => e.action)).toContain('two-factor-reset');
    });
  });

  describe('the policy: admins must use the second factor', () => {
    it('is set by an admin who has theirs on, and confines other admins to setting theirs up', async () => {
      const setter = await createUserToken(t, ['admin']);
      const other = await createUserToken(t, ['admin']);
      const hr = await createUserToken(t, ['hr_officer']);
      const setPolicy = (value: boolean) => t.http().put('/api/auth/policy').set(bearer(setter.token)).send({ adminsNeedTwoFactor: value });

      expect((await setPolicy(true).expect(409)).body.code).toBe('OWN_TWO_FACTOR_FIRST');
      const { secret } = (await t.http().post('/api/auth/two-factor/setup').set(bearer(setter.token)).expect(200)).body as {
        secret: string;
      };
      await t
        .http()
        .post('/api/auth/two-factor/enable')
        .set(bearer(setter.token))
        .send({ code: totpCode(secret, Date.now()) })
        .expect(200);
      try {
        expect((await setPolicy(true).expect(200)).body).toEqual({ adminsNeedTwoFactor: true });

        const refused = await t.http().get('/api/units').set(bearer(other.token)).expect(403);
        expect(refused.body.code).toBe('TWO_FACTOR_SETUP_REQUIRED');
        expect((await t.http().get('/api/auth/me').set(bearer(other.token)).expect(200)).body).toMatchObject({
          twoFactorOn: false,
          twoFactorRequired: true,
        });
        // Not admins: the policy is theirs to follow only if they choose.
        await t.http().get('/api/staff').set(bearer(hr.token)).expect(200);
        await t.http().put('/api/auth/policy').set(bearer(hr.token)).send({ adminsNeedTwoFactor: false }).expect(403);

        const own = (await t.http().post('/api/auth/two-factor/setup').set(bearer(other.token)).expect(200)).body as { secret: string };
        await t
          .http()
          .post('/api/auth/two-factor/enable')
          .set(bearer(other.token))
          .send({ code: totpCode(own.secret, Date.now()) })
          .expect(200);
        await t.http().get('/api/units').set(bearer(other.token)).expect(200);
      } finally {
        await setPolicy(false).expect(200);
      }
      const policyEntries = (await t.dataSource.query(
        `SELECT before, after FROM audit_log WHERE entity = 'account_policy' ORDER BY id`,
      )) as Array<{
        before: unknown;
        after: unknown;
      }>;
      expect(policyEntries).toEqual([
        { before: { adminsNeedTwoFactor: false }, after: { adminsNeedTwoFactor: true } },
        { before: { adminsNeedTwoFactor: true }, after: { adminsNeedTwoFactor: false } },
      ]);
    });
  });
});
