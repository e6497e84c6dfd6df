// Undoing imports, as the application module sees it.
export { ImportsModule } from './imports.module.js';
