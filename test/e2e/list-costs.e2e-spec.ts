// What keeps the lists cheap must never make them wrong: the staff counters kept by triggers, and
// the eligibility results kept per person and round, checked against the tables they summarise.
import type { CandidatesAnswer as CandidatesPage } from '../../src/eligibility/eligibility.presenter.js';
import { recordAward, setRating } from '../factories/eligibility.js';
import { createStaff, createUnit } from '../factories/index.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';

describe('list costs (kept counts and results stay exact)', () => {
  let t: TestApp;
  let library: { id: string };
  let department: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    library = await createUnit(t, { name: 'Thư viện tỉnh', code: 'LC' });
    department = await createUnit(t, { name: 'Phòng Phục vụ', code: 'LC-PV', parentId: library.id });
  });
  afterAll(async () => {
    await t.close();
  });

  const staffTotal = async (query: Record<string, string>): Promise<number> =>
    ((await t.http().get('/api/staff').query(query).set(bearer(t.adminToken)).expect(200)).body as { total: number }).total;
  const realCount = async (where: string, params: unknown[]): Promise<number> =>
    (
      (await t.dataSource.query(
        `SELECT count(*)::int AS n FROM staff s JOIN units u ON u.id = s.unit_id WHERE ${where}`,
        params,
      )) as Array<{ n: number }>
    )[0].n;

  describe('staff list totals', () => {
    it('follow creates, moves between units and leaving, per unit subtree and status', async () => {
      const created = [];
      for (let i = 0; i < 5; i++) {
        created.push(await createStaff(t, { unitId: i < 3 ? department.id : library.id, fullName: `Trần Văn Số ${i}` }));
      }
      await t.http().patch(`/api/staff/${created[0].id}`).set(bearer(t.adminToken)).send({ unitId: library.id }).expect(200);
      await t
        .http()
        .patch(`/api/staff/${created[1].id}`)
        .set(bearer(t.adminToken))
        .send({ status: 'left', leftOn: '2025-06-30' })
        .expect(200);

      const departmentPath = `%/${department.id}/%`;
      expect(await staffTotal({})).toBe(await realCount('TRUE', []));
      expect(await staffTotal({ unitId: department.id })).toBe(await realCount('u.path LIKE $1', [departmentPath]));
      expect(await staffTotal({ unitId: department.id })).toBe(2);
      expect(await staffTotal({ unitId: library.id, status: 'active' })).toBe(4);
      expect(await staffTotal({ status: 'left' })).toBe(1);
      // A page past the first still carries the exact total.
      expect(
        ((await t.http().get('/api/staff?page=2&pageSize=2').set(bearer(t.adminToken)).expect(200)).body as { total: number }).total,
      ).toBe(5);

      // The counters themselves, row by row, against the table they count.
      const drift = (await t.dataSource.query(`
        SELECT unit_id, status, count(*)::int AS n FROM staff GROUP BY 1, 2
        EXCEPT SELECT unit_id, status, n FROM staff_counts WHERE n <> 0`)) as unknown[];
      expect(drift).toEqual([]);
    });
  });

  describe('eligibility candidates from kept results', () => {
    let unit: { id: string };
    let anh: string;
    let binh: string;
    const ldtt = async (): Promise<CandidatesPage> =>
      (
        await t
          .http()
          .get('/api/eligibility/candidates')
          .query({ awardType: 'LDTT', year: 2025, unitId: unit.id })
          .set(bearer(t.adminToken))
          .expect(200)
      ).body as CandidatesPage;
    const statuses = (page: CandidatesPage): Array<[string, string]> => page.items.map((item) => [item.name, item.status]);
    const keptVersion = async (staffId: string): Promise<string> =>
      (
        (await t.dataSource.query(
          `SELECT facts_version::text AS v FROM eligibility_results WHERE subject_id = $1 AND award_type_code = 'LDTT'`,
          [staffId],
        )) as Array<{ v: string }>
      )[0].v;

    beforeAll(async () => {
      unit = await createUnit(t, { name: 'Phòng Lưu trữ', code: 'LC-LT', parentId: library.id });
      anh = (await createStaff(t, { unitId: unit.id, fullName: 'Nguyễn Thị Anh' })).id;
      binh = (await createStaff(t, { unitId: unit.id, fullName: 'Trần Văn Bình' })).id;
      await setRating(t, 'staff', anh, 2025, 'excellent');
    });

    it('a rating entered after the list was read moves the person at the next read (Law Art. 24: LĐTT needs good or better)', async () => {
      expect(statuses(await ldtt())).toEqual([
        ['Nguyễn Thị Anh', 'eligible'],
        ['Trần Văn Bình', 'near_miss'],
      ]);
      const anhBefore = await keptVersion(anh);
      await setRating(t, 'staff', binh, 2025, 'good');
      expect(statuses(await ldtt())).toEqual([
        ['Nguyễn Thị Anh', 'eligible'],
        ['Trần Văn Bình', 'eligible'],
      ]);
      // Only Bình was evaluated again: Anh's kept result is the same row, from the same counter.
      expect(await keptVersion(anh)).toBe(anhBefore);
    });

    it('an award recorded, or a change written straight into the table, is seen too (the counters are bumped by triggers)', async () => {
      await recordAward(t, { awardType: 'LDTT', staffId: binh, year: 2025 });
      expect(statuses(await ldtt())).toEqual([
        ['Nguyễn Thị Anh', 'eligible'],
        ['Trần Văn Bình', 'near_miss'], // already awarded this year
      ]);
      await t.dataSource.query(`DELETE FROM appraisals WHERE staff_id = $1`, [anh]);
      const page = await ldtt();
      expect(statuses(page)).toEqual([
        ['Nguyễn Thị Anh', 'near_miss'],
        ['Trần Văn Bình', 'near_miss'],
      ]);
      expect(page.counts).toEqual({ eligible: 0, nearMiss: 2, notEligible: 0 });
      // One statement, several rows of one person (as an import writes): counted once, seen at once.
      await t.dataSource.query(`INSERT INTO appraisals (staff_id, year, rating) VALUES ($1, 2024, 'good'), ($1, 2025, 'excellent')`, [anh]);
      expect(statuses(await ldtt())).toEqual([
        ['Nguyễn Thị Anh', 'eligible'],
        ['Trần Văn Bình', 'near_miss'],
      ]);
    });

    it('a person who moves in or out of the unit joins or leaves its list at once (membership is read live)', async () => {
      const other = await createUnit(t, { name: 'Phòng Khác', code: 'LC-K', parentId: library.id });
      await t.http().patch(`/api/staff/${anh}`).set(bearer(t.adminToken)).send({ unitId: other.id }).expect(200);
      expect(statuses(await ldtt())).toEqual([['Trần Văn Bình', 'near_miss']]);
      await t.http().patch(`/api/staff/${anh}`).set(bearer(t.adminToken)).send({ unitId: unit.id }).expect(200);
      expect((await ldtt()).total).toBe(2);
    });

    it('every kept result agrees with evaluating the person alone (GET /api/eligibility)', async () => {
      const page = await ldtt();
      for (const item of page.items) {
        const alone = (
          await t
            .http()
            .get('/api/eligibility')
            .query({ awardType: 'LDTT', year: 2025, staffId: item.id })
            .set(bearer(t.adminToken))
            .expect(200)
        ).body as { eligible: boolean };
        expect(alone.eligible).toBe(item.status === 'eligible');
      }
    });
  });

  describe('audit log', () => {
    it('pages newest first with the exact total of one kind of entity', async () => {
      const all = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'staff'`)) as Array<{ n: number }>;
      const res = await t.http().get('/api/audit?entity=staff&pageSize=3&page=2').set(bearer(t.adminToken)).expect(200);
      const body = res.body as { total: number; items: Array<{ id: string; entity: string }> };
      expect(body.total).toBe(all[0].n);
      expect(body.items).toHaveLength(3);
      expect(body.items.every((item) => item.entity === 'staff')).toBe(true);
      const ids = body.items.map((item) => Number(item.id));
      expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    });
  });
});
