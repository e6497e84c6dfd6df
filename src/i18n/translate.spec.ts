import { en } from './en.js';
import { dynamicKey, MESSAGE_KEYS, type MessageKey, translate } from './translate.js';
import { vi } from './vi.js';

/** Every dotted path to a text, in one language. */
function textKeys(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([k, v]) => (typeof v === 'object' ? textKeys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

/** The `{name}` placeholders of a text, sorted, each once. */
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]))].sort();

const textOf = (messages: object, key: string): string =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;

describe('translations', () => {
  it('has every Vietnamese key in English, and no other', () => {
    expect(textKeys(en).sort()).toEqual(textKeys(vi).sort());
  });

  it('stores every text as a string, Vietnamese in NFC', () => {
    for (const key of textKeys(vi)) {
      expect(typeof textOf(vi, key)).toBe('string');
      expect(typeof textOf(en, key)).toBe('string');
      expect(textOf(vi, key)).toBe(textOf(vi, key).normalize('NFC'));
    }
  });

  it('gives each text the same {placeholders} in Vietnamese and English', () => {
    const differ = [...MESSAGE_KEYS]
      .filter((key) => placeholders(textOf(vi, key)).join() !== placeholders(textOf(en, key)).join())
      .map((key) => `${key}: vi {${placeholders(textOf(vi, key)).join(', ')}} en {${placeholders(textOf(en, key)).join(', ')}}`);
    expect(differ).toEqual([]);
  });

  it('fills placeholders, and leaves one without a value as written', () => {
    expect(translate('vi', 'common.pageOf', { page: 2, pages: 5, total: 90 })).toBe('Trang 2/5 · 90 bản ghi');
    expect(translate('en', 'common.pageOf', { page: 2 })).toContain('{pages}');
  });

  it('answers the key itself for one that slipped past the compiler', () => {
    expect(translate('en', 'no.such.key' as MessageKey)).toBe('no.such.key');
  });

  it('lets through dynamicKey only the keys of a text in both languages, not groups or unknown keys', () => {
    expect(dynamicKey('staff.title')).toBe('staff.title');
    expect(dynamicKey('errors.AWARD_ALREADY_RECORDED.staff')).toBe('errors.AWARD_ALREADY_RECORDED.staff');
    expect(dynamicKey('errors.AWARD_ALREADY_RECORDED')).toBeUndefined();
    expect(dynamicKey('staff')).toBeUndefined();
    expect(dynamicKey('no.such.key')).toBeUndefined();
    expect(MESSAGE_KEYS.size).toBe(textKeys(vi).length);
  });
});
