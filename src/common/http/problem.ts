import { HttpException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailableReason } from '../../database/database-unavailable.js';
import { CodedError, type ErrorDetail, type ErrorParams, type Locale } from '../../kernel/index.js';
import type { CommonErrorCode } from '../errors/common.errors.js';
import { type ErrorStatuses, registeredErrorStatuses } from '../errors/error-codes.js';
import { catalogueText, detailMessage, errorMessage } from '../errors/error-messages.js';

/** One problem of an answer, worded for the reader. */
export interface ProblemDetail {
  field?: string;
  line?: number;
  constraint?: string;
  message: string;
}

/** The one shape of every error answer. */
export interface Problem {
  statusCode: number;
  code: string;
  message: string;
  details?: ProblemDetail[];
  requestId: string;
  /** For the pages and the Retry-After header; not sent on the API. */
  params?: ErrorParams;
}

const FASTIFY_CODES: Record<string, CommonErrorCode> = {
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
const PG_INPUT_ERRORS: Record<string, CommonErrorCode> = {
  '23505': 'UNIQUE_VIOLATION', // unique_violation
  '23503': 'REFERENCE_VIOLATION', // foreign_key_violation
  '22P02': 'VALIDATION_FAILED', // invalid_text_representation
  '22007': 'VALIDATION_FAILED', // invalid_datetime_format
  '22008': 'VALIDATION_FAILED', // datetime_field_overflow
  '22001': 'VALIDATION_FAILED', // string_data_right_truncation
  '22003': 'VALIDATION_FAILED', // numeric_value_out_of_range
  // Refused before any query by the validation pipe (unsafe-characters.ts); kept as the last line of defence.
  '22021': 'VALIDATION_FAILED', // character_not_in_repertoire (a NUL in text)
  '22P05': 'VALIDATION_FAILED', // untranslatable_character
};

/**
 * A refusal a trigger raised on purpose (SQLSTATE P0001, raise_exception) naming a registered error
 * code in its HINT, with the message's params as a JSON object in its DETAIL: answered as that code,
 * as if the service had refused. The plumbing maps it by the code's text, knowing no feature (the
 * decisions' immutability triggers raise DECISION_ALREADY_ISSUED so).
 */
function databaseRefusal(driverError: { code?: string; detail?: string; hint?: string }, statuses: ErrorStatuses): Classified | undefined {
  const code = driverError.hint;
  if (driverError.code !== 'P0001' || code === undefined || !Object.hasOwn(statuses, code)) {
    return undefined;
  }
  return { code, message: `Refused by the database: ${code}`, params: detailParams(driverError.detail) };
}

/** The string and number values of a JSON object DETAIL; anything else is no params. */
function detailParams(detail: string | undefined): ErrorParams {
  try {
    const parsed: unknown = JSON.parse(detail ?? '');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return {};
    }
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string | number] => ['string', 'number'].includes(typeof entry[1])),
    );
  } catch {
    return {};
  }
}

const HTTP_STATUS_CODES: Partial<Record<number, CommonErrorCode>> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  503: 'DATABASE_UNAVAILABLE',
};

const fromHttpStatus = (status: number): CommonErrorCode => HTTP_STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'MALFORMED_REQUEST');

/** What was thrown, reduced to a code and what words it: before the status and the language are chosen. */
interface Classified {
  code: string;
  /** English, for when the catalogue has no text. */
  message: string;
  /** Kept from an HTTP exception whose status has no code of its own (405…). */
  statusCode?: number;
  params?: ErrorParams;
  details?: ErrorDetail[];
  /** How a coded error words itself in a language (its key, its params as that reader writes them). */
  wordedIn?: (locale: Locale) => string;
}

function classify(error: unknown, statuses: ErrorStatuses): Classified {
  // Nest wraps Fastify's own errors (bad JSON, body too large, CSRF) in an HttpException: look inside.
  if (error instanceof HttpException && error.cause instanceof Error && typeof (error.cause as { code?: unknown }).code === 'string') {
    return classify(error.cause, statuses);
  }
  if (error instanceof CodedError && Object.hasOwn(statuses, error.code)) {
    return {
      code: error.code,
      message: error.message,
      params: error.params,
      details: error.details,
      wordedIn: (locale) => errorMessage(error, locale),
    };
  }
  // Before any other mapping: an outage surfaces as plain Errors, AggregateErrors and QueryFailedErrors alike.
  if (databaseUnavailableReason(error) !== undefined) {
    return {
      code: 'DATABASE_UNAVAILABLE',
      message: 'The database is not answering; try again shortly',
      params: { retryAfter: DATABASE_RETRY_AFTER_SECONDS },
    };
  }
  if (error instanceof QueryFailedError) {
    const driverError = error.driverError as { code?: string; constraint?: string; detail?: string; hint?: string };
    const refusal = databaseRefusal(driverError, statuses);
    if (refusal) {
      return refusal;
    }
    const code = PG_INPUT_ERRORS[driverError.code ?? ''];
    if (code === 'UNIQUE_VIOLATION') {
      const details = [{ message: driverError.detail ?? 'duplicate' }];
      return { code, message: 'This value is already used', details, params: { constraint: driverError.constraint ?? '' } };
    }
    if (code) {
      return {
        code,
        message: code === 'REFERENCE_VIOLATION' ? 'A referenced record does not exist or is still in use' : 'A value is not valid',
      };
    }
  }
  const fastifyCode = (error as { code?: unknown } | null)?.code;
  if (typeof fastifyCode === 'string' && fastifyCode in FASTIFY_CODES) {
    return { code: FASTIFY_CODES[fastifyCode], message: (error as Error).message };
  }
  if (error instanceof SyntaxError && (error as { statusCode?: number }).statusCode === 400) {
    return { code: 'MALFORMED_REQUEST', message: 'The request body is not valid JSON' };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    return { code: fromHttpStatus(status), message: error.message, statusCode: status };
  }
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { code: fromHttpStatus(status), message: (error as Error).message, statusCode: status };
  }
  return { code: 'INTERNAL', message: 'Something went wrong on our side; the error was logged' };
}

/**
 * Maps anything thrown while serving a request to the problem answered, worded in `locale`: the
 * message of its code (`errors.<CODE>` filled with its params), each detail from its catalogue key.
 */
export function toProblem(
  error: unknown,
  requestId: string,
  locale: Locale = 'en',
  statuses: ErrorStatuses = registeredErrorStatuses(),
): Problem {
  const found = classify(error, statuses);
  const details = found.details?.map(({ field, line, constraint, ...wording }) => ({
    ...(field === undefined ? {} : { field }),
    ...(line === undefined ? {} : { line }),
    ...(constraint === undefined ? {} : { constraint }),
    message: detailMessage(wording, locale),
  }));
  return {
    statusCode: found.statusCode ?? statuses[found.code] ?? 500,
    code: found.code,
    message: found.wordedIn?.(locale) ?? catalogueText(locale, `errors.${found.code}`, found.params, found.message),
    ...(details ? { details } : {}),
    requestId,
    ...(found.params ? { params: found.params } : {}),
  };
}
