/**
 * Attachments as the features that own files use them: inside their own transaction, after checking
 * who may act and locking the owner, `AttachmentsService.store/list/file/remove(manager, owner, …)`;
 * `sendAttachment` answers a download; `AttachmentResponse` documents a file in the API.
 */
export { ApiAttachmentDownload } from './api-download.js';
export { AttachmentsModule } from './attachments.module.js';
export { ATTACHMENT_LIMITS, AttachmentsService, sendAttachment } from './attachments.service.js';
export type { AttachmentFile, AttachmentOwner, AttachmentView } from './attachments.sql.js';
export { AttachmentResponse } from './dto/attachment.response.js';
