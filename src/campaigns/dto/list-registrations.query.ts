import { IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQuery } from '../../common/paging/page-query.js';
import { NormalizedOptional } from '../../common/validation/trim.js';
import { AWARD_TYPE_CODE_PATTERN } from '../../kernel/index.js';

/** Registrations within the reader's units; a campaign, a unit (with its sub-units) and an award narrow them. */
export class ListRegistrationsQuery extends PageQuery {
  @NormalizedOptional()
  @IsOptional()
  @IsUUID()
  campaignId?: string | null;

  @NormalizedOptional()
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @NormalizedOptional()
  @IsOptional()
  @Matches(AWARD_TYPE_CODE_PATTERN, { message: 'awardType must be an award type code such as LDTT' })
  awardType?: string | null;
}
