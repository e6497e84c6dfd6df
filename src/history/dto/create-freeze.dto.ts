import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsOptionalDate } from '../../common/validation/fields.js';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { Normalized } from '../../common/validation/trim.js';

export class CreateFreezeDto {
  /** E.g. "Đang xem xét kỷ luật", "Đang thanh tra", "Đang xác minh đơn khiếu nại". */
  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;

  @IsDateOnly()
  from!: string;

  @IsOptionalDate()
  to?: string | null;
}
