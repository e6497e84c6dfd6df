import { type AuthUser } from '../../kernel/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    user?: AuthUser;
    /** The signed-in user's unread notifications (pages only; capped), for the header. */
    unreadNotifications?: number;
  }
}
