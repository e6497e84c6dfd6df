import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { IsOptionalDate } from '../../common/validation/fields.js';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';
import type { Gender } from '../staff-member.entity.js';

export const STAFF_CODE_PATTERN = /^[A-Za-z0-9._-]{1,50}$/u;

export class CreateStaffDto {
  @Normalized()
  @IsString()
  @Matches(STAFF_CODE_PATTERN, { message: 'code must be 1–50 unaccented letters, digits, dots, dashes or underscores' })
  code!: string;

  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName!: string;

  @IsIn(['male', 'female'])
  gender!: Gender;

  @IsOptionalDate()
  dateOfBirth?: string | null;

  @IsUUID()
  unitId!: string;

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string | null;

  @IsOptionalDate()
  startedOn?: string | null;
}
