// Sign-in as other features see it: the module and the service that finds a signed-in user.
export { AuthModule } from './auth.module.js';
export { AuthService } from './auth.service.js';
