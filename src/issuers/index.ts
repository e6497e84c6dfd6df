// Issuers (cơ quan ban hành) as other features see them: the module, the service and what it takes.
export { CreateIssuerDto } from './dto/create-issuer.dto.js';
export { IssuersModule } from './issuers.module.js';
export { type IssuerView, IssuersService } from './issuers.service.js';
