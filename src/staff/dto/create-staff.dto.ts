import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsOptionalDate, IsRecordCode } from '../../common/validation/fields.js';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';
import { type Gender } from '../../kernel/index.js';

export class CreateStaffDto {
  @IsRecordCode()
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
