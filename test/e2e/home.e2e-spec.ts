import type request from 'supertest';
import { recordAward, setRating } from '../factories/eligibility.js';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { signInThroughForm } from '../factories/import.js';
import { HomeService } from '../../src/home/home.service.js';
import { type AuthUser, currentRoundYear } from '../../src/kernel/index.js';
import { ADMIN_PASSWORD, bearer, createTestApp, type TestApp } from '../support/test-app.js';

/** The home page at `/`: the first-run checklist on an empty body, then the round's dashboard; `GET /api/rounds/current`. */
describe('home page', () => {
  let t: TestApp;
  let admin: request.Agent;
  const year = currentRoundYear(new Date());

  /** The checklist's items as the page lists them: [done, text] per step. */
  const checklist = (html: string): Array<[boolean, string]> =>
    [...html.matchAll(/<li class="(done|todo)">([\s\S]*?)<\/li>/gu)].map(([, state, body]) => [
      state === 'done',
      body
        .replace(/<[^>]+>/gu, '')
        .replace(/\s+/gu, ' ')
        .trim(),
    ]);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  }, 60_000);

  it('answers the round year: from 1 October the current year, before it the previous one (GET /api/rounds/current)', async () => {
    const res = await t.http().get('/api/rounds/current').set(bearer(t.adminToken)).expect(200);
    expect(res.body).toEqual({ year });
    await t.http().get('/api/rounds/current').expect(401);
  });

  it('on an empty body shows the checklist, each step linked for the admin, none ticked but nothing else; no dashboard', async () => {
    const res = await admin.get('/').expect(200);
    expect(res.text).toContain('Bắt đầu sử dụng');
    expect(res.text).toContain('Đã xong 0/5 bước');
    expect(checklist(res.text)).toEqual([
      [false, '○ Khai báo đơn vị (cơ quan và các phòng, khoa) — Chưa làm, 0 bản ghi'],
      [false, '○ Khai báo cơ quan ban hành quyết định khen thưởng — Chưa làm, 0 bản ghi'],
      [false, '○ Tạo tài khoản người dùng (cán bộ tổ chức, lãnh đạo đơn vị, thư ký hội đồng) — Chưa làm, 1 bản ghi'],
      [false, '○ Nhập danh sách cán bộ, viên chức — Chưa làm, 0 bản ghi'],
      [false, '○ Nhập lịch sử xếp loại, khen thưởng — Chưa làm, 0 bản ghi'],
    ]);
    for (const href of ['/units', '/issuers', '/users', '/staff/import', '/history/import']) {
      expect(res.text).toContain(`<a href="${href}">`);
    }
    expect(res.text).not.toContain(`Năm xét khen thưởng ${year}`);
  });

  it('sends a visitor who is not signed in to the sign-in page, and a sign-in without a next page to the home page', async () => {
    const res = await t.http().get('/');
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/login/u);
    const agent = t.http();
    const login = await agent.get('/login').expect(200);
    const token = /name="_csrf" value="([^"]+)"/u.exec(login.text)![1];
    await agent
      .post('/login')
      .type('form')
      .send(new URLSearchParams({ _csrf: token, username: 'admin', password: ADMIN_PASSWORD, next: '' }).toString())
      .expect(303)
      .expect('Location', '/');
  });

  describe('the dashboard of the round', () => {
    let library: { id: string };
    let reading: { id: string };
    let lending: { id: string };
    let manager: { id: string; username: string; token: string };
    let managerAgent: request.Agent;
    const people: Record<string, string> = {};

    beforeAll(async () => {
      library = await createUnit(t, { name: 'Thư viện tỉnh', code: 'HOME-TV' });
      reading = await createUnit(t, { name: 'Phòng Đọc', code: 'HOME-DOC', parentId: library.id });
      lending = await createUnit(t, { name: 'Phòng Mượn', code: 'HOME-MUON', parentId: library.id });
      const add = async (name: string, unitId: string): Promise<void> => {
        people[name] = (await createStaff(t, { unitId, fullName: name })).id;
      };
      await add('Trần Văn Bình', reading.id);
      await add('Nguyễn Thị Anh', reading.id);
      await add('Lê Văn Cường', reading.id); // no rating: a near miss for LĐTT
      await add('Hoàng Văn Em', reading.id);
      await add('Phạm Thị Dung', lending.id);
      await setRating(t, 'staff', people['Trần Văn Bình'], year, 'good');
      await setRating(t, 'staff', people['Nguyễn Thị Anh'], year, 'excellent');
      await setRating(t, 'staff', people['Hoàng Văn Em'], year, 'good');
      await setRating(t, 'staff', people['Phạm Thị Dung'], year, 'good');
      await setRating(t, 'units', reading.id, year, 'good');
      await recordAward(t, { awardType: 'LDTT', staffId: people['Hoàng Văn Em'], year });
      await recordAward(t, { awardType: 'LDTT', staffId: people['Phạm Thị Dung'], year: year - 1 });
      await recordAward(t, { awardType: 'TTLDTT', unitId: reading.id, year: year - 1 });
      await recordAward(t, { awardType: 'LDTT', staffId: people['Trần Văn Bình'], year: year - 3 });
      manager = await createUserToken(t, ['manager'], [reading.id]);
      managerAgent = await signInThroughForm(t, manager.username, 'password-123');
    }, 120_000);

    it('counts per unit and award, eligible (without a decision), near misses and recorded, from the kept results', async () => {
      const adminUser = { id: 'x', username: 'admin', fullName: 'Admin', roles: ['admin'], locale: 'vi', scopePaths: null } as AuthUser;
      const dashboard = await t.app.get(HomeService).dashboard(adminUser);
      const byName = new Map(dashboard.units.map((unit) => [unit.name, unit]));
      expect([...byName.keys()]).toEqual(['Phòng Đọc', 'Phòng Mượn']);
      expect(byName.get('Phòng Đọc')).toMatchObject({ staff: 4, unrated: 1, rated: true, depth: 1 });
      // Bình and Anh eligible; Cường unrated (one criterion missing); Em already has it: recorded, not a near miss.
      expect(byName.get('Phòng Đọc')!.awards.LDTT).toEqual({ eligible: 2, nearMiss: 1, recorded: 1 });
      expect(byName.get('Phòng Mượn')).toMatchObject({ staff: 1, unrated: 0, rated: false });
      expect(byName.get('Phòng Mượn')!.awards.LDTT).toEqual({ eligible: 1, nearMiss: 0, recorded: 0 });
      expect(dashboard.totals.awards.LDTT).toEqual({ eligible: 3, nearMiss: 1, recorded: 1 });
      expect(dashboard.unratedPeople.map((person) => person.fullName)).toEqual(['Lê Văn Cường']);
      expect(dashboard.unratedUnits.map((unit) => unit.name)).toEqual(['Phòng Mượn']);
      // The kept results are the ones the candidates list reads.
      const kept = (await t.dataSource.query(
        `SELECT count(*)::int AS n FROM eligibility_results WHERE award_type_code = 'LDTT' AND year = $1`,
        [year],
      )) as Array<{ n: number }>;
      expect(kept[0].n).toBe(5);
    });

    it('shows the counts, what needs attention, the deadlines and the chart on the page, its figures in a table too', async () => {
      const res = await admin.get('/').expect(200);
      const html = res.text;
      expect(html).toContain(`Năm xét khen thưởng ${year}`);
      // The set-up is done but for the users: the checklist stays until every step is.
      expect(html).toContain('Đã xong 4/5 bước');
      expect(html).toMatch(
        /<th scope="row" data-label="Đơn vị" class="sub">— Phòng Đọc<\/th>\s*<td data-label="Số người" class="num">4<\/td>\s*<td data-label="Chưa xếp loại" class="num">1<\/td>\s*<td data-label="LĐTT – Đủ điều kiện" class="num">2<\/td>\s*<td data-label="LĐTT – Gần đủ" class="num">1<\/td>\s*<td data-label="LĐTT – Đã ghi" class="num">1<\/td>/u,
      );
      expect(html).toContain(`1 người chưa có xếp loại chất lượng năm ${year}.`);
      expect(html).toContain(`<a href="/staff/${people['Lê Văn Cường']}/history?year&#x3D;${year}">Lê Văn Cường`);
      expect(html).toContain(`1 đơn vị chưa có xếp loại tập thể năm ${year}.`);
      expect(html).toContain(
        `<a href="/eligibility?awardType&#x3D;LDTT&amp;year&#x3D;${year}&amp;filter&#x3D;near_miss">1 người gần đủ điều kiện LĐTT năm ${year} (thiếu một tiêu chí).</a>`,
      );
      expect(html).toContain(`3 người đủ điều kiện LĐTT năm ${year} chưa có quyết định (1 người đã được ghi).`);
      // Deadlines: the annual dossier on 10/12, the next one from today, flagged while the province is the example.
      expect(html).toContain('Nộp hồ sơ đề nghị khen thưởng hằng năm');
      expect(html).toMatch(/<strong>10\/12\/\d{4}<\/strong> · (còn \d+ ngày|hôm nay)/u);
      expect(html).toContain('<span class="unverified"');
      // The chart: an SVG named by its title, described in words, with the table of the same numbers.
      expect(html).toContain(`<title id="awards-chart-title">Khen thưởng theo năm và đơn vị, ${year - 4}–${year}</title>`);
      expect(html).toContain(`Tổng theo năm: ${year - 4}: 0; ${year - 3}: 1; ${year - 2}: 0; ${year - 1}: 2; ${year}: 1.`);
      expect(html).toMatch(/role="img" aria-labelledby="awards-chart-title awards-chart-desc"/u);
      expect(html).not.toMatch(/<svg[^>]* style=/u);
      expect(html).toMatch(
        /<th scope="row">Phòng Đọc<\/th>\s*<td class="num">0<\/td><td class="num">1<\/td><td class="num">0<\/td><td class="num">1<\/td><td class="num">1<\/td>\s*<td class="num">3<\/td>/u,
      );
    });

    it('limits a manager to their units: counts, people and chart, and shows no set-up checklist', async () => {
      const res = await managerAgent.get('/').expect(200);
      const html = res.text;
      expect(html).toContain('— Phòng Đọc');
      expect(html).not.toContain('Phòng Mượn');
      expect(html).not.toContain('Phạm Thị Dung');
      expect(html).toMatch(/<td data-label="LĐTT – Đủ điều kiện" class="num"><a href="[^"]+">2<\/a><\/td>/u);
      expect(html).toContain('Lê Văn Cường');
      // The set-up is the admins' and HR's: a manager is not shown the checklist.
      expect(html).not.toContain('Bắt đầu sử dụng');
      expect(html).toContain(`Tổng theo năm: ${year - 4}: 0; ${year - 3}: 1; ${year - 2}: 0; ${year - 1}: 1; ${year}: 1.`);
      await managerAgent.get('/eligibility').expect(200);
    });

    it('shows an HR officer the checklist with the steps of admins named but not linked', async () => {
      const officer = await createUserToken(t, ['hr_officer']);
      const agent = await signInThroughForm(t, officer.username, 'password-123');
      const html = (await agent.get('/').expect(200)).text;
      expect(html).toContain('Bắt đầu sử dụng');
      expect(html).not.toContain('<a href="/issuers">');
      expect(checklist(html)[1]).toEqual([
        false,
        '○ Khai báo cơ quan ban hành quyết định khen thưởng — Chưa làm, 0 bản ghi. Quản trị viên thực hiện bước này.',
      ]);
      expect(html).toContain('<a href="/staff/import">');
    });

    it('opens the eligibility page on the round year', async () => {
      const res = await admin.get('/eligibility').expect(200);
      expect(res.text).toMatch(new RegExp(`<input id="year" name="year" type="number"[^>]* value="${year}"`, 'u'));
    });

    it('drops the checklist once every step is done', async () => {
      await t
        .http()
        .post('/api/issuers')
        .set(bearer(t.adminToken))
        .send({ name: 'Sở Văn hóa', symbol: 'HOMESVH', place: 'Phú Thọ', signerTitle: 'Giám đốc', signerName: 'Nguyễn Văn Ký' })
        .expect(201);
      const res = await admin.get('/').expect(200);
      expect(res.text).not.toContain('Bắt đầu sử dụng');
      expect(res.text).toContain(`Năm xét khen thưởng ${year}`);
    });
  });
});
