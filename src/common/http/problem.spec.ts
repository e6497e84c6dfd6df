import { BadRequestException, HttpException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { Duplicate, NotFound } from '../errors/domain-error.js';
import { toProblem } from './problem.js';

const pgError = (code: string): QueryFailedError =>
  new QueryFailedError('INSERT …', [], Object.assign(new Error('pg'), { code, constraint: 'staff_code_key', detail: 'Key (code)=(A) already exists.' }));

describe('toProblem', () => {
  it('maps domain errors by code, with details and the request id', () => {
    expect(toProblem(new Duplicate('code', 'NV1'), 'r1')).toMatchObject({
      statusCode: 409,
      code: 'DUPLICATE',
      requestId: 'r1',
      details: [{ field: 'code' }],
    });
    expect(toProblem(new NotFound('staff member', 'x'), 'r2')).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('turns a unique violation into 409 and bad input values into 400, never 500', () => {
    expect(toProblem(pgError('23505'), 'r')).toMatchObject({ statusCode: 409, code: 'DUPLICATE' });
    expect(toProblem(pgError('22P02'), 'r')).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(toProblem(pgError('22008'), 'r')).toMatchObject({ statusCode: 400 });
  });

  it('looks inside the HttpException Nest wraps around Fastify errors', () => {
    const csrf = Object.assign(new Error('Invalid csrf token'), { code: 'FST_CSRF_INVALID_TOKEN', statusCode: 403 });
    expect(toProblem(new HttpException(csrf.message, 403, { cause: csrf }), 'r')).toMatchObject({ statusCode: 403, code: 'CSRF_INVALID' });
    const large = Object.assign(new Error('too large'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 });
    expect(toProblem(new HttpException(large.message, 413, { cause: large }), 'r')).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('keeps the status of other HTTP exceptions and hides unknown errors behind a 500', () => {
    expect(toProblem(new BadRequestException('Validation failed (uuid is expected)'), 'r')).toMatchObject({ statusCode: 400, code: 'MALFORMED_REQUEST' });
    const internal = toProblem(new Error('secret stack detail'), 'r');
    expect(internal).toMatchObject({ statusCode: 500, code: 'INTERNAL' });
    expect(internal.message).not.toContain('secret');
  });
});
