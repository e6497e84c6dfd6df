import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rulesFingerprint } from './rules-fingerprint.js';

describe('rulesFingerprint (kept eligibility results are never read by another version of the law)', () => {
  let law: string;
  beforeEach(() => {
    law = mkdtempSync(join(tmpdir(), 'ct-law-'));
    mkdirSync(join(law, 'rulebooks'));
    writeFileSync(join(law, 'evaluate.js'), 'export const evaluate = 1;');
    writeFileSync(join(law, 'rulebooks', 'province.js'), 'export const cap = 15;');
  });
  afterEach(() => rmSync(law, { recursive: true, force: true }));

  it('changes when a rule file in a sub-folder changes', () => {
    const before = rulesFingerprint(law);
    writeFileSync(join(law, 'rulebooks', 'province.js'), 'export const cap = 20;');
    expect(rulesFingerprint(law)).not.toBe(before);
  });

  it('changes when a rule file is added', () => {
    const before = rulesFingerprint(law);
    writeFileSync(join(law, 'rulebooks', 'extra.ts'), 'export {};');
    expect(rulesFingerprint(law)).not.toBe(before);
  });

  it('ignores specs, declarations and source maps', () => {
    const before = rulesFingerprint(law);
    writeFileSync(join(law, 'evaluate.spec.ts'), 'it("x", () => {});');
    writeFileSync(join(law, 'evaluate.d.ts'), 'export {};');
    writeFileSync(join(law, 'evaluate.js.map'), '{}');
    expect(rulesFingerprint(law)).toBe(before);
  });

  it('reads the real law folder by default', () => {
    expect(rulesFingerprint()).toMatch(/^[0-9a-f]{32}$/u);
  });
});
