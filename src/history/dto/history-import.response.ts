import { ApiProperty } from '@nestjs/swagger';
import { ErrorDetailResponse } from '../../common/openapi/problem.response.js';
import { ApiEnum, ApiId, ApiList } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import { HISTORY_IMPORT_KINDS, type HistoryImportKind } from '../import/history-columns.js';
import type { HistoryImportResult } from '../import/history-import.service.js';
import { WarningResponse } from '../../common/openapi/warning.response.js';
import type { WarningView } from '../../common/validation/plausibility.js';

export class HistoryImportResultResponse {
  @ApiEnum(HISTORY_IMPORT_KINDS)
  kind!: HistoryImportKind;

  @ApiId({ description: 'The batch of this import; POST /api/imports/{batchId}/undo undoes it while nothing depends on it' })
  batchId!: string;

  @ApiProperty({ type: 'integer' })
  created!: number;

  @ApiProperty({ type: 'integer' })
  updated!: number;

  @ApiProperty({ type: 'integer' })
  unchanged!: number;

  @ApiList(() => ErrorDetailResponse, { description: 'Always empty: a file with any problem is refused whole (422)' })
  errors!: ErrorDetailResponse[];

  @ApiList(() => WarningResponse, {
    description: 'Unlikely (saved anyway), each with its line: e.g. a CSTĐCS without the LĐTT of that year',
  })
  warnings!: WarningResponse[];
}

export type HistoryImportResultResponseAgrees = Agrees<
  SameShape<HistoryImportResultResponse, Omit<HistoryImportResult, 'warnings'> & { warnings: WarningView[] }>
>;
