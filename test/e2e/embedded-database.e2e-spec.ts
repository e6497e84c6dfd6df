import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { createUnit } from '../factories/index.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The embedded database must keep PostgreSQL's transaction semantics under concurrent callers.
 * A driver that shares one session between callers (as typeorm-pglite did) commits rolled-back
 * inserts, loses updates and lets two callers hold one advisory lock: each case below would catch
 * that after a dependency upgrade. Runs on whichever database the suite targets; on PostgreSQL it
 * shows the two behave alike.
 */
describe('transaction semantics of the database under concurrent callers', () => {
  let t: TestApp;
  const CONCURRENT = 8;

  beforeAll(async () => {
    t = await createTestApp();
    await t.dataSource.query('CREATE TABLE tx_probe (id integer PRIMARY KEY, n integer NOT NULL)');
  });
  afterAll(async () => {
    await t.close();
  });

  it('rolls back an insert when the transaction throws', async () => {
    await expect(
      t.dataSource.transaction(async (manager) => {
        await manager.query('INSERT INTO tx_probe (id, n) VALUES (1, 1)');
        expect(await manager.query('SELECT n FROM tx_probe WHERE id = 1')).toEqual([{ n: 1 }]);
        throw new Error('fail after the insert');
      }),
    ).rejects.toThrow('fail after the insert');
    expect(await t.dataSource.query('SELECT * FROM tx_probe WHERE id = 1')).toEqual([]);
  });

  it('serialises read-modify-write through SELECT … FOR UPDATE: no lost update', async () => {
    await t.dataSource.query('INSERT INTO tx_probe (id, n) VALUES (2, 0)');
    const increment = (): Promise<void> =>
      t.dataSource.transaction(async (manager) => {
        const [{ n }] = (await manager.query('SELECT n FROM tx_probe WHERE id = 2 FOR UPDATE')) as Array<{ n: number }>;
        await sleep(5); // widen the window a lost update would need
        await manager.query('UPDATE tx_probe SET n = $1 WHERE id = 2', [n + 1]);
      });
    await Promise.all(Array.from({ length: CONCURRENT }, increment));
    expect(await t.dataSource.query('SELECT n FROM tx_probe WHERE id = 2')).toEqual([{ n: CONCURRENT }]);
  });

  it('never lets two transactions hold the same advisory lock at once', async () => {
    const key = 424_242;
    let inside = 0;
    let maxInside = 0;
    const holders: string[] = [];
    const hold = (name: string): Promise<void> =>
      t.dataSource.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock($1)', [key]);
        inside += 1;
        maxInside = Math.max(maxInside, inside);
        holders.push(name);
        await sleep(10);
        inside -= 1;
      });
    await Promise.all(Array.from({ length: CONCURRENT }, (_, i) => hold(`holder-${i}`)));
    expect(holders).toHaveLength(CONCURRENT);
    expect(maxInside).toBe(1);
    // Released at commit: free again for someone else.
    expect(await t.dataSource.query('SELECT pg_try_advisory_lock($1) AS locked', [key])).toEqual([{ locked: true }]);
    await t.dataSource.query('SELECT pg_advisory_unlock($1)', [key]);
  });

  it('ends what a connection left when it goes away mid-transaction: rolled back, its locks released', async () => {
    // The pool's own connections, as TypeORM's query runners get them.
    const pool = (t.dataSource.driver as unknown as { master: pg.Pool }).master;
    const dropped = await pool.connect();
    await dropped.query('BEGIN');
    await dropped.query('INSERT INTO tx_probe (id, n) VALUES (3, 3)');
    await dropped.query('SELECT pg_advisory_lock(515151)');
    const ended = new Promise((resolve) => dropped.once('end', resolve));
    dropped.release(new Error('the connection goes away')); // removed from the pool and closed
    await ended;
    expect(await t.dataSource.query('SELECT * FROM tx_probe WHERE id = 3')).toEqual([]);
    const advisoryLocks = `SELECT count(*)::int AS n FROM pg_locks
      WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
    expect(await t.dataSource.query(advisoryLocks)).toEqual([{ n: 0 }]);
  });

  it('answers one 201 and only 409s to concurrent creations with the same staff code', async () => {
    const unit = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', code: 'RACE-U' });
    const attempt = (i: number): Promise<number> =>
      t
        .http()
        .post('/api/staff')
        .set(bearer(t.adminToken))
        .send({ code: 'RACE-1', fullName: `Nguyễn Văn Thử ${String.fromCharCode(65 + i)}`, gender: 'male', unitId: unit.id })
        .then((res) => res.status);
    const statuses = await Promise.all(Array.from({ length: CONCURRENT }, (_, i) => attempt(i)));
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(CONCURRENT - 1);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM staff WHERE code = 'RACE-1'`)).toEqual([{ n: 1 }]);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'staff'`)).toEqual([{ n: 1 }]);
  });
});
