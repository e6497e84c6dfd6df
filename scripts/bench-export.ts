// `npm run bench:export`: the staff list exported to XLSX at 10,000 rows (BENCH_STAFF to change it),
// in a throwaway embedded database (and on PostgreSQL when BENCH_DATABASE_URL names a database ending
// in _bench; BENCH_TARGETS=postgres skips the embedded one). Prints the first answer and the median of five after it, through the whole HTTP stack
// (Fastify's inject), and the file's size; then checks the file has every row. Target: < 2 s.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getDataSourceToken } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap.js';
import { validateEnvironment } from '../src/config/environment.js';
import { createScratchDatabase } from '../src/database/scratch-database.js';
import { seedBenchData } from './bench-data.js';

const STAFF = Number(process.env.BENCH_STAFF ?? 10_000);
const RUNS = 5;
const ADMIN_PASSWORD = 'bench-admin-password';
const PATHS = ['/api/staff/export.xlsx', '/api/audit/export.xlsx'];

async function benchOne(label: string, env: Record<string, string>): Promise<void> {
  const started = await createApp(
    validateEnvironment({
      ...env,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
      DATABASE_STATEMENT_TIMEOUT_MS: '0',
      DATABASE_QUERY_TIMEOUT_MS: '0',
    }),
  );
  try {
    const fastify = started.app.getHttpAdapter().getInstance();
    await fastify.ready();
    const dataSource = started.app.get<DataSource>(getDataSourceToken());
    await seedBenchData(dataSource, { units: 50, staff: STAFF });
    // An audit log of the same size, for its export.
    await dataSource.query(
      `INSERT INTO audit_log (actor_id, actor_name, entity, entity_id, action, before, after)
       SELECT NULL, 'nhansu', 'staff', s.id::text, 'update', jsonb_build_object('position', 'Thủ thư'), jsonb_build_object('position', s.position)
         FROM staff s`,
    );
    await dataSource.query('VACUUM ANALYZE');
    const login = await fastify.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: ADMIN_PASSWORD },
    });
    const token = (JSON.parse(login.body) as { accessToken: string }).accessToken;
    for (const path of PATHS) {
      const times: number[] = [];
      const cpu: number[] = [];
      let body: Buffer = Buffer.alloc(0);
      for (let run = 0; run <= RUNS; run++) {
        const begin = performance.now();
        const cpuBegin = process.cpuUsage();
        const res = await fastify.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${token}` } });
        times.push(performance.now() - begin);
        // CPU time of the whole process (the embedded database's worker thread included): on a shared,
        // busy machine the wall time mostly measures the wait for a core.
        const used = process.cpuUsage(cpuBegin);
        cpu.push((used.user + used.system) / 1000);
        if (res.statusCode !== 200) {
          throw new Error(`${path} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
        }
        body = res.rawPayload;
      }
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(body as never);
      const rows = workbook.worksheets[0].actualRowCount - 5;
      const median = (values: number[]): number => Math.round([...values.slice(1)].sort((a, b) => a - b)[Math.floor(RUNS / 2)]);
      console.log(
        `[${label}] ${path}: ${rows} rows, ${Math.round(body.length / 1024)} KB; first ${Math.round(times[0])} ms, ` +
          `median of ${RUNS} ${median(times)} ms (CPU ${median(cpu)} ms); load average ${os.loadavg()[0].toFixed(1)}`,
      );
    }
  } finally {
    await started.close();
  }
}

async function main(): Promise<void> {
  if (process.env.BENCH_TARGETS !== 'postgres') {
    const dir = mkdtempSync(join(tmpdir(), 'ct-bench-export-'));
    try {
      await benchOne('embedded', { DATA_DIR: dir });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (process.env.BENCH_DATABASE_URL) {
    const scratch = await createScratchDatabase(process.env.BENCH_DATABASE_URL, '_bench');
    const pgDir = mkdtempSync(join(tmpdir(), 'ct-bench-export-pg-'));
    try {
      await benchOne('postgres', { DATABASE_URL: scratch.url, DATA_DIR: pgDir });
    } finally {
      rmSync(pgDir, { recursive: true, force: true });
      await scratch.drop();
    }
  }
}

await main();
