import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/paging/page-query.js';
import { IsOptionalDate, IsOptionalUuid } from '../../common/validation/fields.js';

export class ListAuditQuery extends PageQuery {
  @IsOptional()
  @Matches(/^[a-z_-]{1,40}$/u, { message: 'entity must be a name as in the API paths, e.g. staff' })
  entity?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  /** The user who made the changes. */
  @IsOptionalUuid()
  actorId?: string;

  /** From this day (YYYY-MM-DD; the pages also take dd/mm/yyyy), in Vietnam's time. */
  @IsOptionalDate()
  from?: string;

  /** To this day included (YYYY-MM-DD; the pages also take dd/mm/yyyy), in Vietnam's time. */
  @IsOptionalDate()
  to?: string;
}
