import { IsUUID } from 'class-validator';
import { IsAwardTypeCode, IsOptionalUuid } from '../../common/validation/fields.js';

/** One registration (đăng ký thi đua): a person (`staffId`) or a unit (`unitId`), exactly one, for an award in a campaign. */
export class CreateRegistrationDto {
  @IsUUID()
  campaignId!: string;

  @IsOptionalUuid()
  staffId?: string | null;

  @IsOptionalUuid()
  unitId?: string | null;

  @IsAwardTypeCode()
  awardType!: string;
}
