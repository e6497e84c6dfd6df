// `npm run openapi`: writes openapi.json, the API contract, from the code (no database needed),
// formatted by prettier like every other file. Commit the result: a unit spec fails while the
// committed file says something other than what the code generates.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import prettier from 'prettier';
import { OPENAPI_FILE, serializeOpenApi } from '../src/api-docs/openapi-document.js';
import { generateOpenApiDocument } from '../src/openapi.js';

async function main(): Promise<void> {
  const document = await generateOpenApiDocument();
  const options = await prettier.resolveConfig(OPENAPI_FILE);
  writeFileSync(OPENAPI_FILE, await prettier.format(serializeOpenApi(document), { ...options, filepath: OPENAPI_FILE }));
  console.log(`Wrote ${relative(process.cwd(), OPENAPI_FILE)}: ${Object.keys(document.paths).length} paths.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
