import 'reflect-metadata';
import type request from 'supertest';
import supertest from 'supertest';
import { createApp, type StartedApp } from '../../src/bootstrap.js';
import { validateEnvironment } from '../../src/config/environment.js';
import { lockNaturalKey, lockTableKeys } from '../../src/database/natural-key-lock.js';
import { RATINGS } from '../../src/kernel/index.js';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { importHistory } from '../factories/history.js';
import { importFile, staffCsv, staffRows } from '../factories/import.js';
import { ADMIN_PASSWORD, bearer, createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue 7, items 8 and 9: audited writes racing each other. Each audited write reads its `before`
 * under an advisory lock on the natural key (src/database/natural-key-lock.ts), so however many
 * requests race, the audit trail of a record is one chain: one entry without `before` (the
 * creation), then entries whose `before` is the previous entry's `after`, ending at what is stored.
 */

interface AuditLink {
  id: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const PARALLEL = 50;
const ROUNDS = 3;
/** The HTTP statuses of a burst, counted: `{ 200: 50 }`. */
const tally = (responses: request.Response[]): Record<number, number> =>
  responses.reduce<Record<number, number>>((acc, res) => ({ ...acc, [res.status]: (acc[res.status] ?? 0) + 1 }), {});

describe('audited writes under concurrency (issue 7, items 8 and 9)', () => {
  let t: TestApp;
  let unit: { id: string; code: string };

  const chain = async (entity: string, entityId: string): Promise<AuditLink[]> =>
    (await t.dataSource.query(`SELECT id, action, before, after FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id`, [
      entity,
      entityId,
    ])) as AuditLink[];

  /** One creation first, then each entry's `before` equal (in `fields`) to the previous `after`, ending at `stored`. */
  const expectOneChain = (links: AuditLink[], fields: string[], stored: Record<string, unknown>): void => {
    const pick = (value: Record<string, unknown> | null): Record<string, unknown> | null =>
      value === null ? null : Object.fromEntries(fields.map((field) => [field, value[field]]));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => link.before === null)).toHaveLength(1);
    expect(links[0].before).toBeNull();
    expect(['create', 'import']).toContain(links[0].action);
    const broken = links.slice(1).flatMap((link, i) => {
      const previous = links[i];
      return JSON.stringify(pick(link.before)) === JSON.stringify(pick(previous.after)) ? [] : [{ previous, link }];
    });
    expect(broken).toEqual([]);
    // An unchanged value writes nothing, so no entry says "from x to x".
    expect(links.filter((link) => JSON.stringify(pick(link.before)) === JSON.stringify(pick(link.after)))).toEqual([]);
    expect(pick(links[links.length - 1].after)).toEqual(pick(stored));
  };

  const appraisalsOf = async (column: 'staff_id' | 'unit_id', id: string, year: number): Promise<Array<{ id: string; rating: string }>> =>
    (await t.dataSource.query(`SELECT id, rating FROM appraisals WHERE ${column} = $1 AND year = $2`, [id, year])) as Array<{
      id: string;
      rating: string;
    }>;

  beforeAll(async () => {
    t = await createTestApp();
    unit = await createUnit(t, { code: 'TV-CC', name: 'Thư viện tỉnh' });
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  describe(`${PARALLEL} parallel PUT /api/staff/:id/appraisals/:year for a new person-year`, () => {
    it.each(Array.from({ length: ROUNDS }, (_, round) => [round + 1]))(
      'round %i: one row, one creation, every update chained to the one before it',
      async (round) => {
        const staff = await createStaff(t, { unitId: unit.id });
        const year = 2018 + round;
        const responses = await Promise.all(
          Array.from({ length: PARALLEL }, (_, i) =>
            t
              .http()
              .put(`/api/staff/${staff.id}/appraisals/${year}`)
              .set(bearer(t.adminToken))
              .send({ rating: RATINGS[i % RATINGS.length] }),
          ),
        );
        expect(tally(responses)).toEqual({ 200: PARALLEL });
        const stored = await appraisalsOf('staff_id', staff.id, year);
        expect(stored).toHaveLength(1);
        const links = await chain('appraisals', stored[0].id);
        expectOneChain(links, ['id', 'rating'], stored[0]);
        expect(links.slice(1).every((link) => link.action === 'update')).toBe(true);
      },
      60_000,
    );
  });

  it(`${PARALLEL} parallel PUT /api/units/:id/appraisals/:year: the same chain for a unit`, async () => {
    const team = await createUnit(t, { parentId: unit.id });
    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        t
          .http()
          .put(`/api/units/${team.id}/appraisals/2020`)
          .set(bearer(t.adminToken))
          .send({ rating: RATINGS[(i + 1) % RATINGS.length] }),
      ),
    );
    expect(tally(responses)).toEqual({ 200: PARALLEL });
    const stored = await appraisalsOf('unit_id', team.id, 2020);
    expect(stored).toHaveLength(1);
    expectOneChain(await chain('appraisals', stored[0].id), ['id', 'rating'], stored[0]);
  }, 60_000);

  it('PUTs racing history imports of the same person-year: one chain across both paths', async () => {
    const staff = await createStaff(t, { unitId: unit.id });
    const codes = ['HTXS', 'HTT', 'HT', 'KHT'];
    const file = (i: number): string => `Mã cán bộ,Năm,Xếp loại\r\n${staff.code},2021,${codes[i % codes.length]}\r\n`;
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0
          ? importHistory(t, 'appraisals', file(i), 'xep-loai.csv')
          : t
              .http()
              .put(`/api/staff/${staff.id}/appraisals/2021`)
              .set(bearer(t.adminToken))
              .send({ rating: RATINGS[i % RATINGS.length] }),
      ),
    );
    expect(tally(responses)).toEqual({ 200: 20 });
    const stored = await appraisalsOf('staff_id', staff.id, 2021);
    expect(stored).toHaveLength(1);
    expectOneChain(await chain('appraisals', stored[0].id), ['id', 'rating'], stored[0]);
  }, 60_000);

  describe('staff', () => {
    it('10 parallel imports each setting another position for one new code: one creation, then a chain', async () => {
      const code = 'CC-ONE';
      const files = Array.from({ length: 10 }, (_, i) => staffCsv([[code, 'Trần Thị Mai', 'Nữ', '', unit.code, `Chuyên viên ${i}`, '']]));
      const responses = await Promise.all(files.map((file) => importFile(t, t.adminToken, file)));
      expect(tally(responses)).toEqual({ 200: 10 });
      const bodies = responses.map((res) => res.body as { created: number; updated: number });
      expect(bodies.reduce((sum, body) => sum + body.created, 0)).toBe(1);
      expect(bodies.reduce((sum, body) => sum + body.updated, 0)).toBe(9);
      const [stored] = (await t.dataSource.query(`SELECT id, position FROM staff WHERE code = $1`, [code])) as Array<{
        id: string;
        position: string;
      }>;
      expectOneChain(await chain('staff', stored.id), ['id', 'position'], stored);
    }, 60_000);

    it('10 parallel imports of the same file: one imports it, the other nine are the documented no-op (200, nothing written)', async () => {
      const file = staffCsv(staffRows(30, unit.code, 'PAR'));
      const auditBefore = await auditCount();
      const responses = await Promise.all(Array.from({ length: 10 }, () => importFile(t, t.adminToken, file)));
      expect(tally(responses)).toEqual({ 200: 10 });
      const bodies = responses.map((res) => res.body as { created: number; updated: number });
      expect(bodies.filter((body) => body.created === 30 && body.updated === 0)).toHaveLength(1);
      expect(bodies.filter((body) => body.created === 0 && body.updated === 0)).toHaveLength(9);
      expect(await auditCount()).toBe(auditBefore + 30);
    }, 60_000);

    it(`${PARALLEL} parallel POST /api/staff with one code: one 201 and one audit entry, the rest STAFF_CODE_TAKEN`, async () => {
      const responses = await Promise.all(
        Array.from({ length: PARALLEL }, (_, i) =>
          t
            .http()
            .post('/api/staff')
            .set(bearer(t.adminToken))
            .send({ code: 'CC-SAME', fullName: `Lê Văn ${i}`, gender: 'male', unitId: unit.id }),
        ),
      );
      expect(tally(responses)).toEqual({ 201: 1, 409: PARALLEL - 1 });
      expect(new Set(responses.filter((res) => res.status === 409).map((res) => (res.body as { code: string }).code))).toEqual(
        new Set(['STAFF_CODE_TAKEN']),
      );
      const created = responses.find((res) => res.status === 201)!.body as { id: string };
      expect((await chain('staff', created.id)).map((link) => link.action)).toEqual(['create']);
    }, 60_000);
  });

  it.each([
    ['appraisals', 'Mã cán bộ,Năm,Xếp loại', (code: string) => `${code},2022,HTT`],
    ['awards', 'Mã cán bộ,Danh hiệu,Năm,Số quyết định', (code: string) => `${code},LDTT,2022,07/QĐ`],
  ])(
    '10 parallel history imports (%s) of the same file: one creates, nine answer "unchanged"',
    async (kind, headings, line) => {
      const people = await Promise.all(Array.from({ length: 5 }, () => createStaff(t, { unitId: unit.id })));
      const file = `${headings}\r\n${people.map((p) => line(p.code)).join('\r\n')}\r\n`;
      const responses = await Promise.all(Array.from({ length: 10 }, () => importHistory(t, kind, file, `${kind}.csv`)));
      expect(tally(responses)).toEqual({ 200: 10 });
      const bodies = responses.map((res) => res.body as { created: number; updated: number; unchanged: number });
      expect(bodies.filter((b) => b.created === 5 && b.unchanged === 0)).toHaveLength(1);
      expect(bodies.filter((b) => b.created === 0 && b.updated === 0 && b.unchanged === 5)).toHaveLength(9);
      const [{ n }] = (await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE entity = $1 AND entity_id IN (
        SELECT id::text FROM ${kind === 'awards' ? 'award_records' : 'appraisals'} WHERE staff_id = ANY($2::uuid[]))`,
        [kind, people.map((p) => p.id)],
      )) as Array<{ n: number }>;
      expect(n).toBe(5);
    },
    60_000,
  );

  it(`${PARALLEL} parallel POST /api/units with one code: one 201, the rest UNIT_CODE_TAKEN`, async () => {
    const responses = await Promise.all(
      Array.from({ length: PARALLEL }, () =>
        t.http().post('/api/units').set(bearer(t.adminToken)).send({ code: 'CC-UNIT', name: 'Phòng Đọc' }),
      ),
    );
    expect(tally(responses)).toEqual({ 201: 1, 409: PARALLEL - 1 });
    expect(new Set(responses.filter((res) => res.status === 409).map((res) => (res.body as { code: string }).code))).toEqual(
      new Set(['UNIT_CODE_TAKEN']),
    );
  }, 60_000);

  it('20 parallel PATCH /api/users/:id: each change audited from the one before it', async () => {
    const user = await createUserToken(t, ['hr_officer']);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t
          .http()
          .patch(`/api/users/${user.id}`)
          .set(bearer(t.adminToken))
          .send({ fullName: `Người Thử ${i}` }),
      ),
    );
    expect(tally(responses)).toEqual({ 200: 20 });
    const [stored] = (await t.dataSource.query(`SELECT id, full_name AS "fullName" FROM users WHERE id = $1`, [user.id])) as Array<{
      id: string;
      fullName: string;
    }>;
    const links = await chain('users', user.id);
    expect(links.filter((link) => link.action === 'update')).toHaveLength(20);
    expectOneChain(
      links.filter((link) => link.action === 'create' || link.action === 'update'),
      ['id', 'fullName'],
      stored,
    );
  }, 60_000);

  /** Advisory locks live in PostgreSQL, so they hold across processes; the embedded database has one process by design. */
  const onPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;
  onPostgres('two app instances on one PostgreSQL', () => {
    let second: StartedApp;
    let secondToken: string;

    beforeAll(async () => {
      second = await createApp(
        validateEnvironment({
          DATABASE_URL: t.database.url!,
          DATA_DIR: '/tmp/ct-test-unused',
          SESSION_SECRET: 'test-session-secret-at-least-32-characters-long',
          ADMIN_PASSWORD,
          LOG_LEVEL: 'error',
        }),
      );
      await second.app.getHttpAdapter().getInstance().ready();
      const login = await supertest(second.app.getHttpServer())
        .post('/api/auth/login')
        .send({ username: 'admin', password: ADMIN_PASSWORD })
        .expect(200);
      secondToken = (login.body as { accessToken: string }).accessToken;
    }, 60_000);
    afterAll(async () => {
      await second.close();
    });

    it('the locks themselves: one key queues, another key passes, the whole table waits for both', async () => {
      const [a, b, c, d] = [0, 1, 2, 3].map(() => t.dataSource.createQueryRunner());
      const settled = (promise: Promise<unknown>): (() => boolean) => {
        let done = false;
        void promise.then(() => (done = true));
        return () => done;
      };
      const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
      try {
        await Promise.all([a, b, c, d].map((runner) => runner.startTransaction()));
        await lockNaturalKey(a.manager, 'demo_table', 'staff', 'ABC', 2019);
        const sameKey = lockNaturalKey(b.manager, 'demo_table', 'staff', 'abc', 2019);
        const sameKeyDone = settled(sameKey);
        await lockNaturalKey(c.manager, 'demo_table', 'staff', 'abc', 2020);
        const wholeTable = lockTableKeys(d.manager, 'demo_table');
        const wholeTableDone = settled(wholeTable);
        await pause(300);
        expect([sameKeyDone(), wholeTableDone()]).toEqual([false, false]);
        await a.commitTransaction();
        await sameKey;
        await pause(100);
        expect(wholeTableDone()).toBe(false);
        await Promise.all([b.commitTransaction(), c.commitTransaction()]);
        await wholeTable;
        await d.commitTransaction();
        await expect(lockNaturalKey(a.manager, 'demo_table', 'x')).rejects.toThrow(/only inside a transaction/u);
      } finally {
        await Promise.all([a, b, c, d].map((runner) => runner.release()));
      }
    });

    it(`${PARALLEL} PUTs split between the two instances: still one creation and one chain`, async () => {
      const staff = await createStaff(t, { unitId: unit.id });
      const responses = await Promise.all(
        Array.from({ length: PARALLEL }, (_, i) =>
          (i % 2 === 0
            ? t.http().put(`/api/staff/${staff.id}/appraisals/2019`).set(bearer(t.adminToken))
            : supertest(second.app.getHttpServer()).put(`/api/staff/${staff.id}/appraisals/2019`).set(bearer(secondToken))
          ).send({ rating: RATINGS[i % RATINGS.length] }),
        ),
      );
      expect(tally(responses)).toEqual({ 200: PARALLEL });
      const stored = await appraisalsOf('staff_id', staff.id, 2019);
      expect(stored).toHaveLength(1);
      expectOneChain(await chain('appraisals', stored[0].id), ['id', 'rating'], stored[0]);
    }, 60_000);
  });

  async function auditCount(): Promise<number> {
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`)) as Array<{ n: number }>;
    return n;
  }
});
