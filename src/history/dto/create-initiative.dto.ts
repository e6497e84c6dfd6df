import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsRecordYear } from '../../common/validation/fields.js';
import { Normalized } from '../../common/validation/trim.js';
import { INITIATIVE_KINDS, INITIATIVE_LEVELS, type InitiativeKind, type InitiativeLevel } from '../../kernel/index.js';

export class CreateInitiativeDto {
  @IsRecordYear()
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
