import type { Response } from 'supertest';
import { csrfFrom } from '../factories/import.js';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app.js';

const cookiesOf = (res: Response): string[] => ([] as string[]).concat(res.headers['set-cookie'] ?? []);

/**
 * Signs in through the form and answers the Set-Cookie lines of both answers. Cookies are carried
 * by hand: a cookie jar, like a browser, would not send a Secure cookie back over this test's HTTP.
 */
async function signInCookies(t: TestApp, headers: Record<string, string> = {}): Promise<string[]> {
  const login = await t.http().get('/login').set(headers).expect(200);
  const res = await t
    .http()
    .post('/login')
    .set(headers)
    .set(
      'Cookie',
      cookiesOf(login).map((c) => c.split(';')[0]),
    )
    .type('form')
    .send(new URLSearchParams({ _csrf: csrfFrom(login.text), username: 'admin', password: ADMIN_PASSWORD, next: '/staff' }).toString())
    .expect(303);
  return [...cookiesOf(login), ...cookiesOf(res)];
}

function expectPlainHttp(res: Response): void {
  expect(res.headers['strict-transport-security']).toBeUndefined();
  expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
}

function expectHttps(res: Response): void {
  expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
}

/**
 * HSTS and `upgrade-insecure-requests` only when people reach the service over HTTPS (else the
 * office LAN gets unstyled pages and a dead sign-in button), and then Secure cookies; no-store on
 * everything but the assets; a Permissions-Policy everywhere.
 */
describe('transport and caching headers', () => {
  describe('over plain HTTP (the default: this machine or an office LAN)', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(async () => {
      await t.close();
    });

    it('sends neither HSTS nor upgrade-insecure-requests, on pages, the API, errors and assets', async () => {
      expectPlainHttp(await t.http().get('/login').expect(200));
      expectPlainHttp(await t.http().get('/api/staff').set('Authorization', `Bearer ${t.adminToken}`).expect(200));
      expectPlainHttp(await t.http().get('/api/no-such-thing').expect(404));
      expectPlainHttp(await t.http().get('/assets/app.css').expect(200));
    });

    it('ignores X-Forwarded-Proto when no proxy is trusted', async () => {
      expectPlainHttp(await t.http().get('/login').set('X-Forwarded-Proto', 'https').expect(200));
      const cookies = await signInCookies(t, { 'X-Forwarded-Proto': 'https' });
      expect(cookies.some((c) => /; Secure/iu.test(c))).toBe(false);
    });

    it('sets the session and CSRF cookies without Secure, so the browser keeps them over HTTP', async () => {
      const cookies = await signInCookies(t);
      expect(cookies.find((c) => c.startsWith('ct_session='))).toMatch(/HttpOnly/u);
      expect(cookies.find((c) => c.startsWith('_csrf='))).toMatch(/HttpOnly/u);
      expect(cookies.some((c) => /; Secure/iu.test(c))).toBe(false);
    });

    it('answers no-store on signed-in pages, the sign-in page, API answers and errors; the assets keep their caching', async () => {
      const agent = t.http();
      const login = await agent.get('/login').expect(200);
      expect(login.headers['cache-control']).toBe('no-store');
      await agent
        .post('/login')
        .type('form')
        .send(new URLSearchParams({ _csrf: csrfFrom(login.text), username: 'admin', password: ADMIN_PASSWORD, next: '/staff' }).toString())
        .expect(303);
      expect((await agent.get('/staff').expect(200)).headers['cache-control']).toBe('no-store');
      const api = await t.http().get('/api/staff').set('Authorization', `Bearer ${t.adminToken}`).expect(200);
      expect(api.headers['cache-control']).toBe('no-store');
      expect((await t.http().get('/api/staff').expect(401)).headers['cache-control']).toBe('no-store');
      expect((await t.http().get('/assets/app.css').expect(200)).headers['cache-control']).toBe('public, max-age=3600');
    });

    it('sends a Permissions-Policy that denies the features the service never uses', async () => {
      for (const res of [await t.http().get('/login'), await t.http().get('/api/no-such-thing'), await t.http().get('/assets/app.css')]) {
        expect(res.headers['permissions-policy']).toContain('camera=()');
        expect(res.headers['permissions-policy']).toContain('geolocation=()');
        expect(res.headers['permissions-policy']).toContain('microphone=()');
      }
    });
  });

  describe('behind a TLS proxy named by PUBLIC_URL', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp({ PUBLIC_URL: 'https://thidua.example.gov.vn' });
    });
    afterAll(async () => {
      await t.close();
    });

    it('sends HSTS and upgrade-insecure-requests on every answer', async () => {
      expectHttps(await t.http().get('/login').expect(200));
      expectHttps(await t.http().get('/api/staff').set('Authorization', `Bearer ${t.adminToken}`).expect(200));
      expectHttps(await t.http().get('/assets/app.css').expect(200));
    });

    it('marks every cookie it sets (session, CSRF) Secure', async () => {
      const cookies = await signInCookies(t);
      expect(cookies.filter((c) => /^(ct_session|_csrf)=/u.test(c)).length).toBeGreaterThanOrEqual(2);
      for (const cookie of cookies) {
        expect(cookie).toMatch(/; Secure/iu);
      }
    });
  });

  describe('behind a trusted proxy (TRUST_PROXY) that says how each request came', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await createTestApp({ TRUST_PROXY: 'loopback' });
    });
    afterAll(async () => {
      await t.close();
    });

    it('follows X-Forwarded-Proto: https gets HSTS and Secure cookies, http gets neither', async () => {
      expectHttps(await t.http().get('/login').set('X-Forwarded-Proto', 'https').expect(200));
      const secure = await signInCookies(t, { 'X-Forwarded-Proto': 'https' });
      expect(secure.every((c) => /; Secure/iu.test(c))).toBe(true);
      expectPlainHttp(await t.http().get('/login').set('X-Forwarded-Proto', 'http').expect(200));
      expectPlainHttp(await t.http().get('/login').expect(200));
      const plain = await signInCookies(t);
      expect(plain.some((c) => /; Secure/iu.test(c))).toBe(false);
    });
  });
});
