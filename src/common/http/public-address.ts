import type { FastifyRequest } from 'fastify';

/**
 * The absolute address of a path as people reach the service: PUBLIC_URL when set (behind a proxy,
 * the address people type), else the scheme and host this request came by (through trusted proxies
 * only, see TRUST_PROXY).
 */
export function publicAddress(path: string, request: FastifyRequest, publicUrl: string | undefined): string {
  const base = publicUrl ?? `${request.protocol}://${request.host}`;
  return new URL(path, base.endsWith('/') ? base : `${base}/`).toString();
}
