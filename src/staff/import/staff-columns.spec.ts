import { parseDateText } from '../../common/tabular-import/import-values.js';
import { parseTable, type ParsedTable } from '../../common/tabular-import/parse-table.js';
import { byLineAndColumn, checkStaffRows, STAFF_COLUMNS, type StaffColumn, staffImportTemplate } from './staff-columns.js';

const HEADINGS: StaffColumn[] = ['code', 'fullName', 'gender', 'dateOfBirth', 'unitCode', 'position', 'startedOn'];

/** A parsed table with all columns, rows given as cells in HEADINGS order, lines from 2. */
function table(...rows: string[][]): ParsedTable<StaffColumn> {
  return {
    headingLine: 1,
    columns: new Set(HEADINGS),
    rows: rows.map((cells, i) => ({ line: i + 2, cells: Object.fromEntries(HEADINGS.map((key, k) => [key, cells[k] ?? ''])) })),
  };
}

describe('parseDateText', () => {
  it('reads yyyy-mm-dd and day-first dates as Vietnamese forms write them', () => {
    expect(parseDateText('1985-03-21')).toBe('1985-03-21');
    expect(parseDateText('21/03/1985')).toBe('1985-03-21');
    expect(parseDateText('1/3/1985')).toBe('1985-03-01');
    expect(parseDateText('21-03-1985')).toBe('1985-03-21');
    expect(parseDateText('21.03.1985')).toBe('1985-03-21');
  });

  it('refuses impossible dates, month-first dates and other text', () => {
    expect(parseDateText('30/02/1990')).toBeNull();
    expect(parseDateText('2023-02-29')).toBeNull();
    expect(parseDateText('03/21/1985')).toBeNull();
    expect(parseDateText('21/03/85')).toBeNull();
    expect(parseDateText('1850-01-01')).toBeNull();
    expect(parseDateText('hôm qua')).toBeNull();
  });
});

describe('checkStaffRows', () => {
  it('accepts a good row, with Nam/Nữ, dd/mm/yyyy and names normalised like the API', () => {
    const name = 'Nguye\u0302\u0303n   Thị  Lan '; // decomposed "ễ", extra spaces
    const checked = checkStaffRows(table(['CB1', name, 'Nữ', '21/03/1985', 'VP', ' Chuyên viên ', '2010-08-15']));
    expect(checked.problems).toEqual([]);
    expect(checked.rows).toEqual([
      {
        line: 2,
        code: 'CB1',
        fullName: 'Nguyễn Thị Lan',
        gender: 'female',
        dateOfBirth: '1985-03-21',
        unitCode: 'VP',
        position: 'Chuyên viên',
        startedOn: '2010-08-15',
      },
    ]);
  });

  it('reads gender in any case, with or without diacritics, in Vietnamese or English', () => {
    const checked = checkStaffRows(table(['A', 'An', 'NAM', '', 'VP'], ['B', 'Bình', 'nu', '', 'VP'], ['C', 'Cúc', 'Female', '', 'VP']));
    expect(checked.rows.map((r) => r.gender)).toEqual(['male', 'female', 'female']);
  });

  it('gives empty optional cells null, and absent optional columns undefined (kept as stored)', () => {
    const withEmpty = checkStaffRows(table(['A', 'An', 'Nam', '', 'VP', '', '']));
    expect(withEmpty.rows[0]).toMatchObject({ dateOfBirth: null, position: null, startedOn: null });
    const absent: ParsedTable<StaffColumn> = {
      headingLine: 1,
      columns: new Set(['code', 'fullName', 'gender', 'unitCode']),
      rows: [{ line: 2, cells: { code: 'A', fullName: 'An', gender: 'Nam', unitCode: 'VP' } }],
    };
    const row = checkStaffRows(absent).rows[0];
    expect(row.dateOfBirth).toBeUndefined();
    expect(row.position).toBeUndefined();
    expect(row.startedOn).toBeUndefined();
  });

  it('reports every problem of a row with its line and field, and leaves the row out', () => {
    const checked = checkStaffRows(table(['CB 1', '', 'X', '30/02/1990', '', 'p'.repeat(201), 'mai']));
    expect(checked.rows).toEqual([]);
    expect(checked.problems).toEqual([
      { line: 2, field: 'code', key: 'codeFormat', params: { value: 'CB 1' } },
      { line: 2, field: 'fullName', key: 'required' },
      { line: 2, field: 'gender', key: 'gender', params: { value: 'X' } },
      { line: 2, field: 'dateOfBirth', key: 'date', params: { value: '30/02/1990' } },
      { line: 2, field: 'unitCode', key: 'required' },
      { line: 2, field: 'position', key: 'tooLong', params: { max: 200 } },
      { line: 2, field: 'startedOn', key: 'date', params: { value: 'mai' } },
    ]);
  });

  it('reports a code repeated in the file on the later line, naming the first', () => {
    const checked = checkStaffRows(table(['CB1', 'An', 'Nam', '', 'VP'], ['CB2', 'Bình', 'Nam', '', 'VP'], ['CB1', 'Cúc', 'Nữ', '', 'VP']));
    expect(checked.problems).toEqual([{ line: 4, field: 'code', key: 'duplicateInFile', params: { code: 'CB1', firstLine: 2 } }]);
    expect(checked.rows.map((r) => r.code)).toEqual(['CB1', 'CB2']);
  });

  it('orders problems by line, then as the columns stand in the template', () => {
    const problems = [
      { line: 3, field: 'unitCode', key: 'unknownUnit' as const },
      { line: 2, field: 'gender', key: 'gender' as const },
      { line: 3, field: 'code', key: 'staffOutOfScope' as const },
      { line: 1, key: 'unclosedQuote' as const },
    ].sort(byLineAndColumn);
    expect(problems.map((p) => `${p.line}:${p.field ?? ''}`)).toEqual(['1:', '2:gender', '3:code', '3:unitCode']);
  });

  it('lists the references of every row, valid or not, for the unit and scope checks', () => {
    const checked = checkStaffRows(table(['CB1', '', 'Nam', '', 'VP'], ['', 'Bình', 'Nam', '', '']));
    expect(checked.references).toEqual([
      { line: 2, code: 'CB1', unitCode: 'VP' },
      { line: 3, code: null, unitCode: null },
    ]);
  });
});

describe('staffImportTemplate', () => {
  it('is UTF-8 with a BOM, has the Vietnamese headings, and parses back to one valid row', async () => {
    const buffer = staffImportTemplate();
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buffer.toString('utf8');
    expect(text).toContain('Mã cán bộ,Họ và tên,Giới tính,Ngày sinh,Mã đơn vị,Chức vụ,Ngày vào làm\r\n');
    const parsed = await parseTable({ filename: 'mau.csv', mimetype: 'text/csv', buffer }, STAFF_COLUMNS);
    const checked = checkStaffRows(parsed);
    expect(checked.problems).toEqual([]);
    expect(checked.rows).toHaveLength(1);
  });
});
