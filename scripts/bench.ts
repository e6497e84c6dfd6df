// `npm run bench`: province-scale data in a throwaway embedded database (and on PostgreSQL when
// BENCH_DATABASE_URL names a database ending in _bench), then the median time of each case below,
// through the real application (Fastify's inject: no network, the whole HTTP stack).
//
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
import { seedBenchHistory } from './bench-history-data.js';

interface BenchCase {
  name: string;
  /** GET path, from the generated data. */
  path: (data: BenchData) => string;
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
    name: 'GET /api/eligibility/candidates TTLDTT (units + members)',
    path: () => '/api/eligibility/candidates?awardType=TTLDTT&year=2025',
  },
];

const SCALE = { units: 50, staff: Number(process.env.BENCH_STAFF ?? 20_000) };
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

async function measure(started: StartedApp, token: string, path: string): Promise<number> {
  const fastify = started.app.getHttpAdapter().getInstance();
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const begin = performance.now();
    const res = await fastify.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${token}` } });
    const elapsed = performance.now() - begin;
    if (res.statusCode !== 200) {
      throw new Error(`${path} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
    }
    if (run > 0) {
      times.push(elapsed); // the first run warms caches and is not counted
    }
  }
  return median(times);
}

async function benchTarget(target: Target): Promise<Map<string, number>> {
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
  const results = new Map<string, number>();
  try {
    const fastify = started.app.getHttpAdapter().getInstance();
    await fastify.ready();
    const seedStart = performance.now();
    const data = await seedBenchData(started.app.get<DataSource>(getDataSourceToken()), SCALE);
    await seedBenchHistory(started.app.get<DataSource>(getDataSourceToken()));
    console.log(
      `[${target.label}] generated ${SCALE.units} units and ${data.staffCount} staff in ${Math.round(performance.now() - seedStart)} ms`,
    );
    const login = await fastify.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: ADMIN_PASSWORD },
    });
    const token = (JSON.parse(login.body) as { accessToken: string }).accessToken;
    for (const benchCase of CASES) {
      results.set(benchCase.name, await measure(started, token, benchCase.path(data)));
    }
  } finally {
    await started.close();
    await target.cleanup();
  }
  return results;
}

async function main(): Promise<void> {
  const targets = [embeddedTarget()];
  if (process.env.BENCH_DATABASE_URL) {
    targets.push(await postgresTarget(process.env.BENCH_DATABASE_URL));
  }
  const columns: Array<{ label: string; results: Map<string, number> }> = [];
  for (const target of targets) {
    columns.push({ label: target.label, results: await benchTarget(target) });
  }
  const width = Math.max(...CASES.map((c) => c.name.length));
  console.log(`\nMedian of ${RUNS} runs, ms (${SCALE.staff} staff, ${SCALE.units} units):`);
  console.log(`${'case'.padEnd(width)}  ${columns.map((c) => c.label.padStart(9)).join('  ')}`);
  for (const benchCase of CASES) {
    const cells = columns.map((c) => (c.results.get(benchCase.name) ?? NaN).toFixed(1).padStart(9));
    console.log(`${benchCase.name.padEnd(width)}  ${cells.join('  ')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
