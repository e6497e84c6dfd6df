import { ApiProperty } from '@nestjs/swagger';
import { PageResponseOf } from '../../common/openapi/page.response.js';
import { ApiDate, ApiEnum, ApiId, ApiList, ApiNullable, ApiTimestamp } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import { NOMINATION_STATES, type NominationState } from '../../law/index.js';
import type { Page } from '../../common/paging/page-query.js';
import type { ObjectionView, PostingLineView, PostingMinimumView, PostingSummaryView, PostingView } from '../posting.types.js';

export class PostingMinimumResponse {
  @ApiProperty({ type: 'integer', example: 10 })
  workingDays!: number;

  @ApiProperty({ example: 'Nghị định 152/2025/NĐ-CP, Điều 44 khoản 2 (công khai ít nhất 10 ngày làm việc)' })
  source!: string;

  @ApiProperty({ description: 'False: the pages show "chưa xác minh" beside it' })
  verified!: boolean;

  @ApiProperty({ description: 'The State-level consultation (NĐ 152/2025 Điều 44 khoản 2) rather than the in-unit posting' })
  stateLevel!: boolean;
}

export class PostingLineResponse {
  @ApiId()
  nominationId!: string;

  @ApiProperty()
  subjectName!: string;

  @ApiNullable(String)
  position!: string | null;

  @ApiProperty()
  unitName!: string;

  @ApiProperty({ example: 'CSTDCS' })
  awardType!: string;

  @ApiProperty()
  awardName!: string;

  @ApiProperty()
  achievements!: string;

  @ApiEnum(NOMINATION_STATES, { description: 'The nomination now' })
  state!: NominationState;

  @ApiProperty({ type: 'integer' })
  openObjections!: number;
}

export class ObjectionResponse {
  @ApiId()
  id!: string;

  @ApiId()
  postingId!: string;

  @ApiId()
  nominationId!: string;

  @ApiProperty()
  subjectName!: string;

  @ApiProperty()
  text!: string;

  @ApiId()
  objectorId!: string;

  @ApiProperty()
  objectorName!: string;

  @ApiTimestamp()
  createdAt!: string;

  @ApiTimestamp({ nullable: true })
  resolvedAt!: string | null;

  @ApiNullable(String)
  resolverName!: string | null;

  @ApiNullable(String)
  resolution!: string | null;

  @ApiNullable(Boolean, { description: 'True: the nomination stays held until withdrawn; false: the hold was released' })
  upheld!: boolean | null;
}

export class PostingResponse {
  @ApiId()
  id!: string;

  @ApiDate()
  startsOn!: string;

  @ApiDate({ description: 'The last working day of the posting (objections are taken through it)' })
  endsOn!: string;

  @ApiProperty({ type: 'integer' })
  workingDays!: number;

  @ApiProperty({ type: PostingMinimumResponse })
  minimum!: PostingMinimumResponse;

  @ApiProperty()
  open!: boolean;

  @ApiTimestamp({ nullable: true })
  holdsReleasedAt!: string | null;

  @ApiId()
  createdBy!: string;

  @ApiProperty()
  createdByName!: string;

  @ApiTimestamp()
  createdAt!: string;

  @ApiList(() => PostingLineResponse)
  lines!: PostingLineResponse[];

  @ApiList(() => ObjectionResponse, { description: 'Every objection for council secretaries and admins; only their own for anyone else' })
  objections!: ObjectionResponse[];
}

export class PostingSummaryResponse {
  @ApiId()
  id!: string;

  @ApiDate()
  startsOn!: string;

  @ApiDate()
  endsOn!: string;

  @ApiProperty({ type: 'integer' })
  workingDays!: number;

  @ApiProperty()
  open!: boolean;

  @ApiProperty({ type: 'integer' })
  nominations!: number;

  @ApiProperty({ type: 'integer' })
  openObjections!: number;

  @ApiProperty()
  createdByName!: string;

  @ApiTimestamp()
  createdAt!: string;
}

export class PostingPageResponse extends PageResponseOf(PostingSummaryResponse) {}

export type PostingMinimumResponseAgrees = Agrees<SameShape<PostingMinimumResponse, PostingMinimumView>>;
export type PostingLineResponseAgrees = Agrees<SameShape<PostingLineResponse, PostingLineView>>;
export type ObjectionResponseAgrees = Agrees<SameShape<ObjectionResponse, ObjectionView>>;
export type PostingResponseAgrees = Agrees<SameShape<PostingResponse, PostingView>>;
export type PostingPageResponseAgrees = Agrees<SameShape<PostingPageResponse, Page<PostingSummaryView>>>;
