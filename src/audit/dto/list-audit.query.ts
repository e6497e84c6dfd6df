import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/paging/page-query.js';

export class ListAuditQuery extends PageQuery {
  @IsOptional()
  @Matches(/^[a-z-]{1,40}$/u, { message: 'entity must be a name as in the API paths, e.g. staff' })
  entity?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;
}
