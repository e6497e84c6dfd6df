import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { BackupRefused, backUp, restore } from '../../src/database/backup/backup.js';
import type { DatabaseSettings } from '../../src/database/database-target.js';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres.js';
import { createScratchDatabase, type ScratchDatabase } from '../../src/database/scratch-database.js';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { importFile, staffCsv, staffRows } from '../factories/import.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

type Query = (sql: string) => Promise<Array<Record<string, unknown>>>;

/** Tables that summarise others (counters kept by triggers, kept results): updated in place, not appended to. */
const SUMMARIES = new Set(['staff_counts', 'eligibility_fact_versions', 'eligibility_results']);

/** Every row of every table, as JSON text in order: two databases hold the same data when these are equal. */
async function everyRow(query: Query): Promise<Record<string, string[]>> {
  const tables = await query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const rows: Record<string, string[]> = {};
  for (const { name } of tables as Array<{ name: string }>) {
    rows[name] = ((await query(`SELECT to_jsonb(x)::text AS r FROM "${name}" x ORDER BY 1`)) as Array<{ r: string }>).map((row) => row.r);
  }
  return rows;
}

/** Opens a restored database (a fresh folder or a fresh PostgreSQL database) just long enough to read it. */
async function readRestored<T>(target: DatabaseSettings, read: (query: Query) => Promise<T>): Promise<T> {
  if (target.DATABASE_URL) {
    const client = new pg.Client({ connectionString: target.DATABASE_URL });
    await client.connect();
    try {
      return await read(async (sql) => (await client.query<Record<string, unknown>>(sql)).rows);
    } finally {
      await client.end();
    }
  }
  const embedded = await EmbeddedPostgres.open(target.DATA_DIR);
  try {
    return await read(async (sql) => (await embedded.pglite.query<Record<string, unknown>>(sql)).rows);
  } finally {
    await embedded.close();
  }
}

describe('backup and restore (npm run backup / npm run restore) while the service runs', () => {
  let t: TestApp;
  let unitId: string;
  let scratch: string;
  const restoredDatabases: ScratchDatabase[] = [];
  const live: Query = (sql) => t.dataSource.query(sql);

  /** The running service's database, as the scripts read it from the environment. */
  const source = (): DatabaseSettings =>
    t.database.kind === 'postgres' ? { DATABASE_URL: t.database.url, DATA_DIR: scratch } : { DATA_DIR: t.database.dataDir! };

  /** An empty target of the same kind: a folder that does not exist yet, or a new PostgreSQL database. */
  async function emptyTarget(name: string): Promise<DatabaseSettings> {
    if (t.database.kind === 'postgres') {
      const database = await createScratchDatabase(process.env.TEST_DATABASE_URL!, '_test');
      restoredDatabases.push(database);
      return { DATABASE_URL: database.url, DATA_DIR: scratch };
    }
    return { DATA_DIR: join(scratch, name) };
  }

  beforeAll(async () => {
    t = await createTestApp();
    scratch = mkdtempSync(join(tmpdir(), 'ct-backup-'));
    unitId = (await createUnit(t, { name: 'Thư viện tỉnh', code: 'TV' })).id;
    const hr = await createUserToken(t, ['hr_officer']);
    await importFile(t, hr.token, staffCsv(staffRows(300, 'TV'))).expect(200);
    await createStaff(t, { unitId, code: 'BK-LAN', fullName: 'Nguyễn Thị Lan', gender: 'female' });
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await Promise.all(restoredDatabases.map((database) => database.drop()));
    rmSync(scratch, { recursive: true, force: true });
  });

  it('restores a backup into a fresh target with every row and every audit entry', async () => {
    const before = await everyRow(live);
    expect(before.staff).toHaveLength(301);
    expect(before.audit_log.length).toBeGreaterThanOrEqual(302);

    const backup = await backUp(source(), join(scratch, 'backups'));
    expect(backup.file).toMatch(
      t.database.kind === 'postgres' ? /commendations-.+-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.dump$/u : /commendations-embedded-.+\.tar\.gz$/u,
    );
    expect(backup.how).toContain(t.database.kind === 'postgres' ? 'pg_dump' : 'running service');

    const target = await emptyTarget('restored');
    await restore(target, backup.file);
    await expect(readRestored(target, everyRow)).resolves.toEqual(before);
  });

  it('takes a consistent copy while people keep writing: each restored change has its audit entry, and no entry lacks its change', async () => {
    const before = await everyRow(live);
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await createStaff(t, { unitId, code: `BK${String(written).padStart(4, '0')}` });
        written++;
      }
    })();
    const backup = await backUp(source(), join(scratch, 'backups'));
    writing = false;
    await writer;
    expect(written).toBeGreaterThan(0);

    const target = await emptyTarget('restored-while-writing');
    await restore(target, backup.file);
    const restored = await readRestored(target, everyRow);
    // Everything there before the backup began is there, and the writes of the moment are all or nothing.
    for (const [table, rows] of Object.entries(before)) {
      if (!SUMMARIES.has(table)) {
        expect(restored[table]).toEqual(expect.arrayContaining(rows));
      }
    }
    // A summary's rows change in place with every write: restored, it must agree with what it summarises.
    const counted = new Map<string, number>();
    for (const row of restored.staff.map((text) => JSON.parse(text) as { unit_id: string; status: string })) {
      counted.set(`${row.unit_id} ${row.status}`, (counted.get(`${row.unit_id} ${row.status}`) ?? 0) + 1);
    }
    const kept = restored.staff_counts
      .map((text) => JSON.parse(text) as { unit_id: string; status: string; n: number })
      .filter((row) => row.n !== 0)
      .map((row) => [`${row.unit_id} ${row.status}`, row.n] as const);
    expect(new Map(kept)).toEqual(counted);
    const staffIds = new Set(restored.staff.map((row) => (JSON.parse(row) as { id: string }).id));
    const created = restored.audit_log
      .map((row) => JSON.parse(row) as { entity: string; action: string; entity_id: string })
      .filter((entry) => entry.entity === 'staff' && (entry.action === 'create' || entry.action === 'import'))
      .map((entry) => entry.entity_id);
    expect(new Set(created)).toEqual(staffIds);
  });

  it('refuses to restore into a target that is not empty, and a file of the other kind', async () => {
    const backup = await backUp(source(), join(scratch, 'backups'));
    await expect(restore(source(), backup.file)).rejects.toThrow(BackupRefused);
    if (t.database.kind === 'embedded') {
      const used = join(scratch, 'used');
      mkdirSync(used);
      writeFileSync(join(used, 'notes.txt'), 'x');
      await expect(restore({ DATA_DIR: used }, backup.file)).rejects.toThrow(/not empty/u);
    }
    const bogus = join(scratch, 'not-a-backup.tar.gz');
    writeFileSync(bogus, 'hello');
    await expect(restore(await emptyTarget('bogus'), bogus)).rejects.toThrow(/not a backup/u);
  });
});
