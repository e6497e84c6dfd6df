import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthUser, hasAnyRole, isAdmin, type Locale } from '../../kernel/index.js';
import { breadcrumbsFor, type Crumb } from './breadcrumbs.js';

export const LOCALE_COOKIE = 'ct_lang';

/** What the layout needs on every page: language, who is signed in, the CSRF token, the menu. */
export interface PageContext {
  lang: Locale;
  path: string;
  csrfToken: string;
  /** Home › … › this page, from the handler's `@Trail` and the model's title; empty outside the signed-in pages. */
  breadcrumbs: Crumb[];
  /** The menu entry this page belongs to (the longest menu address the path starts with), or null. */
  section: string | null;
  user: null | {
    username: string;
    fullName: string;
    roles: string[];
    isAdmin: boolean;
    canEditStaff: boolean;
    /** Admins and council secretaries, who weigh the settings not yet verified against the official texts. */
    seesUnverifiedSettings: boolean;
    /** Unread notifications, for the header's link to the inbox: the number, and as shown ("99+" past 99). */
    unreadNotifications: number;
    unreadBadge: string;
  };
}

/** The addresses of the menu's entries (templates/layouts/main.hbs). */
export const MENU_PATHS = [
  '/staff',
  '/staff/import',
  '/history/import',
  '/eligibility',
  '/units',
  '/units/mine',
  '/bulk',
  '/campaigns',
  '/issuers',
  '/catalogue',
  '/base-salaries',
  '/settings',
  '/users',
  '/audit',
  '/notifications',
  '/postings',
  '/upward-dossiers',
  '/councils',
  '/nominations',
  '/nominations/review',
] as const;

/** "/staff/12/history?year=2025" → "/staff"; "/staff/import" → "/staff/import"; "/account" → null. */
export function menuSection(url: string): string | null {
  const path = url.split(/[?#]/u)[0];
  const matches = MENU_PATHS.filter((entry) => path === entry || path.startsWith(`${entry}/`));
  return matches.reduce<string | null>((best, entry) => (best === null || entry.length > best.length ? entry : best), null);
}

/** The count as the header shows it: past 99, "99+" (the count itself stops at 100, see notifications). */
export const unreadBadge = (count: number): string => (count > 99 ? '99+' : String(count));

export function localeFor(request: FastifyRequest): Locale {
  const cookie = request.cookies[LOCALE_COOKIE];
  if (cookie === 'vi' || cookie === 'en') {
    return cookie;
  }
  return request.user?.locale ?? 'vi';
}

export function buildPageContext(request: FastifyRequest, reply: FastifyReply, model?: object): PageContext {
  const user: AuthUser | undefined = request.user;
  const lang = localeFor(request);
  return {
    lang,
    path: request.url,
    csrfToken: reply.generateCsrf(),
    breadcrumbs: breadcrumbsFor(request, lang, model),
    section: menuSection(request.url),
    user: user
      ? {
          username: user.username,
          fullName: user.fullName,
          roles: user.roles,
          isAdmin: isAdmin(user),
          canEditStaff: isAdmin(user) || user.roles.includes('hr_officer'),
          seesUnverifiedSettings: hasAnyRole(user, ['council_secretary']),
          unreadNotifications: request.unreadNotifications ?? 0,
          unreadBadge: unreadBadge(request.unreadNotifications ?? 0),
        }
      : null,
  };
}
