import { IsIn } from 'class-validator';
import { type Rating, RATINGS } from '../../kernel/index.js';

export class PutAppraisalDto {
  @IsIn(RATINGS)
  rating!: Rating;
}
