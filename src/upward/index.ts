/** Awards decided above this body, as other features see them. */
export { UpwardModule } from './upward.module.js';
export { UpwardService } from './upward.service.js';
