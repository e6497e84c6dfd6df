import { InvalidEnvironment } from './config/environment.js';
import { UnsupportedNode } from './config/node-version.js';
import { databaseUnavailableReason } from './database/database-unavailable.js';
import { DataDirInUse } from './database/embedded-postgres.js';
import { DatabaseUnreachable } from './database/wait-for-database.js';

/**
 * The Node.js version, the configuration, a busy data folder and an unreachable database are the
 * user's to fix: say what, in a line, without a stack trace. Anything else is ours: the whole error.
 */
export function startFailure(error: unknown): unknown {
  const known =
    error instanceof UnsupportedNode ||
    error instanceof InvalidEnvironment ||
    error instanceof DataDirInUse ||
    error instanceof DatabaseUnreachable;
  if (known) {
    return (error as Error).message;
  }
  const reason = databaseUnavailableReason(error);
  if (reason !== undefined) {
    return `The database stopped answering during start-up: ${reason}. Check that it is running, and DATABASE_URL.`;
  }
  return error;
}
