// The nomination pages (the form, the detail, the lists, the review queue); nothing else uses them.
export { NominationPagesModule } from './nomination-pages.module.js';
