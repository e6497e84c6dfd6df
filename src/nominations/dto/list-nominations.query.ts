import { Type } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/paging/page-query.js';
import { IsAwardTypeCode, IsOptionalUuid, IsRecordYear } from '../../common/validation/fields.js';
import { NormalizedOptional } from '../../common/validation/trim.js';
import { NOMINATION_STATES, type NominationState } from '../../law/index.js';

/** `?state=&unitId=&awardType=&year=&campaignId=` with paging: `state=submitted` is the review queue, oldest first. */
export class ListNominationsQuery extends PageQuery {
  @NormalizedOptional()
  @IsOptional()
  @IsIn(NOMINATION_STATES)
  state?: NominationState | null;

  /** Proposed by this unit or one of its sub-units. */
  @IsOptionalUuid()
  unitId?: string | null;

  @NormalizedOptional()
  @IsOptional()
  @IsAwardTypeCode()
  awardType?: string | null;

  @IsOptional()
  @Type(() => Number)
  @IsRecordYear()
  year?: number | null;

  @IsOptionalUuid()
  campaignId?: string | null;
}

/** `?year=&unitId=&awardType=`: the quota counters. */
export class QuotaQuery {
  @Type(() => Number)
  @IsRecordYear()
  year!: number;

  @IsOptionalUuid()
  unitId?: string | null;

  @NormalizedOptional()
  @IsOptional()
  @IsAwardTypeCode()
  awardType?: string | null;
}
