import { en } from './en.js';
import { translate } from './translate.js';
import { vi } from './vi.js';

function keys(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('translations', () => {
  it('has every Vietnamese key in English, and no other', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('stores Vietnamese text in NFC', () => {
    for (const key of keys(vi)) {
      const text = translate('vi', key);
      expect(text).toBe(text.normalize('NFC'));
    }
  });

  it('fills placeholders and falls back to the key', () => {
    expect(translate('vi', 'common.pageOf', { page: 2, pages: 5, total: 90 })).toBe('Trang 2/5 · 90 bản ghi');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});
