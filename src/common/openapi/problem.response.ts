import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';
import type { ErrorCode } from '../errors/error-codes.js';
import type { Problem, ProblemDetail } from '../http/problem.js';
import { ApiList } from './response-fields.js';
import { type Agrees, type SameShape } from './same-shape.js';

/*
 * The one shape of every error answer, documented once. Operations name the statuses they may
 * answer, not the codes: codes are stable per situation and listed by each feature's errors file.
 */

export class ErrorDetailResponse {
  @ApiProperty({ required: false, description: 'The input field, `a.b` when nested' })
  field?: string;

  @ApiProperty({ required: false, type: 'integer', description: 'The line of an imported file (the heading row is line 1)' })
  line?: number;

  @ApiProperty()
  message!: string;

  @ApiProperty({ required: false, description: 'The rule that failed, e.g. maxLength' })
  constraint?: string;
}

export class ProblemResponse {
  @ApiProperty({ type: 'integer', example: 400 })
  statusCode!: number;

  @ApiProperty({ type: String, description: 'Stable code of the situation (the message may change)', example: 'VALIDATION_FAILED' })
  code!: ErrorCode;

  @ApiProperty({ description: 'In the answer’s language: Accept-Language (vi or en), else the signed-in user’s, else English' })
  message!: string;

  @ApiList(() => ErrorDetailResponse, { required: false })
  details?: ErrorDetailResponse[];

  @ApiProperty({ description: 'Also sent as the x-request-id header; the server log names it' })
  requestId!: string;
}

/** The API answers the problem without its page-only `params`. */
export type ProblemResponseAgrees = Agrees<SameShape<ProblemResponse, Omit<Problem, 'params'>>>;
export type ErrorDetailResponseAgrees = Agrees<SameShape<ErrorDetailResponse, ProblemDetail>>;

const STATUS_MEANINGS = {
  400: 'The request is not valid; every problem is listed in `details`',
  401: 'Not signed in: send `Authorization: Bearer <accessToken>` from `POST /api/auth/login`',
  403: 'Signed in, but your role or your units do not allow this',
  404: 'No such record',
  409: 'Conflicts with what is stored (a value already used, a change already made)',
  410: 'No longer valid (a one-time link used, expired or replaced)',
  413: 'The upload is too large',
  415: 'Not the expected content type',
  422: 'Understood, but a rule refuses it; an import lists every problem in `details`',
  429: 'Too many failed attempts: wait the seconds in `Retry-After`',
  503: 'The database is not answering',
} as const;

export type ErrorStatus = keyof typeof STATUS_MEANINGS;

export const ERROR_MEANINGS: Readonly<Record<ErrorStatus, string>> = STATUS_MEANINGS;

/** The error answers an operation may give, each with the one problem shape; `[status, meaning]` words one for this operation. */
export const ApiErrors = (...statuses: (ErrorStatus | [ErrorStatus, string])[]): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ...statuses.map((entry) => {
      const [status, description] = Array.isArray(entry) ? entry : [entry, STATUS_MEANINGS[entry]];
      return ApiResponse({ status, description, type: ProblemResponse });
    }),
  );
