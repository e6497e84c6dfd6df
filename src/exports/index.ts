// Exports as other features see them: the module (nothing else imports this feature).
export { ExportsModule } from './exports.module.js';
