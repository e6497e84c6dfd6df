// Brings `reply.view()` and `reply.viewAsync()` (from @fastify/view, registered by Nest's setViewEngine) into the types.
import '@fastify/view';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthUser, type Locale } from '../../kernel/index.js';
import { nameErrorLinks } from './error-summary.js';
import { buildPageContext, localeFor } from './page-context.js';

/** What a page handler works with: the page's language, the request and reply, and who is signed in. */
export interface PageRequest {
  lang: Locale;
  request: FastifyRequest;
  /** For headers, cookies and the status; the body is what the handler returns. */
  reply: FastifyReply;
  /** Who is signed in: every page but the public ones (the login page) has someone. */
  user: AuthUser;
}

/**
 * `@PageRequest() page: PageRequest`, the one parameter a page handler needs besides its path, query
 * and form. Unlike `@Res()`, it leaves sending to Nest: a handler returns its model (`@Render`), or
 * the page's HTML or a redirect from {@link renderPage} and {@link redirectTo}.
 */
export const PageRequest = createParamDecorator((_: unknown, context: ExecutionContext): PageRequest => {
  const http = context.switchToHttp();
  const request = http.getRequest<FastifyRequest>();
  return { lang: localeFor(request), request, reply: http.getResponse<FastifyReply>(), user: request.user! };
});

/** What a handler without `@Render` returns for Nest to send: the page's HTML, or nothing after a redirect. */
export type PageAnswer = string | undefined;

/**
 * The page at a status, for handlers that cannot use `@Render` because they may also redirect, with
 * the same `ctx` and defaults the PageContextInterceptor adds to `@Render` models.
 */
export async function renderPage(page: PageRequest, template: string, model: object, status: number): Promise<PageAnswer> {
  void page.reply.status(status);
  const html = await page.reply.viewAsync(template, {
    errors: {},
    flash: null,
    flashWarnings: [],
    ...model,
    ctx: buildPageContext(page.request, page.reply, model),
  });
  return nameErrorLinks(html);
}

/** A 303 "see other": reloading the page it leads to does not post the form again. */
export function redirectTo(page: PageRequest, address: string): PageAnswer {
  void page.reply.status(303).header('location', address);
  return undefined;
}
