import { one, sql } from '../../src/database/sql.js';
import { DEMO_STAFF, DEMO_UNITS } from '../../src/demo/demo-data.js';
import { DemoRefused, seedDemo } from '../../src/demo/seed-demo.js';
import { createUnit } from '../factories/index.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** `npm run demo`: fills an empty database once, leaves the demo as it is, refuses a database with data of its own. */
describe('demo data', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('fills an empty database, then finds the demo already there', async () => {
    await expect(seedDemo(t.app)).resolves.toBe('seeded');
    const counts = await one(
      t.dataSource.manager,
      sql`SELECT (SELECT count(*) FROM units)::int AS units, (SELECT count(*) FROM staff)::int AS staff`,
    );
    expect(counts).toEqual({ units: DEMO_UNITS.length, staff: DEMO_STAFF.length });
    await expect(seedDemo(t.app)).resolves.toBe('already-present');
  });

  it('refuses a database that holds data of its own', async () => {
    await createUnit(t);
    await expect(seedDemo(t.app)).rejects.toThrow(DemoRefused);
  });
});
