import { currentRoundYear, roundYearOn } from './years.js';

/** The round year (năm xét khen thưởng): from 1 October the current year, before it the previous one. */
describe('currentRoundYear', () => {
  it('is the previous year on 30 September, the last day before the round of the year opens', () => {
    expect(currentRoundYear(new Date(2026, 8, 30))).toBe(2025);
    expect(currentRoundYear(new Date(2026, 8, 30, 23, 59, 59))).toBe(2025);
  });

  it('is the current year from 1 October', () => {
    expect(currentRoundYear(new Date(2026, 9, 1))).toBe(2026);
    expect(currentRoundYear(new Date(2026, 9, 1, 0, 0, 0))).toBe(2026);
  });

  it('is the current year in December (1/12/2026 → 2026) and the previous one in January', () => {
    expect(currentRoundYear(new Date(2026, 11, 1))).toBe(2026);
    expect(currentRoundYear(new Date(2027, 0, 1))).toBe(2026);
  });

  it('agrees with roundYearOn, which the demo and the eligibility page use', () => {
    for (const day of [new Date(2025, 0, 15), new Date(2025, 9, 1), new Date(2025, 8, 30), new Date(2025, 11, 31)]) {
      expect(currentRoundYear(day)).toBe(roundYearOn(day));
    }
  });
});
