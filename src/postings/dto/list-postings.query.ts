import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/paging/page-query.js';
import { IsOptionalUuid } from '../../common/validation/fields.js';
import { NormalizedOptional } from '../../common/validation/trim.js';

/** `?unitId=…&open=true|false` with paging; newest first. Only the postings of the reader's units. */
export class ListPostingsQuery extends PageQuery {
  /** Postings listing a nomination proposed by this unit or one under it. */
  @IsOptionalUuid()
  unitId?: string | null;

  /** `true`: still taking objections (today, in Vietnam, on or before the last day); `false`: ended. */
  @ApiProperty({ required: false, enum: ['true', 'false'], nullable: true })
  @NormalizedOptional()
  @IsOptional()
  @IsIn(['true', 'false'])
  open?: 'true' | 'false' | null;
}
