import { InvalidDate, NoRulebookForDate } from '../law.errors.js';
import { catchError } from '../testing/catch-error.js';
import { rulebookFor } from './rulebook-for.js';

describe('rulebookFor — Luật TĐKT 2022 (from 1/1/2024); NĐ 152/2025 Điều 59 khoản 1 (from 1/7/2025)', () => {
  it.each([
    ['2024-01-01', 'nd-98-2023'],
    ['2025-06-30', 'nd-98-2023'],
    ['2025-07-01', 'nd-152-2025'],
    ['2026-07-01', 'nd-152-2025'],
    ['2031-12-31', 'nd-152-2025'],
  ])('%s → %s', (date, id) => {
    expect(rulebookFor(date).id).toBe(id);
  });

  it('2023-12-31 → NoRulebookForDate with code NO_RULEBOOK_FOR_DATE', () => {
    expect(() => rulebookFor('2023-12-31')).toThrow(NoRulebookForDate);
    expect(catchError(() => rulebookFor('2023-12-31'))).toMatchObject({ code: 'NO_RULEBOOK_FOR_DATE' });
  });

  it.each(['2025-02-30', '2025-7-1', '01/07/2025', ''])('refuses the malformed date %p', (date) => {
    expect(() => rulebookFor(date)).toThrow(InvalidDate);
  });
});
