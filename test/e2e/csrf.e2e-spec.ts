import type request from 'supertest';
import { countRows, csrfFrom, signInThroughForm, staffCsv } from '../factories/import.js';
import { createUnit, createUserToken } from '../factories/index.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const form = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();

/**
 * The CSRF token of a page form comes only from the body (or the `x-csrf-token` header), never from
 * the address, where logs, history and Referer headers would carry it. Multipart forms carry it in
 * their first field. A new secret is issued when the session changes, so a token learnt before
 * signing in (or out) stops working.
 */
describe('CSRF tokens', () => {
  let t: TestApp;
  let hr: request.Agent;

  const tokenOf = async (agent: request.Agent, path = '/staff'): Promise<string> => csrfFrom((await agent.get(path).expect(200)).text);
  const staffByCode = async (code: string): Promise<number> => countRows(t, 'staff', 'code = $1', [code]);

  beforeAll(async () => {
    t = await createTestApp();
    await createUnit(t, { name: 'Thư viện', code: 'TV' });
    const user = await createUserToken(t, ['hr_officer']);
    hr = await signInThroughForm(t, user.username, 'password-123');
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  describe('on a form', () => {
    it('accepts the token in the body', async () => {
      const token = await tokenOf(hr);
      await hr
        .post('/language')
        .type('form')
        .send(form({ _csrf: token, lang: 'vi', back: '/staff' }))
        .expect(303);
    });

    it('accepts the token in the x-csrf-token header', async () => {
      const token = await tokenOf(hr);
      await hr
        .post('/language')
        .set('x-csrf-token', token)
        .type('form')
        .send(form({ lang: 'vi', back: '/staff' }))
        .expect(303);
    });

    it('refuses the token in the query string', async () => {
      const token = await tokenOf(hr);
      const res = await hr
        .post(`/language?_csrf=${encodeURIComponent(token)}`)
        .type('form')
        .send(form({ lang: 'en', back: '/staff' }));
      expect(res.status).toBe(403);
      expect(res.text).toContain('Phiên làm việc của biểu mẫu đã hết hạn');
    });
  });

  describe('on a multipart import', () => {
    const file = (code: string): Buffer => staffCsv([[code, 'Lý Thị Ngọc', 'Nữ', '', 'TV', '', '']]);

    it('imports when the token is the field before the file', async () => {
      const token = await tokenOf(hr, '/staff/import');
      await hr.post('/staff/import').field('_csrf', token).attach('file', file('CS001'), 'a.csv').expect(200);
      expect(await staffByCode('CS001')).toBe(1);
    });

    it('imports when the token is in the header (the page script sends both)', async () => {
      const token = await tokenOf(hr, '/staff/import');
      await hr.post('/staff/import').set('x-csrf-token', token).attach('file', file('CS002'), 'a.csv').expect(200);
      expect(await staffByCode('CS002')).toBe(1);
    });

    it('refuses the token in the query string and writes nothing', async () => {
      const token = await tokenOf(hr, '/staff/import');
      await hr
        .post(`/staff/import?_csrf=${encodeURIComponent(token)}`)
        .attach('file', file('CS003'), 'a.csv')
        .expect(403);
      expect(await staffByCode('CS003')).toBe(0);
    });

    it('refuses the token sent after the file and writes nothing', async () => {
      const token = await tokenOf(hr, '/staff/import');
      await hr.post('/staff/import').attach('file', file('CS004'), 'a.csv').field('_csrf', token).expect(403);
      expect(await staffByCode('CS004')).toBe(0);
    });

    it('refuses a wrong token and keeps serving', async () => {
      await hr.post('/staff/import').field('_csrf', 'not-a-token').attach('file', file('CS005'), 'a.csv').expect(403);
      expect(await staffByCode('CS005')).toBe(0);
      await hr.get('/staff/import').expect(200);
    });

    it('answers 400, not 500, for a damaged multipart body with a valid token', async () => {
      const token = await tokenOf(hr, '/staff/import');
      const boundary = 'x-boundary';
      const body = `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nMã cán bộ`;
      const res = await hr.post('/staff/import').set('content-type', `multipart/form-data; boundary=${boundary}`).send(body);
      expect(res.status).toBe(400);
    });

    it('answers 403 for a form with fields only and no token, 400 with the token and no file', async () => {
      await hr.post('/staff/import').field('note', 'x').expect(403);
      const token = await tokenOf(hr, '/staff/import');
      await hr.post('/staff/import').field('_csrf', token).expect(400);
    });
  });

  describe('rotation', () => {
    it('a token from before signing in stops working after it', async () => {
      const user = await createUserToken(t, ['viewer']);
      const agent = t.http();
      const before = csrfFrom((await agent.get('/login').expect(200)).text);
      await agent
        .post('/login')
        .type('form')
        .send(form({ _csrf: before, username: user.username, password: 'password-123', next: '/staff' }))
        .expect(303);
      await agent
        .post('/language')
        .type('form')
        .send(form({ _csrf: before, lang: 'vi', back: '/staff' }))
        .expect(403);
      await agent
        .post('/language')
        .type('form')
        .send(form({ _csrf: await tokenOf(agent), lang: 'vi', back: '/staff' }))
        .expect(303);
    });

    it('a token from before signing out stops working after it', async () => {
      const user = await createUserToken(t, ['viewer']);
      const agent = await signInThroughForm(t, user.username, 'password-123');
      const before = await tokenOf(agent);
      await agent
        .post('/logout')
        .type('form')
        .send(form({ _csrf: before }))
        .expect(303);
      await agent
        .post('/language')
        .type('form')
        .send(form({ _csrf: before, lang: 'vi', back: '/login' }))
        .expect(403);
    });
  });
});
