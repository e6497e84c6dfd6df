import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsOptionalUuid, IsRecordYear } from '../../common/validation/fields.js';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';
import { CAMPAIGN_KINDS, type CampaignKind } from '../campaign.types.js';

export class CreateCampaignDto {
  @ApiProperty({ example: 'Phong trào thi đua năm 2026' })
  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @ApiProperty({ enum: CAMPAIGN_KINDS, description: 'annual (thường xuyên, hằng năm) or thematic (chuyên đề)' })
  @IsIn(CAMPAIGN_KINDS)
  kind!: CampaignKind;

  /** The year of the titles it leads to: one of the years from `startsOn` to `endsOn`. */
  @ApiProperty({ example: 2026 })
  @IsRecordYear()
  year!: number;

  @ApiProperty({ example: '2026-01-15' })
  @IsDateOnly()
  startsOn!: string;

  @ApiProperty({ example: '2026-12-31', description: 'Not before startsOn' })
  @IsDateOnly()
  endsOn!: string;

  /** The body that launched it; unset or null: not recorded. */
  @IsOptionalUuid()
  issuerId?: string | null;

  /** The document that launched it, as cited ("Kế hoạch số 05/KH-TV ngày 10/01/2026"); unset or null: none. */
  @ApiProperty({ required: false, example: 'Kế hoạch số 05/KH-TV ngày 10/01/2026' })
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  launchDocument?: string | null;
}
