import { readFileSync } from 'node:fs';
import type request from 'supertest';
import { OPENAPI_FILE } from '../../src/api-docs/openapi-document.js';
import { ADMIN_PASSWORD, bearer, createTestApp, type TestApp } from '../support/test-app.js';

/** Signs in through the login page, as a browser does; the agent keeps the session cookie. */
async function signInToPages(t: TestApp): Promise<request.Agent> {
  const agent = t.http();
  const login = await agent.get('/login').expect(200);
  const csrf = /name="_csrf" value="([^"]+)"/u.exec(login.text)?.[1] ?? '';
  await agent
    .post('/login')
    .type('form')
    .send(new URLSearchParams({ _csrf: csrf, username: 'admin', password: ADMIN_PASSWORD, next: '/docs/api' }).toString())
    .expect(303)
    .expect('Location', '/docs/api');
  return agent;
}

describe('the API documentation', () => {
  let t: TestApp;
  const committed = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as unknown;

  beforeAll(async () => {
    t = await createTestApp();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  }, 60_000);

  describe('GET /api/docs (for tools, with a bearer token)', () => {
    it('is refused without a token, with the one problem shape', async () => {
      const res = await t.http().get('/api/docs').expect(401);
      expect(res.body).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: expect.any(String), requestId: expect.any(String) });
    });

    it('answers the committed openapi.json to a signed-in caller', async () => {
      const res = await t
        .http()
        .get('/api/docs')
        .set(bearer(t.adminToken))
        .expect(200)
        .expect('Content-Type', /application\/json/u);
      expect(res.body).toEqual(committed);
    });

    it('does not take the pages session cookie (the API takes bearer tokens only)', async () => {
      const agent = await signInToPages(t);
      await agent.get('/api/docs').expect(401);
    });
  });

  describe('/docs/api (for people, with the pages session)', () => {
    it('sends a visitor without a session to the login page, then back', async () => {
      const res = await t.http().get('/docs/api').expect(303);
      expect(res.headers.location).toBe(`/login?next=${encodeURIComponent('/docs/api')}`);
      await t.http().get('/docs/api/openapi.json').expect(303);
    });

    it('shows Swagger UI and the same document to a signed-in user', async () => {
      const agent = await signInToPages(t);
      const page = await agent
        .get('/docs/api')
        .expect(200)
        .expect('Content-Type', /text\/html/u);
      expect(page.text).toContain('<div id="swagger-ui"></div>');
      expect(page.text).toContain('/docs/api/assets/swagger-ui-bundle.js');
      const json = await agent.get('/docs/api/openapi.json').expect(200);
      expect(json.body).toEqual(committed);
    });

    it("serves Swagger UI's own files and nothing else from that folder", async () => {
      await t
        .http()
        .get('/docs/api/assets/swagger-ui-bundle.js')
        .expect(200)
        .expect('Content-Type', /javascript/u);
      await t
        .http()
        .get('/docs/api/assets/swagger-ui.css')
        .expect(200)
        .expect('Content-Type', /text\/css/u);
      const init = await t.http().get('/docs/api/assets/init.js').expect(200);
      expect(init.text).toContain("url: '/docs/api/openapi.json'");
      await t.http().get('/docs/api/assets/package.json').expect(404);
    });
  });
});
