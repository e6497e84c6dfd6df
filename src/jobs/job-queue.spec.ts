import { retryDelayMs } from './job-queue.js';

describe('retryDelayMs: the wait before the next try of a failed job', () => {
  it('waits the base delay after the first failure, doubling after each further one', () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 5_000, 600_000))).toEqual([5_000, 10_000, 20_000, 40_000]);
  });

  it('never waits longer than the cap, however many tries failed', () => {
    expect(retryDelayMs(8, 5_000, 600_000)).toBe(600_000);
    expect(retryDelayMs(1_000, 5_000, 600_000)).toBe(600_000);
  });

  it('waits the base delay for an attempt number below 1 (a job never claimed)', () => {
    expect(retryDelayMs(0, 250, 1_000)).toBe(250);
  });
});
