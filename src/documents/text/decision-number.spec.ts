import { decisionNumber, numberLine } from './decision-number.js';

describe('decision number and symbol (ND 30/2020 Art. 15, Phụ lục I ô 3)', () => {
  it('pads numbers below 10 with a zero', () => {
    expect(decisionNumber(7, 'SVHTTDL')).toBe('07/QĐ-SVHTTDL');
  });

  it('keeps numbers from 10 as they are', () => {
    expect(decisionNumber(12, 'SVHTTDL')).toBe('12/QĐ-SVHTTDL');
    expect(decisionNumber(123, 'SVHTTDL')).toBe('123/QĐ-SVHTTDL');
  });

  it('takes a typed number (manual register) and a symbol stored with its type', () => {
    expect(decisionNumber('7', 'QĐ-SVHTTDL')).toBe('07/QĐ-SVHTTDL');
    expect(decisionNumber(' 007 ', 'QĐ-UBND')).toBe('07/QĐ-UBND');
  });

  it('removes spaces inside the symbol', () => {
    expect(decisionNumber(5, ' SVH TTDL ')).toBe('05/QĐ-SVHTTDL');
  });

  it('prints "Số: " before the number', () => {
    expect(numberLine(7, 'SVHTTDL')).toBe('Số: 07/QĐ-SVHTTDL');
  });

  it('leaves room for the number on a draft', () => {
    expect(numberLine(null, 'SVHTTDL')).toBe('Số:      /QĐ-SVHTTDL');
  });

  it.each([0, -1, '7a', ''])('refuses %p', (value) => {
    expect(() => decisionNumber(value, 'SVHTTDL')).toThrow(RangeError);
  });
});
