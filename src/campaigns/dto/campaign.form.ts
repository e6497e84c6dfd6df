import { Type } from 'class-transformer';
import { CreateCampaignDto } from './create-campaign.dto.js';

/** The campaign form as an HTML form sends it: the year as text. The API keeps taking a JSON number. */
export class CampaignForm extends CreateCampaignDto {
  @Type(() => Number)
  declare year: number;
}
