import { minimalXlsx, zipFile } from '../../../test/factories/zip.js';
import { documentMediaType, downloadName } from './media-type.js';

const docx = (parts = ['[Content_Types].xml', 'word/document.xml', '_rels/.rels']): Buffer =>
  zipFile(parts.map((name) => ({ name, data: Buffer.from(`<x>${name}</x>`, 'utf8') })));
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a46494600', 'hex');

describe('an attached document is judged by its content, never by its name or the type claimed', () => {
  it('knows PDF (%PDF-), PNG (its 8-byte signature), JPEG (FF D8 FF) and DOCX (a zip with word/document.xml)', () => {
    expect(documentMediaType(Buffer.from('%PDF-1.7\n', 'latin1'))).toBe('application/pdf');
    expect(documentMediaType(PNG)).toBe('image/png');
    expect(documentMediaType(JPEG)).toBe('image/jpeg');
    expect(documentMediaType(docx())).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('refuses what only looks like one: a header after junk, a truncated signature, an empty file, text', () => {
    expect(documentMediaType(Buffer.from(' %PDF-1.7', 'latin1'))).toBeNull();
    expect(documentMediaType(PNG.subarray(0, 7))).toBeNull();
    expect(documentMediaType(Buffer.from('ffd8', 'hex'))).toBeNull();
    expect(documentMediaType(Buffer.alloc(0))).toBeNull();
    expect(documentMediaType(Buffer.from('Báo cáo thành tích', 'utf8'))).toBeNull();
    expect(documentMediaType(Buffer.from('MZ\u0090\u0000', 'latin1'))).toBeNull();
  });

  it('a zip is a DOCX only with word/document.xml and [Content_Types].xml: an XLSX, a bare zip, a damaged one are not', () => {
    expect(documentMediaType(minimalXlsx({}))).toBeNull();
    expect(documentMediaType(docx(['[Content_Types].xml', 'content.xml']))).toBeNull();
    expect(documentMediaType(docx(['word/document.xml']))).toBeNull();
    expect(documentMediaType(Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(40)]))).toBeNull();
    // The directory of a zip with junk before it still reads, but a DOCX starts with its first part.
    expect(documentMediaType(Buffer.concat([Buffer.from('junk'), docx()]))).toBeNull();
  });

  it('reads only the directory, bounded: a DOCX declaring a 3.9 GB part is refused without inflating anything', () => {
    const bomb = zipFile([
      { name: '[Content_Types].xml', data: Buffer.from('<x/>') },
      { name: 'word/document.xml', data: Buffer.from('<x/>'), size: 0xfffffff0 },
    ]);
    expect(documentMediaType(bomb)).toBeNull();
  });

  it('saves a download under a name whose extension fits the content', () => {
    expect(downloadName('Kế hoạch.pdf', 'application/pdf', 'x')).toBe('Kế hoạch.pdf');
    expect(downloadName('anh.JPEG', 'image/jpeg', 'x')).toBe('anh.JPEG');
    expect(downloadName('bao-cao.exe', 'application/pdf', 'x')).toBe('bao-cao.exe.pdf');
    expect(downloadName('scan.jpg', 'image/png', 'x')).toBe('scan.jpg.png');
    expect(downloadName(null, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'tai-lieu')).toBe('tai-lieu.docx');
  });
});
