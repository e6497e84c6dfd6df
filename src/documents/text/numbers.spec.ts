import { formatCoefficient, formatNumber } from './numbers.js';

describe('formatNumber (dots between thousands)', () => {
  it.each([
    [710_000, '710.000'],
    [0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [1_505_000, '1.505.000'],
    [17_750_000, '17.750.000'],
    [1_000_000_000_000, '1.000.000.000.000'],
    [-1_505_000, '-1.505.000'],
  ])('%d → %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('refuses a fraction of a đồng', () => {
    expect(() => formatNumber(1.5)).toThrow(RangeError);
  });
});

describe('formatCoefficient (decimal comma)', () => {
  it.each([
    [0.3, '0,3'],
    [1, '1'],
    [1.5, '1,5'],
    [4.5, '4,5'],
    [1.25, '1,25'],
    [12, '12'],
    [0.1 + 0.2, '0,3'],
  ])('%p → %s', (value, text) => {
    expect(formatCoefficient(value)).toBe(text);
  });

  it('refuses a negative coefficient', () => {
    expect(() => formatCoefficient(-0.3)).toThrow(RangeError);
  });
});
