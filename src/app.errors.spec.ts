import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ERROR_MAPS, registerAppErrors } from './app.errors.js';
import { errorStatus, registerErrorStatuses } from './common/errors/error-codes.js';
import { en } from './i18n/en.js';
import { vi } from './i18n/vi.js';

const SRC = import.meta.dirname;
const codes = APP_ERROR_MAPS.flatMap((map) => Object.keys(map));

/** Every `*.errors.ts` under src/, as paths relative to src/. */
function errorFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return errorFiles(path);
    }
    return entry.name.endsWith('.errors.ts') ? [path] : [];
  });
}

/** A code's message texts: one, or one per variant. */
const textsOf = (catalogue: typeof vi, code: string): string[] => {
  const message = (catalogue.errors as Record<string, unknown>)[code];
  return typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);
};
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]).sort();

describe('the error codes of the application', () => {
  beforeAll(() => {
    registerAppErrors();
  });

  it('gathers every status map a feature declares in its *.errors.ts', async () => {
    const declared: object[] = [];
    for (const file of errorFiles()) {
      const module = (await import(file)) as Record<string, unknown>;
      declared.push(
        ...Object.entries(module)
          .filter(([name, value]) => /^[A-Z]+_ERRORS$/u.test(name) && typeof value === 'object')
          .map(([, map]) => map as object),
      );
    }
    expect(declared.length).toBeGreaterThan(5);
    for (const map of declared) {
      expect(APP_ERROR_MAPS).toContain(map);
    }
  });

  it('registers every code with its status, each declared by one feature only', () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const map of APP_ERROR_MAPS) {
      for (const [code, status] of Object.entries(map)) {
        expect([code, errorStatus(code)]).toEqual([code, status]);
      }
    }
    expect(() => registerErrorStatuses({ SAME_CODE: 409 }, { SAME_CODE: 409 })).toThrow('SAME_CODE is declared twice');
    expect(() => registerErrorStatuses({ STAFF_CODE_TAKEN: 400 })).toThrow('already registered');
  });

  it('has a message for every code in Vietnamese and in English, with the same placeholders', () => {
    for (const code of codes) {
      const viTexts = textsOf(vi, code);
      const enTexts = textsOf(en, code);
      expect([code, viTexts.length > 0 && viTexts.every((text) => text.trim() !== '')]).toEqual([code, true]);
      expect([code, enTexts.map(placeholders)]).toEqual([code, viTexts.map(placeholders)]);
    }
  });

  it('keeps no message for a code nobody declares', () => {
    const messages = Object.keys(vi.errors).filter((key) => /^[A-Z_]+$/u.test(key));
    expect(messages.filter((code) => !codes.includes(code))).toEqual([]);
  });
});
