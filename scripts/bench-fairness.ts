// `npm run bench:fairness`: how evenly the embedded database's service shares itself among
// connections opened at once (issue 7, item 12). 50 keep-alive connections (another process, like
// wrk -c50) ask for the first staff page for 10 s; printed: requests per connection, latency
// percentiles, time inside the server, waits for the database connection, and when the server
// accepted each connection. BENCH_CONNECTIONS, BENCH_SECONDS and BENCH_STAFF change the load.
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap.js';
import { validateEnvironment } from '../src/config/environment.js';
import { seedBenchData } from './bench-data.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const STAFF = Number(process.env.BENCH_STAFF ?? 3000);
const ADMIN_PASSWORD = 'bench-password';

const percentile = (sorted: number[], p: number): number => Math.round(sorted[Math.floor(p * (sorted.length - 1))] ?? 0);
const summary = (values: number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 0.5)} ms, p95 ${percentile(sorted, 0.95)} ms, p99 ${percentile(sorted, 0.99)} ms, max ${percentile(sorted, 1)} ms`;
};

/** The load: CONNECTIONS loops, each sending its next request when the last one is answered. */
async function client(port: number, token: string): Promise<void> {
  const end = Date.now() + SECONDS * 1000;
  const perConnection: number[][] = Array.from({ length: CONNECTIONS }, () => []);
  const get = (agent: Agent): Promise<number> =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const req = request(
        { host: '127.0.0.1', port, path: '/api/staff?page=1', agent, headers: { authorization: `Bearer ${token}` } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(performance.now() - started));
        },
      );
      req.on('error', reject);
      req.end();
    });
  await Promise.all(
    perConnection.map(async (latencies) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      while (Date.now() < end) {
        latencies.push(await get(agent));
      }
      agent.destroy();
    }),
  );
  console.log(JSON.stringify(perConnection));
}

async function server(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ct-bench-fair-'));
  const started = await createApp(validateEnvironment({ DATA_DIR: dir, ADMIN_PASSWORD, LOG_LEVEL: 'error' }));
  try {
    const dataSource = started.app.get<DataSource>(getDataSourceToken());
    await seedBenchData(dataSource, { units: 20, staff: STAFF });
    await started.app.listen(0, '127.0.0.1');
    const httpServer = started.app.getHttpServer();
    const login = await fetch(`http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };

    const t0 = performance.now();
    const acceptedAt: number[] = [];
    const inServer: number[] = [];
    httpServer.on('connection', () => acceptedAt.push(Math.round(performance.now() - t0)));
    httpServer.on('request', (_req: unknown, res: { on(event: 'finish', listener: () => void): void }) => {
      const at = performance.now();
      res.on('finish', () => inServer.push(performance.now() - at));
    });
    const poolWaits = watchPoolWaits(dataSource);

    const { port } = httpServer.address() as AddressInfo;
    const { stdout } = await promisify(execFile)(process.execPath, [process.argv[1], '--client', String(port), accessToken], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const perConnection = JSON.parse(stdout) as number[][];
    console.log(`${CONNECTIONS} connections, ${SECONDS} s, ${STAFF} staff, embedded database`);
    console.log(`  requests answered:        ${perConnection.flat().length}`);
    console.log(`  latency seen by clients:  ${summary(perConnection.flat())}`);
    console.log(`  first answer per conn.:   ${summary(perConnection.map((l) => l[0] ?? SECONDS * 1000))}`);
    console.log(`  time inside the server:   ${summary(inServer)}`);
    console.log(`  wait for the database:    ${summary(poolWaits)} over ${poolWaits.length} checkouts`);
    console.log(`  requests per connection:  ${perConnection.map((l) => l.length).join(' ')}`);
    console.log(`  connection accepted at (ms): ${acceptedAt.join(' ')}`);
  } finally {
    await started.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Time from asking the pool for the connection to getting it, for every checkout. */
function watchPoolWaits(dataSource: DataSource): number[] {
  const waits: number[] = [];
  const pool = (dataSource.driver as unknown as { master: { connect: (callback: (...args: unknown[]) => void) => void } }).master;
  const connect = pool.connect.bind(pool);
  pool.connect = (callback) => {
    const asked = performance.now();
    connect((...args) => {
      waits.push(performance.now() - asked);
      callback(...args);
    });
  };
  return waits;
}

if (process.argv[2] === '--client') {
  await client(Number(process.argv[3]), process.argv[4]);
} else {
  await server();
}
