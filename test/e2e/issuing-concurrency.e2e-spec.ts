import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createUnit } from '../factories/index.js';
import { createAward } from '../factories/history.js';
import { createIssuer, insertDraft, insertStaff } from '../factories/decisions.js';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app.js';
import { testDatabaseKind } from '../support/test-database.js';

/*
 * Issue 9: "correct under concurrent issuing from several processes on one PostgreSQL". Two
 * separate app processes (the built app, `node dist/src/main.js`, as `npm start` runs it) serve
 * the same database; 20 drafts of one issuer issued at once across both get exactly 01…20, and
 * issues that fail and roll back leave no gap. The counter row lock (decision_number_counters) is
 * what orders them: an in-process lock could not. PostgreSQL only: the embedded database is one
 * process's own.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SIGNED_ON = '2026-01-05';
const DRAFTS = 20;

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

interface AppProcess {
  child: ChildProcess;
  base: string;
  token: string;
  dataDir: string;
  output: string[];
}

async function startAppProcess(databaseUrl: string): Promise<AppProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ct-issue-proc-'));
  const output: string[] = [];
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SESSION_SECRET: 'test-session-secret-at-least-32-characters-long',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`The app process stopped (${child.exitCode}): ${output.join('')}`);
    }
    const healthy = await fetch(`${base}/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (healthy) {
      break;
    }
    if (Date.now() > deadline) {
      throw new Error(`The app process did not answer within 60 s: ${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { child, base, token: accessToken, dataDir, output };
}

async function stopAppProcess(app: AppProcess): Promise<void> {
  if (app.child.exitCode === null) {
    const exited = new Promise((resolve) => app.child.once('exit', resolve));
    app.child.kill('SIGTERM');
    await exited;
  }
  rmSync(app.dataDir, { recursive: true, force: true });
}

const onPostgres = testDatabaseKind() === 'postgres';
if (!onPostgres) {
  console.log('issuing-concurrency: skipped on the embedded database (one process owns it); run with TEST_DATABASE_URL');
}

(onPostgres ? describe : describe.skip)('issuing from two app processes on one PostgreSQL', () => {
  let t: TestApp;
  let apps: AppProcess[] = [];
  let unitId: string;

  const issueOn = async (app: AppProcess, id: string): Promise<{ status: number; body: { number?: string; code?: string } }> => {
    const res = await fetch(`${app.base}/api/decisions/${id}/issue`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${app.token}`, 'Accept-Language': 'en' },
      body: JSON.stringify({ signedOn: SIGNED_ON }),
    });
    return { status: res.status, body: (await res.json()) as { number?: string; code?: string } };
  };

  beforeAll(async () => {
    // The processes serve the built app: build what changed (incremental; about 30 s from nothing).
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', 'tsconfig.build.json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (build.status !== 0) {
      throw new Error(`The build failed: ${build.stdout}${build.stderr}`);
    }
    t = await createTestApp();
    unitId = (await createUnit(t)).id;
    // One after the other: each runs the (already applied) migrations at start.
    apps = [await startAppProcess(t.database.url!), await startAppProcess(t.database.url!)];
    expect(new Set(apps.map((app) => app.child.pid)).size).toBe(2);
  }, 240_000);

  afterAll(async () => {
    await Promise.all(apps.map(stopAppProcess));
    await t?.close();
  });

  it('gives 20 concurrent issues across both processes exactly 01…20', async () => {
    const issuer = await createIssuer(t, { symbol: 'SVHTTDL' });
    const drafts = [];
    for (let i = 0; i < DRAFTS; i++) {
      drafts.push(await insertDraft(t.dataSource, { issuerId: issuer.id, staffIds: await insertStaff(t.dataSource, unitId, 3) }));
    }
    const answers = await Promise.all(drafts.map((draft, i) => issueOn(apps[i % 2], draft.id)));
    expect(answers.map((answer) => answer.status)).toEqual(Array<number>(DRAFTS).fill(200));
    const numbers = answers.map((answer) => answer.body.number!).sort();
    expect(numbers).toEqual(Array.from({ length: DRAFTS }, (_, i) => `${String(i + 1).padStart(2, '0')}/QĐ-SVHTTDL`));
    const stored = (await t.dataSource.query(
      `SELECT array_agg(number ORDER BY number) AS numbers, count(DISTINCT id)::int AS n FROM decisions WHERE issuer_id = $1 AND state = 'issued'`,
      [issuer.id],
    )) as Array<{ numbers: number[]; n: number }>;
    expect(stored).toEqual([{ numbers: Array.from({ length: DRAFTS }, (_, i) => i + 1), n: DRAFTS }]);
    const counter = (await t.dataSource.query(`SELECT last_number FROM decision_number_counters WHERE issuer_id = $1`, [
      issuer.id,
    ])) as Array<{
      last_number: number;
    }>;
    expect(counter).toEqual([{ last_number: DRAFTS }]);
    const records = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM award_records ar JOIN decisions d ON d.id = ar.decision_id WHERE d.issuer_id = $1`,
      [issuer.id],
    )) as Array<{ n: number }>;
    expect(records).toEqual([{ n: DRAFTS * 3 }]);
  });

  it('leaves no gap when issues that fail roll back among concurrent ones', async () => {
    const issuer = await createIssuer(t);
    const drafts = [];
    const doomed = new Set<string>();
    for (let i = 0; i < 10; i++) {
      const staffIds = await insertStaff(t.dataSource, unitId, 2);
      const draft = await insertDraft(t.dataSource, { issuerId: issuer.id, staffIds });
      if (i % 3 === 1) {
        // Awarded meanwhile: this issue fails after it has taken a number, and must give it back.
        await createAward(t, { staffId: staffIds[0], awardType: 'LDTT', year: 2025 });
        doomed.add(draft.id);
      }
      drafts.push(draft);
    }
    const answers = await Promise.all(drafts.map((draft, i) => issueOn(apps[i % 2], draft.id)));
    drafts.forEach((draft, i) => {
      expect({ id: draft.id, status: answers[i].status, code: answers[i].body.code }).toEqual(
        doomed.has(draft.id)
          ? { id: draft.id, status: 409, code: 'DECISION_ALREADY_AWARDED' }
          : { id: draft.id, status: 200, code: undefined },
      );
    });
    const issued = 10 - doomed.size;
    const numbers = answers.filter((answer) => answer.status === 200).map((answer) => answer.body.number!);
    expect(numbers.sort()).toEqual(Array.from({ length: issued }, (_, i) => `${String(i + 1).padStart(2, '0')}/QĐ-${issuer.symbol}`));
    const counter = (await t.dataSource.query(`SELECT last_number FROM decision_number_counters WHERE issuer_id = $1`, [
      issuer.id,
    ])) as Array<{
      last_number: number;
    }>;
    expect(counter).toEqual([{ last_number: issued }]);
  });

  it('refuses the second of two concurrent issues awarding the same people, listed in opposite orders (409)', async () => {
    const statuses: number[][] = [];
    for (let round = 0; round < 3; round++) {
      const staffIds = await insertStaff(t.dataSource, unitId, 40);
      const first = await insertDraft(t.dataSource, { issuerId: (await createIssuer(t)).id, staffIds });
      const second = await insertDraft(t.dataSource, { issuerId: (await createIssuer(t)).id, staffIds, reverse: true });
      const answers = await Promise.all([issueOn(apps[0], first.id), issueOn(apps[1], second.id)]);
      statuses.push(answers.map((answer) => answer.status).sort());
      expect(answers.filter((answer) => answer.status === 409).map((answer) => answer.body.code)).toEqual(['DECISION_ALREADY_AWARDED']);
    }
    expect(statuses).toEqual([
      [200, 409],
      [200, 409],
      [200, 409],
    ]);
  });
});
