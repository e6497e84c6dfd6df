import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlRenderer } from './html-renderer.js';
import { sampleDecision } from './testing/sample-decision.js';

const GOLDEN_DIR = fileURLToPath(new URL('./testing/golden/', import.meta.url));

/** The markup without the style sheet, whose rules are asserted one by one below instead. */
const markup = (html: string): string => html.replace(/<style>[\s\S]*?<\/style>/u, '<style>…</style>');

/** Compares with the committed fixture; `UPDATE_GOLDEN=1` rewrites it (then read the diff before committing). */
function expectGolden(name: string, html: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, html);
  }
  expect(html).toBe(readFileSync(file, 'utf8'));
}

const styleOf = (html: string): string => /<style>([\s\S]*?)<\/style>/u.exec(html)![1]!;

describe('HtmlRenderer', () => {
  const renderer = new HtmlRenderer();

  describe('golden HTML of the stable parts', () => {
    it('an issued decision with its list', () => {
      expectGolden('decision-issued.html', markup(renderer.renderDecision(sampleDecision(7)).html));
    });

    it('a draft', () => {
      expectGolden('decision-draft.html', markup(renderer.renderDecision(sampleDecision(7, { draft: true })).html));
    });

    it('the list alone', () => {
      expectGolden('list-issued.html', markup(renderer.renderDecision(sampleDecision(7), 'list').html));
    });
  });

  describe('the page (ND 30/2020 Art. 5, Phụ lục I)', () => {
    const style = styleOf(renderer.renderDecision(sampleDecision(3)).html);

    it('is A4 with margins top/bottom 20 mm, left 30 mm, right 15 mm', () => {
      expect(style).toContain('@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;');
    });

    it('numbers pages centred at the top, not the first', () => {
      expect(style).toMatch(/@top-center \{ content: counter\(page\);/u);
      expect(style).toContain('@page :first { @top-center { content: none; } }');
    });

    it('prints in Tinos (Times New Roman metrics) from the app, all four faces', () => {
      for (const face of ['Tinos-Regular', 'Tinos-Italic', 'Tinos-Bold', 'Tinos-BoldItalic']) {
        expect(style).toContain(`url("/assets/fonts/${face}.ttf")`);
      }
      expect(style).toMatch(/html \{ font-family: "Tinos", "Times New Roman", serif; font-size: 14pt;/u);
    });

    it('repeats the list header on every page and never splits a row', () => {
      expect(style).toContain('table.rows thead { display: table-header-group; }');
      expect(style).toMatch(/table\.rows tr, table\.rows tbody\.group-start \{ break-inside: avoid; \}/u);
    });

    it('leaves 30–35 mm for the signature and the seal', () => {
      const height = Number(/\.signature-space \{ height: (\d+)mm; \}/u.exec(style)?.[1]);
      expect(height).toBeGreaterThanOrEqual(30);
      expect(height).toBeLessThanOrEqual(35);
    });

    it('keeps the blanks of a draft visible (white space preserved on number, date and reference)', () => {
      expect(style).toContain('.keep-spaces { white-space: pre-wrap; }');
      const html = renderer.renderDecision(sampleDecision(3, { draft: true })).html;
      expect(html).toContain('<td class="number keep-spaces">Số:      /QĐ-SVHTTDL</td>');
    });
  });

  describe('a draft', () => {
    it('says DỰ THẢO in the margin of every page and as a watermark; an issued one does not', () => {
      const draft = renderer.renderDecision(sampleDecision(3, { draft: true })).html;
      expect(styleOf(draft)).toMatch(/@page \{ @top-right \{ content: "DỰ THẢO";/u);
      expect(styleOf(draft)).toMatch(/@page :first \{ @top-right \{ content: "DỰ THẢO";/u);
      expect(draft).toContain('<div class="draft-mark" aria-hidden="true">DỰ THẢO</div>');
      const issued = renderer.renderDecision(sampleDecision(3)).html;
      expect(issued).not.toContain('DỰ THẢO');
    });
  });

  describe('content', () => {
    it('prints every name of a 500-line list exactly once, precomposed', () => {
      const document = sampleDecision(500);
      const html = renderer.renderDecision(document).html;
      expect(html).toBe(html.normalize('NFC'));
      for (const row of document.list.groups.flatMap((group) => group.rows)) {
        expect(html.split(`<td>${row.name}</td>`)).toHaveLength(2);
      }
    });

    it('escapes what it prints', () => {
      const document = sampleDecision(1);
      document.list.groups[0]!.rows[0]!.name = '<script>alert(1)</script>';
      const html = renderer.renderDecision(document).html;
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });

    it('drops the amount column when no line carries money', () => {
      const document = sampleDecision(3);
      for (const row of document.list.groups.flatMap((group) => group.rows)) {
        row.amount = '';
      }
      const html = renderer.renderDecision(document, 'list').html;
      expect(html).not.toContain('Số tiền (đồng)');
      expect(html).toContain('<td colspan="4">');
    });

    it('the list alone has no decision text', () => {
      const html = renderer.renderDecision(sampleDecision(3), 'list').html;
      expect(html).toContain('DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG DANH HIỆU “LAO ĐỘNG TIÊN TIẾN” NĂM 2025');
      expect(html).not.toContain('QUYẾT ĐỊNH:');
      expect(html).toContain('<section class="list alone">');
    });

    it('fails on a missing field instead of printing nothing (strict templates)', () => {
      const document = sampleDecision(1) as unknown as Record<string, unknown>;
      delete document.abstract;
      expect(() => renderer.renderDecision(document as never)).toThrow(/"abstract" not defined/u);
    });
  });

  describe('template identity', () => {
    it('names the template and hashes its sources', () => {
      const rendered = renderer.renderDecision(sampleDecision(1));
      expect(rendered.templateId).toBe('decision.hbs');
      expect(rendered.templateSha256).toMatch(/^[0-9a-f]{64}$/u);
      expect(renderer.renderDecision(sampleDecision(1), 'list').templateId).toBe('decision-list.hbs');
      expect(new HtmlRenderer().renderDecision(sampleDecision(9)).templateSha256).toBe(rendered.templateSha256);
    });

    it('answers with a policy allowing exactly its own style by hash', () => {
      const rendered = renderer.renderDecision(sampleDecision(1));
      const hash = createHash('sha256').update(styleOf(rendered.html)).digest('base64');
      expect(rendered.contentSecurityPolicy).toContain(`style-src 'sha256-${hash}';`);
      expect(rendered.contentSecurityPolicy).toMatch(/^default-src 'none';/u);
    });
  });

  describe('an installation override folder (DOCUMENT_TEMPLATES_DIR)', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'document-templates-'));
      mkdirSync(join(dir, 'partials'));
      writeFileSync(join(dir, 'partials', 'closing.hbs'), '<p class="closing-override">{{document.signer.name}}</p>');
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('replaces the files it holds and keeps the others', () => {
      const rendered = new HtmlRenderer({ overrideDir: dir }).renderDecision(sampleDecision(1));
      expect(rendered.html).toContain('<p class="closing-override">Nguyễn Văn Ước</p>');
      expect(rendered.html).not.toContain('Nơi nhận:');
      expect(rendered.html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    });

    it('changes the template hash, so the stored copy says which template made it', () => {
      const builtIn = renderer.renderDecision(sampleDecision(1));
      const overridden = new HtmlRenderer({ overrideDir: dir }).renderDecision(sampleDecision(1));
      expect(overridden.templateId).toBe(builtIn.templateId);
      expect(overridden.templateSha256).not.toBe(builtIn.templateSha256);
    });
  });

  it('renders 500 lines in well under 150 ms', () => {
    const document = sampleDecision(500);
    renderer.renderDecision(document);
    const started = performance.now();
    renderer.renderDecision(document);
    expect(performance.now() - started).toBeLessThan(150);
  });
});
