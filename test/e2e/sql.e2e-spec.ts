import { execute, one, row, rows, sql } from '../../src/database/sql.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The sql tag and its helpers against the real driver of each database: what TypeORM hands back for
 * each kind of statement, and how PostgreSQL types the placeholders the tag numbers.
 */
describe('sql tag and helpers on the database', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t.dataSource.query('CREATE TABLE sql_probe (id integer PRIMARY KEY, name text, born date)');
  });
  afterAll(async () => {
    await t.close();
  });

  it('inserts with RETURNING and answers the rows', async () => {
    const inserted = await rows<{ id: number }>(
      t.dataSource.manager,
      sql`INSERT INTO sql_probe (id, name, born) SELECT * FROM unnest(${[1, 2, 3]}::int[], ${['An', null, 'Bình']}::text[], ${[
        '2000-01-31',
        null,
        null,
      ]}::date[]) RETURNING id`,
    );
    expect(inserted.map((r) => r.id).sort()).toEqual([1, 2, 3]);
  });

  it('answers the rows of UPDATE … RETURNING, not TypeORM’s [rows, count]', async () => {
    const updated = await rows<{ id: number; name: string }>(
      t.dataSource.manager,
      sql`UPDATE sql_probe SET name = ${'Chi'} WHERE id = ANY(${[2]}::int[]) RETURNING id, name`,
    );
    expect(updated).toEqual([{ id: 2, name: 'Chi' }]);
  });

  it('answers the rows of DELETE … RETURNING, and none when nothing matched', async () => {
    await t.dataSource.query('INSERT INTO sql_probe (id) VALUES (9)');
    await expect(rows(t.dataSource.manager, sql`DELETE FROM sql_probe WHERE id = ${9} RETURNING id`)).resolves.toEqual([{ id: 9 }]);
    await expect(rows(t.dataSource.manager, sql`DELETE FROM sql_probe WHERE id = ${9} RETURNING id`)).resolves.toEqual([]);
  });

  it('types each placeholder on its own: a null filter and its value in one condition', async () => {
    const byName = (name: string | null) =>
      rows<{ id: number }>(t.dataSource.manager, sql`SELECT id FROM sql_probe WHERE (${name}::text IS NULL OR name = ${name}) ORDER BY id`);
    await expect(byName(null)).resolves.toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
    await expect(byName('An')).resolves.toEqual([{ id: 1 }]);
  });

  it('composes fragments, optional ones and identifiers into one query', async () => {
    const after = (born: string | null) => (born === null ? sql.empty : sql`AND ${sql.identifier('born')} >= ${born}::date`);
    const query = (born: string | null) => sql`SELECT id FROM sql_probe WHERE id > ${0} ${after(born)} ORDER BY id`;
    await expect(rows(t.dataSource.manager, query('2000-01-01'))).resolves.toEqual([{ id: 1 }]);
    await expect(rows(t.dataSource.manager, query(null))).resolves.toHaveLength(3);
  });

  it('row, one and execute inside a transaction, on its manager', async () => {
    await t.dataSource.transaction(async (manager) => {
      await execute(manager, sql`UPDATE sql_probe SET name = ${'Dũng'} WHERE id = ${3}`);
      await expect(row<{ name: string }>(manager, sql`SELECT name FROM sql_probe WHERE id = ${3} FOR UPDATE`)).resolves.toEqual({
        name: 'Dũng',
      });
      await expect(row(manager, sql`SELECT name FROM sql_probe WHERE id = ${42}`)).resolves.toBeUndefined();
      await expect(one<{ n: number }>(manager, sql`SELECT count(*)::int AS n FROM sql_probe`)).resolves.toEqual({ n: 3 });
      await expect(one(manager, sql`SELECT id FROM sql_probe`)).rejects.toThrow('Expected exactly one row, got 3');
    });
  });
});
