import type { AttachmentView } from '../attachments/index.js';
import { translate } from '../i18n/translate.js';
import { type Locale } from '../kernel/index.js';
import { attachmentRows } from '../common/uploads/attachment-rows.js';

/**
 * The model of `templates/partials/nominations/evidence-files.hbs`, for the nomination's page: the
 * files with their download links, and the upload and delete forms when the reader may change them.
 */
export function evidenceFilesModel(nominationId: string, files: readonly AttachmentView[], canEdit: boolean, lang: Locale) {
  const base = `/nominations/${nominationId}/files`;
  return {
    title: translate(lang, 'nominationFiles.title'),
    uploadAction: base,
    canEdit,
    files: attachmentRows(files, lang, (file) => ({ href: `${base}/${file.id}`, deleteAction: `${base}/${file.id}/delete` })),
  };
}
