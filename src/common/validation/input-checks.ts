import { DECORATORS } from '@nestjs/swagger';
import { getMetadataStorage, registerDecorator } from 'class-validator';
import type { KeyedDetail } from '../errors/domain-error.js';
import { findUnsafeCharacter } from '../text/unsafe-characters.js';

/*
 * Checks every request goes through before its DTO sees it (the global validation pipe, the page
 * forms and the page queries call them), so a new route inherits them without a line of its own.
 */

type DtoClass = abstract new (...args: never[]) => unknown;

const isDtoClass = (metatype: unknown): metatype is DtoClass =>
  typeof metatype === 'function' && ![String, Number, Boolean, Array, Object].includes(metatype as never);

/** A validator that never fails: a mark class-validator keeps with the field's rules (and PartialType copies). */
const marker = (name: string) => (): PropertyDecorator => (target, property) =>
  registerDecorator({ name, target: target.constructor, propertyName: String(property), validator: { validate: () => true } });

/** A field that may hold several lines (a textarea): TAB, LF and CR are accepted there, and only there. */
export const MultiLine = marker('multiLine');

/** Validation rules of a DTO (its parents' and, through PartialType, its source's included). */
const rulesOf = (dto: DtoClass) => getMetadataStorage().getTargetValidationMetadatas(dto as never, '', true, false);

/** The fields of a DTO that carry the rule (or mark) `name`. */
export const fieldsMarked = (dto: unknown, name: string): Set<string> =>
  isDtoClass(dto)
    ? new Set(
        rulesOf(dto)
          .filter((rule) => rule.name === name)
          .map((rule) => rule.propertyName),
      )
    : new Set();

/**
 * The return addresses of the pages (`?next=` of the sign-in page, `back` of the language form) are
 * not stored: `safeRedirectPath` replaces one holding a control character (or leading off the site)
 * with the page's default, so a damaged link still signs in rather than being refused.
 */
const RETURN_ADDRESSES = new Set(['next', 'back']);

/** One detail per text with a character no field accepts (see unsafe-characters.ts), named by its path `a.b.0`. */
export function unsafeTextDetails(value: unknown, dto: unknown, prefix = ''): KeyedDetail[] {
  if (RETURN_ADDRESSES.has(prefix)) {
    return [];
  }
  const multiLine = fieldsMarked(dto, 'multiLine');
  const details: KeyedDetail[] = [];
  // Iterative, not recursive: the JSON parser bounds depth, but a walk should not rely on it.
  const pending: Array<{ value: unknown; path: string; top: string }> = [{ value, path: prefix, top: '' }];
  while (pending.length > 0) {
    const { value: current, path, top } = pending.pop()!;
    if (typeof current === 'string') {
      const found = findUnsafeCharacter(current, multiLine.has(top));
      if (found !== null) {
        const field = path === '' ? 'value' : path;
        details.push({
          field,
          constraint: 'unsafeCharacter',
          key: 'fieldErrors.unsafeCharacter',
          params: { ...found },
          message: `${field} must not contain control characters, direction overrides or lone surrogates (${found.character} at character ${found.position})`,
        });
      }
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        if (path === '' && RETURN_ADDRESSES.has(key)) {
          continue;
        }
        pending.push({ value: item, path: path === '' ? key : `${path}.${key}`, top: top === '' ? key : top });
      }
    }
  }
  return details.reverse();
}

/** Whether the API documents `null` for the field (`NormalizedOptional`: null, like an empty form field, means "not given"). */
function documentsNull(dto: DtoClass, property: string): boolean {
  const documented = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, dto.prototype as object, property) as
    { nullable?: boolean } | undefined;
  return documented?.nullable === true;
}

/**
 * An explicit `null` in a JSON body, for a field of the DTO that does not document it: refused,
 * naming the field. `@IsOptional()` lets null through to the service, where it would clear a column
 * that may not be empty or ask TypeORM for "where id = null".
 */
export function unexpectedNullDetails(body: unknown, dto: unknown): KeyedDetail[] {
  if (!isDtoClass(dto) || body === null || typeof body !== 'object' || Array.isArray(body)) {
    return [];
  }
  const known = new Set(rulesOf(dto).map((rule) => rule.propertyName));
  return Object.entries(body)
    .filter(([field, value]) => value === null && known.has(field) && !documentsNull(dto, field))
    .map(([field]) => ({
      field,
      constraint: 'notNull',
      key: 'fieldErrors.notNull',
      message: `${field} must not be null; leave it out instead`,
    }));
}

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** A UUID as the database writes it: lower case (PostgreSQL compares uuids without case, but our maps of facts do not). */
export const lowerCaseUuid = (value: unknown): unknown =>
  typeof value === 'string' && UUID_SHAPE.test(value) ? value.toLowerCase() : value;

/** The DTO's `@IsUUID()` fields (and arrays of them) in lower case, so `ABC…` and `abc…` name the same record everywhere. */
export function lowerCaseUuidFields<T>(instance: T, dto: unknown): T {
  if (instance === null || typeof instance !== 'object') {
    return instance;
  }
  const record = instance as Record<string, unknown>;
  for (const field of fieldsMarked(dto, 'isUuid')) {
    const value = record[field];
    if (typeof value === 'string' || Array.isArray(value)) {
      record[field] = Array.isArray(value) ? value.map(lowerCaseUuid) : lowerCaseUuid(value);
    }
  }
  return instance;
}
