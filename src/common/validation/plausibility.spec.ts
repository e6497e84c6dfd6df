import { currentRoundYear } from '../../kernel/index.js';
import { flashWarnings, warningsQuery, yearsBetween } from './plausibility.js';

describe('currentRoundYear: from 1 October the current year, before it the previous one', () => {
  it('30/09/2026 → 2025, 01/10/2026 → 2026, 01/12/2026 → 2026', () => {
    expect(currentRoundYear(new Date(2026, 8, 30))).toBe(2025);
    expect(currentRoundYear(new Date(2026, 9, 1))).toBe(2026);
    expect(currentRoundYear(new Date(2026, 11, 1))).toBe(2026);
  });
});

describe('yearsBetween', () => {
  it('counts whole years, a birthday not yet reached this year not counted', () => {
    expect(yearsBetween('1990-08-15', '2005-08-14')).toBe(14);
    expect(yearsBetween('1990-08-15', '2005-08-15')).toBe(15);
  });
});

describe('warnings carried in the address after saving', () => {
  it('come back worded in the reader’s language', () => {
    const query = warningsQuery([{ rule: 'cstdcsWithoutLdtt', field: 'awardType', params: { year: 2025 } }]);
    const w = new URLSearchParams(query).getAll('w');
    expect(flashWarnings('vi', w)).toEqual([
      'Lưu ý: chưa có danh hiệu Lao động tiên tiến năm 2025 của cán bộ này, trong khi Chiến sĩ thi đua cơ sở đòi hỏi đạt Lao động tiên tiến năm đó.',
    ]);
    expect(flashWarnings('en', w)[0]).toContain('no Advanced Worker (LĐTT) title for 2025');
  });

  it('a name with diacritics and a date survive the trip', () => {
    const query = warningsQuery([
      { rule: 'samePerson', field: 'fullName', params: { name: 'Nguyễn Văn Hùng', code: 'TV-1', birthText: '15/08/1990' } },
    ]);
    expect(flashWarnings('vi', new URLSearchParams(query).getAll('w'))[0]).toContain('Nguyễn Văn Hùng, mã TV-1, sinh ngày 15/08/1990');
  });

  it('a hand-made address with an unknown rule or markup shows nothing', () => {
    expect(flashWarnings('vi', ['notARule|year~2025'])).toEqual([]);
    expect(flashWarnings('vi', ['samePerson|name~<script>'])).toEqual([]);
  });
});
