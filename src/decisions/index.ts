// Decisions as other features see them: the module.
export { DecisionsModule } from './decisions.module.js';
