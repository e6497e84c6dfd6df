// Sign-in as other features see it: the module, the service that finds a signed-in user, and what
// an admin does for another account (reset links, turning off a lost second factor).
export { AuthModule } from './auth.module.js';
export { AuthService } from './auth.service.js';
export { AccountService, RESET_LINK_HOURS, resetLinkPath } from './account.service.js';
export { TwoFactorService } from './two-factor/two-factor.service.js';
export { hashPassword } from './secrets.js';
export { MIN_PASSWORD } from './dto/account.dto.js';
