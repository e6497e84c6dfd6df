import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentRendererUnavailable } from './documents.errors.js';
import { TINOS_FILES } from './docx-layout.js';
import { DocxRenderer } from './docx-renderer.js';
import { fontHasEveryGlyph, PdfConverter, serifFontFile } from './pdf-converter.js';
import { sampleDecision, sampleName } from './testing/sample-decision.js';

/** Every letter of Vietnamese: the twelve vowels with the five tones and without, đ, both cases (NFC). */
const VIETNAMESE_ALPHABET = (() => {
  const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  const lower = vowels.flatMap((vowel) => tones.map((tone) => `${vowel}${tone}`.normalize('NFC'))).join('') + 'đbcdghklmnpqrstvx';
  return lower + lower.toUpperCase();
})();

const converter = new PdfConverter();

/**
 * The PDF specs need LibreOffice: skipped with a note on a developer's machine without it, failing on
 * CI, where a silently skipped suite would hide a broken PDF.
 */
function withLibreOffice(): jest.Describe {
  if (converter.available) {
    return describe;
  }
  if (process.env.CI === 'true') {
    throw new Error(
      'soffice not found: the PDF specs cannot run on CI without it (apt-get install libreoffice-writer-nogui fonts-liberation2)',
    );
  }
  console.warn('soffice not found: PDF/A specs skipped (apt-get install libreoffice-writer-nogui fonts-liberation2)');
  return describe.skip;
}

const tool = (command: string, args: string[], input?: Buffer): string =>
  execFileSync(command, args, { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

describe('fonts', () => {
  it('Tinos, which the JS renderers embed and measure with, has every Vietnamese letter', () => {
    expect(fontHasEveryGlyph(readFileSync(TINOS_FILES.regular), VIETNAMESE_ALPHABET)).toBe(true);
    expect(fontHasEveryGlyph(readFileSync(TINOS_FILES.bold), VIETNAMESE_ALPHABET)).toBe(true);
  });

  it('the probe catches a font without them (a Latin-only letter set fails on "ơ")', () => {
    // A font's cmap never holds U+E000–U+F8FF private-use letters here: stands in for a missing glyph.
    expect(fontHasEveryGlyph(readFileSync(TINOS_FILES.regular), 'a\uE123')).toBe(false);
  });
});

withLibreOffice()('PdfConverter (LibreOffice headless, PDF/A-2b)', () => {
  let pdf: Buffer;
  let text: string;

  // Jest ends its workers without an 'exit' event, so the profiles this file used are removed here.
  afterAll(() => {
    for (const name of [`commendation-soffice-profile-${process.pid}`, `commendation-soffice-hasty-${process.pid}`]) {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    }
  });

  beforeAll(async () => {
    pdf = await converter.toPdfA(new DocxRenderer().render(sampleDecision(500)).bytes);
    text = tool('pdftotext', ['-layout', '-', '-'], pdf);
  }, 120_000);

  it('the font LibreOffice prints Times New Roman with (Liberation Serif 2.x) has every Vietnamese letter', async () => {
    const file = await serifFontFile();
    expect(file).toMatch(/Liberation/i);
    expect(fontHasEveryGlyph(readFileSync(file!), VIETNAMESE_ALPHABET)).toBe(true);
  });

  it('gives back every name of a 500-person decision, exactly (NFC), and the number', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const normalised = text.normalize('NFC');
    expect(normalised).toBe(text);
    const missing = Array.from({ length: 500 }, (_, i) => sampleName(i)).filter((name) => !text.includes(name));
    expect(missing).toEqual([]);
    expect(text).toContain('Số: 07/QĐ-SVHTTDL');
    expect(text).toContain('Danh sách này có 500 cá nhân./.');
  });

  it('embeds every font', () => {
    const rows = tool('pdffonts', ['-'], pdf).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    // Columns: name, type, encoding, emb, sub, uni, object ID (two fields): "emb" is the fifth from the end (a type may have two words).
    for (const row of rows) {
      const fields = row.trim().split(/\s+/);
      expect({ row, emb: fields[fields.length - 5] }).toEqual({ row, emb: 'yes' });
    }
  });

  it('identifies itself as PDF/A-2b in its XMP metadata', () => {
    const xmp = pdf.toString('latin1');
    expect(xmp).toMatch(/pdfaid:part(?:>|=")2/);
    expect(xmp).toMatch(/pdfaid:conformance(?:>|=")B/);
  });

  it('numbers the list apart: page 1 of the decision and of the list carry no number, page 2 of each carries "2"', () => {
    const pages = text.split('\f');
    const listStart = pages.findIndex((page) => page.includes('DANH SÁCH CÁ NHÂN'));
    expect(listStart).toBeGreaterThan(0);
    const firstLine = (page: string): string =>
      page
        .split('\n')
        .find((line) => line.trim() !== '')!
        .trim();
    expect(firstLine(pages[0]!)).not.toBe('1');
    expect(firstLine(pages[listStart]!)).not.toBe('1');
    expect(firstLine(pages[listStart + 1]!)).toBe('2');
  });

  it('serialises conversions: two at once both come back whole', async () => {
    const renderer = new DocxRenderer();
    const [a, b] = await Promise.all([
      converter.toPdfA(renderer.render(sampleDecision(3)).bytes),
      converter.toPdfA(renderer.render(sampleDecision(4, { draft: true })).bytes),
    ]);
    expect(tool('pdftotext', ['-', '-'], a)).toContain('Danh sách này có 3 cá nhân./.');
    const draftText = tool('pdftotext', ['-', '-'], b);
    expect(draftText).toContain('Danh sách này có 4 cá nhân./.');
    expect(draftText).toContain('DỰ THẢO');
  }, 60_000);

  it('stops a conversion past its timeout and leaves no temporary folder behind', async () => {
    const before = new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('commendation-pdf-')));
    const hasty = new PdfConverter({ timeoutMs: 50, profileDir: join(tmpdir(), `commendation-soffice-hasty-${process.pid}`) });
    await expect(hasty.toPdfA(new DocxRenderer().render(sampleDecision(3)).bytes)).rejects.toThrow(/longer than 50 ms/);
    const after = readdirSync(tmpdir()).filter((name) => name.startsWith('commendation-pdf-') && !before.has(name));
    expect(after).toEqual([]);
  }, 30_000);
});

describe('without LibreOffice', () => {
  it('answers DOCUMENT_RENDERER_UNAVAILABLE (503) naming the Debian packages to install', async () => {
    const missing = new PdfConverter({ soffice: '/nonexistent/soffice' });
    expect(missing.available).toBe(false);
    const failure = missing.toPdfA(Buffer.from('PK'));
    await expect(failure).rejects.toBeInstanceOf(DocumentRendererUnavailable);
    await expect(failure).rejects.toMatchObject({
      code: 'DOCUMENT_RENDERER_UNAVAILABLE',
      params: { packages: 'libreoffice-writer-nogui, fonts-liberation2' },
    });
  });
});
