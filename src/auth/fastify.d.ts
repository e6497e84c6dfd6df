import type { AuthUser } from './roles.js';

declare module 'fastify' {
  interface FastifyRequest {
    user?: AuthUser;
  }
}
