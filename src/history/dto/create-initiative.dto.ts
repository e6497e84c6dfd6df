import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Normalized } from '../../common/validation/trim.js';
import type { InitiativeLevel } from '../../eligibility/index.js';
import { INITIATIVE_KINDS, INITIATIVE_LEVELS, type InitiativeKind } from '../initiative.entity.js';
import { MAX_YEAR, MIN_YEAR } from '../year.js';

export class CreateInitiativeDto {
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year!: number;

  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title!: string;

  @IsIn(INITIATIVE_LEVELS)
  level!: InitiativeLevel;

  @IsOptional()
  @IsIn(INITIATIVE_KINDS)
  kind?: InitiativeKind;
}
