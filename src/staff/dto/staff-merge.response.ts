import { ApiProperty } from '@nestjs/swagger';
import { ApiId } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import type { StaffMergeResult } from '../merge/staff-merge.service.js';
import { StaffResponse } from './staff.response.js';

export class MergedStaffResponse extends StaffResponse {
  @ApiId({ description: 'The survivor this record was merged into' })
  mergedInto!: string;
}

export class StaffMergeResultResponse {
  @ApiProperty({ type: StaffResponse, description: 'The survivor, holding all the history now' })
  kept!: StaffResponse;

  @ApiProperty({ type: MergedStaffResponse, description: 'The merged record: kept, marked merged and left' })
  merged!: MergedStaffResponse;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { appraisals: 3, award_records: 2 } })
  moved!: Record<string, number>;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Entries the survivor already held identically, dropped from the merged record',
  })
  droppedDuplicates!: Record<string, number>;
}

export type StaffMergeResultResponseAgrees = Agrees<SameShape<StaffMergeResultResponse, StaffMergeResult>>;
