import type { DataSource } from 'typeorm';
import { JobsService } from './jobs.service.js';

/** A data source whose server refuses connections, as pg reports it: the worker's outage path, without a database. */
const refusingDataSource = (): { dataSource: DataSource; queries: () => number } => {
  let count = 0;
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
    code: 'ECONNREFUSED',
    errno: -111,
    syscall: 'connect',
  });
  const dataSource = {
    subscribers: [],
    manager: {
      query: () => {
        count++;
        return Promise.reject(refused);
      },
    },
  } as unknown as DataSource;
  return { dataSource, queries: () => count };
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('JobsService while the database is unavailable', () => {
  it('tells the outage at each failed poll (which logs one line per outage) and keeps polling', async () => {
    const { dataSource, queries } = refusingDataSource();
    const reasons: string[] = [];
    const jobs = new JobsService(dataSource, { pollIntervalMs: 20, outage: { failed: (reason) => reasons.push(reason) } });
    jobs.register('render', async () => {});
    jobs.start();
    await sleep(150);
    await jobs.stop();
    expect(reasons.length).toBeGreaterThanOrEqual(2);
    expect(new Set(reasons).size).toBe(1);
    expect(reasons[0]).toContain('ECONNREFUSED');
    const afterStop = queries();
    await sleep(80);
    expect(queries()).toBe(afterStop);
  });

  it('asks nothing of the database while no kind of job is registered', async () => {
    const { dataSource, queries } = refusingDataSource();
    const jobs = new JobsService(dataSource, { pollIntervalMs: 10 });
    jobs.start();
    await sleep(60);
    await jobs.stop();
    expect(queries()).toBe(0);
  });
});
