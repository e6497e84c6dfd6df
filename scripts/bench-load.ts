// Throughput of the staff list under load, beside the same SQL served bare, in the same run: the
// service over real HTTP (keep-alive, CONCURRENCY clients at once, like `wrk -c10`), and a bare
// Fastify whose handler only runs the query and sends the rows. Same process, same client, same
// database: what differs is only what the service adds (auth, validation, mapping, serialisation).
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { Param, Sql } from '../src/database/sql.js';
import { type StaffFilter, staffCountQuery, staffPageQuery } from '../src/staff/staff.repository.js';

export const CONCURRENCY = Number(process.env.BENCH_CONNECTIONS ?? 10);
export const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 4);

export interface LoadFigure {
  requestsPerSecond: number;
  p50: number;
  p95: number;
}

/** `GET url` from CONCURRENCY clients for `seconds`; every answer must be 200. */
export async function load(url: string, headers: Record<string, string>, seconds = LOAD_SECONDS): Promise<LoadFigure> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  const once = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const begin = performance.now();
      const req = request(url, { agent, headers }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 200) {
            reject(new Error(`${url} answered ${res.statusCode}`));
            return;
          }
          latencies.push(performance.now() - begin);
          resolve();
        });
      });
      req.on('error', reject);
      req.end();
    });
  // Warm-up: a round of each client, not counted.
  await Promise.all(Array.from({ length: CONCURRENCY }, once));
  latencies.length = 0;
  const start = performance.now();
  const deadline = start + seconds * 1000;
  const client = async (): Promise<void> => {
    while (performance.now() < deadline) {
      await once();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))];
  return { requestsPerSecond: latencies.length / elapsed, p50: at(0.5), p95: at(0.95) };
}

type RunQuery = (text: string, values: Param[]) => Promise<unknown[]>;

/** The list as it was: every row of the filter dragged through the join to be counted by a window. */
const WINDOW_COUNT_PAGE = `SELECT s.id, s.code, s.full_name AS "fullName", s.gender, s.date_of_birth AS "dateOfBirth", s.unit_id AS "unitId",
       s.position, s.started_on AS "startedOn", s.status, s.left_on AS "leftOn", u.name AS "unitName",
       count(*) OVER ()::int AS "total"
  FROM staff s JOIN units u ON u.id = s.unit_id
 ORDER BY s.sort_key, s.date_of_birth NULLS LAST, s.id
 LIMIT $1 OFFSET $2`;

const NO_FILTER: StaffFilter = { scopePatterns: null, search: null, unitId: null, status: null };

/**
 * A bare Fastify on a random port: `/best?page=` runs the service's own page and count queries
 * (compiled from staff.repository.ts, so they cannot drift), `/window?page=` the window-count query
 * the list used before.
 */
export async function bareServer(runQuery: RunQuery): Promise<{ url: string; close(): Promise<void> }> {
  const app: FastifyInstance = Fastify({ logger: false });
  const pageOf = (query: unknown): { limit: number; offset: number } => {
    const page = Number((query as { page?: string }).page ?? 1);
    return { limit: 50, offset: (page - 1) * 50 };
  };
  const compiled = async (query: Sql): Promise<unknown[]> => {
    const { text, values } = query.compile();
    return runQuery(text, values);
  };
  app.get('/best', async (req) => {
    const page = pageOf(req.query);
    const items = await compiled(staffPageQuery(NO_FILTER, page));
    const [{ total }] = (await compiled(staffCountQuery(NO_FILTER))) as Array<{ total: number }>;
    return { items, total };
  });
  app.get('/window', async (req) => {
    const page = pageOf(req.query);
    const items = (await runQuery(WINDOW_COUNT_PAGE, [page.limit, page.offset])) as Array<{ total: number }>;
    return { items, total: items[0]?.total ?? 0 };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/**
 * How the bare server reaches the database: its own `pg` pool of CONCURRENCY connections on
 * PostgreSQL; the application's DataSource on the embedded database (it has a single connection,
 * which only that DataSource can hold).
 */
export function bareQueryRunner(databaseUrl: string | undefined, dataSource: DataSource): { run: RunQuery; close(): Promise<void> } {
  if (databaseUrl === undefined) {
    return { run: async (text, values) => (await dataSource.query(text, values)) as unknown[], close: async () => {} };
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONCURRENCY });
  return { run: async (text, values) => (await pool.query(text, values as unknown[])).rows as unknown[], close: () => pool.end() };
}
