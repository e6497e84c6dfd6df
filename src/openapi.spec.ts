import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import type { OpenAPIObject } from '@nestjs/swagger';
import { OPENAPI_FILE, serializeOpenApi } from './api-docs/openapi-document.js';
import { generateOpenApiDocument } from './openapi.js';

/** Names of the paths and schemas that are not the same in both documents, for a message a reviewer can act on. */
function differences(committed: Partial<OpenAPIObject>, generated: OpenAPIObject): string[] {
  const differ = (section: string, a: Record<string, unknown> = {}, b: Record<string, unknown> = {}): string[] =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])]
      .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
      .map((key) => `${section} ${key}`);
  return [
    ...differ('path', committed.paths, generated.paths),
    ...differ('schema', committed.components?.schemas, generated.components?.schemas),
    ...(JSON.stringify(committed.info) === JSON.stringify(generated.info) ? [] : ['info']),
  ];
}

describe('the API contract (openapi.json)', () => {
  let generated: OpenAPIObject;

  beforeAll(async () => {
    generated = await generateOpenApiDocument();
  });

  it('is committed as the code generates it', () => {
    const committed = existsSync(OPENAPI_FILE) ? (JSON.parse(readFileSync(OPENAPI_FILE, 'utf8')) as OpenAPIObject) : undefined;
    // Compared as data (keys sorted alike): the file's layout is prettier's business.
    if (!committed || serializeOpenApi(committed) !== serializeOpenApi(generated)) {
      const changed = differences(committed ?? {}, generated);
      throw new Error(
        `openapi.json is not what the code generates: run \`npm run openapi\` and commit openapi.json.\n` +
          `Differences: ${changed.length > 0 ? changed.join(', ') : 'none by path or schema (see the other sections)'}`,
      );
    }
  });

  it('comes out the same when built twice in one process', async () => {
    expect(serializeOpenApi(await generateOpenApiDocument())).toBe(serializeOpenApi(generated));
  });

  it('documents a success answer for every operation', () => {
    for (const [path, item] of Object.entries(generated.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const responses = (operation as { responses: Record<string, { content?: unknown }> }).responses;
        const success = Object.entries(responses).filter(([status]) => status.startsWith('2'));
        const described = success.some(([status, response]) => status === '204' || response.content !== undefined);
        expect({ operation: `${method.toUpperCase()} ${path}`, described }).toEqual({
          operation: `${method.toUpperCase()} ${path}`,
          described: true,
        });
      }
    }
  });

  it('covers the JSON API only, not the pages', () => {
    const paths = Object.keys(generated.paths);
    expect(paths.filter((path) => !path.startsWith('/api/') && path !== '/health')).toEqual([]);
    expect(paths).toEqual(expect.arrayContaining(['/api/staff', '/api/eligibility', '/api/auth/login', '/health']));
    expect(paths).not.toContain('/api/docs');
  });

  it('asks for the bearer token everywhere but on the public routes', () => {
    expect(generated.paths['/api/auth/login'].post?.security).toEqual([]);
    expect(generated.paths['/health'].get?.security).toEqual([]);
    expect(generated.paths['/api/staff'].get?.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(generated.paths['/api/staff'].get?.responses ?? {})).toContain('401');
    expect(generated.paths['/api/users'].get?.description).toContain('Roles: admin');
  });
});
