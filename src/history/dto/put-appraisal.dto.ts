import { IsIn } from 'class-validator';
import type { Rating } from '../../eligibility/index.js';
import { RATINGS } from '../appraisal.entity.js';

export class PutAppraisalDto {
  @IsIn(RATINGS)
  rating!: Rating;
}
