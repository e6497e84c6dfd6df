import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { IsDateOnly } from '../../common/validation/is-date-only.js';
import { Normalized, NormalizedOptional } from '../../common/validation/trim.js';

export class CreateFreezeDto {
  /** E.g. "Đang xem xét kỷ luật", "Đang thanh tra", "Đang xác minh đơn khiếu nại". */
  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;

  @IsDateOnly()
  from!: string;

  @NormalizedOptional()
  @IsOptional()
  @IsDateOnly()
  to?: string | null;
}
