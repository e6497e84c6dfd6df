import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type CommonErrorCode } from '../errors/common.errors.js';
import { errorStatus } from '../errors/error-codes.js';
import { type Problem, toProblem } from './problem.js';

const logger = new Logger('Errors');

/**
 * Fastify's `frameworkErrors`: what the router answers before any route, hook or Nest filter runs
 * (a path whose percent-encoding is broken, a parameter over `maxParamLength`). Answered in the one
 * error shape, with the request id in the body and the header, like every other error.
 */
export function answerFrameworkError(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  const problem = toProblem(error, String(request.id));
  if (problem.statusCode >= 500) {
    logger.error(`${problem.requestId} ${request.method} ${request.url}: ${error.stack ?? String(error)}`);
  }
  const { params: _params, ...body } = problem;
  void reply.status(problem.statusCode).header('x-request-id', problem.requestId).header('x-content-type-options', 'nosniff').send(body);
}

// Node's HTTP parser refuses the request before Fastify sees it: no request object, only the socket.
const CLIENT_ERRORS: Record<string, { code: CommonErrorCode; message: string }> = {
  HPE_HEADER_OVERFLOW: { code: 'HEADERS_TOO_LARGE', message: 'The request line and headers are larger than the server accepts' },
  ERR_HTTP_REQUEST_TIMEOUT: { code: 'REQUEST_TIMEOUT', message: 'The request was not received in time' },
  ERR_HTTP_HEADERS_TIMEOUT: { code: 'REQUEST_TIMEOUT', message: 'The request headers were not received in time' },
};

/**
 * Fastify's `clientErrorHandler` (Node's `clientError`): a request the HTTP parser could not read
 * (headers too large, a malformed request line, too slow) still gets the one error shape, then the
 * connection is closed, as Node does, since the rest of what the client sends cannot be trusted.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) {
    return;
  }
  const known = CLIENT_ERRORS[error.code ?? ''] ?? { code: 'MALFORMED_REQUEST' as const, message: 'The request could not be read' };
  const problem: Omit<Problem, 'params'> = {
    statusCode: errorStatus(known.code) ?? 400,
    code: known.code,
    message: known.message,
    requestId: randomUUID(),
  };
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${problem.statusCode} ${STATUS_CODES[problem.statusCode]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        `x-request-id: ${problem.requestId}\r\n` +
        'x-content-type-options: nosniff\r\n' +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}
