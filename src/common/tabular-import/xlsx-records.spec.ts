import ExcelJS from 'exceljs';
import { ImportBudget } from './import-budget.js';
import { readXlsx } from './xlsx-records.js';

/** The cells of each kept row, trailing empty cells left out (they never matter to an import). */
async function rows(fill: (workbook: ExcelJS.Workbook) => void): Promise<Array<[number, string[]]>> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const records = await readXlsx(buffer, 'a.xlsx', new ImportBudget());
  return records.map((record) => {
    const cells = [...record.cells];
    while (cells.length > 0 && cells[cells.length - 1] === '') {
      cells.pop();
    }
    return [record.line, cells];
  });
}

describe('readXlsx: what a person sees in the sheet', () => {
  it('reads the first visible sheet, skipping hidden ones; the first sheet when all are hidden', async () => {
    const hiddenFirst = await rows((workbook) => {
      workbook.addWorksheet('Ẩn', { state: 'hidden' }).addRow(['ẩn']);
      workbook.addWorksheet('Danh sách').addRow(['hiện']);
    });
    expect(hiddenFirst).toEqual([[1, ['hiện']]]);
    const allHidden = await rows((workbook) => {
      workbook.addWorksheet('A', { state: 'hidden' }).addRow(['một']);
      workbook.addWorksheet('B', { state: 'veryHidden' }).addRow(['hai']);
    });
    expect(allHidden).toEqual([[1, ['một']]]);
  });

  it('shows a merged range’s value in each of its cells, as the reader before did', async () => {
    const merged = await rows((workbook) => {
      const sheet = workbook.addWorksheet('a');
      sheet.getCell('A1').value = 'Mã';
      sheet.getCell('B1').value = 'Đơn vị';
      sheet.getCell('A2').value = 'CB1';
      sheet.getCell('B2').value = 'TV';
      sheet.mergeCells('B2:B4');
      sheet.getCell('A3').value = 'CB2';
    });
    expect(merged).toEqual([
      [1, ['Mã', 'Đơn vị']],
      [2, ['CB1', 'TV']],
      [3, ['CB2', 'TV']],
      [4, ['', 'TV']],
    ]);
  });

  it('counts dates from 1904 in a workbook saved in that date system', async () => {
    const dates = await rows((workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet('a');
      sheet.getCell('A1').value = 29665; // 21/03/1985 counted from 1904
      sheet.getCell('A1').numFmt = 'dd/mm/yyyy';
    });
    expect(dates).toEqual([[1, ['21/03/1985']]]);
  });

  it('shows booleans, errors, formula results and times as Excel shows them', async () => {
    const values = await rows((workbook) => {
      const sheet = workbook.addWorksheet('a');
      sheet.addRow([true, { error: '#N/A' }, { formula: '1+1', result: 2 }, { formula: 'X()' }, new Date(Date.UTC(2020, 0, 1, 13, 45))]);
      sheet.getCell('E1').numFmt = 'dd/mm/yyyy hh:mm';
    });
    expect(values).toEqual([[1, ['TRUE', '#N/A', '2', '', '01/01/2020 13:45']]]);
  });
});
