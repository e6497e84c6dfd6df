import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthUser, hasAnyRole, isAdmin, type Locale } from '../../kernel/index.js';

export const LOCALE_COOKIE = 'ct_lang';

/** What the layout needs on every page: language, who is signed in, the CSRF token, the menu. */
export interface PageContext {
  lang: Locale;
  path: string;
  csrfToken: string;
  user: null | {
    username: string;
    fullName: string;
    roles: string[];
    isAdmin: boolean;
    canEditStaff: boolean;
    /** Admins and council secretaries, who weigh the settings not yet verified against the official texts. */
    seesUnverifiedSettings: boolean;
  };
}

export function localeFor(request: FastifyRequest): Locale {
  const cookie = request.cookies[LOCALE_COOKIE];
  if (cookie === 'vi' || cookie === 'en') {
    return cookie;
  }
  return request.user?.locale ?? 'vi';
}

export function buildPageContext(request: FastifyRequest, reply: FastifyReply): PageContext {
  const user: AuthUser | undefined = request.user;
  return {
    lang: localeFor(request),
    path: request.url,
    csrfToken: reply.generateCsrf(),
    user: user
      ? {
          username: user.username,
          fullName: user.fullName,
          roles: user.roles,
          isAdmin: isAdmin(user),
          canEditStaff: isAdmin(user) || user.roles.includes('hr_officer'),
          seesUnverifiedSettings: hasAnyRole(user, ['council_secretary']),
        }
      : null,
  };
}
