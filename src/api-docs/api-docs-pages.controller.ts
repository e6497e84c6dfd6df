import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiExcludeController, type OpenAPIObject } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/access/decorators.js';
import { NotFound } from '../common/errors/domain-error.js';
import { ApiDocument } from './api-document.js';

const SWAGGER_UI_DIR = (createRequire(import.meta.url)('swagger-ui-dist/absolute-path.js') as () => string)();

/** The few files of swagger-ui-dist the page loads, read once at start: no path from the request reaches the disk. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'swagger-ui.css': { file: 'swagger-ui.css', type: 'text/css; charset=utf-8' },
  'swagger-ui-bundle.js': { file: 'swagger-ui-bundle.js', type: 'text/javascript; charset=utf-8' },
  'favicon-32x32.png': { file: 'favicon-32x32.png', type: 'image/png' },
};

// The security headers allow scripts from this site only, so the start-up script is a file, not inline.
const INIT_SCRIPT = `window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({
    url: '/docs/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
});
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>API — Commendation tracker</title>
  <link rel="stylesheet" href="/docs/api/assets/swagger-ui.css">
  <link rel="icon" type="image/png" href="/docs/api/assets/favicon-32x32.png">
</head>
<body>
  <p><a href="/">← Back to the app</a> · <a href="/docs/api/openapi.json">openapi.json</a></p>
  <div id="swagger-ui"></div>
  <script src="/docs/api/assets/swagger-ui-bundle.js"></script>
  <script src="/docs/api/assets/init.js"></script>
</body>
</html>
`;

/**
 * The API documentation for people: Swagger UI at `/docs/api`, for anyone signed in to the pages
 * (the session cookie; the API itself takes only bearer tokens). "Authorize" takes the accessToken
 * of `POST /api/auth/login` to try calls from the page.
 */
@ApiExcludeController()
@Controller('docs/api')
export class ApiDocsPagesController {
  private readonly assets = new Map(
    Object.entries(ASSETS).map(([name, { file, type }]) => [name, { body: readFileSync(join(SWAGGER_UI_DIR, file)), type }]),
  );

  constructor(private readonly document: ApiDocument) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  page(): string {
    return PAGE;
  }

  @Get('openapi.json')
  json(): OpenAPIObject {
    return this.document.get();
  }

  /** Swagger UI's own files: the same for everyone, like the app's /assets. */
  @Public()
  @Get('assets/:name')
  asset(@Param('name') name: string, @Res() reply: FastifyReply): void {
    if (name === 'init.js') {
      void reply.header('Content-Type', 'text/javascript; charset=utf-8').send(INIT_SCRIPT);
      return;
    }
    const asset = this.assets.get(name);
    if (!asset) {
      throw new NotFound('asset', name);
    }
    void reply.header('Content-Type', asset.type).header('Cache-Control', 'public, max-age=3600').send(asset.body);
  }
}
