import { InvalidDate } from './law.errors.js';
import { assertIsoDate, overlaps, yearPeriod, yearRange } from './periods.js';

describe('Periods overlapping a year — boundaries are inclusive (NĐ 152/2025 Điều 4)', () => {
  const year2025 = yearPeriod(2025);

  it('a period starting on 31 December touches that year', () => {
    expect(overlaps({ from: '2025-12-31', to: null }, year2025)).toBe(true);
  });

  it('a period ending on 1 January touches that year', () => {
    expect(overlaps({ from: '2024-06-01', to: '2025-01-01' }, year2025)).toBe(true);
  });

  it('a period ending on 31 December of the previous year does not', () => {
    expect(overlaps({ from: '2024-06-01', to: '2024-12-31' }, year2025)).toBe(false);
  });

  it('a period starting the next year does not; an open period started earlier does', () => {
    expect(overlaps({ from: '2026-01-01', to: null }, year2025)).toBe(false);
    expect(overlaps({ from: '2020-01-01', to: null }, year2025)).toBe(true);
  });
});

describe('Date helpers', () => {
  it('yearRange is inclusive and empty when reversed', () => {
    expect(yearRange(2023, 2025)).toEqual([2023, 2024, 2025]);
    expect(yearRange(2025, 2024)).toEqual([]);
  });

  it('accepts real dates only', () => {
    expect(assertIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(() => assertIsoDate('2025-02-29')).toThrow(InvalidDate);
  });
});
