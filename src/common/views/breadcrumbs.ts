import { SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { MessageKey } from '../../i18n/message-key.js';
import { translate } from '../../i18n/translate.js';
import { type Locale } from '../../kernel/index.js';

/**
 * One step of a page's trail above the page itself: a fixed text (`label`) or a field of the page's
 * model (`from`, a dotted path such as "staff.fullName"); `href` may name path parameters (":id").
 */
export type CrumbSpec = { label: MessageKey; href: string } | { from: string; href: string };

/** A rendered step: the last one (the page itself) has no link. */
export interface Crumb {
  label: string;
  href: string | null;
}

export const TRAIL_METADATA = 'page:trail';

/**
 * The steps between the home page and this page (both added by the layout: home first, the page's
 * title last), e.g. `@Trail({ label: 'nav.staff', href: '/staff' })` on a staff member's page.
 * A page without one sits right under the home page.
 */
export const Trail = (...steps: CrumbSpec[]) => SetMetadata(TRAIL_METADATA, steps);

const TRAIL = Symbol('page trail');
type TrailCarrier = FastifyRequest & { [TRAIL]?: readonly CrumbSpec[] };

/** Remembered on the request by the PageContextInterceptor, for the layout of whatever the handler renders. */
export function rememberTrail(request: FastifyRequest, steps: readonly CrumbSpec[] | undefined): void {
  (request as TrailCarrier)[TRAIL] = steps ?? [];
}

const fieldAt = (model: object, path: string): string | null => {
  let value: unknown = model;
  for (const part of path.split('.')) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  }
  return typeof value === 'string' && value !== '' ? value : null;
};

const withParams = (href: string, params: Record<string, string>): string =>
  href.replace(/:([A-Za-z]+)/gu, (_, name: string) => encodeURIComponent(params[name] ?? ''));

/**
 * Home › the handler's steps › the page's title. None for pages outside the signed-in part (the
 * login page, error pages rendered before any handler ran) or without a title.
 */
export function breadcrumbsFor(request: FastifyRequest, lang: Locale, model: object | undefined): Crumb[] {
  const steps = (request as TrailCarrier)[TRAIL];
  const title = model ? fieldAt(model, 'title') : null;
  // The home page is where every trail starts: it has none of its own (not "Trang chủ › Trang chủ").
  const home = request.url !== undefined && request.url.split(/[?#]/u)[0] === '/';
  if (!request.user || steps === undefined || title === null || home) {
    return [];
  }
  const params = (request.params ?? {}) as Record<string, string>;
  const middle = steps.flatMap((step): Crumb[] => {
    const label = 'label' in step ? translate(lang, step.label) : fieldAt(model!, step.from);
    return label === null ? [] : [{ label, href: withParams(step.href, params) }];
  });
  return [{ label: translate(lang, 'nav.home'), href: '/' }, ...middle, { label: title, href: null }];
}
