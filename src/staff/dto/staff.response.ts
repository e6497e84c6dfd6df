import { ApiProperty } from '@nestjs/swagger';
import { PageResponseOf } from '../../common/openapi/page.response.js';
import { ApiDate, ApiEnum, ApiId, ApiNullable } from '../../common/openapi/response-fields.js';
import { type Agrees, type SameShape } from '../../common/openapi/same-shape.js';
import type { Page } from '../../common/paging/page-query.js';
import { type Gender, GENDERS, STAFF_STATUSES, type StaffStatus } from '../../kernel/index.js';
import type { StaffListItem, StaffView } from '../staff.service.js';

export class StaffResponse {
  @ApiId()
  id!: string;

  @ApiProperty({ example: 'NV001' })
  code!: string;

  @ApiProperty({ example: 'Nguyễn Thị Lan' })
  fullName!: string;

  @ApiEnum(GENDERS)
  gender!: Gender;

  @ApiDate({ nullable: true })
  dateOfBirth!: string | null;

  @ApiId()
  unitId!: string;

  @ApiNullable(String)
  position!: string | null;

  @ApiDate({ nullable: true })
  startedOn!: string | null;

  @ApiEnum(STAFF_STATUSES, { description: 'Staff who have left are kept, never deleted' })
  status!: StaffStatus;

  @ApiDate({ nullable: true })
  leftOn!: string | null;
}

export class StaffListItemResponse extends StaffResponse {
  @ApiProperty()
  unitName!: string;
}

export class StaffPageResponse extends PageResponseOf(StaffListItemResponse) {}

export type StaffResponseAgrees = Agrees<SameShape<StaffResponse, StaffView>>;
export type StaffPageResponseAgrees = Agrees<SameShape<StaffPageResponse, Page<StaffListItem>>>;
