import type { FastifyRequest } from 'fastify';
import { isApiRequest, normalisedPath } from './request-kind.js';

const request = (url: string, route?: string): FastifyRequest => ({ url, routeOptions: { url: route } }) as unknown as FastifyRequest;

describe('isApiRequest', () => {
  it('follows the route the router matched, not the raw URL', () => {
    expect(isApiRequest(request('/%61pi/staff', '/api/staff'))).toBe(true);
    expect(isApiRequest(request('/api/staff', '/api/staff/:id'))).toBe(true);
    expect(isApiRequest(request('/staff', '/staff'))).toBe(false);
    expect(isApiRequest(request('/apiary', '/apiary'))).toBe(false);
  });

  it.each(['/api', '/api/', '/API/staff', '//api/staff', '/./api/staff', '/x/../api', '/api%2fstaff', '/%61pi?x', '/api;x', '/\\api'])(
    'takes the unmatched %s for the API',
    (url) => {
      expect(isApiRequest(request(url))).toBe(true);
    },
  );

  it.each(['/', '/staff', '/apix', '/assets/api.css', '/%zz'])('takes the unmatched %s for a page', (url) => {
    expect(isApiRequest(request(url))).toBe(false);
  });
});

describe('normalisedPath', () => {
  it('decodes, lower-cases and removes empty and dot segments', () => {
    expect(normalisedPath('//A%2Fb/./c/../d?q=1')).toBe('/a/b/d');
    expect(normalisedPath('/%E0%A4%A')).toBe('/%e0%a4%a');
  });
});
