import type { Server } from 'node:http';
import type request from 'supertest';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app.js';
import { type RawResponse, rawRequest, rawSocketRequest } from '../support/raw-http.js';

/** The one error shape: nothing but these fields, the request id also in the header. */
function expectProblem(res: RawResponse, statusCode: number, code: string): void {
  expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
    status: statusCode,
    type: expect.stringMatching(/^application\/json/u),
  });
  expect(res.json).toEqual({ statusCode, code, message: expect.any(String), requestId: expect.any(String) });
  expect((res.json as { requestId: string }).requestId).toBe(res.headers['x-request-id']);
}

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
        expect(res.text).toContain('name="next" value="/"');
      },
    );

    it.each(hostile)('signs in and goes to the home page for next=%j', async (next) => {
      const agent = t.http();
      const login = await agent.get('/login').expect(200);
      const res = await agent
        .post('/login')
        .type('form')
        .send(new URLSearchParams({ _csrf: csrfFrom(login.text), username: 'admin', password: ADMIN_PASSWORD, next }).toString());
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/');
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

    it.each(hostile)('switches the language and goes to the home page for back=%j', async (back) => {
      const page = await browser.get('/staff').expect(200);
      const res = await browser
        .post('/language')
        .type('form')
        .send(new URLSearchParams({ _csrf: csrfFrom(page.text), lang: 'vi', back }).toString());
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/');
    });
  });
  describe('what the router and the HTTP parser refuse answers in the one error shape', () => {
    it.each(['/api/staff/%E0%A4%A', '/api/staff/%zz', '/staff/%', '/api/units/%C0%AF'])(
      '400 for the broken percent-encoding in %s',
      async (path) => {
        expectProblem(await rawRequest(server, { path, headers: { authorization: `Bearer ${t.adminToken}` } }), 400, 'MALFORMED_REQUEST');
      },
    );

    it('414 for a path parameter over the limit', async () => {
      expectProblem(
        await rawRequest(server, { path: `/api/staff/${'a'.repeat(300)}`, headers: { authorization: `Bearer ${t.adminToken}` } }),
        414,
        'URI_TOO_LONG',
      );
    });

    it('431 for headers over the limit, and for a request line over it', async () => {
      expectProblem(
        await rawRequest(server, { path: '/api/staff', headers: { 'x-padding': 'a'.repeat(20_000) } }),
        431,
        'HEADERS_TOO_LARGE',
      );
      expectProblem(
        await rawSocketRequest(server, `GET /api/staff?${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`),
        431,
        'HEADERS_TOO_LARGE',
      );
    });

    it.each([
      ['a Content-Length that is not a number', 'POST /api/staff HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'],
      ['two Content-Lengths', 'POST /api/staff HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'],
      ['an unknown method', 'BREW /api/staff HTTP/1.1\r\nHost: x\r\n\r\n'],
      ['a control character in the path', 'GET /api/st\u0001aff HTTP/1.1\r\nHost: x\r\n\r\n'],
    ])('400 for %s', async (_name, bytes) => {
      expectProblem(await rawSocketRequest(server, bytes), 400, 'MALFORMED_REQUEST');
    });

    it.each(['/api/no-such-thing', '/API/staff', '//api/staff', '/api%2fstaff'])(
      '404 in the shape for the unknown API route %s',
      async (path) => {
        expectProblem(await rawRequest(server, { path, headers: { authorization: `Bearer ${t.adminToken}` } }), 404, 'NOT_FOUND');
      },
    );

    it('an unknown page answers the error page with a 404', async () => {
      const res = await rawRequest(server, { path: '/no-such-page', headers: { cookie: sessionCookie } });
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/u);
    });
  });
});
