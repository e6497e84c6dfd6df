import { decisionNumber, decisionSymbol } from '../documents/index.js';
import { numberYearOf, todayInVietnam } from './decision-number.js';

describe('decision numbers (ND 30/2020 Art. 15, Phụ lục I)', () => {
  const symbol = decisionSymbol('SVHTTDL');

  it('writes the symbol as QĐ- and the issuer abbreviation, in NFC', () => {
    expect(symbol).toBe('QĐ-SVHTTDL');
    expect(decisionSymbol('SVHTTDL'.normalize('NFD'))).toBe('QĐ-SVHTTDL'.normalize('NFC'));
    expect(symbol.normalize('NFC')).toBe(symbol);
  });

  it('writes numbers below 10 with a leading zero: 01, 07', () => {
    expect(decisionNumber(1, symbol)).toBe('01/QĐ-SVHTTDL');
    expect(decisionNumber(7, symbol)).toBe('07/QĐ-SVHTTDL');
  });

  it('writes larger numbers as they are: 10, 99, 100, 1234', () => {
    expect(decisionNumber(10, symbol)).toBe('10/QĐ-SVHTTDL');
    expect(decisionNumber(99, symbol)).toBe('99/QĐ-SVHTTDL');
    expect(decisionNumber(100, symbol)).toBe('100/QĐ-SVHTTDL');
    expect(decisionNumber(1234, symbol)).toBe('1234/QĐ-SVHTTDL');
  });

  it('puts a decision in the series of its signing year, whatever the award year', () => {
    expect(numberYearOf('2026-01-05')).toBe(2026);
    expect(numberYearOf('2025-12-31')).toBe(2025);
  });

  it('takes today in Vietnam: 17:00 UTC on 31 December is already 1 January there', () => {
    expect(todayInVietnam(new Date('2025-12-31T16:59:59Z'))).toBe('2025-12-31');
    expect(todayInVietnam(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
  });
});
