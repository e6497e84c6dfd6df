import { translate } from '../../i18n/translate.js';
import { type Locale } from '../../kernel/index.js';
import type { DocumentMediaType } from './media-type.js';

/** What a list of attached documents shows of each (the campaign's page, a nomination's evidence). */
export interface AttachmentRowSource {
  id: string;
  fileName: string | null;
  mediaType: DocumentMediaType;
  size: number;
  sha256: string;
  uploadedAt: string;
  uploadedByName: string | null;
}

/** The type as people name it: the same in both languages. */
const TYPE_LABELS: Record<DocumentMediaType, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

const VIETNAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "dd/mm/yyyy hh:mm" in Vietnam's time, whatever the server's zone. */
const vietnamTime = (iso: string): string => {
  const part = Object.fromEntries(VIETNAM_TIME.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
};

/** Kilobytes as the reader writes numbers ("1.234" in Vietnamese), at least 1. */
const kilobytes = (size: number, lang: Locale): string =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(Math.max(1, Math.round(size / 1024)));

/** The rows of a list of documents, each with the addresses `links` gives it (download, delete). */
export function attachmentRows<L extends object>(
  files: readonly AttachmentRowSource[],
  lang: Locale,
  links: (file: AttachmentRowSource) => L,
) {
  return files.map((file) => {
    const name = file.fileName ?? file.id;
    return {
      id: file.id,
      name,
      type: TYPE_LABELS[file.mediaType],
      size: translate(lang, 'attachments.sizeKb', { size: kilobytes(file.size, lang) }),
      sha256: file.sha256,
      uploaded: translate(lang, 'attachments.uploadedBy', { name: file.uploadedByName ?? '—', at: vietnamTime(file.uploadedAt) }),
      confirmLabel: translate(lang, 'attachments.confirmDelete', { name }),
      ...links(file),
    };
  });
}
