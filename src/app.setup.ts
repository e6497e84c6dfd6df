import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { answerClientError, answerFrameworkError } from './common/http/framework-errors.js';
import { enterRequestContext } from './common/http/request-context.js';
import { isApiRequest } from './common/http/request-kind.js';
import { createHandlebars, loadPartials } from './common/views/handlebars.js';
import type { Runtime } from './config/runtime.js';
import { MAX_BODY_BYTES, MAX_HEADER_BYTES, MAX_PARAM_LENGTH, MAX_UPLOAD_BYTES } from './config/limits.js';
import { TEMPLATES_DIR } from './config/paths.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Fastify options shared by main.ts and the test application. */
export const fastifyOptions = {
  bodyLimit: MAX_BODY_BYTES,
  genReqId: () => randomUUID(),
  requestIdHeader: false as const,
  trustProxy: false,
  // What the router and Node's parser refuse before any route runs answers in the one error shape too.
  frameworkErrors: answerFrameworkError,
  clientErrorHandler: answerClientError,
  routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
  http: { maxHeaderSize: MAX_HEADER_BYTES },
};

/** Views, cookies, CSRF, security headers and uploads: set up once, for main.ts and tests alike. */
export async function configureApp(app: NestFastifyApplication, runtime: Runtime): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request, reply) => {
    enterRequestContext(String(request.id));
    void reply.header('x-request-id', request.id);
  });

  await app.register(fastifyCookie, { secret: runtime.sessionSecret });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
      },
    },
  });
  await app.register(fastifyCsrf, {
    cookieOpts: { httpOnly: true, sameSite: 'lax', path: '/', signed: true },
    // Multipart forms carry the token in the query string: their body is read later, by the handler.
    getToken: (request: FastifyRequest) => {
      const fromBody = (request.body as Record<string, unknown> | undefined)?._csrf;
      const fromQuery = (request.query as Record<string, unknown> | undefined)?._csrf;
      const token = fromBody ?? fromQuery ?? request.headers['x-csrf-token'];
      return typeof token === 'string' ? token : undefined;
    },
  });
  fastify.addHook('preHandler', (request, reply, done) => {
    if (SAFE_METHODS.has(request.method) || isApiRequest(request)) {
      done();
      return;
    }
    fastify.csrfProtection(request, reply, done);
  });
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });

  const handlebars = createHandlebars();
  const compileOptions = { strict: true };
  for (const [name, source] of Object.entries(loadPartials(TEMPLATES_DIR))) {
    handlebars.registerPartial(name, handlebars.compile(source, compileOptions));
  }
  app.setViewEngine({
    engine: { handlebars },
    templates: TEMPLATES_DIR,
    layout: 'layouts/main.hbs',
    production: true,
    compileOptions,
  } as never);
}
