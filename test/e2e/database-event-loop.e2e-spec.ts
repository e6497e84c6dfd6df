import { setTimeout as sleep } from 'node:timers/promises';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * SQL must not hold the event loop (issue 7, item 12). The embedded database used to run PGlite on
 * the main thread: while a query ran nothing else did, not even accepting a connection, and under a
 * burst of requests the connections opened last waited 10 s and more (`npm run bench:fairness`
 * measures that spread). It now runs in a worker thread, as a PostgreSQL server runs in its own
 * process; on either database a long query leaves the service free to take other work. A query
 * that sleeps in the database stands in for a long one.
 */
describe('the event loop while the database works', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps turning while a query runs: a timer due during the query fires before the query answers', async () => {
    const order: string[] = [];
    const query = t.dataSource.query('SELECT pg_sleep(0.6)').then(() => order.push('query'));
    const timer = sleep(50).then(() => order.push('timer'));
    await Promise.all([query, timer]);
    expect(order).toEqual(['timer', 'query']);
  });

  it('accepts and answers a request that needs no database while a query holds the connection', async () => {
    const order: string[] = [];
    const query = t.dataSource.query('SELECT pg_sleep(2)').then(() => order.push('query'));
    await sleep(100); // the query is running
    const asset = t
      .http()
      .get('/assets/app.css')
      .then((res) => order.push(`asset ${res.status}`));
    await Promise.all([query, asset]);
    expect(order).toEqual(['asset 200', 'query']);
  });
});
