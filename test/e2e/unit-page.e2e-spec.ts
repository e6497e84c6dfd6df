import type request from 'supertest';
import type { CollectiveEligibilityAnswer, EligibilityAnswer } from '../../src/eligibility/eligibility.presenter.js';
import { recordAward, setRating } from '../factories/eligibility.js';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { ADMIN_PASSWORD, bearer, createTestApp, type TestApp } from '../support/test-app.js';

const LAW = 'Luật Thi đua, khen thưởng 2022';
const BAC_NINH = 'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh';

/** A unit's own page (`/units/:id`) and its API (`/api/units/:id/history`, `/api/units/:id/eligibility`). */
describe('unit page', () => {
  let t: TestApp;
  let admin: request.Agent;
  let library: { id: string; name: string };
  let department: { id: string; name: string };
  let team: { id: string; name: string };
  let other: { id: string; name: string };
  let members: Array<{ id: string; fullName: string }>;
  let manager: { token: string; username: string };

  const eligibility = async (unitId: string, year: number, token = t.adminToken): Promise<CollectiveEligibilityAnswer> =>
    (await t.http().get(`/api/units/${unitId}/eligibility?year=${year}`).set(bearer(token)).expect(200))
      .body as CollectiveEligibilityAnswer;

  const result = (answer: CollectiveEligibilityAnswer, awardType: string): EligibilityAnswer => {
    const found = answer.results.find((item) => item.awardType === awardType);
    if (!found) {
      throw new Error(`no ${awardType} in ${answer.results.map((item) => item.awardType).join(', ')}`);
    }
    return found;
  };

  /** Posts a form of the unit page with the token of the page it sits on. */
  const post = async (agent: request.Agent, unitId: string, action: string, fields: Record<string, string>): Promise<request.Response> => {
    const page = await agent.get(`/units/${unitId}`).expect(200);
    return agent
      .post(`/units/${unitId}/${action}`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), ...fields });
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
    library = await createUnit(t, { name: 'Thư viện tỉnh', code: 'TV' });
    department = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', code: 'TV-PVBD', parentId: library.id });
    team = await createUnit(t, { name: 'Tổ Thiếu nhi', code: 'TV-PVBD-TN', parentId: department.id });
    other = await createUnit(t, { name: 'Phòng Tin học', code: 'TV-TH', parentId: library.id });
    members = [];
    // 6 in the department, 4 in its team: the collective's members are both.
    for (let i = 0; i < 10; i++) {
      members.push(await createStaff(t, { unitId: i < 6 ? department.id : team.id, fullName: `Thành Viên Số ${i}` }));
    }
    // 7 of 10 rated "good" (LĐTT for 2025 follows the rating): exactly 70%.
    for (const [index, member] of members.entries()) {
      await setRating(t, 'staff', member.id, 2025, index < 7 ? 'good' : 'completed');
    }
    await setRating(t, 'units', department.id, 2025, 'good');
    await setRating(t, 'units', department.id, 2024, 'excellent');
    await recordAward(t, { awardType: 'TTLDTT', unitId: department.id, year: 2024 });
    // A hold that ended before the round: shown in the history, blocks nothing in 2025.
    await t
      .http()
      .post(`/api/units/${department.id}/freezes`)
      .set(bearer(t.adminToken))
      .send({ reason: 'Thanh tra năm 2023', from: '2023-03-01', to: '2023-06-30' })
      .expect(201);
    await createStaff(t, { unitId: other.id, fullName: 'Người Phòng Khác' });
    manager = await createUserToken(t, ['manager'], [department.id]);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  }, 60_000);

  describe('GET /api/units/:id/history', () => {
    it('answers the collective ratings, awards and freezes of the unit', async () => {
      const res = await t.http().get(`/api/units/${department.id}/history`).set(bearer(t.adminToken)).expect(200);
      expect(res.body).toMatchObject({
        unit: { id: department.id, code: 'TV-PVBD', name: 'Phòng Phục vụ bạn đọc' },
        titles: [expect.objectContaining({ awardType: 'TTLDTT', year: 2024, unitId: department.id, staffId: null })],
        commendations: [],
        freezes: [expect.objectContaining({ reason: 'Thanh tra năm 2023', from: '2023-03-01', to: '2023-06-30', active: false })],
      });
      const appraisals = (res.body as { appraisals: Array<{ year: number; rating: string }> }).appraisals;
      expect(appraisals.map(({ year, rating }) => ({ year, rating })).sort((a, b) => a.year - b.year)).toEqual([
        { year: 2024, rating: 'excellent' },
        { year: 2025, rating: 'good' },
      ]);
    });
  });

  describe('GET /api/units/:id/eligibility', () => {
    it('evaluates every collective award of the year, each criterion naming its article', async () => {
      const answer = await eligibility(department.id, 2025);
      expect(answer).toMatchObject({ unitId: department.id, year: 2025, asOf: '2025-12-31', rulebook: 'nd-152-2025' });
      expect(answer.results.map((item) => item.awardType)).toEqual(['TTLDTT', 'TTLDXS', 'CO_THI_DUA_TINH', 'GIAY_KHEN', 'BANG_KHEN_TINH']);
      const ttldtt = result(answer, 'TTLDTT');
      expect(ttldtt.eligible).toBe(true);
      expect(ttldtt.criteria.find((c) => c.code === 'members_ldtt_70pct')).toMatchObject({
        met: true,
        detail: '7/10 thành viên (70%) đạt LĐTT năm 2025; cần từ 70% trở lên',
        legalBasis: `${LAW}, Điều 28`,
      });
      const ttldxs = result(answer, 'TTLDXS');
      expect(ttldxs.eligible).toBe(false);
      expect(ttldxs.criteria.find((c) => c.code === 'rating_excellent')).toMatchObject({ met: false, legalBasis: `${LAW}, Điều 27` });
      expect(ttldxs.criteria.find((c) => c.code === 'member_cstdcs_at_least_one')).toMatchObject({ met: false });
      // Bằng khen tỉnh for a collective: the province's route (2 consecutive years excellent, or TTLĐXS).
      expect(result(answer, 'BANG_KHEN_TINH').criteria.find((c) => c.code === 'excellent_or_ttldxs_2_consecutive')).toMatchObject({
        met: false,
        legalBasis: `${BAC_NINH}, Điều 3 khoản 3 điểm c`,
      });
    });

    it('gives, for each award, what the one-award question gives (the members read once for all)', async () => {
      const answer = await eligibility(department.id, 2025);
      for (const item of answer.results) {
        const single = await t
          .http()
          .get(`/api/eligibility?unitId=${department.id}&awardType=${item.awardType}&year=2025`)
          .set(bearer(t.adminToken))
          .expect(200);
        expect(item).toEqual(single.body);
      }
    });

    it('refuses a year no rulebook covers (422), an unknown unit (404) and a unit out of a manager’s scope (403)', async () => {
      const before = await t.http().get(`/api/units/${department.id}/eligibility?year=2020`).set(bearer(t.adminToken)).expect(422);
      expect((before.body as { code: string }).code).toBe('NO_RULEBOOK_FOR_DATE');
      await t.http().get('/api/units/6f1c0e36-3c83-4d7e-9d55-5b2b3b9b0d11/eligibility?year=2025').set(bearer(t.adminToken)).expect(404);
      await t.http().get(`/api/units/${other.id}/eligibility?year=2025`).set(bearer(manager.token)).expect(403);
      const own = await eligibility(department.id, 2025, manager.token);
      expect(result(own, 'TTLDTT').eligible).toBe(true);
    });
  });

  describe('the page', () => {
    it('shows details, history, members, sub-units and the panel with articles and fix links', async () => {
      const page = await admin.get(`/units/${department.id}?year=2025`).expect(200);
      // Handlebars writes "=" in attributes as &#x3D;, which the browser reads back as "=".
      const html = page.text.replaceAll('&#x3D;', '=');
      expect(html).toContain('<h1>Phòng Phục vụ bạn đọc</h1>');
      expect(html).toContain(`<a href="/units/${library.id}">Thư viện tỉnh</a>`);
      expect(html).toContain(`<a href="/units/${team.id}">Tổ Thiếu nhi</a>`);
      expect(html).toContain(`<a href="/staff/${members[9].id}/history">Thành Viên Số 9</a>`);
      expect(html).not.toContain('Người Phòng Khác');
      expect(html).toContain('Thanh tra năm 2023');
      expect(html).toContain('Tập thể lao động tiên tiến: <span class="verdict eligible">Đủ điều kiện</span>');
      expect(html).toContain(`<cite>${LAW}, Điều 27</cite>`);
      expect(html).toContain(`<cite>${BAC_NINH}, Điều 3 khoản 3 điểm c</cite>`);
      // The TTLĐXS rating not met links to the collective rating form for 2025, opened and pre-filled.
      expect(html).toContain(`href="/units/${department.id}?year=2025&amp;open=appraisal&amp;formYear=2025#form-appraisal"`);
      // A members' criterion links to the unit's candidates for the member title.
      expect(html).toContain(`href="/eligibility?awardType=CSTDCS&amp;year=2025&amp;unitId=${department.id}"`);
      const fixed = await admin.get(`/units/${department.id}?year=2025&open=appraisal&formYear=2025`).expect(200);
      expect(fixed.text).toMatch(/<details class="entry-form" id="form-appraisal" open>/u);
      expect(fixed.text).toMatch(/id="appraisal-year" name="year" type="text" value="2025"/u);
    });

    it('records a collective rating from the panel and comes back to it, audited, the criterion now met', async () => {
      const res = await post(admin, department.id, 'appraisals', {
        year: '2025',
        rating: 'excellent',
        panelYear: '2025',
        returnTo: 'eligibility',
      });
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe(`/units/${department.id}?year=2025&saved=appraisal#eligibility`);
      expect(await t.dataSource.query('SELECT rating FROM appraisals WHERE unit_id = $1 AND year = 2025', [department.id])).toEqual([
        { rating: 'excellent' },
      ]);
      const audited = (await t.dataSource.query(
        `SELECT action, before, after FROM audit_log WHERE entity = 'appraisals' AND after->>'unitId' = $1 AND after->>'year' = '2025' ORDER BY at DESC LIMIT 1`,
        [department.id],
      )) as Array<{ before: { rating: string } | null; after: { rating: string } }>;
      expect(audited[0]).toMatchObject({ before: { rating: 'good' }, after: { rating: 'excellent' } });
      const back = await admin.get(`/units/${department.id}?year=2025&saved=appraisal`).expect(200);
      expect(back.text).toContain('Đã lưu xếp loại tập thể.');
      const ttldxs = result(await eligibility(department.id, 2025), 'TTLDXS');
      expect(ttldxs.criteria.find((c) => c.code === 'rating_excellent')).toMatchObject({ met: true });
    });

    it('records a collective award and shows it in the history; a refused form comes back open with its error', async () => {
      const res = await post(admin, department.id, 'awards', {
        awardType: 'GIAY_KHEN',
        year: '2023',
        basis: '',
        decisionNumber: '12/QĐ-SVHTTDL',
        decisionDate: '20/01/2024',
        issuerName: '',
      });
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe(`/units/${department.id}?year=2023&saved=award#history`);
      expect(
        await t.dataSource.query(
          `SELECT award_type_code AS "awardType", staff_id AS "staffId", decision_date::text AS "decisionDate" FROM award_records WHERE unit_id = $1 AND year = 2023`,
          [department.id],
        ),
      ).toEqual([{ awardType: 'GIAY_KHEN', staffId: null, decisionDate: '2024-01-20' }]);
      expect((await admin.get(`/units/${department.id}`).expect(200)).text).toContain('QĐ số 12/QĐ-SVHTTDL');

      const refused = await post(admin, department.id, 'appraisals', { year: '2022', rating: '' });
      expect(refused.status).toBe(400);
      expect(refused.text).toMatch(/<details class="entry-form" id="form-appraisal" open>/u);
      expect(refused.text).toContain('id="appraisal-rating-error"');
      expect(
        await t.dataSource.query('SELECT count(*)::int AS n FROM appraisals WHERE unit_id = $1 AND year = 2022', [department.id]),
      ).toEqual([{ n: 0 }]);
    });

    it('ends a hold from the freezes section, the panel saying what it blocked; another unit’s hold is not found there', async () => {
      const hold = (
        await t
          .http()
          .post(`/api/units/${other.id}/freezes`)
          .set(bearer(t.adminToken))
          .send({ reason: 'Đang xác minh đơn thư', from: '2025-11-01' })
          .expect(201)
      ).body as { id: string };
      const blocked = result(await eligibility(other.id, 2025), 'TTLDTT');
      expect(blocked.criteria.find((c) => c.code === 'no_freeze')).toMatchObject({ met: false });
      const page = (await admin.get(`/units/${other.id}?year=2025`).expect(200)).text.replaceAll('&#x3D;', '=');
      expect(page).toContain('<a class="fix" href="#freezes">Xem và kết thúc việc tạm dừng</a>');
      expect(page).toContain(`action="/units/${other.id}/freezes/${hold.id}/lift"`);
      await post(admin, department.id, `freezes/${hold.id}/lift`, { to: '20/11/2025' }).then((res) => expect(res.status).toBe(404));
      const res = await post(admin, other.id, `freezes/${hold.id}/lift`, { to: '20/11/2025', panelYear: '2025', returnTo: 'eligibility' });
      expect(res.status).toBe(303);
      expect(res.headers.location).toBe(`/units/${other.id}?year=2025&saved=lift#eligibility`);
      expect(await t.dataSource.query('SELECT ends_on::text AS "to" FROM freezes WHERE id = $1', [hold.id])).toEqual([
        { to: '2025-11-20' },
      ]);
      const audited = (await t.dataSource.query(
        `SELECT before, after FROM audit_log WHERE entity = 'freezes' AND entity_id = $1 ORDER BY at DESC LIMIT 1`,
        [hold.id],
      )) as Array<{ before: { to: string | null }; after: { to: string } }>;
      expect(audited[0]).toMatchObject({ before: { to: null }, after: { to: '2025-11-20' } });
    });

    it('lets a manager see only their units, read-only, and reach them from the menu', async () => {
      const agent = await signInThroughForm(t, manager.username, 'password-123');
      const mine = await agent.get('/units/mine').expect(200);
      expect(mine.text).toContain(`<a href="/units/${department.id}">Phòng Phục vụ bạn đọc</a>`);
      expect(mine.text).toContain(`<a href="/units/${team.id}">Tổ Thiếu nhi</a>`);
      expect(mine.text).not.toContain('Phòng Tin học');
      expect(mine.text).toContain('<a href="/units/mine" aria-current="page" class="current">Đơn vị của tôi</a>');
      const own = await agent.get(`/units/${department.id}`).expect(200);
      expect(own.text).toContain('Tập thể lao động tiên tiến');
      expect(own.text).not.toContain(`action="/units/${department.id}/appraisals"`);
      await agent.get(`/units/${other.id}`).expect(403);
      await agent.get(`/units/${library.id}`).expect(403);
      const csrf = csrfFrom(own.text);
      await agent
        .post(`/units/${department.id}/appraisals`)
        .type('form')
        .send({ _csrf: csrf, year: '2025', rating: 'completed' })
        .expect(403);
      expect(await t.dataSource.query('SELECT rating FROM appraisals WHERE unit_id = $1 AND year = 2025', [department.id])).toEqual([
        { rating: 'excellent' },
      ]);
    });

    it('is linked from the units list and from a staff member’s unit', async () => {
      expect((await admin.get('/units').expect(200)).text).toContain(`<a href="/units/${department.id}">Phòng Phục vụ bạn đọc</a>`);
      expect((await admin.get(`/staff/${members[0].id}`).expect(200)).text).toContain(
        `<a href="/units/${department.id}">Phòng Phục vụ bạn đọc</a>`,
      );
    });
  });
});
