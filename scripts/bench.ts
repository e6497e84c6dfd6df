// `npm run bench`: province-scale data in a throwaway embedded database (and on PostgreSQL when
// BENCH_DATABASE_URL names a database ending in _bench), then the median time of each case below,
// through the real application (Fastify's inject: no network, the whole HTTP stack); then the staff
// list under load over real HTTP, beside the same SQL served bare (bench-load.ts).
//
// BENCH_STAFF=10000,50000,100000 runs every case at each size (a fresh database each);
// BENCH_TARGETS=postgres skips the embedded database (slow to fill beyond 20,000).
// The decisions section (bench-decisions.ts): a 500-line decision (BENCH_DECISION_LINES) drafted,
// rendered in HTML, DOCX and PDF/A, issued, and its render job; BENCH_LOAD=0 skips the load section.
// The nominations section (bench-nominations.ts): 2,000 LĐTT drafted and submitted in one request each,
// the review queue at 20,000 nominations (BENCH_NOMINATION_PEOPLE, BENCH_NOMINATION_QUEUE).
// The council section (bench-council.ts): a session of 500 ballots (BENCH_COUNCIL_BALLOTS) opened,
// recorded, read and closed (the tally, < 200 ms in issue 10).
// Add a case to CASES to measure another path; add data to bench-data.ts if it needs more.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createApp, type StartedApp } from '../src/bootstrap.js';
import { validateEnvironment } from '../src/config/environment.js';
import { createScratchDatabase } from '../src/database/scratch-database.js';
import { type BenchData, seedBenchData } from './bench-data.js';
import { benchCouncil } from './bench-council.js';
import { benchDecisions, type DecisionFigure } from './bench-decisions.js';
import { seedBenchHistory } from './bench-history-data.js';
import { benchNominations } from './bench-nominations.js';
import { bareQueryRunner, bareServer, CONCURRENCY, load, LOAD_SECONDS, type LoadFigure } from './bench-load.js';

interface BenchCase {
  name: string;
  /** GET path, from the generated data. */
  path: (data: BenchData) => string;
  /** Before each run, change one person's rating for the year (the list then has one stale result). */
  afterAWrite?: boolean;
}

const CASES: BenchCase[] = [
  { name: 'GET /api/staff (first page, Vietnamese order)', path: () => '/api/staff' },
  { name: 'GET /api/staff?q=nguyen thi (no diacritics)', path: () => `/api/staff?q=${encodeURIComponent('nguyen thi')}` },
  { name: 'GET /api/staff?q=khong van (few matches)', path: () => `/api/staff?q=${encodeURIComponent('khong van')}` },
  { name: 'GET /api/staff?unitId= (unit and sub-units)', path: (d) => `/api/staff?unitId=${d.departmentId}` },
  { name: 'GET /api/staff?page=50 (deep page)', path: () => '/api/staff?page=50' },
  { name: 'GET /api/staff?pageSize=200 (sorted, largest page)', path: () => '/api/staff?pageSize=200' },
  // Eligibility: everyone in scope evaluated (10 years of history each), eligible first, one page answered.
  { name: 'GET /api/eligibility/candidates LDTT (1 year read)', path: () => '/api/eligibility/candidates?awardType=LDTT&year=2025' },
  { name: 'GET /api/eligibility/candidates CSTD_TINH (3 years)', path: () => '/api/eligibility/candidates?awardType=CSTD_TINH&year=2025' },
  {
    name: 'GET /api/eligibility/candidates BANG_KHEN_TINH (all years)',
    path: () => '/api/eligibility/candidates?awardType=BANG_KHEN_TINH&year=2025',
  },
  {
    name: 'GET /api/eligibility/candidates BANG_KHEN_TTG (all years)',
    path: () => '/api/eligibility/candidates?awardType=BANG_KHEN_TTG&year=2025',
  },
  {
    name: 'GET /api/eligibility/candidates CSTD_TINH after a rating changed',
    path: () => '/api/eligibility/candidates?awardType=CSTD_TINH&year=2025',
    afterAWrite: true,
  },
  {
    name: 'GET /api/eligibility/candidates TTLDTT (units + members)',
    path: () => '/api/eligibility/candidates?awardType=TTLDTT&year=2025',
  },
];

/** Under load: the service's list beside the bare server's queries (`/best`, `/window`: bench-load.ts). */
const LOAD_CASES: Array<{ name: string; service?: string; bare?: string }> = [
  { name: 'staff list, first page', service: '/api/staff?page=1', bare: '/best?page=1' },
  { name: 'staff list, deep page (50)', service: '/api/staff?page=50', bare: '/best?page=50' },
  { name: 'bare window count(*) OVER (), page 1 (the old list)', bare: '/window?page=1' },
];

const UNITS = 50;
const SIZES = (process.env.BENCH_STAFF ?? '20000').split(',').map((size) => Number(size.trim()));
const TARGETS = (process.env.BENCH_TARGETS ?? 'embedded,postgres').split(',').map((target) => target.trim());
const RUNS = 7;
const ADMIN_PASSWORD = 'bench-password';

interface Target {
  label: string;
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

function embeddedTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'ct-bench-'));
  return { label: 'embedded', env: { DATA_DIR: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A new database beside BENCH_DATABASE_URL's (which must end in _bench), dropped afterwards. */
async function postgresTarget(baseUrl: string): Promise<Target> {
  const scratch = await createScratchDatabase(baseUrl, '_bench');
  const dir = mkdtempSync(join(tmpdir(), 'ct-bench-pg-'));
  return {
    label: 'postgres',
    env: { DATABASE_URL: scratch.url, DATA_DIR: dir },
    cleanup: async () => {
      rmSync(dir, { recursive: true, force: true });
      await scratch.drop();
    },
  };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** The first answer (cold: caches empty, kept results computed) and the median of the RUNS after it. */
async function measure(started: StartedApp, token: string, path: string, writeTo?: string): Promise<{ first: number; median: number }> {
  const fastify = started.app.getHttpAdapter().getInstance();
  const times: number[] = [];
  let first = NaN;
  for (let run = 0; run <= RUNS; run++) {
    if (writeTo) {
      const rating = run % 2 === 0 ? 'excellent' : 'good';
      const put = await fastify.inject({ method: 'PUT', url: writeTo, headers: { authorization: `Bearer ${token}` }, payload: { rating } });
      if (put.statusCode !== 200) {
        throw new Error(`${writeTo} answered ${put.statusCode}: ${put.body.slice(0, 300)}`);
      }
    }
    const begin = performance.now();
    const res = await fastify.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${token}` } });
    const elapsed = performance.now() - begin;
    if (res.statusCode !== 200) {
      throw new Error(`${path} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
    }
    if (run === 0) {
      first = elapsed;
    } else {
      times.push(elapsed);
    }
  }
  return { first, median: median(times) };
}

interface TargetResults {
  medians: Map<string, { first: number; median: number }>;
  load: Map<string, { service?: LoadFigure; bare?: LoadFigure }>;
  decisions: Map<string, DecisionFigure>;
  nominations: Map<string, DecisionFigure>;
  council: Map<string, DecisionFigure>;
}

async function benchTarget(target: Target, staff: number): Promise<TargetResults> {
  const env = validateEnvironment({
    ...target.env,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    ADMIN_PASSWORD,
    LOG_LEVEL: 'warn',
    // Seeding goes through the app's pool: its big INSERT … SELECTs must not meet the request timeouts.
    DATABASE_STATEMENT_TIMEOUT_MS: '0',
    DATABASE_QUERY_TIMEOUT_MS: '0',
  });
  const started = await createApp(env);
  const results: TargetResults = { medians: new Map(), load: new Map(), decisions: new Map(), nominations: new Map(), council: new Map() };
  try {
    const fastify = started.app.getHttpAdapter().getInstance();
    await fastify.ready();
    const dataSource = started.app.get<DataSource>(getDataSourceToken());
    const seedStart = performance.now();
    const data = await seedBenchData(dataSource, { units: UNITS, staff });
    await seedBenchHistory(dataSource);
    // As autovacuum leaves a table at rest: statistics, and the visibility map index-only scans need.
    await dataSource.query('VACUUM ANALYZE');
    console.log(
      `[${target.label}] generated ${UNITS} units and ${data.staffCount} staff in ${Math.round(performance.now() - seedStart)} ms`,
    );
    const login = await fastify.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: ADMIN_PASSWORD },
    });
    const token = (JSON.parse(login.body) as { accessToken: string }).accessToken;
    const [{ id: someone }] = (await dataSource.query(`SELECT id FROM staff ORDER BY code LIMIT 1`)) as Array<{ id: string }>;
    for (const benchCase of CASES) {
      const writeTo = benchCase.afterAWrite ? `/api/staff/${someone}/appraisals/2025` : undefined;
      results.medians.set(benchCase.name, await measure(started, token, benchCase.path(data), writeTo));
    }
    results.decisions = await benchDecisions(started, dataSource, token);
    results.nominations = await benchNominations(started, dataSource, token, data.departmentId);
    results.council = await benchCouncil(started, dataSource, token);
    if (process.env.BENCH_LOAD === '0') {
      return results;
    }
    await started.app.listen(0, '127.0.0.1');
    const serviceUrl = await started.app.getUrl();
    const runner = bareQueryRunner(target.env.DATABASE_URL, dataSource);
    const bare = await bareServer(runner.run);
    try {
      for (const loadCase of LOAD_CASES) {
        results.load.set(loadCase.name, {
          service: loadCase.service ? await load(`${serviceUrl}${loadCase.service}`, { authorization: `Bearer ${token}` }) : undefined,
          bare: loadCase.bare ? await load(`${bare.url}${loadCase.bare}`, {}) : undefined,
        });
      }
    } finally {
      await bare.close();
      await runner.close();
    }
  } finally {
    await started.close();
    await target.cleanup();
  }
  return results;
}

async function main(): Promise<void> {
  const columns: Array<{ label: string; results: TargetResults }> = [];
  for (const staff of SIZES) {
    const targets = TARGETS.includes('embedded') ? [embeddedTarget()] : [];
    if (TARGETS.includes('postgres') && process.env.BENCH_DATABASE_URL) {
      targets.push(await postgresTarget(process.env.BENCH_DATABASE_URL));
    }
    for (const target of targets) {
      columns.push({ label: `${target.label} ${staff / 1000}k`, results: await benchTarget(target, staff) });
    }
  }
  const width = Math.max(...CASES.map((c) => c.name.length), ...LOAD_CASES.map((c) => c.name.length));
  const cell = (text: string): string => text.padStart(13);
  console.log(`\nFirst answer / median of the ${RUNS} after it, ms (${UNITS} units; ten years of history):`);
  console.log(`${'case'.padEnd(width)}  ${columns.map((c) => cell(c.label)).join('  ')}`);
  for (const benchCase of CASES) {
    const cells = columns.map((c) => {
      const figure = c.results.medians.get(benchCase.name);
      return cell(figure ? `${figure.first.toFixed(0)} / ${figure.median.toFixed(1)}` : '-');
    });
    console.log(`${benchCase.name.padEnd(width)}  ${cells.join('  ')}`);
  }
  const section = (title: string, figuresOf: (results: TargetResults) => Map<string, DecisionFigure>): void => {
    const names = [...new Set(columns.flatMap((c) => [...figuresOf(c.results).keys()]))];
    const nameWidth = Math.max(width, ...names.map((name) => name.length));
    console.log(`\n${title}`);
    console.log(`${'case'.padEnd(nameWidth)}  ${columns.map((c) => cell(c.label)).join('  ')}`);
    for (const name of names) {
      const cells = columns.map((c) => {
        const f = figuresOf(c.results).get(name);
        return cell(f ? `${f.first.toFixed(0)} / ${Number.isNaN(f.median) ? '-' : f.median.toFixed(1)}` : '-');
      });
      console.log(`${name.padEnd(nameWidth)}  ${cells.join('  ')}`);
    }
  };
  section('Decisions: first answer / median of the runs after it, ms (NaN: measured once):', (r) => r.decisions);
  section('Nominations: first answer / median of the runs after it, ms (bulk: the first unit cold / the second):', (r) => r.nominations);
  section('Council: first answer / median of the runs after it, ms (NaN: measured once):', (r) => r.council);
  if (columns.every((c) => c.results.load.size === 0)) {
    return;
  }
  const figure = (f: LoadFigure | undefined): string => (f ? `${Math.round(f.requestsPerSecond)}/s ${f.p50.toFixed(1)}` : '-');
  console.log(`\nUnder load: ${CONCURRENCY} connections for ${LOAD_SECONDS} s each, requests per second and p50 ms:`);
  console.log(
    `${'case'.padEnd(width)}  ${columns.map((c) => `${cell(`${c.label} service`)}  ${cell('bare')}  ${'ratio'.padStart(5)}`).join('  ')}`,
  );
  for (const loadCase of LOAD_CASES) {
    const cells = columns.map((c) => {
      const { service, bare } = c.results.load.get(loadCase.name) ?? {};
      const ratio = service && bare ? `${Math.round((100 * service.requestsPerSecond) / bare.requestsPerSecond)}%` : '';
      return `${cell(figure(service))}  ${cell(figure(bare))}  ${ratio.padStart(5)}`;
    });
    console.log(`${loadCase.name.padEnd(width)}  ${cells.join('  ')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
