import { HttpException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { CodedError } from '../../kernel/index.js';
import { ERROR_STATUS, type ErrorCode, type ErrorDetail } from '../errors/error-codes.js';

/** The one shape of every error answer. */
export interface Problem {
  statusCode: number;
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
  requestId: string;
  /** For translated messages on pages; not sent on the API. */
  params?: Record<string, string | number>;
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_REQUEST',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_PARTS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_CSRF_INVALID_TOKEN: 'CSRF_INVALID',
  FST_CSRF_MISSING_SECRET: 'CSRF_INVALID',
  // Answered by the router before any route runs (see common/http/framework-errors.ts).
  FST_ERR_BAD_URL: 'MALFORMED_REQUEST',
  FST_ERR_MAX_PARAM_LENGTH: 'URI_TOO_LONG',
};

// PostgreSQL SQLSTATEs that only bad input can cause.
const PG_INPUT_ERRORS: Record<string, ErrorCode> = {
  '23505': 'DUPLICATE', // unique_violation
  '23503': 'CONFLICT', // foreign_key_violation
  '22P02': 'VALIDATION_FAILED', // invalid_text_representation
  '22007': 'VALIDATION_FAILED', // invalid_datetime_format
  '22008': 'VALIDATION_FAILED', // datetime_field_overflow
  '22001': 'VALIDATION_FAILED', // string_data_right_truncation
  '22003': 'VALIDATION_FAILED', // numeric_value_out_of_range
};

const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && Object.hasOwn(ERROR_STATUS, code);

const PG_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', 'ECONNREFUSED', 'ETIMEDOUT']);

const HTTP_STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_ATTEMPTS',
  503: 'DATABASE_UNAVAILABLE',
};

function fromHttpStatus(status: number): ErrorCode {
  return HTTP_STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'MALFORMED_REQUEST');
}

/** Maps anything thrown while serving a request to the problem answered. */
export function toProblem(error: unknown, requestId: string): Problem {
  const answer = (code: ErrorCode, message: string, details?: ErrorDetail[], params?: Problem['params']): Problem => ({
    statusCode: ERROR_STATUS[code],
    code,
    message,
    ...(details ? { details } : {}),
    requestId,
    ...(params ? { params } : {}),
  });

  // Nest wraps Fastify's own errors (bad JSON, body too large, CSRF) in an HttpException: look inside.
  if (error instanceof HttpException && error.cause instanceof Error && typeof (error.cause as { code?: unknown }).code === 'string') {
    return toProblem(error.cause, requestId);
  }
  if (error instanceof CodedError && isErrorCode(error.code)) {
    return answer(error.code, error.message, error.details, error.params);
  }
  if (error instanceof QueryFailedError) {
    const driverError = error.driverError as { code?: string; constraint?: string; detail?: string };
    const code = PG_INPUT_ERRORS[driverError.code ?? ''];
    if (code === 'DUPLICATE') {
      return answer(code, 'This value is already used', [{ message: driverError.detail ?? 'duplicate' }], {
        constraint: driverError.constraint ?? '',
      });
    }
    if (code) {
      return answer(code, code === 'CONFLICT' ? 'A referenced record does not exist or is still in use' : 'A value is not valid');
    }
    if (PG_UNAVAILABLE.has(driverError.code ?? '')) {
      return answer('DATABASE_UNAVAILABLE', 'The database is not answering; try again shortly');
    }
  }
  const fastifyCode = (error as { code?: unknown }).code;
  if (typeof fastifyCode === 'string' && fastifyCode in FASTIFY_CODES) {
    return answer(FASTIFY_CODES[fastifyCode], (error as Error).message);
  }
  if (error instanceof SyntaxError && (error as { statusCode?: number }).statusCode === 400) {
    return answer('MALFORMED_REQUEST', 'The request body is not valid JSON');
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = status === 404 ? 'NOT_FOUND' : fromHttpStatus(status);
    return { ...answer(code, error.message), statusCode: status };
  }
  const status = (error as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { ...answer(fromHttpStatus(status), (error as Error).message), statusCode: status };
  }
  return answer('INTERNAL', 'Something went wrong on our side; the error was logged');
}
