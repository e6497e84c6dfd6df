import { InvalidEnvironment } from './config/environment.js';
import { DatabaseUnreachable, whereIs } from './database/wait-for-database.js';
import { startFailure } from './start-failure.js';

describe('startFailure', () => {
  it('says in one line what the user can fix', () => {
    expect(startFailure(new InvalidEnvironment('Invalid configuration:\n  PORT: must be an integer'))).toBe(
      'Invalid configuration:\n  PORT: must be an integer',
    );
    expect(startFailure(new DatabaseUnreachable('PostgreSQL at db:5432/app did not answer'))).toBe(
      'PostgreSQL at db:5432/app did not answer',
    );
  });

  it('words a database lost during start-up (after the wait) in one line naming DATABASE_URL', () => {
    const lost = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', syscall: 'read' });
    const line = startFailure(lost) as string;
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('read ECONNRESET');
    expect(line).toContain('DATABASE_URL');
  });

  it('keeps the whole error, stack included, for what is a bug of ours', () => {
    const bug = new TypeError('x is undefined');
    expect(startFailure(bug)).toBe(bug);
  });
});

describe('whereIs', () => {
  it('shows host, port and database, never the user or the password', () => {
    expect(whereIs('postgres://app:s3cret@db.internal:6543/thidua')).toBe('db.internal:6543/thidua');
    expect(whereIs('postgresql://localhost/thidua')).toBe('localhost:5432/thidua');
    expect(whereIs('not a url')).toBe('DATABASE_URL');
  });
});
