import { ApiProperty } from '@nestjs/swagger';
import { PageResponseOf } from '../../common/openapi/page.response.js';
import { ApiDate, ApiEnum, ApiId, ApiList, ApiNullable } from '../../common/openapi/response-fields.js';
import { WarningResponse } from '../../common/openapi/warning.response.js';
import type { WarningView } from '../../common/validation/plausibility.js';
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

/** The record just created, with what is unlikely about it (saved all the same). */
export class StaffCreatedResponse extends StaffResponse {
  @ApiList(() => WarningResponse, {
    description: 'Unlikely, saved anyway: over 65, a start before 1950, someone of the same name and birth date',
  })
  warnings!: WarningResponse[];
}

export class StaffPageResponse extends PageResponseOf(StaffListItemResponse) {}

export type StaffCreatedResponseAgrees = Agrees<SameShape<StaffCreatedResponse, StaffView & { warnings: WarningView[] }>>;
export type StaffResponseAgrees = Agrees<SameShape<StaffResponse, StaffView>>;
export type StaffPageResponseAgrees = Agrees<SameShape<StaffPageResponse, Page<StaffListItem>>>;
