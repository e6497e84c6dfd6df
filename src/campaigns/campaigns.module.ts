import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/index.js';
import { CatalogueModule } from '../catalogue/index.js';
import { IssuersModule } from '../issuers/index.js';
import { SettingsModule } from '../settings/index.js';
import { UnitsModule } from '../units/index.js';
import { CampaignsPagesController } from './campaigns-pages.controller.js';
import { CampaignsController } from './campaigns.controller.js';
import { CampaignsService } from './campaigns.service.js';
import { RegistrationImportService } from './import/registration-import.service.js';
import { RegistrationCriteria } from './registration-criteria.js';
import { RegistrationsPagesController } from './registrations-pages.controller.js';
import { RegistrationsController } from './registrations.controller.js';
import { RegistrationsService } from './registrations.service.js';

/** Campaigns (phong trào thi đua), their documents, and registrations (đăng ký thi đua) with the criterion they make. */
@Module({
  imports: [AttachmentsModule, CatalogueModule, IssuersModule, SettingsModule, UnitsModule],
  controllers: [CampaignsController, RegistrationsController, CampaignsPagesController, RegistrationsPagesController],
  providers: [CampaignsService, RegistrationsService, RegistrationImportService, RegistrationCriteria],
  exports: [CampaignsService, RegistrationsService, RegistrationCriteria],
})
export class CampaignsModule {}
