import type { OpenAPIObject, OperationObject, ParameterObject, SchemaObject } from '@nestjs/swagger';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export function operationsOf(document: Pick<OpenAPIObject, 'paths'>): OperationObject[] {
  return Object.values(document.paths).flatMap((item) =>
    HTTP_METHODS.map((method) => item[method]).filter((operation) => operation !== undefined),
  );
}

/** The JSON API: everything under /api, and the health check monitors read. Pages and assets are not part of it. */
export const isApiPath = (path: string): boolean => path.startsWith('/api/') || path === '/health';

/**
 * Drops the routes that are not the JSON API (swagger scans every controller) and the schemas
 * only they used, so a change to a page never shows in the contract.
 */
export function keepOnlyApi(document: OpenAPIObject): OpenAPIObject {
  const paths = Object.fromEntries(Object.entries(document.paths).filter(([path]) => isApiPath(path)));
  const schemas = document.components?.schemas ?? {};
  const used = new Set<string>();
  const pending = ['ProblemResponse', ...referencedSchemas(paths)];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (!used.has(name)) {
      used.add(name);
      pending.push(...referencedSchemas(schemas[name]));
    }
  }
  for (const operation of operationsOf({ paths })) {
    for (const parameter of operation.parameters ?? []) {
      // A query string carries no null: an empty or absent value is "not given", as documented by required.
      delete ((parameter as ParameterObject).schema as SchemaObject | undefined)?.nullable;
    }
  }
  return {
    ...document,
    paths,
    components: { ...document.components, schemas: Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name))) },
  };
}

function referencedSchemas(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    value.forEach((item) => referencedSchemas(item, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/schemas/')) {
        found.add(inner.slice('#/components/schemas/'.length));
      } else {
        referencedSchemas(inner, found);
      }
    }
  }
  return found;
}

/** Object keys in code-point order at every depth (arrays keep their order), so the committed file diffs cleanly. */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map((item: unknown) => sortKeys(item)) as T;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)])) as T;
  }
  return value;
}
