import type { FastifyRequest } from 'fastify';

/**
 * JSON API under /api; everything else is a server-rendered page.
 *
 * Decided on what the router matched, never on the raw URL: the router decodes `%61pi` to `api`,
 * so a check on the raw text would let `/%61pi/staff` reach an API handler as a page, authorised by
 * the session cookie. When no route matched (a 404), the decoded, normalised path decides only how
 * the 404 is answered.
 */
export function isApiRequest(request: FastifyRequest): boolean {
  return isApiPath(matchedRoute(request) ?? normalisedPath(request.url));
}

export const isApiPath = (path: string): boolean => path === '/api' || path.startsWith('/api/');

function matchedRoute(request: FastifyRequest): string | undefined {
  try {
    return request.routeOptions.url;
  } catch {
    return undefined; // a request built by the router for its own errors has no route
  }
}

/**
 * The path of a raw URL as a router or a proxy might read it: without the query, percent-decoded
 * (`%2F` too), lower-case, with repeated slashes and dot segments removed. Unknown to the router,
 * such a path must still never be taken for a page when it could be read as the API.
 */
export function normalisedPath(rawUrl: string): string {
  const withoutQuery = rawUrl.split(/[?#;]/u, 1)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(withoutQuery);
  } catch {
    decoded = withoutQuery;
  }
  const segments: string[] = [];
  for (const segment of decoded.replaceAll('\\', '/').split('/')) {
    if (segment === '' || segment === '.') {
      continue;
    }
    if (segment === '..') {
      segments.pop();
      continue;
    }
    segments.push(segment.toLowerCase());
  }
  return `/${segments.join('/')}`;
}
