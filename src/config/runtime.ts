import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DatabaseTarget } from '../database/database-target.js';
import type { Environment } from './environment.js';

/** What the application is started with: the validated environment and resolved resources. */
export interface Runtime {
  env: Environment;
  sessionSecret: string;
  database: DatabaseTarget;
}

export const RUNTIME = Symbol('RUNTIME');

/** SESSION_SECRET, or one generated on first start and kept in DATA_DIR (mode 600). */
export function resolveSessionSecret(env: Environment): string {
  if (env.SESSION_SECRET) {
    return env.SESSION_SECRET;
  }
  const dir = resolve(env.DATA_DIR);
  const file = join(dir, 'session-secret');
  if (existsSync(file)) {
    return readFileSync(file, 'utf8').trim();
  }
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}
