import { spawn } from 'node:child_process';
import pg from 'pg';

export class BackupToolFailed extends Error {}

/**
 * The URL without its password, and the password apart: pg_dump's arguments are visible to every
 * user of the machine (`ps`), its environment is not.
 */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new BackupToolFailed(
          error.code === 'ENOENT'
            ? `${tool} was not found. Install the PostgreSQL client tools, version 15 or later (Debian/Ubuntu: apt-get install postgresql-client).`
            : `${tool} could not start: ${error.message}`,
        ),
      );
    });
    child.on('close', (code) => {
      if (code === 0) {
        resolvePromise();
      } else {
        reject(new BackupToolFailed(`${tool} failed (exit code ${code}): ${stderr.trim()}`));
      }
    });
  });
}

/**
 * A consistent dump of a PostgreSQL database while it serves: pg_dump reads everything in one
 * snapshot (a repeatable-read transaction), so concurrent writes are either all in it or not at
 * all. Custom format: compressed, and pg_restore can restore it into another database or role.
 */
export async function dumpPostgres(url: string, file: string): Promise<void> {
  const { dbname, env } = connection(url);
  await run('pg_dump', ['--format=custom', `--file=${file}`, `--dbname=${dbname}`], env);
}

/** Into an empty database only (`isEmptyPostgres`), in one transaction: all of the dump or nothing. */
export async function restorePostgres(url: string, file: string): Promise<void> {
  const { dbname, env } = connection(url);
  await run('pg_restore', ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${dbname}`, file], env);
}

/** True when the database holds no table, view or sequence of its own (any schema but the system ones). */
export async function isEmptyPostgres(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
          AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'`,
    );
    return result.rows[0].n === 0;
  } finally {
    await client.end();
  }
}
