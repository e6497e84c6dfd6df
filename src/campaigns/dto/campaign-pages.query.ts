import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { NormalizedOptional } from '../../common/validation/trim.js';

/** The campaign's page: what was just saved, and the page of its registrations. */
export class CampaignPageQuery {
  @IsOptional()
  @IsIn(['created', 'updated', 'file', 'fileDeleted', 'registrationDeleted'])
  saved?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;
}

/** The unit's grid: which unit, and what the last save did ("created-removed-unchanged"). */
export class GridPageQuery {
  @NormalizedOptional()
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @IsOptional()
  @Matches(/^\d{1,5}-\d{1,5}-\d{1,5}$/u)
  saved?: string;
}
