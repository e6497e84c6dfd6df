import ExcelJS from 'exceljs';
import { csvField, csvTextCell, looksLikeFormula, xlsxCell } from './cells.js';

describe('export cells: formula neutralisation (OWASP CSV injection)', () => {
  it.each(["=cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1'])(
    'a CSV cell %j gets a leading apostrophe',
    (text) => {
      expect(looksLikeFormula(text)).toBe(true);
      expect(csvTextCell(text)).toBe(`'${text}`);
    },
  );

  it.each(['Nguyễn Văn An', 'Trưởng phòng', '2024-01-01', 'a=b', ' =1', ''])('a CSV cell %j stays as it is', (text) => {
    expect(csvTextCell(text)).toBe(text);
  });

  it('quotes a neutralised field that holds a comma, quote or line break', () => {
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(42)).toBe('42');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });

  it('an XLSX text cell is written and read back as text, never as a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('x');
    const texts = ['=HYPERLINK("http://evil.example","x")', '+1', '-1', '@A1', 'Nguyễn'];
    texts.forEach((text, index) => {
      const cell = sheet.getCell(index + 1, 1);
      const { value, numFmt } = xlsxCell(text);
      cell.value = value;
      cell.numFmt = numFmt ?? 'General';
    });
    sheet.getCell(6, 1).value = xlsxCell(7).value;
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(buffer as never);
    const column = reread.getWorksheet('x')!;
    texts.forEach((text, index) => {
      const cell = column.getCell(index + 1, 1);
      expect({ type: cell.type, value: cell.value }).toEqual({ type: ExcelJS.ValueType.String, value: text });
    });
    expect(column.getCell(6, 1).value).toBe(7);
  });
});
