import type { ParsedTable } from '../../common/tabular-import/parse-table.js';
import { awardMatcher, checkRegistrationRows, type RegistrationColumn, registrationTemplate } from './registration-columns.js';

const table = (
  rows: Array<Partial<Record<RegistrationColumn, string>>>,
  columns: RegistrationColumn[] = ['staffCode', 'unitCode', 'awardType'],
) =>
  ({
    headingLine: 1,
    columns: new Set(columns),
    rows: rows.map((cells, index) => ({ line: index + 2, cells })),
  }) as ParsedTable<RegistrationColumn>;

describe('the rows of a registration file', () => {
  it('a staff code registers the person (a unit code beside it is the register’s column), a unit code alone the collective', () => {
    const checked = checkRegistrationRows(
      table([
        { staffCode: ' CB01 ', unitCode: 'PVBD', awardType: 'LĐTT' },
        { staffCode: '', unitCode: 'PVBD', awardType: 'TTLĐTT' },
      ]),
    );
    expect(checked.problems).toEqual([]);
    expect(checked.rows).toEqual([
      { line: 2, kind: 'staff', code: 'CB01', award: 'LĐTT' },
      { line: 3, kind: 'unit', code: 'PVBD', award: 'TTLĐTT' },
    ]);
  });

  it('names each line with no subject or no award, and a file with neither subject column', () => {
    const checked = checkRegistrationRows(table([{ staffCode: '', unitCode: '', awardType: '' }]));
    expect(checked.problems).toEqual([
      { line: 2, field: 'staffCode', key: 'required' },
      { line: 2, field: 'awardType', key: 'required' },
    ]);
    expect(checkRegistrationRows(table([{ awardType: 'LDTT' }], ['awardType'])).problems).toEqual([{ line: 1, key: 'subjectColumn' }]);
  });

  it('finds an award by its code, its full name or its Vietnamese short form, in any case and without diacritics', () => {
    const match = awardMatcher([
      { code: 'LDTT', name: 'Lao động tiên tiến' },
      { code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở' },
    ]);
    expect(['LDTT', 'ldtt', 'Lao động tiên tiến', 'lao dong tien tien', 'LĐTT'].map((text) => match(text)?.code)).toEqual(
      Array(5).fill('LDTT'),
    );
    expect(match('CSTĐCS')?.code).toBe('CSTDCS');
    expect(match('Giấy khen')).toBeUndefined();
  });

  it('the template opens in Excel with its Vietnamese headings (UTF-8 with a BOM, CRLF)', () => {
    const text = registrationTemplate().toString('utf8');
    expect(text.startsWith('\uFEFFMã cán bộ,Mã đơn vị,Danh hiệu')).toBe(true);
    expect(text).toContain('\r\n');
  });
});
