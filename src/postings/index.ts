/**
 * Public postings as other features see them. A posting holds each of its nominations
 * (`nomination_holds`, kind 'posting') until its last working day has passed, and each unresolved or
 * upheld objection holds its nomination too (kind 'objection'): the nominations' transitions refuse
 * every move but a withdrawal meanwhile, so no other feature has to ask. `PostingsService.postingsOf`
 * says where nominations were posted, for pages that show it.
 */
export { PostingsModule } from './postings.module.js';
export { PostingsService } from './postings.service.js';
export type { NominationPostingView, ObjectionView, PostingSummaryView, PostingView } from './posting.types.js';
