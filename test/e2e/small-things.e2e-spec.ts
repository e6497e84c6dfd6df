import type request from 'supertest';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { ADMIN_PASSWORD, bearer, createTestApp, type TestApp } from '../support/test-app.js';

/** Issue 8, item 13: the small things that erode trust, each through the pages or the API. */

const csrfFrom = (html: string): string => {
  const match = /name="_csrf" value="([^"]+)"/u.exec(html);
  if (!match) {
    throw new Error('no CSRF field on the page');
  }
  return match[1];
};

async function signIn(t: TestApp, username: string, password: string): Promise<request.Agent> {
  const agent = t.http();
  const login = await agent.get('/login').expect(200);
  await agent
    .post('/login')
    .type('form')
    .send(new URLSearchParams({ _csrf: csrfFrom(login.text), username, password, next: '/staff' }).toString())
    .expect(303);
  return agent;
}

describe('small things (issue 8, item 13)', () => {
  let t: TestApp;
  let admin: request.Agent;
  let unit: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, 'admin', ADMIN_PASSWORD);
    unit = await createUnit(t, { name: 'Thư viện tỉnh', code: 'TV-SMALL' });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  }, 60_000);

  it('says "(không bắt buộc)" with one pair of brackets, on plain and entry forms', async () => {
    const form = await admin.get('/staff/new').expect(200);
    expect(form.text).toContain('<span class="hint">(không bắt buộc)</span>');
    const staff = await createStaff(t, { unitId: unit.id });
    const profile = await admin.get(`/staff/${staff.id}/history`).expect(200);
    expect(profile.text).toContain('(không bắt buộc)');
    for (const page of [form.text, profile.text]) {
      expect(page).not.toContain('((');
    }
  });

  it('ranks a search: whole words as typed first, then with the same diacritics, then folded', async () => {
    const names = ['Lê Thị Nhung', 'Phùng Văn Bình', 'Trần Văn Hưng', 'Nguyễn Văn Hùng', 'Đỗ Hùng Anh'];
    for (const fullName of names) {
      await createStaff(t, { unitId: unit.id, fullName });
    }
    const res = await t.http().get('/api/staff?q=Hùng').set(bearer(t.adminToken)).expect(200);
    const found = (res.body.items as Array<{ fullName: string }>).map((s) => s.fullName);
    // Exact words in name order (Anh before Hùng as given names), then Phùng, then the folded matches.
    expect(found).toEqual(['Đỗ Hùng Anh', 'Nguyễn Văn Hùng', 'Phùng Văn Bình', 'Trần Văn Hưng', 'Lê Thị Nhung']);
    expect(res.body.total).toBe(5);
    // Case does not matter, on both databases (PGlite's lower() leaves "Đ" alone: the rank does not use it).
    const upper = await t.http().get('/api/staff?q=%C4%90%E1%BB%96').set(bearer(t.adminToken)).expect(200);
    expect((upper.body.items as Array<{ fullName: string }>)[0].fullName).toBe('Đỗ Hùng Anh');
    // The page shows the same order.
    const page = await admin.get('/staff?q=H%C3%B9ng').expect(200);
    const order = names.map((name) => page.text.indexOf(name));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order[3]).toBeLessThan(order[1]);
    expect(order[1]).toBeLessThan(order[0]);
  });

  it('after a refused submit, the error summary lists each error as a link to its field, named by its label', async () => {
    const form = await admin.get('/staff/new').expect(200);
    const res = await admin
      .post('/staff/new')
      .type('form')
      .send(new URLSearchParams({ _csrf: csrfFrom(form.text), code: '', fullName: '', gender: 'male', unitId: unit.id }).toString())
      .expect(400);
    expect(res.text).toContain('<div class="error-summary" tabindex="-1" autofocus>');
    expect(res.text).toContain('<a href="#code" data-error-for="code">Mã cán bộ: Chỉ dùng chữ không dấu, số, dấu chấm, gạch ngang.</a>');
    expect(res.text).toContain('<a href="#fullName" data-error-for="fullName">Họ và tên: Không được để trống.</a>');
    // The summary comes before the fields, and the script that focuses it is a file (the CSP allows no inline script).
    expect(res.text.indexOf('error-summary')).toBeLessThan(res.text.indexOf('<input id="code"'));
    expect(res.text).toContain('<script src="/assets/error-summary.js" defer></script>');
    const script = await t.http().get('/assets/error-summary.js').expect(200);
    expect(script.text).toContain('.focus()');
  });

  it('on an entry form of the profile too, the links lead to the fields of that form', async () => {
    const staff = await createStaff(t, { unitId: unit.id });
    const profile = await admin.get(`/staff/${staff.id}/history`).expect(200);
    const res = await admin
      .post(`/staff/${staff.id}/history/disciplines`)
      .type('form')
      .send(new URLSearchParams({ _csrf: csrfFrom(profile.text), level: '', from: '' }).toString())
      .expect(400);
    expect(res.text).toMatch(/<a href="#discipline-from" data-error-for="discipline-from">[^<]+: [^<]+<\/a>/u);
  });

  it('shows the unverified settings to admins and council secretaries only', async () => {
    const path = '/eligibility?awardType=CSTDCS&year=2025&filter=all';
    await expect(admin.get(path).expect(200)).resolves.toMatchObject({ text: expect.stringContaining('Thiết lập chưa xác minh') });
    const secretary = await createUserToken(t, ['council_secretary']);
    const viewer = await createUserToken(t, ['viewer']);
    const asSecretary = await (await signIn(t, secretary.username, 'password-123')).get(path).expect(200);
    expect(asSecretary.text).toContain('Thiết lập chưa xác minh');
    const asViewer = await (await signIn(t, viewer.username, 'password-123')).get(path).expect(200);
    expect(asViewer.text).toContain('rules-legend');
    expect(asViewer.text).not.toContain('Thiết lập chưa xác minh');
  });

  it('shows discipline details to admins, HR and the person’s managers only (Decree 13/2023), on pages and API', async () => {
    const other = await createUnit(t, { name: 'Phòng khác', code: 'TV-OTHER' });
    const staff = await createStaff(t, { unitId: unit.id, fullName: 'Vũ Thị Lan' });
    await t
      .http()
      .post(`/api/staff/${staff.id}/disciplines`)
      .set(bearer(t.adminToken))
      .send({ level: 'warning', from: '2024-03-01' })
      .expect(201);
    const hr = await createUserToken(t, ['hr_officer']);
    const manager = await createUserToken(t, ['manager'], [unit.id]);
    const otherManager = await createUserToken(t, ['manager'], [other.id]);
    const viewer = await createUserToken(t, ['viewer']);
    const secretary = await createUserToken(t, ['council_secretary']);
    for (const reader of [hr, manager]) {
      const list = await t.http().get(`/api/staff/${staff.id}/disciplines`).set(bearer(reader.token)).expect(200);
      expect(list.body).toEqual([expect.objectContaining({ level: 'warning', from: '2024-03-01' })]);
    }
    // Another unit's manager does not reach the person at all; viewers and secretaries reach the rest of the history.
    await t.http().get(`/api/staff/${staff.id}/history`).set(bearer(otherManager.token)).expect(403);
    for (const reader of [viewer, secretary]) {
      await t.http().get(`/api/staff/${staff.id}/disciplines`).set(bearer(reader.token)).expect(403);
      const history = await t.http().get(`/api/staff/${staff.id}/history`).set(bearer(reader.token)).expect(200);
      expect(history.body.disciplines).toEqual([]);
      const page = await (await signIn(t, reader.username, 'password-123')).get(`/staff/${staff.id}/history`).expect(200);
      expect(page.text).toContain('Thông tin kỷ luật là dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP)');
      expect(page.text).not.toContain('01/03/2024');
    }
    const asManager = await (await signIn(t, manager.username, 'password-123')).get(`/staff/${staff.id}/history`).expect(200);
    expect(asManager.text).toContain('01/03/2024');
    expect(asManager.text).not.toContain('Nghị định 13/2023');
  });

  it('heads error pages in words: "Không có quyền truy cập (403)", "Không tìm thấy (404)"', async () => {
    const viewer = await createUserToken(t, ['viewer']);
    const agent = await signIn(t, viewer.username, 'password-123');
    const forbidden = await agent.get('/staff/new').expect(403);
    expect(forbidden.text).toContain('<h1>Không có quyền truy cập (403)</h1>');
    expect(forbidden.text).toContain('<title>Không có quyền truy cập (403) ·');
    expect(forbidden.text).not.toContain('Có lỗi 403');
    const missing = await agent.get('/staff/00000000-0000-4000-8000-000000000000').expect(404);
    expect(missing.text).toContain('<h1>Không tìm thấy (404)</h1>');
  });
});
