import { Type } from 'class-transformer';
import { IsRecordYear } from '../../common/validation/fields.js';
import { defaultRoundYear } from '../eligibility.views.js';

/** `/api/units/:id/eligibility?year=2025`: default the current round year. Years before 2024 have no rulebook (422). */
export class CollectiveEligibilityQuery {
  @Type(() => Number)
  @IsRecordYear()
  year: number = defaultRoundYear();
}
