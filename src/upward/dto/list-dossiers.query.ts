import { Type } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/paging/page-query.js';
import { IsRecordYear } from '../../common/validation/fields.js';
import { NormalizedOptional } from '../../common/validation/trim.js';

/** `?year=2025` with paging; newest first. */
export class ListDossiersQuery extends PageQuery {
  @IsOptional()
  @Type(() => Number)
  @IsRecordYear()
  year?: number | null;
}

/** `?pdf=true`: the archive carries a PDF of each document beside its DOCX (LibreOffice; about 1.5 s each). */
export class DossierDownloadQuery {
  @NormalizedOptional()
  @IsOptional()
  @IsIn(['true', 'false'])
  pdf?: 'true' | 'false' | null;
}
