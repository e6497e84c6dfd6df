import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { Normalized } from '../../common/validation/trim.js';

export class CreateBaseSalaryDto {
  @Normalized()
  @IsDateOnly()
  effectiveFrom!: string;

  /** Whole VND per month. */
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  amount!: number;

  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  legalBasis!: string;

  @IsOptional()
  @IsBoolean()
  toConfirm?: boolean;
}
