import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/paging/page-query.js';
import { IsOptionalUuid } from '../../common/validation/fields.js';
import { NormalizedOptional } from '../../common/validation/trim.js';

export class ListStaffQuery extends PageQuery {
  /** Part of the name or code, with or without diacritics, any case. */
  @NormalizedOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string | null;

  /** This unit and its sub-units. */
  @IsOptionalUuid()
  unitId?: string | null;

  @NormalizedOptional()
  @IsOptional()
  @IsIn(['active', 'left'])
  status?: 'active' | 'left' | null;
}
