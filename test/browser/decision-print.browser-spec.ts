import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { documentFonts } from '../../src/documents/document-fonts.js';
import { HtmlRenderer } from '../../src/documents/html-renderer.js';
import { sampleDecision } from '../../src/documents/testing/sample-decision.js';
import { CHROMIUM_PATH, describeBrowser } from '../support/browser.js';

/**
 * The HTML decision printed by Chromium, as the browser's print (or an HTML-first PDF) gives it:
 * A4 pages, no number on page 1, every name back from the text layer exactly, every font embedded,
 * a draft marked on every page. Fonts are answered from memory and every other request is refused,
 * as a printer in production must do (documents.md, pitfall 5).
 */
const ORIGIN = 'http://documents.invalid';

describeBrowser('a decision printed from its HTML', () => {
  let browser: Browser;
  let dir: string;
  const renderer = new HtmlRenderer();

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
    dir = mkdtempSync(join(tmpdir(), 'ct-decision-print-'));
  });
  afterAll(async () => {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function print(html: string, name: string): Promise<{ file: string; refused: string[] }> {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const refused: string[] = [];
    const fonts = documentFonts();
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const font = url.origin === ORIGIN ? fonts.get(url.pathname.replace(/^\/assets\/fonts\//u, '')) : undefined;
      if (url.origin === ORIGIN && url.pathname === '/') {
        await route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
      } else if (font && url.pathname.startsWith('/assets/fonts/')) {
        await route.fulfill({ body: font, contentType: 'font/ttf' });
      } else {
        refused.push(url.href);
        await route.abort();
      }
    });
    await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: false }));
    await context.close();
    return { file, refused };
  }

  const text = (file: string, page?: number): string =>
    execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-'], { encoding: 'utf8' });

  it('gives back every name of a 500-line list, the number, on A4 pages with every font embedded', async () => {
    const document = sampleDecision(500);
    const { file, refused } = await print(renderer.renderDecision(document).html, 'issued-500');
    expect(refused).toEqual([]);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/u);
    // Reading order, white space collapsed: a name wrapped in its cell still reads as one.
    const all = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
    expect(all).toContain('Số: 07/QĐ-SVHTTDL');
    for (const row of document.list.groups.flatMap((group) => group.rows)) {
      expect(all).toContain(row.name);
    }
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const line of fonts) {
      expect(line).toMatch(/Tinos/u);
      // Columns: name, type, encoding, emb, sub, uni, object, id.
      expect(line.trim().split(/\s+/u).at(-5)).toBe('yes');
    }
  });

  it('numbers pages from 2, centred at the top', async () => {
    const { file } = await print(renderer.renderDecision(sampleDecision(60)).html, 'issued-60');
    const first = text(file, 1)
      .split('\n')
      .find((line) => line.trim() !== '')!;
    // Page 1 starts with the issuer block, not a number.
    expect(first).toMatch(/^\s*UBND TỈNH VĨNH PHÚC/u);
    expect(
      text(file, 2)
        .split('\n')
        .find((line) => line.trim() !== '')!
        .trim(),
    ).toBe('2');
  });

  it('marks every page of a draft DỰ THẢO and leaves its number blank', async () => {
    const { file } = await print(renderer.renderDecision(sampleDecision(60, { draft: true })).html, 'draft-60');
    const pages = Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(2);
    for (let page = 1; page <= pages; page += 1) {
      expect(text(file, page)).toContain('DỰ THẢO');
    }
    expect(text(file, 1)).toMatch(/Số:\s+\/QĐ-SVHTTDL/u);
  });
});
