import { BadRequestException, HttpException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { CodedError } from '../../kernel/index.js';
import { COMMON_ERRORS } from '../errors/common.errors.js';
import { alreadyUsed, DomainError, NotFound, ValidationFailed } from '../errors/domain-error.js';
import { toProblem } from './problem.js';

const pgError = (code: string): QueryFailedError =>
  new QueryFailedError(
    'INSERT …',
    [],
    Object.assign(new Error('pg'), { code, constraint: 'staff_code_key', detail: 'Key (code)=(A) already exists.' }),
  );

/** A feature of the spec's own, as a `<feature>.errors.ts` declares it. */
const SPEC_ERRORS = { SPEC_CODE_TAKEN: 409 } as const;
const STATUSES = { ...COMMON_ERRORS, ...SPEC_ERRORS };

class SpecCodeTaken extends DomainError<keyof typeof SPEC_ERRORS> {
  constructor(code: string) {
    super('SPEC_CODE_TAKEN', `code ${code} is taken`, [alreadyUsed('code', code)], { code });
  }
}

describe('toProblem', () => {
  it('maps a feature error by its code, with its details and the request id, worded in the reader language', () => {
    expect(toProblem(new SpecCodeTaken('NV1'), 'r1', 'vi', STATUSES)).toMatchObject({
      statusCode: 409,
      code: 'SPEC_CODE_TAKEN',
      requestId: 'r1',
      details: [{ field: 'code', constraint: 'duplicate', message: 'Giá trị này đã được dùng.' }],
      params: { code: 'NV1' },
    });
    expect(toProblem(new SpecCodeTaken('NV1'), 'r1', 'en', STATUSES).details).toEqual([
      { field: 'code', constraint: 'duplicate', message: 'This value is already used.' },
    ]);
    expect(toProblem(new NotFound('staff member', 'x'), 'r2', 'en', STATUSES)).toMatchObject({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'Page or record not found.',
    });
  });

  it('keeps the words a library gave a detail, and answers the English message of a code the catalogue lacks', () => {
    const problem = toProblem(
      new ValidationFailed([{ field: 'fullName', constraint: 'isString', message: 'fullName must be a string' }]),
      'r',
      'vi',
    );
    expect(problem.details).toEqual([{ field: 'fullName', constraint: 'isString', message: 'fullName must be a string' }]);
    expect(toProblem(new SpecCodeTaken('X'), 'r', 'vi', STATUSES).message).toBe('code X is taken');
  });

  it('hides a coded error whose code no map declares behind a 500', () => {
    const unmapped = toProblem(new CodedError('NOBODY_DECLARED_ME', 'secret'), 'r', 'en', STATUSES);
    expect(unmapped).toMatchObject({ statusCode: 500, code: 'INTERNAL' });
    expect(unmapped.message).not.toContain('secret');
  });

  it('turns a unique violation into 409 and bad input values into 400, never 500', () => {
    expect(toProblem(pgError('23505'), 'r')).toMatchObject({ statusCode: 409, code: 'UNIQUE_VIOLATION' });
    expect(toProblem(pgError('23503'), 'r')).toMatchObject({ statusCode: 409, code: 'REFERENCE_VIOLATION' });
    expect(toProblem(pgError('22P02'), 'r')).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(toProblem(pgError('22008'), 'r')).toMatchObject({ statusCode: 400 });
  });

  it('answers a trigger refusal (P0001) as the registered code its HINT names, with the params of its DETAIL', () => {
    const raised = (hint: string | undefined, detail?: string): QueryFailedError =>
      new QueryFailedError(
        'UPDATE decisions …',
        [],
        Object.assign(new Error('decision is issued and cannot change'), { code: 'P0001', hint, detail }),
      );
    expect(toProblem(raised('SPEC_CODE_TAKEN', '{"code":"07/QĐ-SVHTTDL","n":7,"x":{"y":1}}'), 'r', 'en', STATUSES)).toMatchObject({
      statusCode: 409,
      code: 'SPEC_CODE_TAKEN',
      params: { code: '07/QĐ-SVHTTDL', n: 7 },
    });
    // A DETAIL that is not a JSON object gives no params; the code still answers.
    expect(toProblem(raised('SPEC_CODE_TAKEN', 'not json'), 'r', 'en', STATUSES)).toMatchObject({ statusCode: 409, params: {} });
    // A HINT no map declares, or none at all, is not trusted: a 500 as any other unexpected failure.
    expect(toProblem(raised('NO_SUCH_CODE'), 'r', 'en', STATUSES)).toMatchObject({ statusCode: 500, code: 'INTERNAL' });
    expect(toProblem(raised(undefined), 'r', 'en', STATUSES)).toMatchObject({ statusCode: 500, code: 'INTERNAL' });
  });

  it('looks inside the HttpException Nest wraps around Fastify errors', () => {
    const csrf = Object.assign(new Error('Invalid csrf token'), { code: 'FST_CSRF_INVALID_TOKEN', statusCode: 403 });
    expect(toProblem(new HttpException(csrf.message, 403, { cause: csrf }), 'r')).toMatchObject({ statusCode: 403, code: 'CSRF_INVALID' });
    const large = Object.assign(new Error('too large'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 });
    expect(toProblem(new HttpException(large.message, 413, { cause: large }), 'r')).toMatchObject({
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
  });

  it('answers 503 DATABASE_UNAVAILABLE with a Retry-After for an outage, whatever shape the error has', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect' });
    const shapes = [
      refused,
      new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly')),
      new AggregateError([refused], ''),
    ];
    for (const error of shapes) {
      const problem = toProblem(error, 'r', 'en');
      expect(problem).toMatchObject({ statusCode: 503, code: 'DATABASE_UNAVAILABLE', params: { retryAfter: 5 } });
      expect(problem.message).not.toContain('ECONNREFUSED');
    }
    expect(toProblem(refused, 'r', 'vi').message).toBe('Cơ sở dữ liệu tạm thời không phản hồi. Vui lòng thử lại sau.');
  });

  it('does not take a browser hanging up mid-upload for an outage', () => {
    const aborted = Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
    expect(toProblem(aborted, 'r', 'en').code).not.toBe('DATABASE_UNAVAILABLE');
  });

  it('keeps the status of other HTTP exceptions and hides unknown errors behind a 500', () => {
    expect(toProblem(new BadRequestException('Validation failed (uuid is expected)'), 'r')).toMatchObject({
      statusCode: 400,
      code: 'MALFORMED_REQUEST',
    });
    expect(toProblem(new HttpException('Method Not Allowed', 405), 'r')).toMatchObject({ statusCode: 405, code: 'MALFORMED_REQUEST' });
    const internal = toProblem(new Error('secret stack detail'), 'r');
    expect(internal).toMatchObject({ statusCode: 500, code: 'INTERNAL' });
    expect(internal.message).not.toContain('secret');
  });
});
