import { ApiProperty } from '@nestjs/swagger';
import { ApiId } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import type { UndoResult } from '../imports.service.js';

export class UndoResultResponse {
  @ApiId()
  batchId!: string;

  @ApiProperty({ description: "'staff', or the kind of history imported (awards, appraisals, …)" })
  kind!: string;

  @ApiProperty({ type: 'integer', description: 'Records the import wrote that are removed (history) or deleted (staff it created)' })
  removed!: number;

  @ApiProperty({ type: 'integer', description: 'Records the import updated, put back as they were' })
  restored!: number;
}

export type UndoResultResponseAgrees = Agrees<SameShape<UndoResultResponse, UndoResult>>;
