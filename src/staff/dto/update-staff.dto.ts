// @nestjs/swagger's PartialType is mapped-types' own that also carries the fields' API documentation.
import { PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsOptionalDate } from '../../common/validation/fields.js';
import { CreateStaffDto } from './create-staff.dto.js';
import { type StaffStatus } from '../../kernel/index.js';

export class UpdateStaffDto extends PartialType(CreateStaffDto) {
  /** "left" marks someone who has left; staff are never deleted. */
  @IsOptional()
  @IsIn(['active', 'left'])
  status?: StaffStatus;

  @IsOptionalDate()
  leftOn?: string | null;
}
