import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DatabaseOutage } from '../../database/database-outage.js';
import { databaseUnavailableReason } from '../../database/database-unavailable.js';
import { dynamicKey, translate } from '../../i18n/translate.js';
import { type Locale } from '../../kernel/index.js';
import { buildPageContext, localeFor } from '../views/page-context.js';
import { apiLocale } from './answer-locale.js';
import { type Problem, toProblem } from './problem.js';
import { isApiRequest } from './request-kind.js';

const logger = new Logger('Errors');

/**
 * Answers every error: JSON on /api, an error page elsewhere, each worded in the reader's language
 * (the API's rule is in `apiLocale`, the pages' in `localeFor`); logs each 5xx once with its request
 * id, except the database's unavailability, which the outage tracker logs once per outage.
 */
function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply, outage: DatabaseOutage): void {
  const api = isApiRequest(request);
  const problem = toProblem(error, String(request.id), api ? apiLocale(request) : localeFor(request));
  if (problem.code === 'DATABASE_UNAVAILABLE') {
    outage.failed(databaseUnavailableReason(error) ?? problem.message, problem.requestId);
  } else if (problem.statusCode >= 500) {
    logger.error(`${problem.requestId} ${request.method} ${request.url}: ${(error as Error)?.stack ?? String(error)}`);
  }
  if (reply.sent) {
    return;
  }
  const retryAfter = problem.params?.retryAfter;
  if (retryAfter !== undefined) {
    void reply.header('Retry-After', String(retryAfter));
  }
  if (api) {
    const { params: _params, ...body } = problem;
    void reply.status(problem.statusCode).send(body);
    return;
  }
  if (problem.code === 'UNAUTHENTICATED') {
    void reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
    return;
  }
  // A refusal that names the one page the reader may use instead (an account whose setup is pending).
  const pageRedirect = problem.params?.pageRedirect;
  if (typeof pageRedirect === 'string' && pageRedirect.startsWith('/') && !pageRedirect.startsWith('//')) {
    void reply.redirect(pageRedirect, 303);
    return;
  }
  renderErrorPage(problem, request, reply);
}

/** "Không có quyền truy cập (403)": what happened in words, the status after it for whoever reports it. */
export function errorHeading(status: number, lang: Locale): string {
  // Statuses are numbers at run time: the key is checked against the catalogue there.
  const key = dynamicKey(`errors.headings.${status}`);
  return key ? translate(lang, key) : translate(lang, 'errors.untitled', { status });
}

function renderErrorPage(problem: Problem, request: FastifyRequest, reply: FastifyReply): void {
  const ctx = buildPageContext(request, reply);
  void reply.status(problem.statusCode).view('pages/error', {
    ctx,
    errors: {},
    flash: null,
    flashWarnings: [],
    title: errorHeading(problem.statusCode, ctx.lang),
    problem: {
      heading: errorHeading(problem.statusCode, ctx.lang),
      statusCode: problem.statusCode,
      message: problem.message,
      details: problem.details ?? [],
      requestId: problem.requestId,
    },
  });
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(private readonly outage: DatabaseOutage) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(exception, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.outage);
  }
}
