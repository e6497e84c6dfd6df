import { en } from './en.js';
import type { MessageKey } from './message-key.js';
import { vi, type Messages } from './vi.js';
import type { Locale } from '../kernel/index.js';

export { dynamicKey, MESSAGE_KEYS, type MessageKey } from './message-key.js';

export const LOCALES: Record<Locale, Messages> = { vi, en };

/**
 * The text of a key ("staff.title") in the reader's language, filling `{name}` placeholders. The key
 * is checked at compile time (`MessageKey`); should one still miss at run time, the key itself is
 * answered rather than nothing.
 */
export function translate(locale: Locale, key: MessageKey, params: Record<string, unknown> = {}): string {
  let node: unknown = LOCALES[locale];
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') {
    return key;
  }
  return node.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
