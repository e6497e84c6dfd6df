import { en } from './en.js';
import { vi, type Messages } from './vi.js';
import type { Locale } from '../kernel/index.js';

export const LOCALES: Record<Locale, Messages> = { vi, en };

/** Looks up a dotted key ("staff.title"), filling `{name}` placeholders; the key itself if missing. */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  let node: unknown = LOCALES[locale];
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') {
    return key;
  }
  return node.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function hasTranslation(locale: Locale, key: string): boolean {
  return translate(locale, key) !== key;
}
