import { RENDER_METADATA } from '@nestjs/common/constants.js';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { isApiRequest } from '../http/request-kind.js';
import { buildPageContext } from './page-context.js';

/** Adds `ctx` (language, user, CSRF token) to the view model every @Render handler returns. */
@Injectable()
export class PageContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    if (isApiRequest(request) || !Reflect.getMetadata(RENDER_METADATA, context.getHandler())) {
      return next.handle();
    }
    const reply = http.getResponse<FastifyReply>();
    return next
      .handle()
      .pipe(
        map((model: unknown) =>
          model !== null && typeof model === 'object' && !Array.isArray(model)
            ? { errors: {}, flash: null, flashWarnings: [], ...(model as object), ctx: buildPageContext(request, reply) }
            : model,
        ),
      );
  }
}
