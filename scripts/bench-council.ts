// The council section of `npm run bench` (issue 10 "Performance": a council tally of 500 ballots <
// 200 ms): a council of 30 members, a session of BENCH_COUNCIL_BALLOTS (500) approved nominations opened
// (every one put on the agenda in the same transaction), the ballots recorded one by one, the session
// read back (every tally against its threshold of ALL members), the session closed (500 transitions to
// passed or failed, the results stored, two numbers given, the session frozen), and its minutes.
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import type { StartedApp } from '../src/bootstrap.js';
import { nameSortKey } from '../src/common/text/vietnamese.js';
import type { DecisionFigure } from './bench-decisions.js';

const BALLOTS = Number(process.env.BENCH_COUNCIL_BALLOTS ?? '500');
const MEMBERS = 30;
const PRESENT = 27;
const READ_RUNS = 7;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)];
};

export async function benchCouncil(started: StartedApp, dataSource: DataSource, token: string): Promise<Map<string, DecisionFigure>> {
  const fastify = started.app.getHttpAdapter().getInstance();
  const headers = { authorization: `Bearer ${token}` };
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object): Promise<{ body: string; ms: number }> => {
    const begin = performance.now();
    const res = await fastify.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    const ms = performance.now() - begin;
    if (res.statusCode >= 300) {
      throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
    }
    return { body: res.body, ms };
  };
  const figures = new Map<string, DecisionFigure>();

  const unit = JSON.parse((await call('POST', '/api/units', { name: 'Bảo tàng tỉnh (bench hội đồng)', code: 'BENCH-HD' })).body) as {
    id: string;
  };
  const names = Array.from({ length: BALLOTS }, (_, i) => `Trần Thị Hồng Số ${String(i + 1).padStart(3, '0')}`);
  const staff = (await dataSource.query(
    `INSERT INTO staff (code, full_name, gender, unit_id, position, sort_key, search_text)
     SELECT 'BHD' || i, n, 'female', $1, 'Chuyên viên', k, lower(n) FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS v(n, k, i)
     RETURNING id`,
    [unit.id, names, names.map(nameSortKey)],
  )) as Array<{ id: string }>;
  const [{ id: adminId }] = (await dataSource.query(`SELECT id FROM users WHERE username = 'admin'`)) as Array<{ id: string }>;
  // Half LĐTT (a simple majority of all members), half CSTĐCS (80 % of all members): both kinds of threshold.
  const nominations = (await dataSource.query(
    `INSERT INTO nominations (year, award_type, staff_id, proposed_by_unit_id, achievements, state, version, proposed_by, submitted_by, submitted_at)
     SELECT 2025, CASE WHEN n % 2 = 0 THEN 'LDTT' ELSE 'CSTDCS' END, s, $1, 'Hoàn thành xuất sắc nhiệm vụ', 'approved', 3, $2, $2, now()
       FROM unnest($3::uuid[]) WITH ORDINALITY AS v(s, n)
     RETURNING id`,
    [unit.id, adminId, staff.map((s) => s.id)],
  )) as Array<{ id: string }>;
  const members = Array.from({ length: MEMBERS }, (_, i) => ({
    name: `Ủy viên Hội đồng Số ${i + 1}`,
    role: i === 0 ? 'chair' : i === 1 ? 'secretary' : 'member',
    from: '2024-01-01',
  }));
  const council = JSON.parse(
    (
      await call('POST', '/api/councils', {
        unitId: unit.id,
        name: 'Hội đồng Thi đua – Khen thưởng Bảo tàng tỉnh',
        locality: 'Vĩnh Phúc',
        members,
      })
    ).body,
  ) as { id: string; members: Array<{ id: string }> };

  const opened = await call('POST', '/api/council-sessions', {
    councilId: council.id,
    heldOn: '2025-12-15',
    place: 'Phòng họp',
    attendees: council.members.slice(0, PRESENT).map((member) => member.id),
    nominationIds: nominations.map((n) => n.id),
  });
  const session = JSON.parse(opened.body) as { id: string };
  figures.set(`open a session of ${BALLOTS} nominations (put on the agenda)`, { first: opened.ms, median: NaN });

  const times: number[] = [];
  for (const [index, nomination] of nominations.entries()) {
    // 27 present; every third fails its threshold.
    const votesFor = index % 3 === 0 ? 14 : 25;
    times.push(
      (
        await call('PUT', `/api/council-sessions/${session.id}/ballots/${nomination.id}`, {
          for: votesFor,
          against: PRESENT - votesFor,
          writtenFor: 1,
        })
      ).ms,
    );
  }
  figures.set('PUT one ballot (one of 500)', { first: times[0], median: median(times.slice(1)) });

  const reads: number[] = [];
  for (let run = 0; run <= READ_RUNS; run++) {
    reads.push((await call('GET', `/api/council-sessions/${session.id}`)).ms);
  }
  figures.set(`GET the session (${BALLOTS} tallies against their thresholds)`, { first: reads[0], median: median(reads.slice(1)) });

  const minutes: number[] = [];
  for (let run = 0; run <= 3; run++) {
    minutes.push((await call('GET', `/api/council-sessions/${session.id}/minutes.html`)).ms);
  }
  figures.set(`minutes.html of ${BALLOTS} ballots (draft)`, { first: minutes[0], median: median(minutes.slice(1)) });

  const closed = await call('POST', `/api/council-sessions/${session.id}/close`, {});
  const results = JSON.parse(closed.body) as { state: string; ballots: Array<{ result: string }> };
  if (results.state !== 'closed' || results.ballots.filter((b) => b.result !== null).length !== BALLOTS) {
    throw new Error(`The bench session did not close with ${BALLOTS} results`);
  }
  figures.set(`close: the tally of ${BALLOTS} ballots (< 200 ms; transitions, results, numbers)`, { first: closed.ms, median: NaN });
  figures.set(`minutes.docx of ${BALLOTS} ballots (closed)`, {
    first: (await call('GET', `/api/council-sessions/${session.id}/minutes.docx`)).ms,
    median: NaN,
  });
  return figures;
}
