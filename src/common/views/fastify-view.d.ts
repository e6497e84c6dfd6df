// Brings `reply.view()` (from @fastify/view, registered by Nest's setViewEngine) into the types.
import '@fastify/view';
