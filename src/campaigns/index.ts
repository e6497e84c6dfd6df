/**
 * Campaigns and registrations as other features see them: the module; the campaigns (a nomination's
 * form offers them with `CampaignsService.choices`); the registrations; and `RegistrationCriteria`,
 * which the eligibility adapter asks for the criterion "Đã đăng ký thi đua" when the province
 * requires registration (`registrationRequiredOn(date)`).
 */
export { CampaignsModule } from './campaigns.module.js';
export { CampaignsService } from './campaigns.service.js';
export { RegistrationsService } from './registrations.service.js';
export { RegistrationCriteria, type RegistrationCriterionOf, type RegistrationQuestion } from './registration-criteria.js';
export type { CampaignKind, CampaignView, RegistrationView } from './campaign.types.js';
