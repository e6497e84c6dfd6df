import ExcelJS from 'exceljs';
import { errorMessage } from '../errors/error-messages.js';
import { toProblem } from '../http/problem.js';
import { ImportFileRejected, ImportInvalid } from './import-problems.js';
import { type ColumnSpec, headingKey, parseTable, type UploadedFile } from './parse-table.js';

type Key = 'code' | 'name' | 'born' | 'note';
const COLUMNS: ReadonlyArray<ColumnSpec<Key>> = [
  { key: 'code', headings: ['Mã cán bộ', 'Mã'], required: true },
  { key: 'name', headings: ['Họ và tên', 'Họ tên'], required: true },
  { key: 'born', headings: ['Ngày sinh'], required: false },
  { key: 'note', headings: ['Ghi chú'], required: false },
];

const csv = (text: string, filename = 'staff.csv'): UploadedFile => ({ filename, mimetype: 'text/csv', buffer: Buffer.from(text, 'utf8') });

async function xlsx(fill: (sheet: ExcelJS.Worksheet) => void): Promise<UploadedFile> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Cán bộ'));
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { filename: 'staff.xlsx', mimetype: 'application/octet-stream', buffer };
}

async function rejection(file: UploadedFile): Promise<unknown> {
  return parseTable(file, COLUMNS).then(
    () => null,
    (error: unknown) => error,
  );
}

describe('headingKey', () => {
  it('ignores case, diacritics, spaces, punctuation and bracketed notes', () => {
    expect(headingKey('HỌ VÀ TÊN (*)')).toBe(headingKey('ho_va_ten'));
    expect(headingKey('Mã cán bộ')).toBe('macanbo');
    expect(headingKey('fullName')).toBe(headingKey('Full name'));
  });
});

describe('parseTable: CSV', () => {
  it('reads UTF-8 with a BOM, keeping Vietnamese letters and the file line numbers', async () => {
    const table = await parseTable(csv('\uFEFFMã cán bộ,Họ và tên\r\nCB1,Nguyễn Thị Lan\r\nCB2,Trần Văn Đức\r\n'), COLUMNS);
    expect(table.headingLine).toBe(1);
    expect(table.rows).toEqual([
      { line: 2, cells: { code: 'CB1', name: 'Nguyễn Thị Lan' } },
      { line: 3, cells: { code: 'CB2', name: 'Trần Văn Đức' } },
    ]);
  });

  it('reads UTF-8 without a BOM and with bare LF line ends', async () => {
    const table = await parseTable(csv('Mã,Họ tên\nCB1,Lê Thị Hoa\n'), COLUMNS);
    expect(table.rows).toEqual([{ line: 2, cells: { code: 'CB1', name: 'Lê Thị Hoa' } }]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted cells, and numbers lines as the file does', async () => {
    const text = 'Mã,Họ tên,Ghi chú\nCB1,"Lê, Thị Hoa","nói ""xin chào""\ndòng hai"\nCB2,Phạm An,x\n';
    const table = await parseTable(csv(text), COLUMNS);
    expect(table.rows).toEqual([
      { line: 2, cells: { code: 'CB1', name: 'Lê, Thị Hoa', note: 'nói "xin chào"\ndòng hai' } },
      { line: 4, cells: { code: 'CB2', name: 'Phạm An', note: 'x' } },
    ]);
  });

  it('matches Vietnamese headings without diacritics or case, and ignores unknown columns such as STT', async () => {
    const table = await parseTable(csv('STT,MA CAN BO,ho va ten,Ngay sinh\n1,CB1,Lan,21/03/1985\n'), COLUMNS);
    expect([...table.columns].sort()).toEqual(['born', 'code', 'name']);
    expect(table.rows[0].cells).toEqual({ code: 'CB1', name: 'Lan', born: '21/03/1985' });
  });

  it('reads semicolon-separated files, as Excel saves them with Vietnamese regional settings', async () => {
    const table = await parseTable(csv('Mã;Họ tên\nCB1;Lan, Hoa\n'), COLUMNS);
    expect(table.rows[0].cells).toEqual({ code: 'CB1', name: 'Lan, Hoa' });
  });

  it('skips empty lines and lines with only unknown columns, keeping the numbering', async () => {
    const table = await parseTable(csv('STT,Mã,Họ tên\n\n1,,\n2,CB2,An\n ,  , \n'), COLUMNS);
    expect(table.rows).toEqual([{ line: 4, cells: { code: 'CB2', name: 'An' } }]);
  });

  it('finds the headings below a title row', async () => {
    const table = await parseTable(csv('DANH SÁCH CÁN BỘ,,\n,,\nMã,Họ tên\nCB1,An\n'), COLUMNS);
    expect(table.headingLine).toBe(3);
    expect(table.rows).toEqual([{ line: 4, cells: { code: 'CB1', name: 'An' } }]);
  });

  it('gives absent optional columns no cell and empty cells an empty string', async () => {
    const table = await parseTable(csv('Mã,Họ tên,Ghi chú\nCB1,An,\n'), COLUMNS);
    expect(table.rows[0].cells).toEqual({ code: 'CB1', name: 'An', note: '' });
    expect(table.columns.has('born')).toBe(false);
  });

  it('reads a header-only file as no rows', async () => {
    await expect(parseTable(csv('Mã,Họ tên\n'), COLUMNS)).resolves.toMatchObject({ rows: [] });
  });

  it('refuses a file without the required headings, naming each missing column', async () => {
    const error = await rejection(csv('Mã,Tên\nCB1,An\n'));
    expect(error).toBeInstanceOf(ImportInvalid);
    expect((error as ImportInvalid).problems).toEqual([{ line: 1, field: 'name', key: 'missingColumn', params: { header: 'Họ và tên' } }]);
    // As the API answers it in English.
    expect(toProblem(error, 'r', 'en').details).toEqual([
      { line: 1, field: 'name', constraint: 'missingColumn', message: 'Missing column “Họ và tên”.' },
    ]);
  });

  it('refuses an empty file as missing every required column', async () => {
    const error = (await rejection(csv(''))) as ImportInvalid;
    expect(error.problems.map((p) => p.field)).toEqual(['code', 'name']);
  });

  it('refuses two columns with the same meaning', async () => {
    const error = (await rejection(csv('Mã,Họ tên,Mã cán bộ\n'))) as ImportInvalid;
    expect(error.problems).toEqual([{ line: 1, field: 'code', key: 'duplicateColumn', params: { header: 'Mã cán bộ' } }]);
  });

  it('refuses a quote that never closes, on the line where it opens', async () => {
    const error = (await rejection(csv('Mã,Họ tên\nCB1,An\nCB2,"Bình\n'))) as ImportInvalid;
    expect(error.problems).toEqual([{ line: 3, key: 'unclosedQuote' }]);
  });

  it('refuses a CSV that is not UTF-8 with a message saying how to save it', async () => {
    const windows1258 = { filename: 'a.csv', mimetype: 'text/csv', buffer: Buffer.from([0x4d, 0xe3, 0x2c, 0x48, 0x0a]) };
    const error = (await rejection(windows1258)) as ImportFileRejected;
    expect(error).toBeInstanceOf(ImportFileRejected);
    expect(error.code).toBe('MALFORMED_REQUEST');
    expect(errorMessage(error, 'en')).toContain('CSV UTF-8');
  });

  it('reads UTF-16 "Unicode text" with tabs', async () => {
    const buffer = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Mã\tHọ tên\r\nCB1\tAn\r\n', 'utf16le')]);
    const table = await parseTable({ filename: 'a.txt', mimetype: 'text/plain', buffer }, COLUMNS);
    expect(table.rows[0].cells).toEqual({ code: 'CB1', name: 'An' });
  });

  it('refuses other file types, old .xls workbooks, and broken .xlsx files with distinct codes', async () => {
    await expect(rejection(csv('%PDF-1.4', 'report.pdf'))).resolves.toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      reason: 'unsupportedType',
    });
    const xls = { filename: 'old.xls', mimetype: 'application/vnd.ms-excel', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]) };
    await expect(rejection(xls)).resolves.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', reason: 'legacyXls' });
    await expect(rejection(csv('Mã,Họ tên\n', 'renamed.xlsx'))).resolves.toMatchObject({
      code: 'MALFORMED_REQUEST',
      reason: 'notWorkbook',
    });
    const brokenZip = { filename: 'broken.xlsx', mimetype: '', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) };
    await expect(rejection(brokenZip)).resolves.toMatchObject({ code: 'MALFORMED_REQUEST', reason: 'notWorkbook' });
  });
});

describe('parseTable: XLSX', () => {
  it('reads Vietnamese headings, real date cells, numbers typed as codes and the row numbers', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(['Mã cán bộ', 'Họ và tên', 'Ngày sinh']);
      sheet.addRow([123, 'Nguyễn Thị Lan', new Date(Date.UTC(1985, 2, 21))]);
      sheet.getCell('C2').numFmt = 'dd/mm/yyyy';
      sheet.addRow([]);
      sheet.addRow([45, 'Trần Văn Đức', new Date(Date.UTC(1990, 11, 1))]);
      sheet.getCell('A4').numFmt = '00000';
      sheet.getCell('C4').numFmt = 'yyyy-mm-dd';
    });
    const table = await parseTable(file, COLUMNS);
    expect(table.rows).toEqual([
      { line: 2, cells: { code: '123', name: 'Nguyễn Thị Lan', born: '21/03/1985' } },
      { line: 4, cells: { code: '00045', name: 'Trần Văn Đức', born: '01/12/1990' } },
    ]);
  });

  it('shows formula cells by their result, rich text and hyperlinks by their text', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(['Mã', 'Họ tên', 'Ngày sinh', 'Ghi chú']);
      sheet.addRow([
        { formula: '"CB"&"7"', result: 'CB7' },
        { richText: [{ text: 'Lê ', font: { bold: true } }, { text: 'Thị Hoa' }] },
        { formula: 'DATE(1985,3,21)', result: 31127 },
        { text: 'hồ sơ', hyperlink: 'https://example.org/hs' },
      ]);
      sheet.getCell('C2').numFmt = 'dd/mm/yyyy';
    });
    const table = await parseTable(file, COLUMNS);
    expect(table.rows[0].cells).toEqual({ code: 'CB7', name: 'Lê Thị Hoa', born: '21/03/1985', note: 'hồ sơ' });
  });

  it('refuses a workbook without the headings, naming the missing columns', async () => {
    const file = await xlsx((sheet) => {
      sheet.addRow(['Mã']);
      sheet.addRow(['CB1']);
    });
    const error = (await rejection(file)) as ImportInvalid;
    expect(error.problems).toEqual([{ line: 1, field: 'name', key: 'missingColumn', params: { header: 'Họ và tên' } }]);
  });
});
