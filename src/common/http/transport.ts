import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * How people reach the service: `https` behind a TLS proxy named by PUBLIC_URL, `forwarded` when a
 * trusted proxy says per request (X-Forwarded-Proto), `http` on an office LAN or on this machine.
 * The service itself never terminates TLS.
 */
export type PublicScheme = 'https' | 'forwarded' | 'http';

export function publicScheme(settings: { PUBLIC_URL?: string; TRUST_PROXY?: string }): PublicScheme {
  if (settings.PUBLIC_URL) {
    return new URL(settings.PUBLIC_URL).protocol === 'https:' ? 'https' : 'http';
  }
  return settings.TRUST_PROXY ? 'forwarded' : 'http';
}

/** Whether the browser that sent this request reached us over HTTPS. */
export function reachedOverHttps(scheme: PublicScheme, request: FastifyRequest): boolean {
  // With trustProxy set, Fastify reads request.protocol from X-Forwarded-Proto of trusted hops only.
  return scheme === 'https' || (scheme === 'forwarded' && request.protocol === 'https');
}

/** The `secure` default for every cookie: @fastify/cookie's 'auto' follows request.protocol. */
export const secureCookies = (scheme: PublicScheme): boolean | 'auto' =>
  scheme === 'https' ? true : scheme === 'forwarded' ? 'auto' : false;

const HSTS = 'max-age=31536000; includeSubDomains';

// No feature this service uses: a page (or something injected into one) may not ask for them.
const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * The headers that depend on how the browser came. Over plain HTTP (the office LAN), HSTS and
 * `upgrade-insecure-requests` would make the browser fetch the stylesheet and post the forms over
 * an HTTPS nobody serves: the page arrives unstyled and signing in does nothing. Over HTTPS they
 * keep it there. Every answer that does not choose its own caching (the assets do) is `no-store`:
 * pages and API answers carry personal data and CSRF tokens, which no cache may keep.
 */
export function addTransportHeaders(fastify: FastifyInstance, scheme: PublicScheme): void {
  fastify.addHook('onRequest', async (_request, reply) => {
    void reply.header('Permissions-Policy', PERMISSIONS_POLICY);
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (reachedOverHttps(scheme, request)) {
      void reply.header('Strict-Transport-Security', HSTS);
      const csp = reply.getHeader('content-security-policy');
      if (typeof csp === 'string' && !csp.includes('upgrade-insecure-requests')) {
        void reply.header('content-security-policy', `${csp};upgrade-insecure-requests`);
      }
    }
    if (!reply.hasHeader('cache-control')) {
      void reply.header('Cache-Control', 'no-store');
    }
    return payload;
  });
}
