import type request from 'supertest';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { ADMIN_PASSWORD, bearer, createTestApp, type TestApp } from '../support/test-app.js';

/** The CSRF token a page put in its forms' hidden field. */
const csrfFrom = (html: string): string => {
  const match = /name="_csrf" value="([^"]+)"/u.exec(html);
  if (!match) {
    throw new Error('no CSRF field on the page');
  }
  return match[1];
};

/** The address of the pager's rel="prev"/"next" link, as the browser reads it (entities decoded). */
const linkHref = (html: string, rel: 'prev' | 'next'): string | null => {
  const match = new RegExp(`<a href="([^"]+)" rel="${rel}">`, 'u').exec(html);
  return match ? match[1].replace(/&#x3D;/gu, '=').replace(/&amp;/gu, '&') : null;
};

/** A form body as a browser encodes it: a repeated name for several ticked boxes. */
const form = (fields: Record<string, string | string[]>): string => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      params.append(name, item);
    }
  }
  return params.toString();
};

/** Signs in through the login page, as a browser does; the agent keeps the cookies. */
async function signIn(t: TestApp, username: string, password: string): Promise<request.Agent> {
  const agent = t.http();
  const login = await agent.get('/login').expect(200);
  await agent
    .post('/login')
    .type('form')
    .send(form({ _csrf: csrfFrom(login.text), username, password, next: '/staff' }))
    .expect(303)
    .expect('Location', '/staff');
  return agent;
}

/** Posts a page form with the token of the page it came from. */
async function submit(
  agent: request.Agent,
  pagePath: string,
  action: string,
  fields: Record<string, string | string[]>,
): Promise<request.Response> {
  const page = await agent.get(pagePath).expect(200);
  return agent
    .post(action)
    .type('form')
    .send(form({ _csrf: csrfFrom(page.text), ...fields }));
}

const countStaff = async (t: TestApp, code: string): Promise<number> =>
  ((await t.dataSource.query('SELECT count(*)::int AS n FROM staff WHERE code = $1', [code])) as Array<{ n: number }>)[0].n;

describe('pages', () => {
  let t: TestApp;
  let admin: request.Agent;
  let unit: { id: string; name: string };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signIn(t, 'admin', ADMIN_PASSWORD);
    unit = await createUnit(t, { name: 'Thư viện tỉnh', code: 'TV-PAGES' });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  }, 60_000);

  it('sends a visitor without a session to the login page, then back', async () => {
    const res = await t.http().get('/staff?q=an').expect(303);
    expect(res.headers.location).toBe(`/login?next=${encodeURIComponent('/staff?q=an')}`);
  });

  describe('staff list', () => {
    it('shows Vietnamese names and escapes what people typed', async () => {
      await createStaff(t, { unitId: unit.id, code: 'XSS1', fullName: '<script>alert(1)</script> Văn An', dateOfBirth: '1985-03-21' });
      await createStaff(t, { unitId: unit.id, code: 'VN1', fullName: 'Nguyễn Thị Hoà', gender: 'female' });
      const res = await admin.get('/staff').expect(200);
      expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Văn An');
      expect(res.text).not.toContain('<script>alert(1)');
      expect(res.text).toContain('Nguyễn Thị Hoà');
      expect(res.text).toContain('21/03/1985');
      expect(res.text).toContain('<html lang="vi">');
      expect(res.text).toContain('Thêm cán bộ');
    });

    it('finds people without diacritics and keeps the search in the box', async () => {
      const res = await admin.get('/staff?q=nguyen%20thi').expect(200);
      expect(res.text).toContain('Nguyễn Thị Hoà');
      expect(res.text).not.toContain('Văn An');
      expect(res.text).toContain('value="nguyen thi"');
      expect(res.text).toContain('Trang 1/1 · 1 bản ghi');
    });

    it('filters by unit, including sub-units', async () => {
      const department = await createUnit(t, { name: 'Phòng Nghiệp vụ', code: 'NV-PAGES', parentId: unit.id });
      const other = await createUnit(t, { name: 'Bảo tàng', code: 'BT-PAGES' });
      await createStaff(t, { unitId: department.id, code: 'DEP1', fullName: 'Trần Văn Bình' });
      await createStaff(t, { unitId: other.id, code: 'OTH1', fullName: 'Lê Văn Cường' });
      const res = await admin.get(`/staff?unitId=${unit.id}`).expect(200);
      expect(res.text).toContain('Trần Văn Bình');
      expect(res.text).not.toContain('Lê Văn Cường');
      // The sub-unit by its name first (the browser's type-ahead reaches it), then the units above it.
      expect(res.text).toContain(
        `<option value="${department.id}" title="${unit.name} › Phòng Nghiệp vụ">Phòng Nghiệp vụ (${unit.name})</option>`,
      );
    });

    it('pages with links that keep the filters', async () => {
      const res = await admin.get(`/staff?unitId=${unit.id}&pageSize=1&page=2`).expect(200);
      expect(res.text).toContain('Trang 2/3 · 3 bản ghi');
      expect(linkHref(res.text, 'prev')).toBe(`/staff?unitId=${unit.id}&pageSize=1&page=1`);
      expect(linkHref(res.text, 'next')).toBe(`/staff?unitId=${unit.id}&pageSize=1&page=3`);
    });

    it('shows the list with the defaults when the address has a bad value', async () => {
      const res = await admin.get('/staff?page=abc&unitId=not-a-uuid').expect(200);
      expect(res.text).toContain('Trang 1/1');
      expect(res.text).toContain('Nguyễn Thị Hoà');
    });
  });

  describe('staff forms', () => {
    const valid = (code: string): Record<string, string> => ({
      code,
      fullName: '  Phạm   Thị Mai ',
      gender: 'female',
      dateOfBirth: '1990-07-15',
      unitId: unit.id,
      position: 'Thủ thư',
      startedOn: '',
    });

    it('refuses a form posted without the CSRF token and writes nothing', async () => {
      const res = await admin
        .post('/staff/new')
        .type('form')
        .send(form(valid('CSRF1')))
        .expect(403);
      expect(res.text).toContain('Phiên làm việc của biểu mẫu đã hết hạn');
      expect(await countStaff(t, 'CSRF1')).toBe(0);
    });

    it('shows the date error beside Ngày sinh, keeps what was typed, and writes nothing', async () => {
      const res = await submit(admin, '/staff/new', '/staff/new', { ...valid('DATE1'), dateOfBirth: '2023-02-30' });
      expect(res.status).toBe(400);
      expect(res.text).toContain('<p class="field-error" id="dateOfBirth-error">2023-02-30: tháng 2 năm 2023 không có ngày 30.</p>');
      expect(res.text).toMatch(
        /<input id="dateOfBirth" name="dateOfBirth" type="text" inputmode="text" autocomplete="off" value="2023-02-30"[^>]*aria-invalid="true" aria-describedby="dateOfBirth-error">/u,
      );
      expect(res.text).toContain('value="DATE1"');
      expect(res.text).toContain('Vui lòng sửa các lỗi được đánh dấu bên dưới.');
      expect(await countStaff(t, 'DATE1')).toBe(0);
    });

    it('shows a used code beside Mã cán bộ (409)', async () => {
      const res = await submit(admin, '/staff/new', '/staff/new', valid('VN1'));
      expect(res.status).toBe(409);
      expect(res.text).toContain('<p class="field-error" id="code-error">Giá trị này đã được dùng.</p>');
      expect(await countStaff(t, 'VN1')).toBe(1);
    });

    it('creates a staff member, audited, and shows the record', async () => {
      const res = await submit(admin, '/staff/new', '/staff/new', valid('NEW1'));
      expect(res.status).toBe(303);
      const [row] = (await t.dataSource.query(
        `SELECT id, full_name AS "fullName", gender, date_of_birth AS "dateOfBirth", position, started_on AS "startedOn", status FROM staff WHERE code = 'NEW1'`,
      )) as Array<Record<string, string | null>>;
      expect(row).toMatchObject({
        fullName: 'Phạm Thị Mai',
        gender: 'female',
        dateOfBirth: '1990-07-15',
        position: 'Thủ thư',
        startedOn: null,
        status: 'active',
      });
      expect(res.headers.location).toBe(`/staff/${row.id}?saved=1`);
      const audit = (await t.dataSource.query(
        `SELECT action, actor_name AS "actorName" FROM audit_log WHERE entity = 'staff' AND entity_id = $1`,
        [row.id],
      )) as unknown[];
      expect(audit).toEqual([{ action: 'create', actorName: 'admin' }]);

      const detail = await admin.get(res.headers.location as string).expect(200);
      expect(detail.text).toContain('Đã lưu.');
      expect(detail.text).toContain('15/07/1990');
      expect(detail.text).toContain('Thư viện tỉnh');
      expect(detail.text).toContain(`href="/audit?entity=staff&amp;entityId=${row.id}"`);
    });

    it('marks a staff member as left through the edit form', async () => {
      const staff = await createStaff(t, { unitId: unit.id, code: 'EDIT1', fullName: 'Đỗ Văn Hùng' });
      const editPath = `/staff/${staff.id}/edit`;
      const page = await admin.get(editPath).expect(200);
      expect(page.text).toContain('value="Đỗ Văn Hùng"');
      const res = await submit(admin, editPath, editPath, {
        ...valid('EDIT1'),
        fullName: 'Đỗ Văn Hùng',
        gender: 'male',
        status: 'left',
        leftOn: '2025-12-31',
      });
      expect(res.status).toBe(303);
      const [row] = (await t.dataSource.query(`SELECT status, left_on AS "leftOn", position FROM staff WHERE id = $1`, [
        staff.id,
      ])) as unknown[];
      expect(row).toEqual({ status: 'left', leftOn: '2025-12-31', position: 'Thủ thư' });
      const detail = await admin.get(`/staff/${staff.id}`).expect(200);
      expect(detail.text).toContain('Đã nghỉ');
      expect(detail.text).toContain('31/12/2025');
    });
  });

  describe('roles', () => {
    it('does not let a viewer open the staff form, nor shows them its button', async () => {
      const viewer = await createUserToken(t, ['viewer']);
      const agent = await signIn(t, viewer.username, 'password-123');
      const res = await agent.get('/staff/new').expect(403);
      expect(res.text).toContain('Vai trò của bạn không được phép thực hiện thao tác này.');
      const list = await agent.get('/staff').expect(200);
      expect(list.text).not.toContain('Thêm cán bộ');
      await agent.get('/units').expect(403);
      await agent.get('/audit').expect(403);
    });
  });

  describe('language', () => {
    it('switches the pages to English for this browser', async () => {
      const agent = await signIn(t, 'admin', ADMIN_PASSWORD);
      const res = await submit(agent, '/staff', '/language', { lang: 'en', back: '/staff' });
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/staff');
      const page = await agent.get('/staff').expect(200);
      expect(page.text).toContain('<html lang="en">');
      expect(page.text).toContain('Add staff member');
      expect(page.text).toContain('Page 1 of 1');
      const invalid = await submit(agent, '/staff/new', '/staff/new', {
        code: 'EN1',
        fullName: 'X',
        gender: 'male',
        unitId: unit.id,
        dateOfBirth: '2023-02-30',
      });
      expect(invalid.text).toContain('2023-02-30: month 2 of 2023 has no day 30.');
    });
  });

  describe('admin pages', () => {
    it('adds a unit under a parent and shows it indented in the tree', async () => {
      const res = await submit(admin, '/units', '/units', { name: 'Phòng  Hành chính', code: 'HC-PAGES', parentId: unit.id });
      expect(res.status).toBe(303);
      const [row] = (await t.dataSource.query(`SELECT name, parent_id AS "parentId" FROM units WHERE code = 'HC-PAGES'`)) as unknown[];
      expect(row).toEqual({ name: 'Phòng Hành chính', parentId: unit.id });
      const page = await admin.get('/units?saved=1').expect(200);
      const [{ id }] = (await t.dataSource.query(`SELECT id FROM units WHERE code = 'HC-PAGES'`)) as Array<{ id: string }>;
      expect(page.text).toContain(`<td data-label="Tên đơn vị" class="tree-1"><a href="/units/${id}">Phòng Hành chính</a></td>`);
    });

    it('adds a top-level unit, and refuses a used code beside the field', async () => {
      const res = await submit(admin, '/units', '/units', { name: 'Nhà hát', code: 'NH-PAGES', parentId: '' });
      expect(res.status).toBe(303);
      const duplicate = await submit(admin, '/units', '/units', { name: 'Nhà hát 2', code: 'NH-PAGES', parentId: '' });
      expect(duplicate.status).toBe(409);
      expect(duplicate.text).toContain('<p class="field-error" id="code-error">');
      expect(await t.dataSource.query(`SELECT parent_id AS "parentId" FROM units WHERE code = 'NH-PAGES'`)).toEqual([{ parentId: null }]);
    });

    it('does not offer a unit or its sub-units as its own new parent', async () => {
      const page = await admin.get(`/units/${unit.id}/edit`).expect(200);
      expect(page.text).not.toContain(`<option value="${unit.id}"`);
      expect(page.text).toContain('>Bảo tàng</option>');
      expect(page.text).not.toContain('Phòng Nghiệp vụ</option>');
    });

    it('adds an issuer with no parent body and edits it', async () => {
      const fields = {
        name: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
        parentName: '',
        symbol: 'SVHTTDL',
        place: 'Vĩnh Phúc',
        signerTitle: 'GIÁM ĐỐC',
        signerName: 'Nguyễn Văn A',
      };
      expect((await submit(admin, '/issuers', '/issuers', fields)).status).toBe(303);
      const [issuer] = (await t.dataSource.query(`SELECT id, parent_name AS "parentName" FROM issuers WHERE symbol = 'SVHTTDL'`)) as Array<{
        id: string;
        parentName: string | null;
      }>;
      expect(issuer.parentName).toBeNull();
      const editPath = `/issuers/${issuer.id}/edit`;
      const bad = await submit(admin, editPath, editPath, { ...fields, symbol: 'svh ttdl' });
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('<p class="field-error" id="symbol-error">');
      expect((await submit(admin, editPath, editPath, { ...fields, parentName: 'UBND TỈNH VĨNH PHÚC' })).status).toBe(303);
      expect(await t.dataSource.query(`SELECT parent_name AS "parentName" FROM issuers WHERE id = $1`, [issuer.id])).toEqual([
        { parentName: 'UBND TỈNH VĨNH PHÚC' },
      ]);
      expect((await admin.get('/issuers').expect(200)).text).toContain('UBND TỈNH VĨNH PHÚC');
    });

    it('adds a user with one role and one unit (single checkbox values), then deactivates them', async () => {
      const res = await submit(admin, '/users', '/users', {
        username: 'hoa.le',
        fullName: 'Lê Thị Hoa',
        password: 'password-123',
        roles: 'hr_officer',
        unitIds: unit.id,
        locale: 'vi',
      });
      expect(res.status).toBe(303);
      const [user] = (await t.dataSource.query(`SELECT id, roles, active FROM users WHERE username = 'hoa.le'`)) as Array<{
        id: string;
        roles: string[];
        active: boolean;
      }>;
      expect(user).toMatchObject({ roles: ['hr_officer'], active: true });
      expect(await t.dataSource.query('SELECT unit_id AS "unitId" FROM user_units WHERE user_id = $1', [user.id])).toEqual([
        { unitId: unit.id },
      ]);
      const list = await admin.get('/users').expect(200);
      expect(list.text).toContain('<td data-label="Vai trò">Cán bộ tổ chức</td>');
      expect(list.text).toContain('<td data-label="Giới hạn trong đơn vị">Thư viện tỉnh</td>');

      const editPath = `/users/${user.id}/edit`;
      const edit = await submit(admin, editPath, editPath, {
        fullName: 'Lê Thị Hoa',
        roles: ['hr_officer', 'manager'],
        password: '',
        locale: 'en',
      });
      expect(edit.status).toBe(303);
      expect(await t.dataSource.query(`SELECT roles, active, locale FROM users WHERE id = $1`, [user.id])).toEqual([
        { roles: ['hr_officer', 'manager'], active: false, locale: 'en' },
      ]);
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM user_units WHERE user_id = $1', [user.id])).toEqual([{ n: 0 }]);
    });

    it('asks for a role and a long enough password beside the fields', async () => {
      const res = await submit(admin, '/users', '/users', {
        username: 'no.role',
        fullName: 'Không Vai Trò',
        password: 'short',
        locale: 'vi',
      });
      expect(res.status).toBe(400);
      expect(res.text).toContain('<p class="field-error" id="roles-error">Chọn ít nhất một mục.</p>');
      expect(res.text).toContain('<p class="field-error" id="password-error">Mật khẩu cần ít nhất 8 ký tự.</p>');
      expect(res.text).not.toContain('value="short"');
      expect(await t.dataSource.query(`SELECT id FROM users WHERE username = 'no.role'`)).toEqual([]);
    });

    it('shows the history of a record, newest first, with what changed', async () => {
      const staff = await createStaff(t, { unitId: unit.id, code: 'HIST1', fullName: 'Vũ Thị Lan' });
      await t.http().patch(`/api/staff/${staff.id}`).set(bearer(t.adminToken)).send({ position: 'Phó phòng' }).expect(200);
      const page = await admin.get(`/audit?entity=staff&entityId=${staff.id}`).expect(200);
      expect(page.text).toContain('Trang 1/1 · 2 bản ghi');
      const update = page.text.indexOf('<td data-label="Thao tác">Sửa</td>');
      const create = page.text.indexOf('<td data-label="Thao tác">Thêm mới</td>');
      expect(update).toBeGreaterThan(0);
      expect(create).toBeGreaterThan(update);
      expect(page.text).toContain('<li><span class="field-name" title="position">Chức vụ</span>: <ins>Phó phòng</ins></li>');
      expect(page.text).toMatch(/<time>\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}<\/time>/u);
      const empty = await admin.get('/audit?entity=&entityId=').expect(200);
      expect(empty.text).toContain('HIST1');
    });
  });
});
