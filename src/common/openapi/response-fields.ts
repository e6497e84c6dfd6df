import { type Type } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

/*
 * Property decorators for response classes, for the cases the design type cannot tell swagger:
 * `string | null` is emitted as Object, a union of literals as String, an array without its items.
 * A plain string, number, boolean, Date or response-class field needs only `@ApiProperty()`.
 */

interface Extra {
  nullable?: boolean;
  required?: boolean;
  description?: string;
  example?: unknown;
}

/** An id (UUID). */
export const ApiId = (extra: Extra = {}): PropertyDecorator => ApiProperty({ type: String, format: 'uuid', ...extra });

/** A calendar date written YYYY-MM-DD. */
export const ApiDate = (extra: Extra = {}): PropertyDecorator =>
  ApiProperty({ type: String, format: 'date', example: '2025-12-31', ...extra });

/** A moment, sent as an ISO 8601 timestamp. */
export const ApiTimestamp = (extra: Extra = {}): PropertyDecorator => ApiProperty({ type: String, format: 'date-time', ...extra });

/** One of a runtime list of values (the kernel's vocabularies: RATINGS, AWARD_KINDS…). */
export const ApiEnum = (values: readonly (string | number)[], extra: Extra = {}): PropertyDecorator =>
  ApiProperty({ enum: [...values], ...extra });

/** A list of values from a runtime list. */
export const ApiEnumList = (values: readonly (string | number)[], extra: Extra = {}): PropertyDecorator =>
  ApiProperty({ enum: [...values], isArray: true, ...extra });

/** A string, number or boolean that may be null. */
export const ApiNullable = (type: typeof String | typeof Number | typeof Boolean, extra: Omit<Extra, 'nullable'> = {}): PropertyDecorator =>
  ApiProperty({ type, nullable: true, ...extra });

/** A list of response objects, or of plain values (`ApiList(String)`). Lazy, so the item class may be declared later. */
export const ApiList = (
  item: () => Type<unknown> | typeof String | typeof Number,
  extra: Omit<Extra, 'nullable'> = {},
): PropertyDecorator => ApiProperty({ type: () => [item()], ...extra });

/** A JSON object whose fields are not fixed (an audit entry's before and after). */
export const ApiFreeObject = (extra: Extra = {}): PropertyDecorator =>
  ApiProperty({ type: 'object', additionalProperties: true, ...extra } as ApiPropertyOptions);
