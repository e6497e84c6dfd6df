import { IMPORT_LIMITS } from '../../config/limits.js';
import { ImportBudget } from '../tabular-import/import-budget.js';
import { readZipDirectory } from '../tabular-import/zip-archive.js';
import { isPdf } from './file-content.js';

/** What an attached document may be: PDF, Word (DOCX), PNG or JPEG. */
export const DOCUMENT_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** The extensions a download of each type is given (the first when the stored name has none of them). */
export const EXTENSIONS: Record<DocumentMediaType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
};

/** PNG's eight-byte signature (ISO/IEC 15948 §5.2). */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** JPEG: start of image, then the first marker's 0xFF (ITU T.81 Annex B). */
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
/** A zip's first local file header (APPNOTE 4.3.7): a DOCX starts with one. */
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const startsWith = (content: Buffer, magic: Buffer): boolean => content.subarray(0, magic.length).equals(magic);

/**
 * A DOCX is a zip whose directory names the main document part `word/document.xml` and the
 * package's `[Content_Types].xml` (ECMA-376 Part 2): an XLSX, a PPTX, an ODT or a zip of anything
 * else renamed .docx is not one. Only the central directory is read, bounded as an import's is
 * (parts counted, declared sizes checked): nothing is inflated.
 */
function isDocx(content: Buffer): boolean {
  if (!startsWith(content, ZIP)) {
    return false;
  }
  try {
    const entries = readZipDirectory(content, new ImportBudget(IMPORT_LIMITS));
    return entries.has('word/document.xml') && entries.has('[Content_Types].xml');
  } catch {
    // Damaged, encrypted beyond reading, or past a bound: not a document we accept.
    return false;
  }
}

/** The type of the content, from its bytes alone; null when it is none of the accepted ones. */
export function documentMediaType(content: Buffer): DocumentMediaType | null {
  if (isPdf(content)) {
    return 'application/pdf';
  }
  if (startsWith(content, PNG)) {
    return 'image/png';
  }
  if (startsWith(content, JPEG)) {
    return 'image/jpeg';
  }
  if (isDocx(content)) {
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  }
  return null;
}

/**
 * The name a download is saved under: the stored name when its extension fits the content, else the
 * name with the right extension added ("bao-cao.exe" holding a PDF saves as "bao-cao.exe.pdf"), so
 * a file never opens as something other than what it was judged to be.
 */
export function downloadName(stored: string | null, type: DocumentMediaType, fallback: string): string {
  const name = stored ?? fallback;
  const extension = /\.([^.]+)$/u.exec(name)?.[1]?.toLowerCase();
  return extension !== undefined && EXTENSIONS[type].includes(extension) ? name : `${name}.${EXTENSIONS[type][0]}`;
}
