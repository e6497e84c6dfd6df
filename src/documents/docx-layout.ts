import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit, { type Font } from '@pdf-lib/fontkit';

/** The DOCX templates under templates/documents/ (or the override folder), by the part they print. */
export const DOCX_TEMPLATE_FILES = { decision: 'decision.docx', list: 'decision-list.docx' } as const;

/** The council's minutes and ballot tally (src/documents/council-document.ts), beside the decisions'. */
export const COUNCIL_DOCX_TEMPLATE_FILES = { minutes: 'council-minutes.docx', tally: 'council-tally.docx' } as const;

/**
 * The indents (twips, each side) the templates give the rules under texts that vary: the renderer
 * finds these values and writes indents measured on the real issuer name and abstract. They are also
 * sensible rules when a template is opened as it is.
 */
export const DOCX_RULE_SENTINELS = { issuer: 1111, abstract: 2222 } as const;

/** Text widths of the heading's left column and of the text block (twips), as the template script lays them out. */
export const DOCX_WIDTHS = { leftColumn: 3515, text: 9355 } as const;

const require = createRequire(import.meta.url);
const TINOS_DIR = dirname(require.resolve('@expo-google-fonts/tinos/package.json'));

/** Tinos (Times New Roman's metrics, every Vietnamese glyph), regular and bold, loaded once. */
export const TINOS_FILES = {
  regular: join(TINOS_DIR, '400Regular', 'Tinos_400Regular.ttf'),
  bold: join(TINOS_DIR, '700Bold', 'Tinos_700Bold.ttf'),
} as const;

let bold: Font | undefined;

/** The width in twips of `text` on one line at `size` points in Times New Roman bold, measured on Tinos Bold. */
export function boldTextWidth(text: string, size: number): number {
  bold ??= fontkit.create(readFileSync(TINOS_FILES.bold));
  return Math.round((bold.layout(text).advanceWidth / bold.unitsPerEm) * size * 20);
}

/**
 * The indent on each side of a centred rule under a text: `share` of the text's length (ND 30: 1/3 to
 * 1/2 of it), the text taken as at most `width` long since a longer one wraps there.
 */
export function ruleIndent(text: string, size: number, width: number, share: number): number {
  const length = Math.min(boldTextWidth(text, size), width) * share;
  return Math.max(0, Math.round((width - length) / 2));
}
