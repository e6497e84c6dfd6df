import { dateInWords, placeAndDate } from './date-line.js';

describe('placeAndDate (ND 30/2020 Phụ lục I, ô 4)', () => {
  it('puts a leading zero on a day below 10 and on January', () => {
    expect(placeAndDate('Vĩnh Phúc', '2026-01-05')).toBe('Vĩnh Phúc, ngày 05 tháng 01 năm 2026');
  });

  it('puts a leading zero on February', () => {
    expect(dateInWords('2026-02-28')).toBe('ngày 28 tháng 02 năm 2026');
  });

  it('writes March to December without a leading zero', () => {
    expect(placeAndDate('Vĩnh Phúc', '2026-03-15')).toBe('Vĩnh Phúc, ngày 15 tháng 3 năm 2026');
    expect(dateInWords('2026-09-09')).toBe('ngày 09 tháng 9 năm 2026');
    expect(dateInWords('2025-12-31')).toBe('ngày 31 tháng 12 năm 2025');
  });

  it('leaves blanks on a draft with no date, keeping the planned year', () => {
    expect(placeAndDate('Vĩnh Phúc', null, 2026)).toBe('Vĩnh Phúc, ngày      tháng      năm 2026');
  });

  it('leaves the year blank too when no year is planned', () => {
    expect(dateInWords(null)).toBe('ngày      tháng      năm      ');
  });

  it('trims the place and writes it precomposed', () => {
    expect(placeAndDate(' Vĩnh Phúc '.normalize('NFD'), '2026-01-05')).toBe('Vĩnh Phúc, ngày 05 tháng 01 năm 2026');
  });

  it.each(['2026-02-30', '2026-13-01', '05/01/2026', ''])('refuses %p', (value) => {
    expect(() => dateInWords(value)).toThrow(RangeError);
  });
});
