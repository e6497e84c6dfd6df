import ExcelJS from 'exceljs';
import { attachmentDisposition } from './content-disposition.js';
import { exportLinks } from './export-links.js';
import { listCellText, type ListSheet, listWorkbook } from './list-sheet.js';

const sheetOf = (overrides: Partial<ListSheet> = {}): ListSheet => ({
  organisation: 'Thư viện tỉnh Vĩnh Phúc',
  title: 'Danh sách cán bộ',
  filter: 'Bộ lọc: tìm “=1+1”',
  dateLine: 'Ngày xuất: 01/12/2026',
  note: null,
  sheetName: 'Cán bộ',
  columns: [
    { header: 'STT', kind: 'number', width: 6 },
    { header: 'Họ và tên', kind: 'text', width: 28 },
    { header: 'Ngày sinh', kind: 'date', width: 12 },
    { header: 'Tiền thưởng (VND)', kind: 'money', width: 15 },
    { header: 'Thời điểm', kind: 'datetime', width: 17 },
  ],
  rows: [
    [1, '=HYPERLINK("http://evil.example","x")', '1990-08-15', 710_000, new Date('2026-12-01T02:30:00Z')],
    [2, '-2+3', null, null, null],
  ],
  ...overrides,
});

async function read(list: ListSheet): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await listWorkbook(list)) as never);
  return workbook.worksheets[0];
}

describe('list workbook (issue 8, "Lists out")', () => {
  it('heads the list with the body, the title, the filter and the date, merged across the columns', async () => {
    const sheet = await read(sheetOf());
    expect([1, 2, 3, 4].map((row) => sheet.getCell(row, 1).value)).toEqual([
      'Thư viện tỉnh Vĩnh Phúc',
      'Danh sách cán bộ',
      'Bộ lọc: tìm “=1+1”',
      'Ngày xuất: 01/12/2026',
    ]);
    expect(sheet.getCell(1, 5).isMerged).toBe(true);
    expect(sheet.getCell(5, 2).value).toBe('Họ và tên');
    expect(sheet.name).toBe('Cán bộ');
  });

  it('prints on A4 landscape fitted to the width, the header row repeated on every page', async () => {
    const sheet = await read(sheetOf());
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe('5:5');
    expect(sheet.getColumn(2).width).toBe(28);
  });

  it('writes text that looks like a formula as text, dates as dd/mm/yyyy, money in VND, times in Vietnam', async () => {
    const sheet = await read(sheetOf());
    const name = sheet.getCell(6, 2);
    expect({ type: name.type, value: name.value }).toEqual({
      type: ExcelJS.ValueType.String,
      value: '=HYPERLINK("http://evil.example","x")',
    });
    expect(sheet.getCell(7, 2).value).toBe('-2+3');
    expect(sheet.getCell(6, 3).value).toEqual(new Date(Date.UTC(1990, 7, 15)));
    expect(sheet.getCell(6, 3).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell(6, 4).value).toBe(710_000);
    expect(sheet.getCell(6, 4).numFmt).toBe('#,##0 "VND"');
    // 02:30 UTC is 09:30 in Hà Nội: the spreadsheet shows the office's wall clock.
    expect(sheet.getCell(6, 5).value).toEqual(new Date('2026-12-01T09:30:00Z'));
    expect(sheet.getCell(7, 3).value).toBeNull();
  });

  it('says in the title rows when the list was cut at the bound', async () => {
    const sheet = await read(sheetOf({ note: 'Chỉ gồm 100.000 dòng đầu trong tổng số 120.000' }));
    expect(sheet.getCell(4, 1).value).toBe('Ngày xuất: 01/12/2026. Chỉ gồm 100.000 dòng đầu trong tổng số 120.000');
  });

  it('shows cells on the print page as the pages do', () => {
    expect(listCellText('date', '1990-08-15')).toBe('15/08/1990');
    expect(listCellText('money', 1_880_000)).toBe('1.880.000 VND');
    expect(listCellText('datetime', new Date('2026-12-01T17:05:00Z'))).toBe('02/12/2026 00:05');
    expect(listCellText('text', null)).toBe('');
  });
});

describe('Content-Disposition with a Vietnamese file name (RFC 6266, RFC 5987)', () => {
  it('gives filename* in UTF-8 and an ASCII fold in filename', () => {
    expect(attachmentDisposition('Danh sách cán bộ 2026-12-01.xlsx')).toBe(
      `attachment; filename="danh-sach-can-bo-2026-12-01.xlsx"; filename*=UTF-8''Danh%20s%C3%A1ch%20c%C3%A1n%20b%E1%BB%99%202026-12-01.xlsx`,
    );
  });

  it('leaves no quote, semicolon or line break of a name in the header', () => {
    const header = attachmentDisposition(`Đơn vị "A"; (x)\r\n'.xlsx`);
    expect(header).not.toMatch(/[\r\n]/u);
    expect(header).toContain(`filename*=UTF-8''%C4%90%C6%A1n%20v%E1%BB%8B%20%22A%22%3B%20%28x%29%0D%0A%27.xlsx`);
    expect(header.split('"')).toHaveLength(3);
  });
});

describe('export links', () => {
  it('keep the list’s filters, leave empty ones out and encode them', () => {
    expect(exportLinks('/staff', { q: 'Hùng & co', unitId: '', page: null })).toEqual({
      xlsx: '/staff/export.xlsx?q=H%C3%B9ng+%26+co',
      print: '/staff/print?q=H%C3%B9ng+%26+co',
    });
    expect(exportLinks('/audit', {})).toEqual({ xlsx: '/audit/export.xlsx', print: '/audit/print' });
  });
});
