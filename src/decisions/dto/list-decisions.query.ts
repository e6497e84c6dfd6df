import { Type } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/paging/page-query.js';
import { IsOptionalUuid } from '../../common/validation/fields.js';
import { NormalizedOptional } from '../../common/validation/trim.js';
import { IsAwardTypeCode, IsRecordYear } from '../../common/validation/fields.js';
import { DECISION_STATES, type DecisionState } from '../decision.entity.js';

/** `?issuerId=…&year=2025&awardType=LDTT&state=draft|issued` with paging; newest first. */
export class ListDecisionsQuery extends PageQuery {
  @IsOptionalUuid()
  issuerId?: string | null;

  @IsOptional()
  @Type(() => Number)
  @IsRecordYear()
  year?: number | null;

  @NormalizedOptional()
  @IsOptional()
  @IsAwardTypeCode()
  awardType?: string | null;

  @NormalizedOptional()
  @IsOptional()
  @IsIn(DECISION_STATES)
  state?: DecisionState | null;
}
