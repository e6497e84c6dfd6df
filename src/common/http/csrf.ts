import { randomBytes } from 'node:crypto';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isApiRequest } from './request-kind.js';

/** The cookie holding this browser's CSRF secret (signed, HttpOnly); the token in forms derives from it. */
export const CSRF_COOKIE = '_csrf';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

// `secure` is left to the cookie plugin's default, set from the public address (see transport.ts).
const CSRF_COOKIE_OPTIONS = { httpOnly: true, sameSite: 'lax', path: '/', signed: true } as const;

// The token a multipart form sent in a field before its file, read by the check below.
const leadingTokens = new WeakMap<FastifyRequest, string>();

/**
 * Options for @fastify/csrf-protection: the token comes from the form body (`_csrf`), the leading
 * field of a multipart form, or the `x-csrf-token` header; never from the query string, where it
 * would be written to logs, browser history and the Referer header sent to other sites.
 */
export function csrfPluginOptions() {
  return {
    cookieKey: CSRF_COOKIE,
    cookieOpts: CSRF_COOKIE_OPTIONS,
    getToken: (request: FastifyRequest): string | undefined => {
      const fromBody = (request.body as Record<string, unknown> | undefined)?.[CSRF_FIELD];
      const token = fromBody ?? leadingTokens.get(request) ?? request.headers[CSRF_HEADER];
      return typeof token === 'string' ? token : undefined;
    },
  };
}

/**
 * Every state-changing page request must carry the token; the API takes only bearer tokens, which
 * a form on another site cannot send, so it needs none. A multipart body is read by the handler,
 * after this check: its fields before the file are read here, and the file part is kept for the
 * handler's `request.file()`, so the token can travel in a leading form field.
 */
export function addCsrfCheck(fastify: FastifyInstance): void {
  fastify.addHook('preHandler', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method) || isApiRequest(request)) {
      done();
      return;
    }
    if (!request.isMultipart()) {
      fastify.csrfProtection(request, reply, done);
      return;
    }
    void readLeadingFields(request).then(() => fastify.csrfProtection(request, reply, done));
  });
  // A file part the handler never read (the request was refused first) is drained, so the connection is freed.
  fastify.addHook('onResponse', async (request) => {
    keptFiles.get(request)?.file.resume();
  });
}

const keptFiles = new WeakMap<FastifyRequest, MultipartFile>();

/**
 * Reads the fields before the first file, remembering `_csrf`, and replaces this request's
 * `file()` with one that answers the part already opened (or the error met while reading).
 */
async function readLeadingFields(request: FastifyRequest): Promise<void> {
  let file: MultipartFile | undefined;
  let failure: unknown;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        file = part;
        break;
      }
      if (part.fieldname === CSRF_FIELD && typeof part.value === 'string') {
        leadingTokens.set(request, part.value);
      }
    }
  } catch (error) {
    failure = error;
  }
  if (file) {
    keptFiles.set(request, file);
  }
  Object.defineProperty(request, 'file', {
    configurable: true,
    value: () => (failure === undefined ? Promise.resolve(file) : Promise.reject(failure as Error)),
  });
}

/**
 * A new CSRF secret for this browser, when the session changes (sign-in, sign-out): a token
 * learnt before, by whoever could read a page then, stops working. Pages rendered after this
 * answer derive their tokens from the new secret.
 */
export function rotateCsrfSecret(request: FastifyRequest, reply: FastifyReply): void {
  delete request.cookies[CSRF_COOKIE];
  void reply.setCookie(CSRF_COOKIE, randomBytes(24).toString('base64url'), CSRF_COOKIE_OPTIONS);
}
