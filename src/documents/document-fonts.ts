/**
 * Tinos (Times New Roman's metrics, every Vietnamese glyph, OFL) for the HTML documents, read once
 * from `@expo-google-fonts/tinos`. Documents name the fonts by URL under `/assets/fonts/` instead of
 * embedding them: four faces are 2 MB, 2.7 MB as base64, which every stored HTML copy and every
 * preview would carry. The app serves them from memory (assets controller), and the PDF printer
 * answers the same URLs from memory too, so nothing is fetched from the network at render time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where documents find the fonts: a path on the app's own origin. */
export const DOCUMENT_FONT_BASE = '/assets/fonts';

const FACES: Record<string, string> = {
  'Tinos-Regular.ttf': '400Regular/Tinos_400Regular.ttf',
  'Tinos-Italic.ttf': '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  'Tinos-Bold.ttf': '700Bold/Tinos_700Bold.ttf',
  'Tinos-BoldItalic.ttf': '700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

let cache: ReadonlyMap<string, Buffer> | null = null;

/** The four faces by file name ("Tinos-Bold.ttf"), read on first use. */
export function documentFonts(): ReadonlyMap<string, Buffer> {
  if (!cache) {
    const root = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/tinos/package.json'));
    cache = new Map(Object.entries(FACES).map(([name, file]) => [name, readFileSync(join(root, file))]));
  }
  return cache;
}

/** One face's bytes, or null for a name that is not one of them (no path from a request reaches the disk). */
export const documentFont = (name: string): Buffer | null => documentFonts().get(name) ?? null;
