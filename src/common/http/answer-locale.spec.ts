import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../kernel/index.js';
import { apiLocale, preferredLocale } from './answer-locale.js';

describe('the language of API error messages', () => {
  it.each([
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['en-GB', 'en'],
    ['fr,en;q=0.5,vi;q=0.4', 'en'],
    ['en;q=0.2, vi', 'vi'],
    ['vi;q=0, en;q=0.1', 'en'],
    ['fr', null],
    ['*', null],
    ['', null],
  ])('Accept-Language %j asks for %s', (header, locale) => {
    expect(preferredLocale(header)).toBe(locale);
  });

  const request = (header: string | undefined, locale?: 'vi' | 'en') =>
    ({
      headers: header === undefined ? {} : { 'accept-language': header },
      user: locale && ({ locale } as AuthUser),
    }) as unknown as FastifyRequest;

  it('follows Accept-Language, else the signed-in user, else English', () => {
    expect(apiLocale(request('en', 'vi'))).toBe('en');
    expect(apiLocale(request('fr', 'vi'))).toBe('vi');
    expect(apiLocale(request(undefined, 'vi'))).toBe('vi');
    expect(apiLocale(request(undefined))).toBe('en');
  });
});
