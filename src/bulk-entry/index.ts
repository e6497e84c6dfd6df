// The bulk entry pages as the application sees them: their module.
export { BulkEntryModule } from './bulk-entry.module.js';
