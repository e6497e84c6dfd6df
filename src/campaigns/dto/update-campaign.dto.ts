// @nestjs/swagger's PartialType is mapped-types' own that also carries the fields' API documentation.
import { PartialType } from '@nestjs/swagger';
import { CreateCampaignDto } from './create-campaign.dto.js';

/** The fields given change; `issuerId` and `launchDocument` null clear them; the others may not be null. */
export class UpdateCampaignDto extends PartialType(CreateCampaignDto) {}
