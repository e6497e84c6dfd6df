import type request from 'supertest';
import { one, rows, sql } from '../../src/database/sql.js';
import { DEMO_PASSWORD, DEMO_STAFF, DEMO_UNITS, MERGER_DATE } from '../../src/demo/demo-data.js';
import { DemoRefused, seedDemo } from '../../src/demo/seed-demo.js';
import { roundYearOn } from '../../src/kernel/index.js';
import { createUnit } from '../factories/index.js';
import { bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';

interface Candidate {
  code: string;
  name: string;
  status: 'eligible' | 'near_miss' | 'not_eligible';
  missing: { code: string }[];
}
interface CandidatesAnswer {
  year: number;
  counts: { eligible: number; nearMiss: number; notEligible: number };
  items: Candidate[];
}
interface IssuerAnswer {
  id: string;
  name: string;
  parentName: string | null;
  validFrom: string | null;
  validTo: string | null;
  successorId: string | null;
}

const VIETNAMESE: Record<string, string> = { 'Accept-Language': 'vi' };

/** `npm run demo` refuses a database with data of its own (it fills an empty one: below). */
describe('demo data', () => {
  it('refuses a database that holds data of its own', async () => {
    const t = await createTestApp();
    try {
      await createUnit(t);
      await expect(seedDemo(t.app)).rejects.toThrow(DemoRefused);
    } finally {
      await t.close();
    }
  });
});

/**
 * The story the demo tells on its first start (issue 8 item 12), for the round year of today: from
 * 1 October the current year, else the previous one.
 */
describe('demo story', () => {
  let t: TestApp;
  const round = roundYearOn(new Date());

  // About 600 records entered through the services, each audited: a few seconds, more on a busy machine.
  beforeAll(async () => {
    t = await createTestApp();
    await expect(seedDemo(t.app)).resolves.toBe('seeded');
  }, 300_000);
  afterAll(async () => {
    await t.close();
  });

  const candidates = async (awardType: string): Promise<CandidatesAnswer> =>
    (
      await t
        .http()
        .get('/api/eligibility/candidates')
        .query({ awardType, year: round, pageSize: 200 })
        .set(bearer(t.adminToken))
        .expect(200)
    ).body as CandidatesAnswer;
  const statusOf = (answer: CandidatesAnswer, name: string): Candidate => {
    const found = answer.items.find((c) => c.name === name);
    if (!found) {
      throw new Error(`${name} is not among the candidates`);
    }
    return found;
  };

  it('fills an empty database once, then finds the demo already there', async () => {
    const counts = await one(
      t.dataSource.manager,
      sql`SELECT (SELECT count(*) FROM units)::int AS units, (SELECT count(*) FROM staff)::int AS staff`,
    );
    expect(counts).toEqual({ units: DEMO_UNITS.length, staff: DEMO_STAFF.length });
    await expect(seedDemo(t.app)).resolves.toBe('already-present');
  });

  it.each(['LDTT', 'CSTDCS', 'TTLDTT'])('lists eligible people, near misses and refusals for %s in the round year', async (awardType) => {
    const answer = await candidates(awardType);
    expect(answer.year).toBe(round);
    expect(answer.counts.eligible).toBeGreaterThanOrEqual(1);
    expect(answer.counts.nearMiss).toBeGreaterThanOrEqual(1);
    expect(answer.counts.notEligible).toBeGreaterThanOrEqual(1);
  });

  it('tells LĐTT (Law 06/2022 Art. 24) apart by rating, freeze and discipline (ND 152/2025 Art. 4)', async () => {
    const answer = await candidates('LDTT');
    expect(statusOf(answer, 'Phạm Văn Hùng').status).toBe('eligible');
    const completed = statusOf(answer, 'Nguyễn Thị Hồng Nhung');
    expect([completed.status, completed.missing.map((m) => m.code)]).toEqual(['near_miss', ['rating_good_or_better']]);
    const frozen = statusOf(answer, 'Lê Thị Hoa');
    expect([frozen.status, frozen.missing.map((m) => m.code)]).toEqual(['near_miss', ['no_freeze']]);
    const reprimanded = statusOf(answer, 'Hoàng Văn Tuấn');
    expect(reprimanded.status).toBe('not_eligible');
    expect(reprimanded.missing.map((m) => m.code).sort()).toEqual(['achievement_after_discipline', 'rating_good_or_better']);
    // Left in 2023: not in service in the round year, so not listed.
    expect(answer.items.some((c) => c.name === 'Nguyễn Văn Quý')).toBe(false);
  });

  it('makes CSTĐCS (Law 06/2022 Art. 23) by an excellent rating or an initiative, and Bằng khen tỉnh (Art. 74(1)(d)) by two CSTĐCS in a row', async () => {
    const cstdcs = await candidates('CSTDCS');
    expect(statusOf(cstdcs, 'Bùi Thị Hạnh').status).toBe('eligible'); // excellent
    expect(statusOf(cstdcs, 'Đặng Văn Khánh').status).toBe('eligible'); // good, with an initiative of the year
    expect(statusOf(cstdcs, 'Phạm Văn Hùng').missing.map((m) => m.code)).toEqual(['excellent_or_initiative']);
    const bangKhen = await candidates('BANG_KHEN_TINH');
    expect(statusOf(bangKhen, 'Lê Thị Minh Nguyệt').status).toBe('eligible');
    expect(statusOf(bangKhen, 'Trần Văn Dũng').status).toBe('near_miss');
  });

  it('rates collectives (Law 06/2022 Art. 28): 70 % of members with LĐTT decides between TTLĐTT and a near miss', async () => {
    const answer = await candidates('TTLDTT');
    expect(statusOf(answer, 'Phòng Phục vụ bạn đọc').status).toBe('eligible');
    expect(statusOf(answer, 'Phòng Hành chính – Tổng hợp').missing.map((m) => m.code)).toEqual(['members_ldtt_70pct']);
    expect(statusOf(answer, 'Phòng Tin học và Thư viện số').status).toBe('not_eligible');
  });

  it('has five years of history: LĐTT and CSTĐCS chains, collective titles, a Bằng khen, an initiative, a discipline and a freeze', async () => {
    const counts = await one<Record<string, number>>(
      t.dataSource.manager,
      sql`SELECT (SELECT count(DISTINCT year) FROM appraisals WHERE staff_id IS NOT NULL)::int AS "ratingYears",
                 (SELECT count(DISTINCT year) FROM appraisals WHERE unit_id IS NOT NULL)::int AS "unitRatingYears",
                 (SELECT count(DISTINCT year) FROM award_records WHERE award_type_code = 'LDTT')::int AS "ldttYears",
                 (SELECT count(DISTINCT year) FROM award_records WHERE award_type_code = 'CSTDCS')::int AS "cstdcsYears",
                 (SELECT count(*) FROM award_records WHERE unit_id IS NOT NULL AND award_type_code IN ('TTLDTT', 'TTLDXS'))::int AS "collective",
                 (SELECT count(*) FROM award_records WHERE award_type_code = 'BANG_KHEN_TINH')::int AS "bangKhen",
                 (SELECT count(*) FROM award_records WHERE year >= ${round})::int AS "roundAwards",
                 (SELECT count(*) FROM initiatives)::int AS initiatives,
                 (SELECT count(*) FROM disciplines)::int AS disciplines,
                 (SELECT count(*) FROM freezes)::int AS freezes`,
    );
    expect(counts).toEqual({
      ratingYears: 5,
      unitRatingYears: 5,
      ldttYears: 4,
      cstdcsYears: 4,
      collective: expect.any(Number),
      bangKhen: 1,
      // The round is being prepared: nothing is decided for it yet.
      roundAwards: 0,
      initiatives: expect.any(Number),
      disciplines: 1,
      freezes: 1,
    });
    expect(counts.collective).toBeGreaterThanOrEqual(10);
    expect(counts.initiatives).toBeGreaterThanOrEqual(3);
  });

  it('names the issuer in force on each decision date: Vĩnh Phúc’s before the merger of 1/7/2025, Phú Thọ’s after', async () => {
    const awards = await rows<{ decisionDate: string; issuerName: string; validTo: string | null; place: string }>(
      t.dataSource.manager,
      sql`SELECT ar.decision_date AS "decisionDate", ar.issuer_name AS "issuerName", i.valid_to AS "validTo", i.place
            FROM award_records ar JOIN issuers i ON i.id = ar.issuer_id`,
    );
    const all = (await one<{ n: number }>(t.dataSource.manager, sql`SELECT count(*)::int AS n FROM award_records`)).n;
    expect(awards).toHaveLength(all);
    const before = awards.filter((a) => a.decisionDate < MERGER_DATE);
    const after = awards.filter((a) => a.decisionDate >= MERGER_DATE);
    if (round - 4 < 2025) {
      // Until the round of 2029, the story reaches back before the merger.
      expect(before.length).toBeGreaterThan(0);
    }
    expect(after.length).toBeGreaterThan(0);
    for (const award of before) {
      expect([award.place, award.validTo, award.issuerName]).toEqual(['Vĩnh Phúc', '2025-06-30', expect.stringContaining('VĨNH PHÚC')]);
    }
    for (const award of after) {
      expect([award.place, award.validTo, award.issuerName]).toEqual(['Phú Thọ', null, expect.stringContaining('PHÚ THỌ')]);
    }
    const bangKhen = await one<{ decisionDate: string; issuerName: string }>(
      t.dataSource.manager,
      sql`SELECT decision_date AS "decisionDate", issuer_name AS "issuerName" FROM award_records WHERE award_type_code = 'BANG_KHEN_TINH'`,
    );
    expect(bangKhen.issuerName).toBe(
      bangKhen.decisionDate < MERGER_DATE ? 'ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC' : 'ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ',
    );
  });

  it('answers each issuer’s validity and successor in the API', async () => {
    const issuers = (await t.http().get('/api/issuers').set(bearer(t.adminToken)).expect(200)).body as IssuerAnswer[];
    const byName = (name: string, parent: string | null = null): IssuerAnswer =>
      issuers.find((i) => i.name === name && i.parentName === parent)!;
    const oldCommittee = byName('ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC');
    const newCommittee = byName('ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ');
    expect(oldCommittee).toMatchObject({ validFrom: '1997-01-01', validTo: '2025-06-30', successorId: newCommittee.id });
    expect(newCommittee).toMatchObject({ validFrom: '2025-07-01', validTo: null, successorId: null });
    const oldDepartment = byName('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'UBND TỈNH VĨNH PHÚC');
    expect(oldDepartment.successorId).toBe(byName('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH', 'UBND TỈNH PHÚ THỌ').id);
  });

  it('refuses an award decided after the merger in the old issuer’s name, naming its successor; takes it from the successor', async () => {
    const issuers = (await t.http().get('/api/issuers').set(bearer(t.adminToken)).expect(200)).body as IssuerAnswer[];
    const oldCommittee = issuers.find((i) => i.name === 'ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC')!;
    const newCommittee = issuers.find((i) => i.name === 'ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ')!;
    const person = await one<{ id: string }>(t.dataSource.manager, sql`SELECT id FROM staff WHERE full_name = 'Phạm Văn Hùng'`);
    const award = {
      awardType: 'GIAY_KHEN',
      staffId: person.id,
      year: 2025,
      basis: 'ad_hoc',
      decisionNumber: '301/QĐ-UBND',
      decisionDate: '2025-09-12',
    };

    const byId = await t
      .http()
      .post('/api/awards')
      .set({ ...bearer(t.adminToken), ...VIETNAMESE })
      .send({ ...award, issuerId: oldCommittee.id })
      .expect(422);
    expect(byId.body).toMatchObject({ code: 'ISSUER_NOT_IN_FORCE', details: [{ field: 'decisionDate' }] });
    expect(byId.body.message).toBe(
      'ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC chỉ ban hành quyết định đến ngày 30/06/2025; quyết định ngày 12/09/2025 thuộc thẩm quyền của cơ quan kế thừa: ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ.',
    );
    // The old name typed as text is recognised too (any case).
    const byName = await t
      .http()
      .post('/api/awards')
      .set({ ...bearer(t.adminToken), ...ENGLISH })
      .send({ ...award, issuerName: 'Ủy ban nhân dân tỉnh Vĩnh Phúc' })
      .expect(422);
    expect(byName.body.message).toContain('its successor: ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ');

    const saved = await t
      .http()
      .post('/api/awards')
      .set(bearer(t.adminToken))
      .send({ ...award, issuerId: newCommittee.id })
      .expect(201);
    expect(saved.body).toMatchObject({ issuerId: newCommittee.id, issuerName: 'ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ' });
    // Before the merger, the old committee signs; its successor did not exist yet.
    await t
      .http()
      .post('/api/awards')
      .set(bearer(t.adminToken))
      .send({ ...award, year: 2024, decisionDate: '2025-03-03', issuerId: newCommittee.id })
      .expect(422);
  });

  it('refuses an imported row whose issuer had ended on its decision date, naming line, field and successor', async () => {
    const before = (await one<{ n: number }>(t.dataSource.manager, sql`SELECT count(*)::int AS n FROM award_records`)).n;
    const file = [
      'Mã cán bộ,Danh hiệu,Năm,Số quyết định,Ngày quyết định,Cơ quan ban hành',
      'TVVP-004,GIAY_KHEN,2024,12/QĐ-SVHTTDL,15/03/2025,SỞ VĂN HÓA THỂ THAO DU LỊCH CŨ',
      'TVVP-005,BANG_KHEN_TINH,2025,88/QĐ-UBND,20/02/2026,Ủy ban nhân dân tỉnh Vĩnh Phúc',
    ].join('\n');
    const res = await t
      .http()
      .post('/api/history/import?kind=awards')
      .set({ ...bearer(t.adminToken), ...ENGLISH })
      .attach('file', Buffer.from(file, 'utf8'), 'khen-thuong.csv')
      .expect(422);
    expect(res.body.details).toEqual([
      {
        line: 3,
        field: 'decisionDate',
        constraint: 'issuerSucceeded',
        message:
          'ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC issued decisions until 30/06/2025; a decision of 20/02/2026 belongs to its successor: ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ.',
      },
    ]);
    expect((await one<{ n: number }>(t.dataSource.manager, sql`SELECT count(*)::int AS n FROM award_records`)).n).toBe(before);
  });

  it('refuses a validity that ends before it starts, and an issuer that succeeds itself', async () => {
    const issuers = (await t.http().get('/api/issuers').set(bearer(t.adminToken)).expect(200)).body as IssuerAnswer[];
    const res = await t
      .http()
      .post('/api/issuers')
      .set(bearer(t.adminToken))
      .send({
        name: 'SỞ NỘI VỤ',
        symbol: 'SNV',
        place: 'Phú Thọ',
        signerTitle: 'GIÁM ĐỐC',
        signerName: 'A',
        validFrom: '2025-07-01',
        validTo: '2025-01-01',
      })
      .expect(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'validTo', constraint: 'endBeforeStart' })]);
    const self = issuers[0];
    const patched = await t.http().patch(`/api/issuers/${self.id}`).set(bearer(t.adminToken)).send({ successorId: self.id }).expect(400);
    expect(patched.body.details).toEqual([expect.objectContaining({ field: 'successorId', constraint: 'successorSelf' })]);
  });

  it('shows the period and the successor on the issuers page, in Vietnamese', async () => {
    const agent = await signIn(t, 'quantri', DEMO_PASSWORD);
    const page = await agent.get('/issuers').expect(200);
    expect(page.text).toContain('01/01/1997 – 30/06/2025');
    expect(page.text).toContain('từ 01/07/2025');
    expect(page.text).toContain('Cơ quan kế thừa');
    expect(page.text).toContain('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH (UBND TỈNH PHÚ THỌ)');
  });

  it('opens the eligibility page on the round year', async () => {
    const agent = await signIn(t, 'thuky', DEMO_PASSWORD);
    const page = await agent.get('/eligibility').expect(200);
    expect(page.text).toMatch(new RegExp(`name="year"[^>]*value="${round}"`, 'u'));
  });
});

/** Signs in through the login page, as a browser does; the agent keeps the cookies. */
async function signIn(t: TestApp, username: string, password: string): Promise<request.Agent> {
  const agent = t.http();
  const login = await agent.get('/login').expect(200);
  const csrf = /name="_csrf" value="([^"]+)"/u.exec(login.text)![1];
  await agent
    .post('/login')
    .type('form')
    .send(new URLSearchParams({ _csrf: csrf, username, password, next: '/staff' }).toString())
    .expect(303);
  return agent;
}
