import { type Type } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions, DECORATORS } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

/*
 * Request DTOs are documented from their class-validator decorators, read at the moment the
 * document is built: the schema says `maxLength: 200` because the validator says so, and the two
 * cannot drift. It is what the swagger CLI plugin's "class-validator shim" does at compile time;
 * this project builds with plain `tsc`, which runs no plugins. An explicit `@ApiProperty` on a field
 * (a description, an example) is kept and wins over what is read here, except for `type`: the
 * validators know it better than the design type (`string | null` is emitted as Object).
 * `@IsOptional()` documents a field that may be left out; `null` is documented only where a field
 * says so (`NormalizedOptional`, where an empty or null value means "not given").
 */

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

/** What one validator says about a value, as schema; `each` validators describe the items of an array. */
type SchemaOf = (constraints: unknown[]) => Schema;

interface Schema {
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
}

const VALIDATOR_SCHEMAS: Record<string, SchemaOf> = {
  isString: () => ({ type: 'string' }),
  minLength: ([min]) => ({ minLength: min as number }),
  maxLength: ([max]) => ({ maxLength: max as number }),
  matches: ([pattern]) => ({ type: 'string', pattern: pattern instanceof RegExp ? pattern.source : String(pattern) }),
  isUuid: () => ({ type: 'string', format: 'uuid' }),
  isDateOnly: () => ({ type: 'string', format: 'date' }),
  isIn: ([values]) => ({ type: typeof (values as unknown[])[0] === 'number' ? 'number' : 'string', enum: [...(values as unknown[])] }),
  isInt: () => ({ type: 'integer' }),
  isNumber: () => ({ type: 'number' }),
  min: ([min]) => ({ minimum: min as number }),
  max: ([max]) => ({ maximum: max as number }),
  isBoolean: () => ({ type: 'boolean' }),
  isObject: () => ({ type: 'object' }),
  isEmail: () => ({ type: 'string', format: 'email' }),
  isArray: () => ({ type: 'array' }),
  arrayMinSize: ([min]) => ({ minItems: min as number }),
  arrayMaxSize: ([max]) => ({ maxItems: max as number }),
  arrayUnique: () => ({ uniqueItems: true }),
  // A mark (`@MultiLine()`: line breaks accepted), no constraint of the schema's.
  multiLine: () => ({}),
};

/** Validators that shape no schema of their own: the nested class is documented from its design type. */
const WITHOUT_SCHEMA = new Set(['nestedValidation', 'whitelistValidation']);

const nameOf = (metadata: ValidationMetadata): string => metadata.name ?? metadata.type;

/**
 * Gives every validated field of `dto` (its parents and nested DTOs included) the `@ApiProperty`
 * metadata its validators imply. Safe to call again: metadata already there is kept.
 */
export function documentValidatedFields(dto: Type<unknown>, seen = new Set<Type<unknown>>()): void {
  const classes = lineage(dto);
  for (const target of classes.filter((type) => !seen.has(type))) {
    seen.add(target);
    const own = getMetadataStorage()
      .getTargetValidationMetadatas(target, '', true, false)
      .filter((metadata) => metadata.target === target);
    const defaults = defaultsOf(target);
    for (const [property, validators] of groupByProperty(own)) {
      const explicit = Reflect.getOwnMetadata(DECORATORS.API_MODEL_PROPERTIES, target.prototype as object, property) as
        { type?: unknown } | undefined;
      const derived = propertyOptions(target, property, validators, defaults[property], explicit?.type);
      ApiProperty({ ...derived, ...explicit, type: derived.type } as ApiPropertyOptions)(target.prototype as object, property);
      if (typeof derived.type === 'function') {
        documentValidatedFields(derived.type as Type<unknown>, seen);
      }
    }
  }
  inheritDocumentedFields(classes);
}

/**
 * Swagger copies the parent's list of documented fields into a class when the class's first field
 * is documented; a parent documented later (here) would be missing from the child. Lists are merged,
 * the oldest class first.
 */
function inheritDocumentedFields(classes: Type<unknown>[]): void {
  for (const [index, child] of classes.entries()) {
    const parent = classes[index - 1];
    if (!parent) {
      continue;
    }
    const inherited =
      (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, parent.prototype as object) as string[] | undefined) ?? [];
    const own = (Reflect.getOwnMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, child.prototype as object) as string[] | undefined) ?? [];
    Reflect.defineMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, [...new Set([...inherited, ...own])], child.prototype as object);
  }
}

/** The class and its ancestors, the oldest first. */
function lineage(type: Type<unknown>): Type<unknown>[] {
  const chain: Type<unknown>[] = [];
  for (let current = type; current !== Object && current?.prototype; current = Object.getPrototypeOf(current) as Type<unknown>) {
    chain.unshift(current);
  }
  return chain;
}

function propertyOptions(
  target: Type<unknown>,
  property: string,
  validators: ValidationMetadata[],
  defaultValue: unknown,
  explicitType: unknown,
): ApiPropertyOptions {
  const own: Schema = {};
  const items: Schema = {};
  let optional = false;
  for (const validator of validators) {
    const name = nameOf(validator);
    if (name === 'isOptional') {
      optional = true;
      continue;
    }
    if (validator.type === 'conditionalValidation' || WITHOUT_SCHEMA.has(name)) {
      continue;
    }
    const schemaOf = VALIDATOR_SCHEMAS[name];
    if (!schemaOf) {
      throw new Error(`OpenAPI: no schema is known for the validator "${name}" on ${target.name}.${property}; add it to VALIDATOR_SCHEMAS`);
    }
    Object.assign(validator.each ? items : own, schemaOf(validator.constraints ?? []));
  }
  const nested = validators.some((v) => v.type === 'nestedValidation') ? designType(target, property) : undefined;
  const type = nested ?? own.type ?? items.type;
  // A field with a default (`page = 1`) may be left out like an optional one.
  const options: Record<string, unknown> = { ...own, type, required: !optional && defaultValue === undefined };
  // An array of nested DTOs (`@ValidateNested({ each: true })`): its design type is Array, so the
  // item class comes from the field's `@ApiProperty({ type: [ItemDto] })`.
  const nestedItems = validators.some((v) => v.type === 'nestedValidation' && v.each) && typeof explicitType === 'function';
  if (own.type === 'array' && nestedItems) {
    const { type: _array, ...bounds } = own;
    return {
      ...bounds,
      type: explicitType as Type<unknown>,
      isArray: true,
      required: !optional && defaultValue === undefined,
    } as ApiPropertyOptions;
  }
  if (own.type === 'array') {
    if (!items.type) {
      throw new Error(`OpenAPI: ${target.name}.${property} is an array without an \`each\` validator, so its items cannot be documented`);
    }
    options.type = items.type;
    options.isArray = true;
    Object.assign(options, items.enum ? { enum: items.enum } : { items: { ...items, type: options.type } });
  }
  if (defaultValue !== undefined) {
    options.default = defaultValue;
  }
  return options as ApiPropertyOptions;
}

function groupByProperty(metadatas: ValidationMetadata[]): Map<string, ValidationMetadata[]> {
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const metadata of metadatas) {
    byProperty.set(metadata.propertyName, [...(byProperty.get(metadata.propertyName) ?? []), metadata]);
  }
  return byProperty;
}

/** A DTO's field initialisers (`page = 1`), which are the defaults the API applies. */
function defaultsOf(target: Type<unknown>): Record<string, unknown> {
  try {
    return { ...(new target() as Record<string, unknown>) };
  } catch {
    return {};
  }
}

function designType(target: Type<unknown>, property: string): Type<unknown> | undefined {
  const type = Reflect.getMetadata('design:type', target.prototype as object, property) as Type<unknown> | undefined;
  return type && ![String, Number, Boolean, Object, Array].includes(type as never) ? type : undefined;
}
