import { type AuthUser } from '../../kernel/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    user?: AuthUser;
  }
}
