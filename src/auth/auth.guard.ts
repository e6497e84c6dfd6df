import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { Forbidden, Unauthenticated } from '../common/errors/domain-error.js';
import { isApiRequest } from '../common/http/request-kind.js';
import { PasswordChangeRequired, TwoFactorSetupRequired } from './auth.errors.js';
import { AuthService } from './auth.service.js';
import { IS_PUBLIC, REQUIRED_ROLES } from '../common/access/decorators.js';
import { isAdmin, type Role } from '../kernel/index.js';

export const SESSION_COOKIE = 'ct_session';
export const SESSION_COOKIE_OPTIONS = { httpOnly: true, sameSite: 'lax', path: '/', signed: true } as const;

const OPEN_DURING_SETUP = 'auth:open-during-setup';

/**
 * The routes an account may use while its setup is pending (a new password asked for by an admin, a
 * second factor asked for by the policy): its own account, who am I, sign out.
 */
export const OpenDuringAccountSetup = (): MethodDecorator & ClassDecorator => SetMetadata(OPEN_DURING_SETUP, true);

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
    const api = isApiRequest(request);
    const token = api ? bearerToken(request) : sessionCookie(request);
    // A page's header shows the unread notifications: counted in the query that loads the user.
    const session = token ? await this.auth.authenticate(token, { unreadNotifications: !api }) : null;
    if (!session) {
      throw new Unauthenticated();
    }
    const { user, pending } = session;
    request.user = user;
    if (session.unreadNotifications !== null) {
      request.unreadNotifications = session.unreadNotifications;
    }
    if (pending && !this.reflector.getAllAndOverride<boolean>(OPEN_DURING_SETUP, targets)) {
      // Pages are sent to the one page open to them (the exception filter follows the error's pageRedirect).
      throw pending === 'password' ? new PasswordChangeRequired() : new TwoFactorSetupRequired();
    }
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
