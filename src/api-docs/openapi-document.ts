import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ProblemResponse } from '../common/openapi/problem.response.js';
import { documentValidatedFields } from '../common/openapi/validated-schema.js';
import { PACKAGE_ROOT } from '../config/paths.js';
import { apiHandlers, describeChecks, operationIdOf, requestModels } from './api-handlers.js';
import { keepOnlyApi, sortKeys } from './document-tidy.js';

/** Where the committed contract lives; `npm run openapi` writes it, a spec fails when it drifts. */
export const OPENAPI_FILE = join(PACKAGE_ROOT, 'openapi.json');

const DESCRIPTION = [
  'The JSON API of the commendation tracker (thi đua, khen thưởng). Sign in with `POST /api/auth/login`,',
  'then send `Authorization: Bearer <accessToken>`. Every error answers the one `ProblemResponse` shape.',
  'Generated from the code (`npm run openapi`); the server-rendered pages are not part of it.',
].join(' ');

/**
 * The OpenAPI document of the application's JSON API, read from its controllers, DTOs and response
 * classes. Needs only the module graph, not a database: the running app and `npm run openapi` (an
 * app built in preview mode) give the same document.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const handlers = apiHandlers(app);
  for (const model of requestModels(handlers)) {
    documentValidatedFields(model);
  }
  const config = new DocumentBuilder()
    .setTitle('Commendation tracker API')
    .setDescription(DESCRIPTION)
    .setVersion(packageVersion())
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'The accessToken from POST /api/auth/login' }, 'bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ProblemResponse], operationIdFactory: operationIdOf });
  describeChecks(document, handlers);
  return sortKeys(keepOnlyApi(document));
}

/** The document as JSON with its keys sorted at every depth, so equal documents give equal text. */
export const serializeOpenApi = (document: OpenAPIObject): string => `${JSON.stringify(sortKeys(document), null, 2)}\n`;

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
