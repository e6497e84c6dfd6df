import { RENDER_METADATA } from '@nestjs/common/constants.js';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { isApiRequest } from '../http/request-kind.js';
import { type CrumbSpec, rememberTrail, TRAIL_METADATA } from './breadcrumbs.js';
import { buildPageContext } from './page-context.js';

/**
 * Adds `ctx` (language, user, CSRF token, breadcrumbs) to the view model every @Render handler
 * returns, and remembers the handler's `@Trail` for pages rendered otherwise (renderPage).
 */
@Injectable()
export class PageContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    if (isApiRequest(request)) {
      return next.handle();
    }
    const trail = (Reflect.getMetadata(TRAIL_METADATA, context.getHandler()) ?? Reflect.getMetadata(TRAIL_METADATA, context.getClass())) as
      CrumbSpec[] | undefined;
    rememberTrail(request, trail);
    if (!Reflect.getMetadata(RENDER_METADATA, context.getHandler())) {
      return next.handle();
    }
    const reply = http.getResponse<FastifyReply>();
    return next
      .handle()
      .pipe(
        map((model: unknown) =>
          model !== null && typeof model === 'object' && !Array.isArray(model)
            ? { errors: {}, flash: null, flashWarnings: [], ...(model as object), ctx: buildPageContext(request, reply, model as object) }
            : model,
        ),
      );
  }
}
