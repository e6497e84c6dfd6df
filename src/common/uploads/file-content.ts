/*
 * What an uploaded file is and what it is called, judged once for every upload (a decision's signed
 * copy, a campaign's documents, a nomination's evidence): the content decides the type, never the
 * name or the type the client claims; the name is kept only as a label for the download.
 */

/** Every PDF starts with this header (ISO 32000-1 §7.5.2); a scan renamed .pdf or a Word file does not. */
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/** The content is a PDF: judged by its bytes, never by the name or the type the client claims. */
export const isPdf = (content: Buffer): boolean => content.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC);

/**
 * The client's file name, kept for the download: without control or format characters (which no
 * field accepts), NFC, at most the column's 255 characters; null when nothing is left.
 */
export function storedFileName(name: string): string | null {
  const clean = name
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, '')
    .trim()
    .slice(0, 255);
  return clean === '' ? null : clean;
}
