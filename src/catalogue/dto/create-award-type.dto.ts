import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';
import { AWARD_KINDS, AWARD_LEVELS, AWARD_SUBJECTS, type AwardKind, type AwardLevel, type AwardSubject } from '../../kernel/index.js';
import { AWARD_TYPE_CODE_PATTERN } from '../../kernel/index.js';

/** Money coefficient per subject (× base salary); at most two decimals, as in the decree. */
export class CoefficientsDto {
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(999)
  individual?: number;

  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(999)
  collective?: number;
}

export class CreateAwardTypeDto {
  @Normalized()
  @IsString()
  @Matches(AWARD_TYPE_CODE_PATTERN, { message: 'code must be 2–40 capital letters, digits or underscores' })
  code!: string;

  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @IsIn(AWARD_KINDS)
  kind!: AwardKind;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsIn(AWARD_SUBJECTS, { each: true })
  subjects!: AwardSubject[];

  @IsIn(AWARD_LEVELS)
  level!: AwardLevel;

  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  authority!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => CoefficientsDto)
  coefficients?: CoefficientsDto;

  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  legalBasis!: string;

  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  moneyBasis?: string | null;

  @IsOptional()
  @IsBoolean()
  hasCertificate?: boolean;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  displayOrder?: number;
}
