import type { EntityManager } from 'typeorm';
import { keyLockName, lockNaturalKey, lockTableKeys, tableLockName } from './natural-key-lock.js';

/** A stand-in that records the statements it is given (the e2e spec runs them on PostgreSQL). */
function recorder(inTransaction: boolean): { manager: EntityManager; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const query = (text: string, params: unknown[]): Promise<unknown[]> => {
    calls.push([text, params]);
    return Promise.resolve([]);
  };
  return { manager: { queryRunner: { isTransactionActive: inTransaction }, query } as unknown as EntityManager, calls };
}

describe('natural-key locks: what each lock is hashed from', () => {
  it('keeps keys whose parts contain the separator apart', () => {
    expect(keyLockName('staff', ['a:b', 'c'])).not.toBe(keyLockName('staff', ['a', 'b:c']));
    expect(keyLockName('staff', ['a\\', ':b'])).not.toBe(keyLockName('staff', ['a\\:', 'b']));
  });

  it('gives the same lock to an upper- and a lower-case uuid (one row to PostgreSQL)', () => {
    const id = '0A298E3A-5178-480D-9BF3-C18A8C765AB4';
    expect(keyLockName('appraisals', ['staff', id, 2019])).toBe(keyLockName('appraisals', ['staff', id.toLowerCase(), 2019]));
  });

  it('never gives a key the name of its table lock', () => {
    expect(keyLockName('staff', ['x'])).not.toBe(tableLockName('staff'));
    expect(tableLockName('staff')).not.toBe(keyLockName('table', ['staff']));
  });

  it('refuses to lock outside a transaction, where the lock would end with its statement', async () => {
    const outside = recorder(false);
    await expect(lockNaturalKey(outside.manager, 'staff', 'code', 'NV1')).rejects.toThrow(/only inside a transaction/u);
    await expect(lockTableKeys(outside.manager, 'staff')).rejects.toThrow(/only inside a transaction/u);
    expect(outside.calls).toEqual([]);
  });

  it('takes the table lock shared, then the key lock, in that order', async () => {
    const inside = recorder(true);
    await lockNaturalKey(inside.manager, 'appraisals', 'staff', 'abc', 2019);
    expect(inside.calls).toEqual([
      ['SELECT pg_advisory_xact_lock_shared(hashtextextended($1, 0))', ['table:appraisals']],
      ['SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', ['key:appraisals:staff:abc:2019']],
    ]);
  });
});
