import { ApiProperty } from '@nestjs/swagger';
import { PageResponseOf } from '../../common/openapi/page.response.js';
import { ApiDate, ApiEnum, ApiId, ApiNullable, ApiTimestamp } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import { CAMPAIGN_KINDS, type CampaignKind, type CampaignView } from '../campaign.types.js';

export class CampaignResponse {
  @ApiId()
  id!: string;

  @ApiProperty({ example: 'Phong trào thi đua năm 2026' })
  name!: string;

  @ApiEnum(CAMPAIGN_KINDS)
  kind!: CampaignKind;

  @ApiProperty({ type: 'integer', example: 2026, description: 'The year of the titles it leads to' })
  year!: number;

  @ApiDate()
  startsOn!: string;

  @ApiDate()
  endsOn!: string;

  @ApiId({ nullable: true })
  issuerId!: string | null;

  @ApiNullable(String)
  issuerName!: string | null;

  @ApiNullable(String, { example: 'Kế hoạch số 05/KH-TV ngày 10/01/2026' })
  launchDocument!: string | null;

  @ApiProperty({ type: 'integer' })
  registrationCount!: number;

  @ApiProperty({ type: 'integer', description: 'Documents attached' })
  fileCount!: number;

  @ApiTimestamp()
  createdAt!: string;

  @ApiTimestamp()
  updatedAt!: string;
}

export class CampaignPageResponse extends PageResponseOf(CampaignResponse) {}

export type CampaignResponseAgrees = Agrees<SameShape<CampaignResponse, CampaignView>>;
