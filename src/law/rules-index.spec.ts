import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRulesIndex, RULES_INDEX } from '../../scripts/rules-index.js';
import { PACKAGE_ROOT } from '../config/paths.js';

describe('docs/rules.md — the index of the rules, their articles and their specs', () => {
  it('is what `npm run rules:index` writes from the rulebooks today (run it after changing a rule or its specs)', async () => {
    expect(readFileSync(join(PACKAGE_ROOT, RULES_INDEX), 'utf8')).toBe(await renderRulesIndex());
  });

  it('gives each criterion its article, its data file and at least one spec (Luật TĐKT 2022 Điều 24 khoản 1 điểm a: LĐTT)', async () => {
    const index = await renderRulesIndex();
    expect(index).toContain('## `LDTT` — Lao động tiên tiến');
    const ldtt = index.slice(index.indexOf('## `LDTT`'), index.indexOf('## `CSTDCS`'));
    expect(ldtt).toContain('Luật Thi đua, khen thưởng 2022, Điều 24 khoản 1 điểm a');
    expect(ldtt).toContain('defined in [individual-titles.rules.ts](../src/law/rulebooks/individual-titles.rules.ts)');
    expect(ldtt).toContain('[individual-titles.rules.spec.ts](../src/law/rulebooks/individual-titles.rules.spec.ts)');
    expect(index.split('\n').filter((line) => /- tested in\s*$/u.test(line))).toEqual([]);
  });
});
