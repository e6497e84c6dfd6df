import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { Forbidden, Unauthenticated } from '../common/errors/domain-error.js';
import { isApiRequest } from '../common/http/request-kind.js';
import { AuthService } from './auth.service.js';
import { IS_PUBLIC, REQUIRED_ROLES } from '../common/access/decorators.js';
import { isAdmin, type Role } from '../kernel/index.js';

export const SESSION_COOKIE = 'ct_session';

/**
 * Every route is signed-in unless marked @Public. The API takes only `Authorization: Bearer`, pages
 * only the session cookie: a cookie never authorises an API call, so forms on other sites can't.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      return true;
    }
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = isApiRequest(request) ? bearerToken(request) : sessionCookie(request);
    const user = token ? await this.auth.authenticate(token) : null;
    if (!user) {
      throw new Unauthenticated();
    }
    request.user = user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !isAdmin(user) && !roles.some((role) => user.roles.includes(role))) {
      throw new Forbidden();
    }
    return true;
  }
}

function bearerToken(request: FastifyRequest): string | null {
  const match = /^Bearer\s+(\S+)$/iu.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

function sessionCookie(request: FastifyRequest): string | null {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) {
    return null;
  }
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid ? unsigned.value : null;
}
