import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { answerClientError, answerFrameworkError } from './common/http/framework-errors.js';
import { enterRequestContext } from './common/http/request-context.js';
import { addCsrfCheck, csrfPluginOptions } from './common/http/csrf.js';
import { useBoundedJsonParser } from './common/http/json-body.js';
import { addTransportHeaders, publicScheme, secureCookies } from './common/http/transport.js';
import { createHandlebars, loadPartials } from './common/views/handlebars.js';
import { type Environment, proxyList } from './config/environment.js';
import type { Runtime } from './config/runtime.js';
import { MAX_BODY_BYTES, MAX_HEADER_BYTES, MAX_JSON_DEPTH, MAX_PARAM_LENGTH, MAX_UPLOAD_BYTES } from './config/limits.js';
import { TEMPLATES_DIR } from './config/paths.js';

/** Fastify options shared by main.ts and the test application. */
export function fastifyOptions(env: Environment) {
  const proxies = proxyList(env.TRUST_PROXY);
  return {
    bodyLimit: MAX_BODY_BYTES,
    genReqId: () => randomUUID(),
    requestIdHeader: false as const,
    // Only the proxies named may say who the client is (the login throttle counts per address) and how it came.
    trustProxy: proxies.length > 0 ? proxies : false,
    // What the router and Node's parser refuse before any route runs answers in the one error shape too.
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    http: { maxHeaderSize: MAX_HEADER_BYTES },
  };
}

/** Views, cookies, CSRF, security headers and uploads: set up once, for main.ts and tests alike. */
export async function configureApp(app: NestFastifyApplication, runtime: Runtime): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  useBoundedJsonParser(app, fastify, MAX_BODY_BYTES, MAX_JSON_DEPTH);
  fastify.addHook('onRequest', async (request, reply) => {
    enterRequestContext(String(request.id));
    void reply.header('x-request-id', request.id);
  });

  const scheme = publicScheme(runtime.env);
  // parseOptions are every cookie's defaults: Secure whenever the public address is HTTPS.
  await app.register(fastifyCookie, { secret: runtime.sessionSecret, parseOptions: { secure: secureCookies(scheme) } });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        // Added per answer, only over HTTPS (transport.ts), like HSTS.
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
  });
  addTransportHeaders(fastify, scheme);
  await app.register(fastifyCsrf, csrfPluginOptions());
  addCsrfCheck(fastify);
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
