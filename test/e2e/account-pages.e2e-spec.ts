import type request from 'supertest';
import { createUserToken } from '../factories/index.js';
import { ADMIN_PASSWORD, bearer, createTestApp, type TestApp } from '../support/test-app.js';
import { totpCode } from '../../src/auth/two-factor/totp.js';

/** The CSRF token a page put in its forms' hidden field. */
const csrfFrom = (html: string): string => {
  const match = /name="_csrf" value="([^"]+)"/u.exec(html);
  if (!match) {
    throw new Error('no CSRF field on the page');
  }
  return match[1];
};

const decode = (html: string): string =>
  html
    .replace(/&#x3D;/gu, '=')
    .replace(/&amp;/gu, '&')
    .replace(/&#x2F;/gu, '/');

/** Signs in through the login page, as a browser does; the agent keeps the cookies. */
async function signIn(t: TestApp, username: string, password: string): Promise<request.Agent> {
  const agent = t.http();
  const login = await agent.get('/login').expect(200);
  await agent
    .post('/login')
    .type('form')
    .send({ _csrf: csrfFrom(login.text), username, password, next: '/staff' })
    .expect(303)
    .expect('Location', '/staff');
  return agent;
}

/** Posts a page form with the token of the page it came from. */
async function submit(
  agent: request.Agent,
  pagePath: string,
  action: string,
  fields: Record<string, string>,
  status: number,
  location?: string,
): Promise<request.Response> {
  const page = await agent.get(pagePath).expect(200);
  const res = await agent
    .post(action)
    .type('form')
    .send({ _csrf: csrfFrom(page.text), ...fields })
    .expect(status);
  if (location !== undefined) {
    expect(res.headers.location).toBe(location);
  }
  return res;
}

/** The account pages, in Vietnamese (the default), through HTTP only: forms, CSRF, redirects. */
describe('account pages', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  }, 60_000);

  it('changes one’s own password: the CSRF token is required, the confirmation must match, then the session goes on', async () => {
    const user = await createUserToken(t, ['viewer']);
    const agent = await signIn(t, user.username, 'password-123');
    const account = await agent.get('/account').expect(200);
    expect(account.text).toContain('Tài khoản của tôi');
    expect(account.text).toContain('Chưa bật');

    await agent
      .post('/account/password')
      .type('form')
      .send({ currentPassword: 'password-123', newPassword: 'trang-moi-123', confirmPassword: 'trang-moi-123' })
      .expect(403);
    const mismatch = await submit(
      agent,
      '/account/password',
      '/account/password',
      {
        currentPassword: 'password-123',
        newPassword: 'trang-moi-123',
        confirmPassword: 'trang-moi-124',
      },
      400,
    );
    expect(mismatch.text).toContain('Không khớp với mật khẩu mới.');
    const wrong = await submit(
      agent,
      '/account/password',
      '/account/password',
      {
        currentPassword: 'sai-roi',
        newPassword: 'trang-moi-123',
        confirmPassword: 'trang-moi-123',
      },
      400,
    );
    expect(wrong.text).toContain('Mật khẩu hiện tại không đúng.');

    await submit(
      agent,
      '/account/password',
      '/account/password',
      {
        currentPassword: 'password-123',
        newPassword: 'trang-moi-123',
        confirmPassword: 'trang-moi-123',
      },
      303,
      '/account?saved=1',
    );
    // The same browser stays signed in with its new session; the old API token does not.
    expect((await agent.get('/account?saved=1').expect(200)).text).toContain('Đã lưu.');
    await t.http().get('/api/auth/me').set(bearer(user.token)).expect(401);
    await signIn(t, user.username, 'trang-moi-123');
  });

  it('sends an account whose new password an admin required to the password page, whatever it opens', async () => {
    const user = await createUserToken(t, ['hr_officer']);
    const agent = await signIn(t, user.username, 'password-123');
    await t.http().patch(`/api/users/${user.id}`).set(bearer(t.adminToken)).send({ mustChangePassword: true }).expect(200);
    await agent.get('/staff').expect(303).expect('Location', '/account/password');
    const page = await agent.get('/account/password').expect(200);
    expect(page.text).toContain('Quản trị viên yêu cầu bạn đặt mật khẩu mới.');
    await submit(
      agent,
      '/account/password',
      '/account/password',
      {
        currentPassword: 'password-123',
        newPassword: 'da-doi-roi-1',
        confirmPassword: 'da-doi-roi-1',
      },
      303,
    );
    await agent.get('/staff').expect(200);
  });

  it('lets an admin make a reset link on the user page; the link sets a password once, without signing in', async () => {
    const user = await createUserToken(t, ['viewer']);
    const admin = await signIn(t, 'admin', ADMIN_PASSWORD);
    const made = await submit(admin, `/users/${user.id}/edit`, `/users/${user.id}/reset-link`, {}, 200);
    const url = /data-reset-link>([^<]+)</u.exec(made.text)?.[1];
    expect(url).toBeDefined();
    const path = new URL(decode(url!)).pathname;
    expect(path).toMatch(/^\/account\/reset\//u);

    const visitor = t.http();
    const form = await visitor.get(path).expect(200);
    expect(form.text).toContain(`Đặt mật khẩu mới cho tài khoản ${user.username}`);
    const short = await visitor
      .post(path)
      .type('form')
      .send({ _csrf: csrfFrom(form.text), newPassword: 'ngan', confirmPassword: 'ngan' })
      .expect(400);
    expect(short.text).toContain('Mật khẩu cần ít nhất 8 ký tự.');
    await visitor
      .post(path)
      .type('form')
      .send({ _csrf: csrfFrom(form.text), newPassword: 'qua-lien-ket-1', confirmPassword: 'qua-lien-ket-1' })
      .expect(303)
      .expect('Location', '/login?saved=reset');
    expect((await visitor.get('/login?saved=reset').expect(200)).text).toContain('Đã đặt mật khẩu mới. Vui lòng đăng nhập.');
    const used = await visitor.get(path).expect(410);
    expect(used.text).toContain('Liên kết này không còn dùng được');
    await signIn(t, user.username, 'qua-lien-ket-1');
  });

  it('sets up the second factor on the page, shows the recovery codes once, then asks for a code at sign-in', async () => {
    const user = await createUserToken(t, ['viewer']);
    const agent = await signIn(t, user.username, 'password-123');
    await submit(agent, '/account/two-factor', '/account/two-factor/setup', {}, 303, '/account/two-factor');
    const shown = await agent.get('/account/two-factor').expect(200);
    const secret = /data-secret>([A-Z2-7]+)</u.exec(shown.text)?.[1];
    expect(secret).toBeDefined();
    expect(decode(shown.text)).toContain(`otpauth://totp/`);

    const wrong = await submit(agent, '/account/two-factor', '/account/two-factor/enable', { code: '000000' }, 400);
    expect(wrong.text).toContain('Mã không khớp.');
    const enabled = await submit(agent, '/account/two-factor', '/account/two-factor/enable', { code: totpCode(secret!, Date.now()) }, 200);
    const codes = [...enabled.text.matchAll(/<li><code>([0-9a-z-]{19})<\/code><\/li>/gu)].map((m) => m[1]);
    expect(codes).toHaveLength(10);
    // Not shown again.
    expect((await agent.get('/account/two-factor').expect(200)).text).not.toContain(codes[0]);

    const browser = t.http();
    const login = await browser.get('/login').expect(200);
    const step = await browser
      .post('/login')
      .type('form')
      .send({ _csrf: csrfFrom(login.text), username: user.username, password: 'password-123', next: '/eligibility' })
      .expect(200);
    expect(step.text).toContain('Xác thực hai bước');
    const ticket = /name="ticket" value="([^"]+)"/u.exec(step.text)![1];
    const refused = await browser
      .post('/login/code')
      .type('form')
      .send({ _csrf: csrfFrom(step.text), ticket, code: '000000', next: '/eligibility' })
      .expect(401);
    expect(refused.text).toContain('Mã xác thực không đúng');
    // A forged ticket is not a session, nor a way past the password.
    await browser.get('/staff').expect(303);
    await browser
      .post('/login/code')
      .type('form')
      .send({ _csrf: csrfFrom(refused.text), ticket: decode(ticket), code: codes[0], next: '/eligibility' })
      .expect(303)
      .expect('Location', '/eligibility');
    await browser.get('/staff').expect(200);
  });
});
