import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A new, empty PostgreSQL database beside the one `baseUrl` names, for a test file or a bench run:
 * `<base>_<random><suffix>`. Refuses a base whose name does not end in `suffix` (`_test`, `_bench`), so
 * a scratch database can never be made from, or mistaken for, a real one.
 */
export async function createScratchDatabase(baseUrl: string, suffix: `_${string}`): Promise<ScratchDatabase> {
  const baseName = new URL(baseUrl).pathname.slice(1);
  if (!baseName.endsWith(suffix)) {
    throw new Error(`The database URL must name a database ending in ${suffix} (got "${baseName}")`);
  }
  const name = `${baseName.slice(0, -suffix.length)}_${randomBytes(5).toString('hex')}${suffix}`;
  await withClient(baseUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withClient(baseUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

async function withClient(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
