import { QueryFailedError } from 'typeorm';
import { databaseUnavailableReason } from './database-unavailable.js';
import { QueryTimedOut } from './guarded-client.js';

const osError = (code: string, message: string, extra: Record<string, unknown> = {}): Error =>
  Object.assign(new Error(message), { code, syscall: 'connect', ...extra });
const pgError = (code: string, message: string): Error => Object.assign(new Error(message), { code, severity: 'FATAL' });
const queryFailed = (driverError: Error): QueryFailedError => new QueryFailedError('SELECT 1', [], driverError);

describe('databaseUnavailableReason', () => {
  it('recognises a refused connection as pg-pool throws it: a plain Error with an OS code', () => {
    expect(databaseUnavailableReason(osError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'))).toBe(
      'connect ECONNREFUSED 127.0.0.1:5432',
    );
  });

  it('recognises the AggregateError of a host with several addresses, naming each', () => {
    const aggregate = Object.assign(
      new AggregateError(
        [osError('ECONNREFUSED', 'connect ECONNREFUSED ::1:5432'), osError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
        '',
      ),
      { code: 'ECONNREFUSED' },
    );
    expect(databaseUnavailableReason(aggregate)).toBe('connect ECONNREFUSED ::1:5432');
    const bare = new AggregateError([new Error('connect EHOSTUNREACH'), new Error('connect ETIMEDOUT')], '');
    expect(databaseUnavailableReason(Object.assign(bare, { code: 'ETIMEDOUT', syscall: 'connect' }))).toBe(
      'connect EHOSTUNREACH; connect ETIMEDOUT',
    );
  });

  it('recognises an OS error by its numeric errno when the code is missing', () => {
    expect(databaseUnavailableReason(Object.assign(new Error('read failed'), { errno: -104, syscall: 'read' }))).toBe('read failed');
  });

  it('looks inside TypeORM QueryFailedError and cause chains', () => {
    expect(databaseUnavailableReason(queryFailed(new Error('Connection terminated unexpectedly')))).toBe(
      'Connection terminated unexpectedly',
    );
    expect(databaseUnavailableReason(queryFailed(pgError('57P01', 'terminating connection due to administrator command')))).toBe(
      'terminating connection due to administrator command',
    );
    const wrapped = new Error('could not load the session', {
      cause: queryFailed(osError('ECONNRESET', 'read ECONNRESET', { syscall: 'read' })),
    });
    expect(databaseUnavailableReason(wrapped)).toBe('read ECONNRESET');
  });

  it.each([
    ['08006', 'connection failure'],
    ['53300', 'sorry, too many clients already'],
    ['57P03', 'the database system is starting up'],
    ['57014', 'canceling statement due to statement timeout'],
    ['25P03', 'terminating connection due to idle-in-transaction timeout'],
  ])('recognises SQLSTATE %s', (code, message) => {
    expect(databaseUnavailableReason(queryFailed(pgError(code, message)))).toBe(message);
  });

  it.each([
    ['timeout exceeded when trying to connect'],
    ['Connection terminated due to connection timeout'],
    ['Client has encountered a connection error and is not queryable'],
    ['PGlite is closed'],
  ])('recognises what pg, pg-pool and PGlite say without a code: %s', (message) => {
    expect(databaseUnavailableReason(new Error(message))).toBe(message);
  });

  it('recognises our own query timeout and TypeORM errors of a data source not connected', () => {
    expect(databaseUnavailableReason(queryFailed(new QueryTimedOut(6000)))).toMatch(/6000 ms/u);
    const notSet = Object.assign(new Error('Connection with postgres database is not established.'), { name: 'ConnectionIsNotSetError' });
    expect(databaseUnavailableReason(notSet)).toBeDefined();
  });

  it('leaves alone what is about the request or our code', () => {
    expect(databaseUnavailableReason(queryFailed(pgError('23505', 'duplicate key value violates unique constraint')))).toBeUndefined();
    expect(databaseUnavailableReason(queryFailed(pgError('42P01', 'relation "nope" does not exist')))).toBeUndefined();
    expect(databaseUnavailableReason(new TypeError('x is undefined'))).toBeUndefined();
    // A browser that hangs up mid-upload: ECONNRESET without a system call.
    expect(databaseUnavailableReason(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }))).toBeUndefined();
    // A missing file is not a missing server.
    expect(databaseUnavailableReason(Object.assign(new Error('no such file'), { code: 'ENOENT', syscall: 'open' }))).toBeUndefined();
    expect(databaseUnavailableReason(null)).toBeUndefined();
    expect(databaseUnavailableReason('ECONNREFUSED')).toBeUndefined();
  });

  it('stops on a cause cycle', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    Object.assign(a, { cause: b });
    expect(databaseUnavailableReason(a)).toBeUndefined();
  });
});
