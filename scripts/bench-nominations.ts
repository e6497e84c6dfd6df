// The nominations section of `npm run bench` (issue 10 "Performance"): "propose everyone eligible"
// for a unit of 2,000 people rated good (LĐTT) in one request, the same people submitted in one bulk
// transition (eligibility snapshots and the screening included), and the review queue's first page
// with 20,000 nominations in the table, for an admin and for a manager limited to one department.
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import type { StartedApp } from '../src/bootstrap.js';
import { nameSortKey } from '../src/common/text/vietnamese.js';
import type { DecisionFigure } from './bench-decisions.js';

const PEOPLE = Number(process.env.BENCH_NOMINATION_PEOPLE ?? '2000');
const QUEUE = Number(process.env.BENCH_NOMINATION_QUEUE ?? '20000');
const RUNS = 7;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)];
};

export async function benchNominations(
  started: StartedApp,
  dataSource: DataSource,
  token: string,
  departmentId: string,
): Promise<Map<string, DecisionFigure>> {
  const fastify = started.app.getHttpAdapter().getInstance();
  const call = async (method: 'GET' | 'POST', url: string, payload?: object, bearer = token): Promise<{ body: string; ms: number }> => {
    const begin = performance.now();
    const res = await fastify.inject({ method, url, headers: { authorization: `Bearer ${bearer}` }, ...(payload ? { payload } : {}) });
    const ms = performance.now() - begin;
    if (res.statusCode !== 200 && res.statusCode !== 201) {
      throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
    }
    return { body: res.body, ms };
  };
  const figures = new Map<string, DecisionFigure>();

  // Two units of PEOPLE people rated good for 2025, all eligible for LĐTT: the first request is cold, the second warm.
  const bulkTimes: number[] = [];
  const submitTimes: number[] = [];
  for (const round of [1, 2]) {
    const unit = JSON.parse(
      (await call('POST', '/api/units', { name: `Trung tâm đề nghị ${round} (bench)`, code: `BENCH-NOM-${round}` })).body,
    ) as {
      id: string;
    };
    const names = Array.from({ length: PEOPLE }, (_, i) => `Trần Văn Đề Nghị ${round}-${String(i + 1).padStart(4, '0')}`);
    const staff = (await dataSource.query(
      `INSERT INTO staff (code, full_name, gender, unit_id, position, sort_key, search_text)
       SELECT 'BNOM${round}-' || i, n, 'male', $1, 'Viên chức', k, lower(n) FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS v(n, k, i)
       RETURNING id`,
      [unit.id, names, names.map(nameSortKey)],
    )) as Array<{ id: string }>;
    await dataSource.query(`INSERT INTO appraisals (staff_id, year, rating) SELECT unnest($1::uuid[]), 2025, 'good'`, [
      staff.map((s) => s.id),
    ]);
    const bulk = await call('POST', '/api/nominations/bulk', { awardType: 'LDTT', year: 2025, unitId: unit.id, eligibleOnly: true });
    const created = JSON.parse(bulk.body) as { items: Array<{ id: string; version: number }> };
    if (created.items.length !== PEOPLE) {
      throw new Error(`The bulk nomination drafted ${created.items.length}, not ${PEOPLE}`);
    }
    bulkTimes.push(bulk.ms);
    const items = created.items.map((item) => ({ id: item.id, version: item.version }));
    submitTimes.push((await call('POST', '/api/nominations/transitions', { action: 'submit', items })).ms);
  }
  figures.set(`bulk: ${PEOPLE} LĐTT drafts, everyone eligible in a unit`, { first: bulkTimes[0], median: bulkTimes[1] });
  figures.set(`bulk: ${PEOPLE} submitted in one transition (snapshots)`, { first: submitTimes[0], median: submitTimes[1] });

  // The review queue: QUEUE nominations of 2024, every other one submitted, over the bench's staff and units.
  const [{ id: adminId }] = (await dataSource.query(`SELECT id FROM users WHERE username = 'admin'`)) as Array<{ id: string }>;
  await dataSource.query(
    `INSERT INTO nominations (year, award_type, staff_id, proposed_by_unit_id, achievements, proposed_by, state, submitted_by, submitted_at)
     SELECT 2024, 'LDTT', s.id, s.unit_id, 'Hoàn thành tốt nhiệm vụ', $1,
            CASE WHEN s.n % 2 = 0 THEN 'submitted' ELSE 'draft' END,
            CASE WHEN s.n % 2 = 0 THEN $1::uuid END,
            CASE WHEN s.n % 2 = 0 THEN now() - s.n * interval '1 minute' END
       FROM (SELECT id, unit_id, row_number() OVER (ORDER BY id) AS n FROM staff WHERE code NOT LIKE 'BNOM%' LIMIT $2) s`,
    [adminId, QUEUE],
  );
  await dataSource.query('ANALYZE nominations');
  const [{ n: total }] = (await dataSource.query(`SELECT count(*)::int AS n FROM nominations`)) as Array<{ n: number }>;
  const measure = async (name: string, url: string, bearer = token): Promise<void> => {
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      times.push((await call('GET', url, undefined, bearer)).ms);
    }
    figures.set(name, { first: times[0], median: median(times.slice(1)) });
  };
  await measure(`review queue, first page (${total} nominations), admin`, '/api/nominations?state=submitted&year=2024');
  // A manager of one department (a tenth of the units, or so): the scope joins the unit paths.
  const password = 'bench-manager-password';
  await call('POST', '/api/users', {
    username: 'bench-manager',
    password,
    fullName: 'Lãnh đạo (bench)',
    roles: ['manager'],
    unitIds: [departmentId],
  });
  const login = await fastify.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'bench-manager', password } });
  const managerToken = (JSON.parse(login.body) as { accessToken: string }).accessToken;
  await measure(
    `review queue, first page (${total} nominations), a department's manager`,
    '/api/nominations?state=submitted',
    managerToken,
  );
  await measure(`nominations list, first page (${total}), newest first`, '/api/nominations');
  return figures;
}
