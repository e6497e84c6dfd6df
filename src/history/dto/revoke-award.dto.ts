import { IsString, MaxLength, MinLength } from 'class-validator';
import { Normalized } from '../../common/validation/trim.js';

export class RevokeAwardDto {
  /** Why the award is withdrawn (e.g. the revoking decision's number and date). */
  @Normalized()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}
