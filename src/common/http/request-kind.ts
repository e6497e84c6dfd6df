import type { FastifyRequest } from 'fastify';

/** JSON API under /api; everything else is a server-rendered page. */
export const isApiRequest = (request: FastifyRequest): boolean =>
  request.url === '/api' || request.url.startsWith('/api/') || request.url.startsWith('/api?');
