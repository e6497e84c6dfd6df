import { Type } from 'class-transformer';
import { IsInt, Min } from 'class-validator';
import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateDecisionDto } from './create-decision.dto.js';

/**
 * A change to a draft, naming the version it was read at (a stale one is a 409). The award, the
 * year and the subject define who may be in the list: a different one is a new draft.
 */
export class UpdateDecisionDto extends PartialType(OmitType(CreateDecisionDto, ['awardType', 'year', 'subject'] as const)) {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;
}
