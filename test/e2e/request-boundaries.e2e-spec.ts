import type { Server } from 'node:http';
import type request from 'supertest';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app.js';
import { rawRequest } from '../support/raw-http.js';

/**
 * The edges of the HTTP layer, where the router, the browser and a proxy may read one request in
 * different ways: which requests count as the API, where a redirect may go, what every error looks
 * like. Each case is a class of hostile input, so a new route inherits the protection.
 */
describe('request boundaries', () => {
  let t: TestApp;
  let server: Server;
  let browser: request.Agent;
  let sessionCookie: string;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    server = t.app.getHttpServer();
    browser = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
    const page = await browser.get('/staff').expect(200);
    sessionCookie = String(page.request.cookies);
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  describe('the session cookie never authorises the API, however the path is spelt', () => {
    it.each([
      '/api/staff',
      '/%61pi/staff',
      '/%61%70%69/staff',
      '/%41PI/staff',
      '/API/staff',
      '/Api/staff/',
      '//api/staff',
      '///api//staff',
      '/./api/staff',
      '/staff/../api/staff',
      '/api%2fstaff',
      '/api%2Fstaff',
      '/%2fapi/staff',
      '/api/staff;x=1',
      '/api/%73taff',
      '/api/staff?page=1',
      '/api%3fx/staff',
    ])('%s with the cookie answers no JSON data', async (path) => {
      const res = await rawRequest(server, { path, headers: { cookie: sessionCookie, accept: 'application/json' } });
      expect(res.status).not.toBe(200);
      expect(res.status).toBeLessThan(500);
      expect(res.text).not.toContain('"items"');
    });

    it('still serves the pages with the cookie', async () => {
      const res = await rawRequest(server, { path: '/staff', headers: { cookie: sessionCookie } });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/u);
    });
  });
  describe('redirects go to a path on this site, whatever next= or back= holds', () => {
    const hostile = [
      '/\t/evil.example',
      '/\n',
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      '/..//evil.example',
      '/staff\r\nSet-Cookie: x=1',
    ];

    it.each(['/%09/evil.example', '%2F%0A', '%2F%0D%0ALocation:%20https://evil.example', '//evil.example', '/%5Cevil.example'])(
      'renders the sign-in page for next=%s with a safe next',
      async (next) => {
        const res = await rawRequest(server, { path: `/login?next=${next}` });
        expect(res.status).toBe(200);
        expect(res.text).toContain('name="next" value="/staff"');
      },
    );

    it.each(hostile)('signs in and goes to /staff for next=%j', async (next) => {
      const agent = t.http();
      const login = await agent.get('/login').expect(200);
      const res = await agent
        .post('/login')
        .type('form')
        .send(new URLSearchParams({ _csrf: csrfFrom(login.text), username: 'admin', password: ADMIN_PASSWORD, next }).toString());
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/staff');
    });

    it('keeps a Vietnamese path, percent-encoded, instead of failing on the header', async () => {
      const agent = t.http();
      const login = await agent.get('/login').expect(200);
      const res = await agent
        .post('/login')
        .type('form')
        .send(
          new URLSearchParams({
            _csrf: csrfFrom(login.text),
            username: 'admin',
            password: ADMIN_PASSWORD,
            next: '/staff?q=Nguyễn',
          }).toString(),
        );
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/staff?q=Nguy%E1%BB%85n');
    });

    it.each(hostile)('switches the language and goes to /staff for back=%j', async (back) => {
      const page = await browser.get('/staff').expect(200);
      const res = await browser
        .post('/language')
        .type('form')
        .send(new URLSearchParams({ _csrf: csrfFrom(page.text), lang: 'vi', back }).toString());
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/staff');
    });
  });
});
