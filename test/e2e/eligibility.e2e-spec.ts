import type request from 'supertest';
import type {
  CandidatesAnswer as CandidatesPage,
  CriterionAnswer,
  EligibilityAnswer as EligibilityResult,
} from '../../src/eligibility/eligibility.presenter.js';
import { addDiscipline, addFreeze, addInitiative, recordAward, setRating, setRatings } from '../factories/eligibility.js';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { ADMIN_PASSWORD, bearer, createTestApp, type TestApp } from '../support/test-app.js';

const LAW = 'Luật Thi đua, khen thưởng 2022';

const criterion = (result: EligibilityResult, code: string): CriterionAnswer => {
  const found = result.criteria.find((c) => c.code === code);
  if (!found) {
    throw new Error(`no criterion ${code} in ${result.criteria.map((c) => c.code).join(', ')}`);
  }
  return found;
};

/** The CSRF token a page put in its forms. */
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
    .send({ _csrf: csrfFrom(login.text), username, password, next: '/staff' })
    .expect(303);
  return agent;
}

describe('eligibility (API and pages)', () => {
  let t: TestApp;
  let library: { id: string };
  let department: { id: string };
  let team: { id: string };
  let other: { id: string };

  const evaluate = (query: Record<string, string | number>, token = t.adminToken): request.Test =>
    t.http().get('/api/eligibility').query(query).set(bearer(token));
  const evaluateOk = async (query: Record<string, string | number>): Promise<EligibilityResult> =>
    (await evaluate(query).expect(200)).body as EligibilityResult;
  const candidates = (query: Record<string, string | number>, token = t.adminToken): request.Test =>
    t.http().get('/api/eligibility/candidates').query(query).set(bearer(token));

  beforeAll(async () => {
    t = await createTestApp();
    library = await createUnit(t, { name: 'Thư viện tỉnh', code: 'TV' });
    department = await createUnit(t, { name: 'Phòng Nghiệp vụ', code: 'TV-NV', parentId: library.id });
    team = await createUnit(t, { name: 'Tổ Số hóa', code: 'TV-NV-SH', parentId: department.id });
    other = await createUnit(t, { name: 'Phòng Hành chính', code: 'TV-HC', parentId: library.id });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('one person or unit: GET /api/eligibility', () => {
    it('LĐTT needs a rating of good or better (Law Art. 24(1)(a)); solidarity waits for a person (Art. 24(1)(b))', async () => {
      const good = await createStaff(t, { unitId: other.id, fullName: 'Đỗ Văn Tốt' });
      const completed = await createStaff(t, { unitId: other.id, fullName: 'Đỗ Văn Vừa' });
      await setRating(t, 'staff', good.id, 2025, 'good');
      await setRating(t, 'staff', completed.id, 2025, 'completed');

      const yes = await evaluateOk({ staffId: good.id, awardType: 'LDTT', year: 2025 });
      expect(Object.keys(yes).sort()).toEqual(['awardType', 'criteria', 'eligible', 'rulebook', 'year']);
      expect(yes).toMatchObject({ eligible: true, awardType: 'LDTT', year: 2025, rulebook: 'nd-152-2025' });
      expect(criterion(yes, 'rating_good_or_better')).toEqual({
        code: 'rating_good_or_better',
        met: true,
        detail: 'Xếp loại năm 2025: Hoàn thành tốt nhiệm vụ',
        // The reason itself, for clients that word it in their own language.
        reason: {
          key: 'rating_at_least.rated',
          params: { year: { kind: 'year', value: 2025 }, rating: { kind: 'rating', value: 'good' } },
        },
        legalBasis: `${LAW}, Điều 24 khoản 1 điểm a`,
      });
      expect(criterion(yes, 'solidarity_and_participation').met).toBeNull();

      const no = await evaluateOk({ staffId: completed.id, awardType: 'LDTT', year: 2025 });
      expect(no.eligible).toBe(false);
      expect(criterion(no, 'rating_good_or_better')).toMatchObject({ met: false, detail: expect.stringContaining('Hoàn thành nhiệm vụ') });
      const [row] = (await t.dataSource.query('SELECT rating FROM appraisals WHERE staff_id = $1 AND year = 2025', [
        completed.id,
      ])) as Array<{ rating: string }>;
      expect(row.rating).toBe('completed');
    });

    it('CSTĐCS: LĐTT and (excellent or a recognised initiative) in the year (Law Art. 23)', async () => {
      const excellent = await createStaff(t, { unitId: other.id, fullName: 'Vũ Thị Xuất' });
      const withInitiative = await createStaff(t, { unitId: other.id, fullName: 'Vũ Thị Kiến' });
      const plain = await createStaff(t, { unitId: other.id, fullName: 'Vũ Thị Thường' });
      await setRating(t, 'staff', excellent.id, 2025, 'excellent');
      await setRating(t, 'staff', withInitiative.id, 2025, 'good');
      await addInitiative(t, withInitiative.id, 2025, 'grassroots');
      await setRating(t, 'staff', plain.id, 2025, 'good');

      expect((await evaluateOk({ staffId: excellent.id, awardType: 'CSTDCS', year: 2025 })).eligible).toBe(true);
      const byInitiative = await evaluateOk({ staffId: withInitiative.id, awardType: 'CSTDCS', year: 2025 });
      expect(byInitiative.eligible).toBe(true);
      expect(criterion(byInitiative, 'meets_ldtt')).toMatchObject({ met: true, legalBasis: `${LAW}, Điều 23` });
      expect(criterion(byInitiative, 'excellent_or_initiative').detail).toContain('cấp cơ sở năm 2025');

      const none = await evaluateOk({ staffId: plain.id, awardType: 'CSTDCS', year: 2025 });
      expect(none.eligible).toBe(false);
      expect(criterion(none, 'excellent_or_initiative')).toMatchObject({ met: false, legalBasis: `${LAW}, Điều 23` });
    });

    describe('CSTĐ cấp tỉnh: 3 consecutive CSTĐCS actually awarded and a provincial initiative (Law Art. 22(1))', () => {
      let chain: { id: string };
      let chainAwards: Record<number, string>;

      beforeAll(async () => {
        chain = await createStaff(t, { unitId: other.id, fullName: 'Bùi Văn Chuỗi' });
        chainAwards = {};
        for (const year of [2023, 2024, 2025]) {
          chainAwards[year] = (await recordAward(t, { awardType: 'CSTDCS', staffId: chain.id, year })).id;
        }
        await addInitiative(t, chain.id, 2024, 'provincial');
      });

      it('is eligible with 2023, 2024, 2025 on record', async () => {
        const result = await evaluateOk({ staffId: chain.id, awardType: 'CSTD_TINH', year: 2025 });
        expect(result.eligible).toBe(true);
        expect(criterion(result, 'cstdcs_3_consecutive')).toMatchObject({ met: true, legalBasis: `${LAW}, Điều 22 khoản 1` });
        expect(criterion(result, 'provincial_initiative').met).toBe(true);
      });

      it('is not eligible with a gap, and the detail names the missing year', async () => {
        const gap = await createStaff(t, { unitId: other.id, fullName: 'Bùi Văn Hở' });
        await recordAward(t, { awardType: 'CSTDCS', staffId: gap.id, year: 2022 });
        await recordAward(t, { awardType: 'CSTDCS', staffId: gap.id, year: 2024 });
        await recordAward(t, { awardType: 'CSTDCS', staffId: gap.id, year: 2025 });
        await addInitiative(t, gap.id, 2025, 'provincial');
        const result = await evaluateOk({ staffId: gap.id, awardType: 'CSTD_TINH', year: 2025 });
        expect(result.eligible).toBe(false);
        expect(criterion(result, 'cstdcs_3_consecutive')).toMatchObject({ met: false, detail: expect.stringContaining('thiếu 2023') });
      });

      it('a revoked CSTĐCS no longer counts (Law Art. 22: "được tặng"; revoked through the API)', async () => {
        await t
          .http()
          .post(`/api/awards/${chainAwards[2024]}/revoke`)
          .set(bearer(t.adminToken))
          .send({ reason: 'Quyết định thu hồi số 12/QĐ-SVHTTDL' })
          .expect(200);
        const [row] = (await t.dataSource.query('SELECT revoked_at IS NOT NULL AS revoked FROM award_records WHERE id = $1', [
          chainAwards[2024],
        ])) as Array<{ revoked: boolean }>;
        expect(row.revoked).toBe(true);
        const result = await evaluateOk({ staffId: chain.id, awardType: 'CSTD_TINH', year: 2025 });
        expect(result.eligible).toBe(false);
        expect(criterion(result, 'cstdcs_3_consecutive').detail).toContain('thiếu 2024');
      });
    });

    it('a freeze (review pending) blocks the award (ND 152/2025 Art. 4)', async () => {
      const frozen = await createStaff(t, { unitId: other.id, fullName: 'Lý Văn Treo' });
      await setRating(t, 'staff', frozen.id, 2025, 'excellent');
      await addFreeze(t, frozen.id, '2025-03-01', 'Đang xác minh đơn tố cáo');
      const result = await evaluateOk({ staffId: frozen.id, awardType: 'LDTT', year: 2025 });
      expect(result.eligible).toBe(false);
      expect(criterion(result, 'no_freeze')).toEqual({
        code: 'no_freeze',
        met: false,
        detail: 'Đang tạm dừng xét khen thưởng: Đang xác minh đơn tố cáo (từ 01/03/2025 đến nay)',
        reason: {
          key: 'no_freeze.frozen',
          params: {
            freezes: {
              kind: 'reasons',
              join: 'clauses',
              value: [
                {
                  key: 'no_freeze.freeze',
                  params: {
                    reason: { kind: 'text', value: 'Đang xác minh đơn tố cáo' },
                    period: { kind: 'period', value: { from: '2025-03-01', to: null } },
                  },
                },
              ],
            },
          },
        },
        legalBasis: 'Nghị định 152/2025/NĐ-CP, Điều 4',
      });
    });

    it('discipline during the year: no LĐTT that year (ND 152/2025 Art. 4)', async () => {
      const disciplined = await createStaff(t, { unitId: other.id, fullName: 'Lý Văn Phạt' });
      await setRating(t, 'staff', disciplined.id, 2025, 'good');
      await addDiscipline(t, disciplined.id, 'reprimand', '2025-02-01', '2025-07-31');
      const result = await evaluateOk({ staffId: disciplined.id, awardType: 'LDTT', year: 2025 });
      expect(criterion(result, 'achievement_after_discipline')).toMatchObject({
        met: false,
        detail: expect.stringContaining('khiển trách'),
      });
    });

    describe('TTLĐTT: ≥ 70 % of members LĐTT, nobody disciplined at warning or above (Law Art. 28)', () => {
      let collective: { id: string };
      let subTeam: { id: string };
      let members: Array<{ id: string }>;

      beforeAll(async () => {
        collective = await createUnit(t, { name: 'Phòng Đọc', code: 'TV-PD', parentId: library.id });
        subTeam = await createUnit(t, { name: 'Tổ Thiếu nhi', code: 'TV-PD-TN', parentId: collective.id });
        members = [];
        // Members are the staff of the unit AND of its sub-units: 6 here, 4 in the team below.
        for (let i = 0; i < 10; i++) {
          members.push(await createStaff(t, { unitId: i < 6 ? collective.id : subTeam.id, fullName: `Thành Viên Số ${i}` }));
        }
        for (const [index, member] of members.entries()) {
          await setRating(t, 'staff', member.id, 2025, index < 7 ? 'good' : 'completed');
        }
        // Left before 2025 began: not a member, although rated "completed" in 2025 by mistake.
        const gone = await createStaff(t, { unitId: collective.id, fullName: 'Người Đã Nghỉ' });
        await t.http().patch(`/api/staff/${gone.id}`).set(bearer(t.adminToken)).send({ status: 'left', leftOn: '2024-06-30' }).expect(200);
        await setRating(t, 'staff', gone.id, 2025, 'completed');
        await setRating(t, 'units', collective.id, 2025, 'good');
      });

      it('is eligible at exactly 7 of 10 members (sub-unit staff included, staff who left before the year excluded)', async () => {
        const result = await evaluateOk({ unitId: collective.id, awardType: 'TTLDTT', year: 2025 });
        expect(result.eligible).toBe(true);
        expect(criterion(result, 'members_ldtt_70pct')).toEqual({
          code: 'members_ldtt_70pct',
          met: true,
          detail: '7/10 thành viên (70%) đạt LĐTT năm 2025; cần từ 70% trở lên',
          reason: expect.objectContaining({
            key: 'members_ratio_meeting.share',
            params: expect.objectContaining({ share: { kind: 'share', count: 7, total: 10 } }),
          }),
          legalBasis: `${LAW}, Điều 28`,
        });
      });

      it('is not eligible at 6 of 10, nor with a member warned in the year', async () => {
        await setRating(t, 'staff', members[0].id, 2025, 'completed');
        const below = await evaluateOk({ unitId: collective.id, awardType: 'TTLDTT', year: 2025 });
        expect(criterion(below, 'members_ldtt_70pct')).toMatchObject({ met: false, detail: expect.stringContaining('6/10') });
        await setRating(t, 'staff', members[0].id, 2025, 'good');
        await addDiscipline(t, members[9].id, 'warning', '2025-05-01', '2025-10-31');
        const warned = await evaluateOk({ unitId: collective.id, awardType: 'TTLDTT', year: 2025 });
        expect(warned.eligible).toBe(false);
        expect(criterion(warned, 'no_member_warning_or_above')).toMatchObject({
          met: false,
          detail: expect.stringContaining('Thành Viên Số 9'),
        });
      });

      it('lists the unit and its sub-unit as collective candidates', async () => {
        const res = await candidates({ awardType: 'TTLDTT', year: 2025, unitId: collective.id }).expect(200);
        const page = res.body as CandidatesPage;
        expect(page.subject).toBe('collective');
        expect(page.items.map((item) => item.name).sort()).toEqual(['Phòng Đọc', 'Tổ Thiếu nhi']);
      });
    });

    it('picks the rulebook by date: ND 98/2023 until 30/6/2025, ND 152/2025 from 1/7/2025 (ND 152 Art. 59, 60(3))', async () => {
      const person = await createStaff(t, { unitId: other.id, fullName: 'Mai Văn Chuyển' });
      await setRating(t, 'staff', person.id, 2025, 'good');
      const before = await evaluateOk({ staffId: person.id, awardType: 'LDTT', year: 2025, asOf: '2025-06-30' });
      expect(before.rulebook).toBe('nd-98-2023');
      expect(criterion(before, 'no_freeze').legalBasis).toBe('Nghị định 98/2023/NĐ-CP, Điều 5');
      const after = await evaluateOk({ staffId: person.id, awardType: 'LDTT', year: 2025, asOf: '2025-07-01' });
      expect(after.rulebook).toBe('nd-152-2025');
      expect(criterion(after, 'no_freeze').legalBasis).toBe('Nghị định 152/2025/NĐ-CP, Điều 4');
    });
  });

  describe('candidates: GET /api/eligibility/candidates', () => {
    let unit: { id: string };
    const names: Record<string, string> = {};

    beforeAll(async () => {
      unit = await createUnit(t, { name: 'Phòng Lưu trữ', code: 'TV-LT', parentId: library.id });
      const add = async (fullName: string): Promise<string> => {
        const staff = await createStaff(t, { unitId: unit.id, fullName });
        names[staff.id] = fullName;
        return staff.id;
      };
      const binh = await add('Trần Văn Bình');
      const anh = await add('Nguyễn Thị Anh');
      await add('Lê Văn Cường'); // no rating yet: misses one criterion
      const dung = await add('Phạm Thị Dung');
      const em = await add('Hoàng Văn Em');
      await setRatings(t, binh, { 2025: 'good' });
      await setRatings(t, anh, { 2025: 'excellent' });
      await setRatings(t, dung, { 2025: 'completed' });
      await addFreeze(t, dung, '2025-09-01');
      await setRatings(t, em, { 2025: 'good' });
      await recordAward(t, { awardType: 'LDTT', staffId: em, year: 2025 });
    });

    it('orders eligible first, then near-misses with their one missing criterion, then the rest, by Vietnamese name (Law Art. 24, Art. 5)', async () => {
      const page = (await candidates({ awardType: 'LDTT', year: 2025, unitId: unit.id }).expect(200)).body as CandidatesPage;
      expect(page.items.map((item) => [item.name, item.status])).toEqual([
        ['Nguyễn Thị Anh', 'eligible'],
        ['Trần Văn Bình', 'eligible'],
        ['Lê Văn Cường', 'near_miss'],
        ['Hoàng Văn Em', 'near_miss'],
        ['Phạm Thị Dung', 'not_eligible'],
      ]);
      expect(page.counts).toEqual({ eligible: 2, nearMiss: 2, notEligible: 1 });
      expect(page).toMatchObject({
        awardType: 'LDTT',
        subject: 'individual',
        year: 2025,
        rulebook: 'nd-152-2025',
        total: 5,
        page: 1,
        pageSize: 50,
      });
      const cuong = page.items[2];
      expect(cuong.missing).toEqual([
        expect.objectContaining({ code: 'rating_good_or_better', detail: expect.stringContaining('Chưa có kết quả xếp loại năm 2025') }),
      ]);
      expect(page.items[3].missing.map((m) => m.code)).toEqual(['not_already_awarded']);
      expect(page.items[4].missing.map((m) => m.code).sort()).toEqual(['no_freeze', 'rating_good_or_better']);
    });

    it('keeps each person’s facts with that person when names tie (Law Art. 24(1)(a))', async () => {
      const twins = await createUnit(t, { name: 'Tổ Trùng tên', code: 'TV-TT', parentId: library.id });
      const good = await createStaff(t, { unitId: twins.id, fullName: 'Nguyễn Văn An', dateOfBirth: '1990-01-01' });
      const completed = await createStaff(t, { unitId: twins.id, fullName: 'Nguyễn Văn An', dateOfBirth: '1980-01-01' });
      const unrated = await createStaff(t, { unitId: twins.id, fullName: 'Nguyễn Văn An' });
      await setRating(t, 'staff', good.id, 2025, 'good');
      await setRating(t, 'staff', completed.id, 2025, 'completed');
      await addInitiative(t, completed.id, 2025, 'grassroots');
      const page = (await candidates({ awardType: 'LDTT', year: 2025, unitId: twins.id }).expect(200)).body as CandidatesPage;
      const byId = new Map(page.items.map((item) => [item.id, item]));
      expect(byId.get(good.id)?.status).toBe('eligible');
      expect(byId.get(completed.id)?.missing.map((m) => m.detail)).toEqual([
        'Xếp loại năm 2025: Hoàn thành nhiệm vụ (yêu cầu từ Hoàn thành tốt nhiệm vụ trở lên)',
      ]);
      expect(byId.get(unrated.id)?.missing.map((m) => m.detail)).toEqual([expect.stringContaining('Chưa có kết quả xếp loại năm 2025')]);
      // Eligible first; among the near-misses with the same name, by date of birth, the unknown one last.
      expect(page.items.map((item) => item.id)).toEqual([good.id, completed.id, unrated.id]);
    });

    it('pages and filters', async () => {
      const second = (await candidates({ awardType: 'LDTT', year: 2025, unitId: unit.id, pageSize: 2, page: 2 }).expect(200))
        .body as CandidatesPage;
      expect(second.items.map((item) => item.name)).toEqual(['Lê Văn Cường', 'Hoàng Văn Em']);
      expect(second.total).toBe(5);
      const nearMisses = (await candidates({ awardType: 'LDTT', year: 2025, unitId: unit.id, filter: 'near_miss' }).expect(200))
        .body as CandidatesPage;
      expect(nearMisses.items.map((item) => item.name)).toEqual(['Lê Văn Cường', 'Hoàng Văn Em']);
      expect(nearMisses.total).toBe(2);
      expect(nearMisses.counts.eligible).toBe(2);
    });

    it('an HR officer limited to one unit sees only its staff, and nobody else’s eligibility', async () => {
      const officer = await createUserToken(t, ['hr_officer'], [unit.id]);
      const page = (await candidates({ awardType: 'LDTT', year: 2025 }, officer.token).expect(200)).body as CandidatesPage;
      expect(page.total).toBe(5);
      expect(page.items.every((item) => item.unitId === unit.id)).toBe(true);
      const outsider = await createStaff(t, { unitId: other.id, fullName: 'Người Ngoài' });
      const refused = await evaluate({ staffId: outsider.id, awardType: 'LDTT', year: 2025 }, officer.token).expect(403);
      expect(refused.body).toMatchObject({ code: 'OUT_OF_SCOPE' });
      await candidates({ awardType: 'LDTT', year: 2025, unitId: other.id }, officer.token).expect(403);
    });

    it('Giấy khen goes to both: individual by default, collective when asked (Law Art. 75)', async () => {
      const individual = (await candidates({ awardType: 'GIAY_KHEN', year: 2025, unitId: unit.id }).expect(200)).body as CandidatesPage;
      expect(individual.subject).toBe('individual');
      expect(individual.total).toBe(5);
      const collective = (await candidates({ awardType: 'GIAY_KHEN', year: 2025, unitId: unit.id, subject: 'collective' }).expect(200))
        .body as CandidatesPage;
      expect(collective.items.map((item) => item.name)).toEqual(['Phòng Lưu trữ']);
    });
  });

  describe('bad input', () => {
    let person: { id: string };
    beforeAll(async () => {
      person = await createStaff(t, { unitId: other.id, fullName: 'Tạ Văn Sai' });
    });

    it('an award type the engine does not know is a 404; a malformed one a 400', async () => {
      expect((await evaluate({ staffId: person.id, awardType: 'NOPE', year: 2025 }).expect(404)).body).toMatchObject({
        code: 'UNKNOWN_AWARD_TYPE',
      });
      expect((await evaluate({ staffId: person.id, awardType: 'ldtt', year: 2025 }).expect(400)).body).toMatchObject({
        code: 'VALIDATION_FAILED',
      });
      await candidates({ awardType: 'NOPE', year: 2025 }).expect(404);
    });

    it('a year out of range is a 400; a year before Law 06/2022 has no rulebook: 422', async () => {
      expect((await evaluate({ staffId: person.id, awardType: 'LDTT', year: 1800 }).expect(400)).body.details).toEqual([
        expect.objectContaining({ field: 'year' }),
      ]);
      expect((await evaluate({ staffId: person.id, awardType: 'LDTT', year: 2019 }).expect(422)).body).toMatchObject({
        code: 'NO_RULEBOOK_FOR_DATE',
      });
      await candidates({ awardType: 'LDTT', year: 2019 }).expect(422);
    });

    it('exactly one of staffId and unitId (400); an award not for that subject is a 422', async () => {
      expect((await evaluate({ staffId: person.id, unitId: other.id, awardType: 'LDTT', year: 2025 }).expect(400)).body).toMatchObject({
        code: 'VALIDATION_FAILED',
      });
      await evaluate({ awardType: 'LDTT', year: 2025 }).expect(400);
      expect((await evaluate({ unitId: other.id, awardType: 'LDTT', year: 2025 }).expect(422)).body).toMatchObject({
        code: 'AWARD_NOT_FOR_SUBJECT',
      });
      await candidates({ awardType: 'TTLDTT', year: 2025, subject: 'individual' }).expect(422);
    });

    it('an unknown person is a 404; unknown query fields are refused', async () => {
      await evaluate({ staffId: '00000000-0000-4000-8000-000000000000', awardType: 'LDTT', year: 2025 }).expect(404);
      await evaluate({ staffId: person.id, awardType: 'LDTT', year: 2025, extra: 1 }).expect(400);
      await candidates({ awardType: 'LDTT', year: 2025, filter: 'maybe' }).expect(400);
      await t.http().get('/api/eligibility').query({ staffId: person.id, awardType: 'LDTT', year: 2025 }).expect(401);
    });
  });

  describe('pages', () => {
    let admin: request.Agent;
    let person: { id: string };
    let revokedId: string;

    beforeAll(async () => {
      admin = await signIn(t, 'admin', ADMIN_PASSWORD);
      person = await createStaff(t, { unitId: team.id, fullName: 'Đặng Thị Trang' });
      await setRatings(t, person.id, { 2024: 'excellent', 2025: 'excellent' });
      await recordAward(t, { awardType: 'CSTDCS', staffId: person.id, year: 2024 });
      revokedId = (await recordAward(t, { awardType: 'BANG_KHEN_TINH', staffId: person.id, year: 2023 })).id;
      await t.http().post(`/api/awards/${revokedId}/revoke`).set(bearer(t.adminToken)).send({ reason: 'Nhập nhầm năm' }).expect(200);
    });

    it('shows the history by year, revoked awards struck through with the reason, and the panel with ✓/✗/? in words and the article (Law Art. 23)', async () => {
      const res = await admin.get(`/staff/${person.id}/history?year=2025&awardType=CSTDCS`).expect(200);
      expect(res.text).toContain('Đặng Thị Trang');
      expect(res.text).toContain('<del class="revoked">Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh</del>');
      expect(res.text).toContain('Đã thu hồi: Nhập nhầm năm');
      expect(res.text).toMatch(/<span aria-hidden="true">✓<\/span> Đạt/u);
      expect(res.text).toContain(`${LAW}, Điều 23`);
      expect(res.text).toContain('Chiến sĩ thi đua cơ sở năm 2025: Đủ điều kiện');
      // Unverified settings are named on the panel too: the CSTĐCS council threshold first.
      expect(res.text).toMatch(
        /<li class="current">Tỷ lệ phiếu đồng ý của Hội đồng Thi đua – Khen thưởng khi xét CSTĐCS: từ 80%[^<]*<span class="badge unverified">chưa xác minh/u,
      );
      const ldtt = await admin.get(`/staff/${person.id}/history?year=2025&awardType=LDTT`).expect(200);
      expect(ldtt.text).toMatch(/<span aria-hidden="true">\?<\/span> Cần xác nhận/u);
      expect(ldtt.text).toContain(`${LAW}, Điều 24 khoản 1 điểm b`);
      const provincial = await admin.get(`/staff/${person.id}/history?year=2025&awardType=CSTD_TINH`).expect(200);
      expect(provincial.text).toMatch(/<span aria-hidden="true">✗<\/span> Chưa đạt/u);
      expect(provincial.text).toContain('Chiến sĩ thi đua cấp tỉnh năm 2025: Chưa đủ điều kiện');
      const noRulebook = await admin.get(`/staff/${person.id}/history?year=2019`).expect(200);
      expect(noRulebook.text).toContain('Hệ thống chỉ xét theo Luật Thi đua, khen thưởng 2022');
    });

    it('the appraisal form saves through the history service and comes back with a message', async () => {
      const page = await admin.get(`/staff/${person.id}/history`).expect(200);
      const res = await admin
        .post(`/staff/${person.id}/history/appraisals`)
        .type('form')
        .send({ _csrf: csrfFrom(page.text), year: '2023', rating: 'good' })
        .expect(303);
      expect(res.headers.location).toBe(`/staff/${person.id}/history?year=2023&saved=appraisal#form-appraisal`);
      const [row] = (await t.dataSource.query('SELECT rating FROM appraisals WHERE staff_id = $1 AND year = 2023', [person.id])) as Array<{
        rating: string;
      }>;
      expect(row.rating).toBe('good');
      expect((await admin.get(res.headers.location as string).expect(200)).text).toContain('Đã lưu xếp loại.');
    });

    it('errors come back beside the field: a missing rating (400), the same award twice (409, Law Art. 5)', async () => {
      const page = await admin.get(`/staff/${person.id}/history`).expect(200);
      const missing = await admin
        .post(`/staff/${person.id}/history/appraisals`)
        .type('form')
        .send({ _csrf: csrfFrom(page.text), year: '2022', rating: '' })
        .expect(400);
      expect(missing.text).toContain('id="appraisal-rating-error"');
      expect(missing.text).toMatch(/<details class="entry-form" id="form-appraisal" open>/u);
      const twice = await admin
        .post(`/staff/${person.id}/history/awards`)
        .type('form')
        .send({
          _csrf: csrfFrom(page.text),
          awardType: 'CSTDCS',
          year: '2024',
          basis: 'regular',
          decisionNumber: '',
          decisionDate: '',
          issuerName: '',
        })
        .expect(409);
      expect(twice.text).toMatch(/id="award-year-error">[^<]*Điều 5/u);
      const [{ n }] = (await t.dataSource.query(
        `SELECT count(*)::int AS n FROM award_records WHERE staff_id = $1 AND award_type_code = 'CSTDCS'`,
        [person.id],
      )) as Array<{ n: number }>;
      expect(n).toBe(1);
    });

    it('a viewer sees the page without forms and cannot post', async () => {
      const viewer = await createUserToken(t, ['viewer'], [library.id]);
      const agent = await signIn(t, viewer.username, 'password-123');
      const page = await agent.get(`/staff/${person.id}/history`).expect(200);
      expect(page.text).not.toContain('/history/appraisals');
      await agent
        .post(`/staff/${person.id}/history/appraisals`)
        .type('form')
        .send({ _csrf: csrfFrom(page.text), year: '2023', rating: 'excellent' })
        .expect(403);
    });

    it('imports history from a file page by page: the kind in the address, counts after, problems per line with nothing written', async () => {
      const form = await admin.get('/history/import?kind=appraisals').expect(200);
      expect(form.text).toContain('Xếp loại');
      expect(form.text).toContain('href="/history/import/template.csv?kind=appraisals"');
      const template = await admin.get('/history/import/template.csv?kind=appraisals').expect(200);
      expect(template.text).toContain('Mã cán bộ,Mã đơn vị,Năm,Xếp loại');
      const importer = await createStaff(t, { unitId: team.id, fullName: 'Cao Văn Nhập' });
      const csrf = csrfFrom(form.text);
      const ok = await admin
        .post('/history/import?kind=appraisals')
        .field('_csrf', csrf)
        .attach(
          'file',
          Buffer.from(`Mã cán bộ,Năm,Xếp loại\r\n${importer.code},2021,HTXS\r\n${importer.code},2022,HTT\r\n`),
          'xep-loai.csv',
        )
        .expect(200);
      expect(ok.text).toContain('Thêm mới: 2');
      const rows = (await t.dataSource.query('SELECT year, rating FROM appraisals WHERE staff_id = $1 ORDER BY year', [
        importer.id,
      ])) as Array<{ year: number; rating: string }>;
      expect(rows).toEqual([
        { year: 2021, rating: 'excellent' },
        { year: 2022, rating: 'good' },
      ]);
      const bad = await admin
        .post('/history/import?kind=appraisals')
        .field('_csrf', csrf)
        .attach('file', Buffer.from(`Mã cán bộ,Năm,Xếp loại\r\n${importer.code},2023,HTT\r\nKHONG-CO,2023,HTT\r\n`), 'xep-loai.csv')
        .expect(422);
      expect(bad.text).toContain('Không có cán bộ nào mã “KHONG-CO”.');
      const [{ n }] = (await t.dataSource.query('SELECT count(*)::int AS n FROM appraisals WHERE staff_id = $1 AND year = 2023', [
        importer.id,
      ])) as Array<{ n: number }>;
      expect(n).toBe(0);
    });

    it('"Ai đủ điều kiện năm nay" lists the candidates with links and the rules legend with unverified settings', async () => {
      const res = await admin.get(`/eligibility?awardType=CSTDCS&year=2025&unitId=${team.id}&filter=all`).expect(200);
      expect(res.text).toContain(`href="/staff/${person.id}/history?year&#x3D;2025&amp;awardType&#x3D;CSTDCS#eligibility"`);
      expect(res.text).toContain('Đủ điều kiện: 1');
      expect(res.text).toContain('Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP');
      expect(res.text).toContain('chưa xác minh');
      expect(res.text).toContain('Hệ số tiền thưởng Giấy khen (Cá nhân): 0,3');
      expect(res.text).toMatch(/Hội đồng Thi đua – Khen thưởng khi xét CSTĐCS: từ 80%/u);
      const refused = await admin.get('/eligibility?awardType=LDTT&year=2019').expect(422);
      expect(refused.text).toContain('Hệ thống chỉ xét theo Luật Thi đua, khen thưởng 2022');
      const bad = await admin.get('/eligibility?awardType=LDTT&year=abc').expect(400);
      expect(bad.text).toContain('id="year-error"');
    });
  });

  describe('in English: the details follow the reader’s language (the user’s locale, or the ct_lang cookie on pages)', () => {
    let reader: { id: string };

    beforeAll(async () => {
      reader = await createStaff(t, { unitId: other.id, fullName: 'Hồ Thị Đọc' });
      await setRating(t, 'staff', reader.id, 2025, 'completed');
    });

    it('the API words `detail` in the user’s locale and keeps the same reason (Law Art. 24(1)(a))', async () => {
      const username = `english${Date.now()}`;
      await t
        .http()
        .post('/api/users')
        .set(bearer(t.adminToken))
        .send({
          username,
          password: 'password-123',
          fullName: 'English Reader',
          roles: ['hr_officer'],
          unitIds: [library.id],
          locale: 'en',
        })
        .expect(201);
      const login = await t.http().post('/api/auth/login').send({ username, password: 'password-123' }).expect(200);
      const token = (login.body as { accessToken: string }).accessToken;

      const english = (await evaluate({ staffId: reader.id, awardType: 'LDTT', year: 2025 }, token).expect(200)).body as EligibilityResult;
      const vietnamese = await evaluateOk({ staffId: reader.id, awardType: 'LDTT', year: 2025 });
      expect(criterion(english, 'rating_good_or_better')).toMatchObject({
        met: false,
        detail: 'Rating for 2025: Task completed (Good task completion or better required)',
      });
      expect(criterion(vietnamese, 'rating_good_or_better').detail).toBe(
        'Xếp loại năm 2025: Hoàn thành nhiệm vụ (yêu cầu từ Hoàn thành tốt nhiệm vụ trở lên)',
      );
      expect(criterion(english, 'rating_good_or_better').reason).toEqual(criterion(vietnamese, 'rating_good_or_better').reason);
      expect(criterion(english, 'solidarity_and_participation').detail).toMatch(/^To be confirmed by a competent person: /u);

      const page = (await candidates({ awardType: 'LDTT', year: 2025, unitId: other.id, filter: 'near_miss' }, token).expect(200))
        .body as CandidatesPage;
      const item = page.items.find((candidate) => candidate.id === reader.id);
      expect(item?.missing.map((missing) => missing.detail)).toEqual([
        'Rating for 2025: Task completed (Good task completion or better required)',
      ]);
    });

    it('the staff page and the candidates page show English details after switching to English', async () => {
      const agent = await signIn(t, 'admin', ADMIN_PASSWORD);
      const staffPage = await agent.get('/staff').expect(200);
      await agent
        .post('/language')
        .type('form')
        .send({ _csrf: csrfFrom(staffPage.text), lang: 'en', back: '/staff' })
        .expect(303);

      const history = await agent.get(`/staff/${reader.id}/history?year=2025&awardType=LDTT`).expect(200);
      expect(history.text).toContain('<html lang="en">');
      expect(history.text).toContain('Rating for 2025: Task completed (Good task completion or better required)');
      expect(history.text).toContain('Advanced Worker');
      expect(history.text).not.toContain('Xếp loại năm 2025');

      const list = await agent.get(`/eligibility?awardType=LDTT&year=2025&unitId=${other.id}&filter=near_miss`).expect(200);
      expect(list.text).toContain('Rating for 2025: Task completed (Good task completion or better required)');
      expect(list.text).not.toContain('Xếp loại năm 2025');
    });
  });
});
