import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './paths.js';

/**
 * `npm install` must leave package-lock.json as committed, whichever npm the supported Node versions
 * bring: npm 10 (Node 20 and 22) or npm 11 (Node 24). npm 11 writes a `libc` field on packages built
 * for one C library (the Linux binaries of @parcel/watcher); npm 10 drops those fields at
 * every install, so a lock written by npm 11 comes back modified. Without them, npm 11 leaves the lock
 * as it is too (it adds `libc` only to entries it resolves anew). After adding or upgrading a
 * package with npm 11, remove the fields (or run `npx npm@10 install --package-lock-only`).
 */
describe('package-lock.json', () => {
  const lock = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package-lock.json'), 'utf8')) as {
    lockfileVersion: number;
    packages: Record<string, { libc?: string[] }>;
  };

  it('is in the format npm 10 and npm 11 both keep (lockfileVersion 3)', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it('has no libc fields, which npm 10 would remove at every install', () => {
    const withLibc = Object.entries(lock.packages)
      .filter(([, entry]) => entry.libc !== undefined)
      .map(([path]) => path);
    expect(withLibc).toEqual([]);
  });
});
