import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { type Locale, LOCALES } from '../../kernel/index.js';

const isLocale = (tag: string): tag is Locale => (LOCALES as readonly string[]).includes(tag);

/**
 * The first of our languages an `Accept-Language` header asks for, by preference (`q`), or null:
 * `vi-VN,vi;q=0.9,en;q=0.8` → vi; `fr,en;q=0.5` → en; `fr` or `*` → null.
 */
export function preferredLocale(header: string | undefined): Locale | null {
  const asked = (header ?? '')
    .split(',')
    .map((entry) => {
      const [range, ...options] = entry.trim().split(';');
      const q = options.map((option) => /^\s*q=([\d.]+)\s*$/u.exec(option)?.[1]).find((value) => value !== undefined);
      return { language: range.trim().split('-')[0].toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return (asked.find((entry) => isLocale(entry.language))?.language as Locale | undefined) ?? null;
}

/**
 * The language of an API error message: `Accept-Language` when it names vi or en, else the
 * signed-in user's language, else English (an unauthenticated client that asks for nothing).
 */
export const apiLocale = (request: FastifyRequest): Locale =>
  preferredLocale(request.headers['accept-language']) ?? request.user?.locale ?? 'en';

/** The language an API handler answers words in (`apiLocale`), for answers that carry text, not only errors. */
export const AnswerLocale = createParamDecorator((_: unknown, context: ExecutionContext): Locale =>
  apiLocale(context.switchToHttp().getRequest<FastifyRequest>()),
);
