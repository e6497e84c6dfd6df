import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Debian's PostgreSQL 15 server binaries (apt package postgresql-15). */
export const PG_BIN = '/usr/lib/postgresql/15/bin';
const BINARIES = ['initdb', 'postgres'].map((name) => join(PG_BIN, name));

export const postgresBinariesAvailable = (): boolean => BINARIES.every((path) => existsSync(path));

/**
 * `describe` when the PostgreSQL binaries are installed; otherwise skipped with a note on a
 * developer's machine, and failing on CI, where a silently skipped fault suite would hide regressions.
 */
export function describeWithOwnPostgres(): jest.Describe {
  if (postgresBinariesAvailable()) {
    return describe;
  }
  if (process.env.CI === 'true') {
    throw new Error(
      `PostgreSQL binaries not found in ${PG_BIN}: the fault specs cannot run on CI without them (apt-get install postgresql-15)`,
    );
  }
  console.warn(`PostgreSQL binaries not found in ${PG_BIN}: fault specs skipped`);
  return describe.skip;
}

/**
 * A throwaway PostgreSQL 15 cluster of the test's own (never the shared server): initdb in a temp
 * folder, its own port on 127.0.0.1 and its own socket folder. It can be stopped (fast shutdown),
 * started again on the same port and data, and frozen: SIGSTOP to its whole process group (the
 * postmaster and every backend), as when the machine or its disk stalls.
 */
export class OwnPostgres {
  private server: ChildProcess | undefined;
  private frozen = false;
  private output = '';

  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly owner: { uid: number; gid: number } | undefined,
  ) {}

  /** initdb, then start. As root, the cluster belongs to (and runs as) the `postgres` user: the server refuses root. */
  static async create(): Promise<OwnPostgres> {
    const owner = process.getuid?.() === 0 ? systemUser('postgres') : undefined;
    const dir = mkdtempSync(join(tmpdir(), 'ct-own-pg-'));
    if (owner) {
      chownSync(dir, owner.uid, owner.gid);
    }
    const initdb = spawnSync(
      join(PG_BIN, 'initdb'),
      ['-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-sync', '--no-instructions'],
      { ...owner, encoding: 'utf8' },
    );
    if (initdb.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`initdb failed (${initdb.status ?? initdb.signal}): ${initdb.stderr}`);
    }
    const cluster = new OwnPostgres(await freePort(), dir, owner);
    await cluster.start();
    return cluster;
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** What the server wrote to its log, for a failing test's message. */
  get log(): string {
    return this.output;
  }

  async start(): Promise<void> {
    if (this.server) {
      throw new Error('already running');
    }
    const args = ['-D', join(this.dir, 'data'), '-p', String(this.port), '-k', this.dir];
    // Small and fast: a test cluster. fsync off only matters if the machine itself crashes.
    const settings = ['listen_addresses=127.0.0.1', 'fsync=off', 'max_connections=40', 'shared_buffers=16MB', 'max_wal_size=64MB'];
    // detached: not in the test runner's process group, so a Ctrl-C there does not reach it first.
    const server = spawn(join(PG_BIN, 'postgres'), [...args, ...settings.flatMap((s) => ['-c', s])], {
      ...this.owner,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer): void => {
      this.output = (this.output + chunk.toString()).slice(-20_000);
    };
    server.stdout?.on('data', keep);
    server.stderr?.on('data', keep);
    this.server = server;
    server.once('exit', () => {
      if (this.server === server) {
        this.server = undefined;
      }
    });
    await this.waitUntilReady();
  }

  /** Fast shutdown (SIGINT): open sessions are ended with 57P01, then the server exits. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) {
      return;
    }
    if (this.frozen) {
      this.thaw();
    }
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGINT');
    const timer = setTimeout(() => {
      for (const pid of [server.pid!, ...childrenOf(server.pid!)]) {
        process.kill(pid, 'SIGKILL');
      }
    }, 20_000);
    await exited;
    clearTimeout(timer);
  }

  /**
   * Stops the postmaster, then each of its children (backends, checkpointer, WAL writer…): they
   * call setsid(), so one signal to the postmaster's group would leave them serving.
   */
  freeze(): void {
    const postmaster = this.running().pid!;
    process.kill(postmaster, 'SIGSTOP');
    for (const child of childrenOf(postmaster)) {
      process.kill(child, 'SIGSTOP');
    }
    this.frozen = true;
  }

  thaw(): void {
    const postmaster = this.running().pid!;
    for (const child of childrenOf(postmaster)) {
      process.kill(child, 'SIGCONT');
    }
    process.kill(postmaster, 'SIGCONT');
    this.frozen = false;
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  async query<T = Record<string, unknown>>(text: string, params: unknown[] = [], database = 'postgres'): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.url(database) });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  private running(): ChildProcess {
    if (!this.server) {
      throw new Error('the test PostgreSQL is not running');
    }
    return this.server;
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (!this.server) {
        throw new Error(`the test PostgreSQL exited at start:\n${this.output}`);
      }
      try {
        await this.query('SELECT 1');
        return;
      } catch (error) {
        if (Date.now() > deadline) {
          throw new Error(`the test PostgreSQL did not answer in 60 s (${(error as Error).message}):\n${this.output}`, { cause: error });
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }
}

/** The processes whose parent is `pid`, read from /proc (Linux). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) {
      continue;
    }
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces or parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) {
        children.push(Number(entry));
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

function systemUser(name: string): { uid: number; gid: number } {
  const id = (flag: string): number => Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** A port nobody listens on now (the kernel picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
