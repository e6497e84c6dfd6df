import { applyDecorators } from '@nestjs/common';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { IsDateOnly } from './is-date-only.js';
import { Normalized, NormalizedOptional } from './trim.js';
import { AWARD_TYPE_CODE_PATTERN, MAX_YEAR, MIN_YEAR } from '../../kernel/index.js';
import { RECORD_CODE_PATTERN } from '../../kernel/index.js';

/* Property decorators for fields that recur across DTOs, so each rule is written once. */

/**
 * Applies the decorators as if written one above the other, the last first as TypeScript does: the
 * constraints then register, and their messages list, in the same order as before they were grouped.
 */
const stacked = (...decorators: PropertyDecorator[]): PropertyDecorator => applyDecorators(...decorators.reverse());

/** A staff or unit code (RECORD_CODE_PATTERN), trimmed. */
export const IsRecordCode = (): PropertyDecorator =>
  stacked(
    Normalized(),
    IsString(),
    Matches(RECORD_CODE_PATTERN, { message: 'code must be 1–50 unaccented letters, digits, dots, dashes or underscores' }),
  );

/** An award type's code (LDTT, CSTD…), trimmed; whether it exists is the catalogue's business. */
export const IsAwardTypeCode = (): PropertyDecorator =>
  stacked(Normalized(), IsString(), Matches(AWARD_TYPE_CODE_PATTERN, { message: 'awardType must be an award type code such as LDTT' }));

/** A whole year a history record or an evaluation may carry (MIN_YEAR to MAX_YEAR); a JSON number. */
export const IsRecordYear = (): PropertyDecorator => stacked(IsInt(), Min(MIN_YEAR), Max(MAX_YEAR));

/** A unit, staff member… by id, optional: an empty form field means "not given". */
export const IsOptionalUuid = (): PropertyDecorator => stacked(NormalizedOptional(), IsOptional(), IsUUID());

/** A date written YYYY-MM-DD, optional: an empty form field means "not given". */
export const IsOptionalDate = (): PropertyDecorator => stacked(NormalizedOptional(), IsOptional(), IsDateOnly());
