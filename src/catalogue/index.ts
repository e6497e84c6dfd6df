// The award catalogue as other features see it: the module, the service, the award type and the
// helpers that read it (retirement, reward coefficients).
export { AwardType } from './award-type.entity.js';
export { type AwardTypeView, coefficientFor, coefficientVerifiedFor, toAwardTypeView } from './award-type.view.js';
export { CatalogueModule } from './catalogue.module.js';
export { awardTypeProblem, CatalogueService, isRetiredFor } from './catalogue.service.js';
