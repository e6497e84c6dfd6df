import { ApiProperty } from '@nestjs/swagger';
import { ApiEnum } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import { SUBJECT_KINDS, type SubjectKind } from '../../kernel/index.js';
import type { DecisionRecorded, RatingsSaved } from '../bulk-entry.service.js';
import { AwardRecordResponse } from './history.response.js';

/** What a grid save did: rows created, corrected, removed and left as they were. */
export class RatingsSavedResponse {
  @ApiProperty({ type: 'integer', example: 2025 })
  year!: number;

  @ApiEnum(SUBJECT_KINDS)
  subject!: SubjectKind;

  @ApiProperty({ type: 'integer' })
  created!: number;

  @ApiProperty({ type: 'integer' })
  updated!: number;

  @ApiProperty({ type: 'integer' })
  removed!: number;

  @ApiProperty({ type: 'integer', description: 'Rows whose rating was already the one given (nothing written, nothing audited)' })
  unchanged!: number;
}

/** The awards one decision recorded, one per person or unit of its list. */
export class DecisionRecordedResponse {
  @ApiProperty({ type: 'integer' })
  count!: number;

  @ApiProperty({ type: [AwardRecordResponse] })
  awards!: AwardRecordResponse[];
}

export type RatingsSavedResponseAgrees = Agrees<SameShape<RatingsSavedResponse, RatingsSaved>>;
export type DecisionRecordedResponseAgrees = Agrees<SameShape<DecisionRecordedResponse, DecisionRecorded>>;
