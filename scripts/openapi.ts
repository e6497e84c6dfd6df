// `npm run openapi`: writes openapi.json, the API contract, from the code (no database needed).
// Commit the result: a spec fails while the committed file differs from what the code generates.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { OPENAPI_FILE, serializeOpenApi } from '../src/api-docs/openapi-document.js';
import { generateOpenApiDocument } from '../src/openapi.js';

async function main(): Promise<void> {
  const document = await generateOpenApiDocument();
  writeFileSync(OPENAPI_FILE, serializeOpenApi(document));
  console.log(`Wrote ${relative(process.cwd(), OPENAPI_FILE) || OPENAPI_FILE}: ${Object.keys(document.paths).length} paths.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
