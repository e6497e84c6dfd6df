import { isPdf, storedFileName } from './file-content.js';

describe('the signed copy', () => {
  it('is a PDF by its first bytes, whatever its name says', () => {
    expect(isPdf(Buffer.from('%PDF-1.7\n%âãÏÓ', 'latin1'))).toBe(true);
    expect(isPdf(Buffer.from('%PDF-2.0', 'latin1'))).toBe(true);
    expect(isPdf(Buffer.from('%PDF', 'latin1'))).toBe(false);
    expect(isPdf(Buffer.from(' %PDF-1.7', 'latin1'))).toBe(false);
    expect(isPdf(Buffer.from('PK\u0003\u0004', 'latin1'))).toBe(false);
    expect(isPdf(Buffer.alloc(0))).toBe(false);
  });

  it('keeps the file name without control, direction or broken characters, NFC, at most 255 characters', () => {
    expect(storedFileName('Quye\u0302\u0301t\u202Eđịnh\u0007 01.pdf')).toBe('Quyếtđịnh 01.pdf');
    expect(storedFileName('\u0000\u200B')).toBeNull();
    expect(storedFileName(`${'a'.repeat(300)}.pdf`)).toHaveLength(255);
  });
});
