import { ApiProperty } from '@nestjs/swagger';
import { ErrorDetailResponse } from '../../common/openapi/problem.response.js';
import { ApiId, ApiList } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import type { StaffImportResult } from '../import/staff-import.service.js';
import { WarningResponse } from '../../common/openapi/warning.response.js';
import type { WarningView } from '../../common/validation/plausibility.js';

export class StaffImportResultResponse {
  @ApiId({ description: 'The batch of this import; POST /api/imports/{batchId}/undo undoes it while nothing depends on it' })
  batchId!: string;

  @ApiProperty({ type: 'integer' })
  created!: number;

  @ApiProperty({ type: 'integer' })
  updated!: number;

  @ApiList(() => ErrorDetailResponse, { description: 'Always empty: a file with any problem is refused whole (422)' })
  errors!: ErrorDetailResponse[];

  @ApiList(() => WarningResponse, {
    description: 'Unlikely (saved anyway), each with its line: e.g. someone of the same name and birth date',
  })
  warnings!: WarningResponse[];
}

export type StaffImportResultResponseAgrees = Agrees<
  SameShape<StaffImportResultResponse, Omit<StaffImportResult, 'warnings'> & { warnings: WarningView[] }>
>;
