import { foldForSearch } from '../text/vietnamese.js';

/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 with RFC 5987): browsers that read
 * `filename*` save the Vietnamese name as it is; the plain `filename` is its ASCII fold for the rest.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii =
    foldForSearch(fileName.normalize('NFC'))
      .replace(/[^A-Za-z0-9._-]+/gu, '-')
      .replace(/-+/gu, '-')
      .replace(/^-|-(?=\.)/gu, '') || 'export';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName.normalize('NFC'))}`;
}

/** Percent-encodes all but RFC 5987's attr-char. */
function encodeRfc5987(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
