// Issuers (cơ quan ban hành) as other features see them: the module, the service and what it takes,
// and when an issuer may sign (its validity period and its successor).
export { CreateIssuerDto } from './dto/create-issuer.dto.js';
export { UpdateIssuerDto } from './dto/update-issuer.dto.js';
export { IssuersModule } from './issuers.module.js';
export { type DecisionIssuer, type IssuerView, IssuersService } from './issuers.service.js';
export { type NotInForce } from './issuers.errors.js';
export { dayMonthYear, inForceOn, issuerDisplayName } from './validity.js';
