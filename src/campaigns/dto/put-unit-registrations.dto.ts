import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, Matches, ValidateNested } from 'class-validator';
import { IsAwardTypeCode, IsOptionalUuid } from '../../common/validation/fields.js';
import { AWARD_TYPE_CODE_PATTERN } from '../../kernel/index.js';

/** The most members a unit's grid shows and saves at once. */
export const MAX_UNIT_GRID_ROWS = 1000;

/** One ticked box of a unit's grid: a member (`staffId`) or the unit itself (`unitId`), and the award. */
export class UnitRegistrationItemDto {
  @IsOptionalUuid()
  staffId?: string | null;

  @IsOptionalUuid()
  unitId?: string | null;

  @IsAwardTypeCode()
  awardType!: string;
}

/**
 * A unit's registrations in a campaign, set at once (the grid): for the unit's active members and the
 * unit itself, and for the awards in `awardTypes` (the grid's columns), the registrations become
 * exactly `registrations` — the missing ones are added, the others removed. All or nothing.
 */
export class PutUnitRegistrationsDto {
  @ApiProperty({
    type: [String],
    example: ['LDTT', 'CSTDCS', 'TTLDTT'],
    description: 'The awards the grid shows; others are left as they are',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(AWARD_TYPE_CODE_PATTERN, { each: true, message: 'each award type must be a code such as LDTT' })
  awardTypes!: string[];

  @ApiProperty({ type: [UnitRegistrationItemDto], maxItems: MAX_UNIT_GRID_ROWS * 10 })
  @IsArray()
  @ArrayMaxSize(MAX_UNIT_GRID_ROWS * 10)
  @ValidateNested({ each: true })
  @Type(() => UnitRegistrationItemDto)
  registrations!: UnitRegistrationItemDto[];
}
