import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageQuery } from '../../common/paging/page-query.js';
import { NormalizedOptional } from '../../common/validation/trim.js';
import { MAX_YEAR, MIN_YEAR } from '../../kernel/index.js';
import { CAMPAIGN_KINDS, type CampaignKind } from '../campaign.types.js';

/** Newest year first; a year and a kind narrow it. */
export class ListCampaignsQuery extends PageQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year?: number;

  @NormalizedOptional()
  @IsOptional()
  @IsIn(CAMPAIGN_KINDS)
  kind?: CampaignKind | null;
}
