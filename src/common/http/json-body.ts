import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error.js';

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * How deep the objects and arrays of a JSON text nest, read byte by byte (brackets and quotes are
 * single bytes in UTF-8, and never part of a multi-byte character), stopping as soon as `max` is
 * passed. Brackets inside strings do not count. The text need not be valid: the parser decides that.
 */
export function jsonDepthExceeds(body: Buffer, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i += 1) {
    const byte = body[i];
    if (inString) {
      if (byte === BACKSLASH) {
        i += 1;
      } else if (byte === QUOTE) {
        inString = false;
      }
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      depth += 1;
      if (depth > max) {
        return true;
      }
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth -= 1;
    }
  }
  return false;
}

/** A JSON body nested deeper than the service reads. */
export class JsonTooDeep extends DomainError {
  constructor(max: number) {
    super('MALFORMED_REQUEST', `The JSON body nests objects and arrays more than ${max} levels deep`, [
      {
        field: 'body',
        constraint: 'maxDepth',
        key: 'fieldErrors.maxDepth',
        params: { max },
        message: `nested more than ${max} levels deep`,
      },
    ]);
  }
}

/**
 * JSON bodies as Fastify parses them (with its protection against `__proto__` and `constructor`
 * keys), after a bound on their nesting: what class-transformer and class-validator would later
 * walk recursively is refused before it is even parsed.
 */
export function useBoundedJsonParser(app: NestFastifyApplication, fastify: FastifyInstance, bodyLimit: number, maxDepth: number): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit }, (request: FastifyRequest, body: Buffer, done) => {
    if (jsonDepthExceeds(body, maxDepth)) {
      done(new JsonTooDeep(maxDepth), undefined);
      return;
    }
    // Fastify's own parser completes through `done`; its declared return type also allows a promise.
    void parseJson(request, body as unknown as string, done);
  });
}
