import type request from 'supertest';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { ADMIN_PASSWORD, bearer, createTestApp, type TestApp } from '../support/test-app.js';

/** "dd/mm/yyyy" of a day in Vietnam's time, as the audit page's date filter takes it. */
const vietnamDay = (offsetDays: number): string => {
  const day = new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000);
  return `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()}`;
};

/**
 * Finding one's way (issue 8 item 7): the menu marks the current page, breadcrumbs on the pages,
 * saved entries come back to their form, the catalogue and base-salary admin pages; and the audit
 * log an inspector can read (item 10).
 */
describe('navigation, admin pages and the readable audit log', () => {
  let t: TestApp;
  let admin: request.Agent;
  let library: { id: string; name: string };
  let reading: { id: string; name: string };

  /** Posts a form with the token of the page it sits on. */
  const submit = async (agent: request.Agent, pagePath: string, action: string, fields: Record<string, string | string[]>) => {
    const page = await agent.get(pagePath).expect(200);
    return agent
      .post(action)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), ...fields });
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
    library = await createUnit(t, { name: 'Thư viện tỉnh', code: 'TV-NAV' });
    reading = await createUnit(t, { name: 'Phòng Đọc', code: 'PD-NAV', parentId: library.id });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  }, 60_000);

  describe('menu and breadcrumbs', () => {
    it('marks the current page in the menu, and its section on the pages below it', async () => {
      const list = await admin.get('/staff').expect(200);
      expect(list.text).toContain('<a href="/staff" aria-current="page" class="current">Cán bộ, viên chức</a>');
      expect(list.text).toContain('<a href="/eligibility">Xét điều kiện</a>');
      const person = await createStaff(t, { unitId: reading.id, code: 'NAV-1', fullName: 'Đỗ Thị Dung' });
      const history = await admin.get(`/staff/${person.id}/history`).expect(200);
      expect(history.text).toContain('<a href="/staff" aria-current="true" class="current">Cán bộ, viên chức</a>');
      // The history import, linked from nowhere before, is in the menu; the staff import is not the current page there.
      const imports = await admin.get('/history/import').expect(200);
      expect(imports.text).toContain('<a href="/history/import" aria-current="page" class="current">Nhập lịch sử khen thưởng</a>');
      expect(imports.text).toContain('<a href="/staff/import">Nhập từ tệp</a>');
    });

    it('shows the trail from the home page to the page, each step a link but the page itself', async () => {
      const person = await createStaff(t, { unitId: reading.id, code: 'NAV-2', fullName: 'Phan Văn Bảo' });
      const history = await admin.get(`/staff/${person.id}/history`).expect(200);
      expect(history.text).toContain(
        `<nav class="breadcrumbs" aria-label="Vị trí trang">\n      <ol><li><a href="/">Trang chủ</a></li><li><a href="/staff">Cán bộ, viên chức</a></li>` +
          `<li><a href="/staff/${person.id}">Phan Văn Bảo</a></li><li><span aria-current="page">Quá trình thi đua, khen thưởng: Phan Văn Bảo</span></li></ol>`,
      );
      const edit = await admin.get(`/staff/${person.id}/edit`).expect(200);
      expect(edit.text).toContain(`<li><a href="/staff/${person.id}">Phan Văn Bảo</a></li><li><span aria-current="page">`);
      const units = await admin.get(`/units/${reading.id}/edit`).expect(200);
      expect(units.text).toContain('<li><a href="/">Trang chủ</a></li><li><a href="/units">Đơn vị</a></li><li><span aria-current="page">');
      const audit = await admin.get('/audit').expect(200);
      expect(audit.text).toContain('<ol><li><a href="/">Trang chủ</a></li><li><span aria-current="page">Nhật ký thay đổi</span></li></ol>');
      // A refused form keeps its trail (rendered by renderPage, not @Render).
      const refused = await submit(admin, `/staff/${person.id}/edit`, `/staff/${person.id}/edit`, { gender: 'x' });
      expect(refused.status).toBe(400);
      expect(refused.text).toContain('<li><a href="/staff">Cán bộ, viên chức</a></li>');
      // The login page has none.
      expect((await t.http().get('/login').expect(200)).text).not.toContain('class="breadcrumbs"');
    });

    it('hides the admin and import entries from a viewer', async () => {
      const viewer = await createUserToken(t, ['viewer']);
      const agent = await signInThroughForm(t, viewer.username, 'password-123');
      const page = await agent.get('/staff').expect(200);
      expect(page.text).not.toContain('href="/history/import"');
      expect(page.text).not.toContain('href="/catalogue"');
      expect(page.text).not.toContain('href="/base-salaries"');
    });

    it('after saving a rating, comes back at the rating form, open, saying it was saved', async () => {
      const person = await createStaff(t, { unitId: reading.id, code: 'NAV-3', fullName: 'Lại Thị Cúc' });
      const path = `/staff/${person.id}/history`;
      const res = await submit(admin, path, `${path}/appraisals`, { year: '2024', rating: 'excellent' });
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe(`${path}?year=2024&saved=appraisal#form-appraisal`);
      const back = await admin.get(`${path}?year=2024&saved=appraisal`).expect(200);
      const form = back.text.slice(back.text.indexOf('<details class="entry-form" id="form-appraisal" open>'));
      expect(form.length).toBeLessThan(back.text.length);
      expect(form.slice(0, 400)).toContain('<p class="flash" role="status">Đã lưu xếp loại.</p>');
      // The other forms stay closed, and the top of the page has no second message.
      expect(back.text).toContain('<details class="entry-form" id="form-award">');
      expect(back.text.slice(0, back.text.indexOf('<main'))).not.toContain('class="flash"');
    });
  });

  describe('unit drop-downs', () => {
    it('name each unit first, then the units above it, with the whole path as its title', async () => {
      const page = await admin.get('/staff').expect(200);
      expect(page.text).toContain(`<option value="${reading.id}" title="Thư viện tỉnh › Phòng Đọc">Phòng Đọc (Thư viện tỉnh)</option>`);
      expect(page.text).toContain('<select id="unitId" name="unitId" data-unit-filter="Lọc đơn vị theo tên">');
      expect(page.text).toContain('<script src="/assets/unit-filter.js" defer></script>');
      await admin
        .get('/assets/unit-filter.js')
        .expect(200)
        .expect('Content-Type', /javascript/u);
    });
  });

  describe('award catalogue page', () => {
    it('lists the types, adds a local one typed as people write (0,3), and retires it after a confirmation', async () => {
      const list = await admin.get('/catalogue').expect(200);
      expect(list.text).toContain('<tr id="type-LDTT">');
      expect(list.text).toContain('Lao động tiên tiến');
      const res = await submit(admin, '/catalogue', '/catalogue', {
        code: 'GK_GIAMDOC_NAV',
        name: 'Giấy khen của Giám đốc Thư viện',
        kind: 'commendation',
        level: 'grassroots',
        subjects: ['individual', 'collective'],
        authority: 'Giám đốc Thư viện tỉnh',
        coefficientIndividual: '0,3',
        coefficientCollective: '',
        legalBasis: 'Quy chế thi đua của Thư viện',
        moneyBasis: '',
        hasCertificate: 'on',
      });
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/catalogue?saved=1#award-types');
      expect(
        await t.dataSource.query(
          `SELECT is_local, subjects, coefficient_individual::float AS c, has_certificate, retired_on FROM award_types WHERE code = 'GK_GIAMDOC_NAV'`,
        ),
      ).toEqual([{ is_local: true, subjects: ['individual', 'collective'], c: 0.3, has_certificate: true, retired_on: null }]);
      const shown = await admin.get('/catalogue?saved=1').expect(200);
      expect(shown.text).toContain('Đã lưu.');
      expect(shown.text).toContain('Giấy khen của Giám đốc Thư viện <span class="hint">(Của địa phương)</span>');
      expect(shown.text).toContain(
        'Ngừng sử dụng “Giấy khen của Giám đốc Thư viện”? Các bản ghi đã có vẫn được giữ; không ghi mới được nữa.',
      );

      const retired = await submit(admin, '/catalogue', '/catalogue/GK_GIAMDOC_NAV/retire', {});
      expect(retired.status).toBe(303);
      expect(retired.headers.location).toBe('/catalogue?saved=1#type-GK_GIAMDOC_NAV');
      const [row] = (await t.dataSource.query(`SELECT retired_on FROM award_types WHERE code = 'GK_GIAMDOC_NAV'`)) as Array<{
        retired_on: unknown;
      }>;
      expect(row.retired_on).not.toBeNull();
      const again = await submit(admin, '/catalogue', '/catalogue/GK_GIAMDOC_NAV/retire', {});
      expect(again.status).toBe(409);
      expect(again.text).toContain('class="error-summary"');
      expect(
        await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'award-types' AND entity_id = 'GK_GIAMDOC_NAV' ORDER BY id`),
      ).toEqual([{ action: 'create' }, { action: 'update' }]);
    });

    it('refuses a type without subjects or with a wrong coefficient beside the fields, as typed; nothing written', async () => {
      const res = await submit(admin, '/catalogue', '/catalogue', {
        code: 'BAD_NAV',
        name: 'Loại sai',
        kind: 'title',
        level: 'grassroots',
        authority: 'Giám đốc',
        coefficientIndividual: 'ba phẩy',
        legalBasis: 'Quy chế',
      });
      expect(res.status).toBe(400);
      expect(res.text).toContain('id="subjects-error"');
      expect(res.text).toContain('id="coefficientIndividual-error"');
      expect(res.text).toContain('value="ba phẩy"');
      expect(await t.dataSource.query(`SELECT code FROM award_types WHERE code = 'BAD_NAV'`)).toEqual([]);
    });

    it('is for admins only', async () => {
      const hr = await createUserToken(t, ['hr_officer']);
      const agent = await signInThroughForm(t, hr.username, 'password-123');
      await agent.get('/catalogue').expect(403);
      await agent.get('/base-salaries').expect(403);
      const staffPage = await agent.get('/staff').expect(200);
      const refused = await agent
        .post('/catalogue/LDTT/retire')
        .type('form')
        .send({ _csrf: csrfFrom(staffPage.text) });
      expect(refused.status).toBe(403);
      expect(await t.dataSource.query(`SELECT retired_on FROM award_types WHERE code = 'LDTT'`)).toEqual([{ retired_on: null }]);
    });
  });

  describe('base-salary page', () => {
    it('lists the amounts newest first and adds one from a date typed dd/mm/yyyy with thousands dots', async () => {
      const res = await submit(admin, '/base-salaries', '/base-salaries', {
        effectiveFrom: '01/07/2031',
        amount: '2.990.000',
        legalBasis: 'Nghị định thử nghiệm',
        toConfirm: 'on',
      });
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe('/base-salaries?saved=1#base-salaries');
      expect(await t.dataSource.query(`SELECT amount, to_confirm FROM base_salaries WHERE effective_from = '2031-07-01'`)).toEqual([
        { amount: 2_990_000, to_confirm: true },
      ]);
      const page = await admin.get('/base-salaries').expect(200);
      const newest = page.text.indexOf('<td data-label="Áp dụng từ ngày">01/07/2031</td>');
      expect(newest).toBeGreaterThan(0);
      expect(page.text.slice(newest, newest + 200)).toContain('2.990.000');
      const older = page.text.indexOf('<td data-label="Áp dụng từ ngày">01/07/2024</td>');
      expect(older).toBeGreaterThan(newest);
    });

    it('says a day does not exist, and a day already set, beside the form', async () => {
      const wrong = await submit(admin, '/base-salaries', '/base-salaries', {
        effectiveFrom: '31/02/2032',
        amount: '3000000',
        legalBasis: 'X',
      });
      expect(wrong.status).toBe(400);
      expect(wrong.text).toContain('id="effectiveFrom-error"');
      expect(wrong.text).toContain('value="31/02/2032"');
      const twice = await submit(admin, '/base-salaries', '/base-salaries', {
        effectiveFrom: '01/07/2031',
        amount: '3000000',
        legalBasis: 'X',
      });
      expect(twice.status).toBe(409);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM base_salaries WHERE effective_from = '2031-07-01'`)).toEqual([
        { n: 1 },
      ]);
    });
  });

  describe('audit log', () => {
    it('names records and values instead of ids, in Vietnamese', async () => {
      const person = await createStaff(t, { unitId: library.id, code: 'NAV-AUD', fullName: 'Cao Thị Ánh' });
      await t.http().patch(`/api/staff/${person.id}`).set(bearer(t.adminToken)).send({ unitId: reading.id, gender: 'female' }).expect(200);
      await t
        .http()
        .put(`/api/staff/${person.id}/appraisals/2024`)
        .set(bearer(t.adminToken))
        .send({ rating: 'excellent' })
        .expect((r) => {
          expect([200, 201]).toContain(r.status);
        });
      const page = await admin.get(`/audit?entity=staff&entityId=${person.id}`).expect(200);
      expect(page.text).toContain('<option value="staff" selected>Cán bộ, viên chức</option>');
      expect(page.text).toContain(`<a href="/staff/${person.id}">Cao Thị Ánh (NAV-AUD)</a>`);
      expect(page.text).toContain('<span class="field-name" title="unitId">Đơn vị</span>: <del>Thư viện tỉnh</del> → <ins>Phòng Đọc</ins>');
      expect(page.text).not.toContain(`<ins>${reading.id}</ins>`);
      expect(page.text).toContain('<span class="field-name" title="status">Trạng thái</span>: <ins>Đang công tác</ins>');
      expect(page.text).toMatch(/<td data-label="Người thực hiện">[^<]+\(admin\)<\/td>/u);

      const ratings = await admin.get('/audit?entity=appraisals').expect(200);
      expect(ratings.text).toContain(`<a href="/staff/${person.id}/history">Cao Thị Ánh (NAV-AUD) · 2024</a>`);
      expect(ratings.text).toContain('<span class="field-name" title="rating">Xếp loại</span>: <ins>Hoàn thành xuất sắc nhiệm vụ</ins>');
      expect(ratings.text).toContain('<span class="hint">Xếp loại hằng năm</span>');

      const english = await admin.get(`/audit?entity=staff&entityId=${person.id}`).set('Cookie', 'ct_lang=en').expect(200);
      expect(english.text).toContain('<span class="field-name" title="unitId">Unit</span>');
    });

    it('filters by user, by days (dd/mm/yyyy) and by record, the filter kept in the pager', async () => {
      const hr = await createUserToken(t, ['hr_officer']);
      const created = await t
        .http()
        .post('/api/staff')
        .set(bearer(hr.token))
        .send({ code: 'NAV-HR', fullName: 'Mạc Văn Đức', gender: 'male', unitId: reading.id })
        .expect(201);
      const byHr = await admin.get(`/audit?actorId=${hr.id}`).expect(200);
      expect(byHr.text).toContain('Mạc Văn Đức (NAV-HR)');
      expect(byHr.text).not.toContain('Cao Thị Ánh');
      expect(byHr.text).toContain(`<option value="${hr.id}" selected>Người Thử (${hr.username})</option>`);
      // Their sign-in and the staff member they added.
      expect(byHr.text).toContain('<td data-label="Thao tác">Đăng nhập</td>');
      expect(byHr.text).toContain('Trang 1/1 · 2 bản ghi');
      const paged = await admin.get(`/audit?actorId=${hr.id}&pageSize=1`).expect(200);
      expect(paged.text.replace(/&#x3D;/gu, '=').replace(/&amp;/gu, '&')).toContain(`href="/audit?actorId=${hr.id}&page=2"`);

      const today = vietnamDay(0);
      const withToday = await admin.get(`/audit?entity=staff&actorId=${hr.id}&from=${today}&to=${today}`).expect(200);
      expect(withToday.text).toContain('Trang 1/1 · 1 bản ghi');
      expect(withToday.text).toContain(`value="${today}"`);
      const tomorrow = await admin.get(`/audit?actorId=${hr.id}&from=${vietnamDay(1)}`).expect(200);
      expect(tomorrow.text).toContain('Chưa có thay đổi nào.');
      const yesterday = await admin.get(`/audit?actorId=${hr.id}&to=${vietnamDay(-1)}`).expect(200);
      expect(yesterday.text).toContain('Chưa có thay đổi nào.');

      const id = (created.body as { id: string }).id;
      const record = await admin.get(`/audit?entityId=${id}`).expect(200);
      expect(record.text).toContain('Trang 1/1 · 1 bản ghi');
      // The API takes the same filters.
      const api = await t.http().get(`/api/audit?entity=staff&actorId=${hr.id}&from=2020-01-01`).set(bearer(t.adminToken)).expect(200);
      expect((api.body as { items: Array<{ entityId: string }> }).items.map((item) => item.entityId)).toEqual([id]);
      await t.http().get(`/api/audit?from=31/02/2026`).set(bearer(t.adminToken)).expect(400);
    });

    it('pages 50 entries with one query per kind of record named, however many rows', async () => {
      for (let i = 0; i < 3; i++) {
        await createStaff(t, { unitId: reading.id, code: `NAV-P${i}`, fullName: `Người Thứ ${i}` });
      }
      const queries: string[] = [];
      const manager = t.dataSource.manager;
      const query = manager.query.bind(manager);
      manager.query = ((text: string, ...rest: unknown[]) => {
        queries.push(text);
        return (query as (...args: unknown[]) => Promise<unknown>)(text, ...rest);
      }) as typeof manager.query;
      try {
        const page = await admin.get('/audit').expect(200);
        expect(page.text).toContain('Người Thứ 2 (NAV-P2)');
      } finally {
        manager.query = query;
      }
      const staffLookups = queries.filter((text) => text.includes('FROM staff WHERE id = ANY'));
      expect(staffLookups).toHaveLength(1);
      expect(queries.filter((text) => text.includes('FROM units WHERE id = ANY'))).toHaveLength(1);
    });
  });
});
