import { IMPORT_LIMITS, type ImportLimits } from '../../config/limits.js';
import { minimalXlsx, repeatedDeflate, zipFile } from '../../../test/factories/zip.js';
import { type RawRecord, readCsv, type TextPiece } from './csv-records.js';
import { ImportBudget } from './import-budget.js';
import { ImportFileRejected, ImportInvalid, ImportLimitExceeded } from './import-problems.js';
import { type ColumnSpec, parseTable, type UploadedFile } from './parse-table.js';

type Key = 'code' | 'name';
const COLUMNS: ReadonlyArray<ColumnSpec<Key>> = [
  { key: 'code', headings: ['Mã'], required: true },
  { key: 'name', headings: ['Họ tên'], required: true },
];
const MB = 1024 * 1024;
const SMALL: ImportLimits = {
  ...IMPORT_LIMITS,
  rows: 3,
  columns: 4,
  cellChars: 10,
  blankLines: 5,
  zipEntries: 8,
  zipEntryBytes: MB,
  zipTotalBytes: 2 * MB,
};

const csv = (text: string): UploadedFile => ({ filename: 'a.csv', mimetype: 'text/csv', buffer: Buffer.from(text, 'utf8') });
const xlsx = (buffer: Buffer): UploadedFile => ({ filename: 'a.xlsx', mimetype: '', buffer });

async function refusal(file: UploadedFile, limits: ImportLimits = SMALL): Promise<ImportFileRejected> {
  const error = await parseTable(file, COLUMNS, limits).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportFileRejected);
  return error as ImportFileRejected;
}

const sheetRows = (count: number, cell = (i: number) => `<c t="inlineStr"><is><t>CB${i}</t></is></c>`): string =>
  `<row><c t="inlineStr"><is><t>Mã</t></is></c><c t="inlineStr"><is><t>Họ tên</t></is></c></row>` +
  Array.from({ length: count }, (_, i) => `<row>${cell(i)}<c t="inlineStr"><is><t>An</t></is></c></row>`).join('');

describe('readCsv: the text in pieces', () => {
  const text = 'Mã;Họ tên;Ghi chú\r\nCB1;"Lê; Thị ""Hoa""";"dòng\r\nhai"\r\n\r\nCB2;An;x\rCB3;"";\nCB4;B;""""\n';

  async function records(pieces: string[]): Promise<RawRecord[]> {
    async function* feed(): AsyncGenerator<TextPiece> {
      for (const [index, piece] of pieces.entries()) {
        yield { text: piece, final: index === pieces.length - 1 };
      }
    }
    return readCsv(feed(), new ImportBudget());
  }

  it('reads the same records, with the same lines, wherever the pieces are cut (quotes, CRLF and doubled quotes included)', async () => {
    const whole = await records([text]);
    expect(whole.map((r) => r.line)).toEqual([1, 2, 5, 6, 7]);
    expect(whole[1].cells).toEqual(['CB1', 'Lê; Thị "Hoa"', 'dòng\r\nhai']);
    expect(whole[4].cells).toEqual(['CB4', 'B', '"']);
    for (let cut = 1; cut < text.length; cut++) {
      await expect(records([text.slice(0, cut), text.slice(cut)])).resolves.toEqual(whole);
    }
    await expect(records([...text])).resolves.toEqual(whole);
  });
});

describe('parseTable: limits of a CSV', () => {
  it('takes as many data rows as the limit, below a heading and a title row', async () => {
    await expect(parseTable(csv('Mã,Họ tên\nCB1,A\nCB2,B\nCB3,C\n'), COLUMNS, SMALL)).resolves.toMatchObject({ rows: [{}, {}, {}] });
  });

  it('refuses one row more with 413, naming the limit in English and in Vietnamese', async () => {
    const error = await refusal(csv('Mã,Họ tên\nCB1,A\nCB2,B\nCB3,C\nCB4,D\n'));
    expect(error).toBeInstanceOf(ImportLimitExceeded);
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', reason: 'tooManyRows', message: expect.stringContaining('at most 3 rows') });
    expect(error.details).toEqual([{ field: 'file', constraint: 'tooManyRows', message: error.message }]);
    const wordy = new ImportLimitExceeded('tooManyRows', { maxRows: IMPORT_LIMITS.rows });
    expect(wordy.message).toContain('at most 20,000 rows');
    expect(wordy.messageIn('vi')).toBe(
      'Tệp có hơn 20.000 dòng dữ liệu. Mỗi lần chỉ nhập được tối đa 20.000 dòng: hãy chia thành nhiều tệp nhỏ hơn.',
    );
  });

  it('refuses more blank lines than the limit, without keeping them', async () => {
    await expect(parseTable(csv(`Mã,Họ tên\n${'\n'.repeat(5)}CB1,A\n`), COLUMNS, SMALL)).resolves.toMatchObject({ rows: [{ line: 7 }] });
    const error = await refusal(csv(`Mã,Họ tên\n${' , \n'.repeat(6)}`));
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', reason: 'tooManyBlankLines', reasonParams: { maxBlankLines: 5 } });
  });

  it('refuses a row with more columns than the limit, on its line', async () => {
    const error = await refusal(csv('Mã,Họ tên\nCB1,A,,,x\n'));
    expect(error).toMatchObject({ reason: 'tooManyColumns', reasonParams: { line: 2, maxColumns: 4 } });
    expect(error.details).toEqual([expect.objectContaining({ line: 2, constraint: 'tooManyColumns' })]);
  });

  it('refuses a cell longer than the limit, quoted or not, on the line where it starts', async () => {
    await expect(refusal(csv('Mã,Họ tên\nCB1,Abcdefghijk\n'))).resolves.toMatchObject({ reason: 'cellTooLong', reasonParams: { line: 2 } });
    await expect(refusal(csv('Mã,Họ tên\nCB1,"Abc\n""defghijk"\n'))).resolves.toMatchObject({
      reason: 'cellTooLong',
      reasonParams: { line: 2 },
    });
    await expect(parseTable(csv('Mã,Họ tên\nCB1,Abcdefghij\n'), COLUMNS, SMALL)).resolves.toMatchObject({ rows: [{}] });
  });

  it('still reports a quote that never closes when the rest of the file is within a cell', async () => {
    const error = await parseTable(csv('Mã,Họ tên\nCB1,"An\n'), COLUMNS, SMALL).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ImportInvalid);
  });

  it('stops at the first row past the limit: 19 MB of line breaks costs a few thousand lines', async () => {
    const file = { filename: 'a.csv', mimetype: '', buffer: Buffer.concat([Buffer.from('code,name\n'), Buffer.alloc(19 * MB, '\n')]) };
    const error = await refusal(file, IMPORT_LIMITS);
    expect(error).toMatchObject({ reason: 'tooManyBlankLines', message: expect.stringContaining('more than 10,000 empty lines') });
  });
});

describe('ImportBudget: time', () => {
  it('refuses a file that took longer than the limit (422), not counting the time given to other requests', async () => {
    let clock = 0;
    const budget = new ImportBudget({ ...IMPORT_LIMITS, parseMs: 100 }, () => clock);
    clock = 60;
    await budget.pause(); // 60 ms of work, then a turn of the event loop that "takes" nothing
    clock = 100;
    await budget.pause(); // 100 ms of work
    clock = 141;
    const error = await budget.pause().catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'UNPROCESSABLE', reason: 'tooSlow', reasonParams: { maxSeconds: 0.1 } });
  });
});

describe('parseTable: limits of an XLSX', () => {
  const garbage = Buffer.from([1, 2, 3, 4]);

  it('refuses, from the directory alone, a sheet that declares more than the limit (nothing is inflated: the data is not even deflate)', async () => {
    const error = await refusal(xlsx(minimalXlsx({ sheetPart: { deflated: garbage, size: MB + 1 } })));
    expect(error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      reason: 'sheetInflatesTooMuch',
      message: expect.stringContaining('more than 1 MB'),
    });
  });

  it('names another part that declares too much, and refuses parts that together declare more than the total', async () => {
    const big = (name: string, size: number) => ({ name, deflated: garbage, size });
    await expect(refusal(xlsx(zipFile([big('xl/media/image1.png', MB + 1)])))).resolves.toMatchObject({
      reason: 'partInflatesTooMuch',
      reasonParams: { part: 'xl/media/image1.png' },
    });
    await expect(refusal(xlsx(zipFile([big('a', MB), big('b', MB), big('c', 1)])))).resolves.toMatchObject({
      reason: 'workbookInflatesTooMuch',
      reasonParams: { maxMb: 2 },
    });
  });

  it('refuses a zip of more parts than the limit', async () => {
    const parts = Array.from({ length: 9 }, (_, i) => ({ name: `part${i}`, data: Buffer.from('x') }));
    await expect(refusal(xlsx(zipFile(parts)))).resolves.toMatchObject({ reason: 'tooManyParts', reasonParams: { maxParts: 8 } });
  });

  it('refuses as damaged a sheet that inflates past the size its directory declares, stopping there', async () => {
    const lying = minimalXlsx({ sheetPart: { deflated: repeatedDeflate(Buffer.alloc(MB, ' '), 3900), size: 1000 } });
    const started = performance.now();
    await expect(refusal(xlsx(lying), IMPORT_LIMITS)).resolves.toMatchObject({ code: 'MALFORMED_REQUEST', reason: 'notWorkbook' });
    expect(performance.now() - started).toBeLessThan(10_000); // 3.9 GB would take minutes to inflate
  });

  it('refuses an entity bomb as damaged: entities declared in a DTD are never expanded', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData><row><c t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>`;
    await expect(refusal(xlsx(minimalXlsx({ sheetPart: { data: Buffer.from(laughs) } })))).resolves.toMatchObject({
      reason: 'notWorkbook',
    });
  });

  it('counts rows as they stream and refuses the first one past the limit', async () => {
    await expect(parseTable(xlsx(minimalXlsx({ sheetData: sheetRows(3) })), COLUMNS, SMALL)).resolves.toMatchObject({ rows: [{}, {}, {}] });
    await expect(refusal(xlsx(minimalXlsx({ sheetData: sheetRows(4) })))).resolves.toMatchObject({ reason: 'tooManyRows' });
    await expect(refusal(xlsx(minimalXlsx({ sheetData: sheetRows(3) + '<row/>'.repeat(6) })))).resolves.toMatchObject({
      reason: 'tooManyBlankLines',
    });
  });

  it('refuses a value beyond the column limit, but not an empty cell out there', async () => {
    const far = sheetRows(1, () => '<c r="A2" t="inlineStr"><is><t>CB1</t></is></c><c r="E2" t="inlineStr"><is><t>x</t></is></c>');
    await expect(refusal(xlsx(minimalXlsx({ sheetData: far })))).resolves.toMatchObject({
      reason: 'tooManyColumns',
      reasonParams: { line: 2 },
    });
    const styledOnly = sheetRows(0) + '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="XFD2" s="1"/></row>';
    await expect(parseTable(xlsx(minimalXlsx({ sheetData: styledOnly })), COLUMNS, SMALL)).resolves.toMatchObject({
      rows: [{ line: 2, cells: { code: '1', name: '2' } }],
    });
  });

  it('refuses an inline or shared string longer than the cell limit, on its row', async () => {
    const inline = sheetRows(1, () => '<c t="inlineStr"><is><t>Abcdefghijk</t></is></c>');
    await expect(refusal(xlsx(minimalXlsx({ sheetData: inline })))).resolves.toMatchObject({
      reason: 'cellTooLong',
      reasonParams: { line: 2 },
    });
    const shared = sheetRows(1, () => '<c t="s"><v>0</v></c>');
    await expect(refusal(xlsx(minimalXlsx({ sheetData: shared, sharedStrings: ['Abcdefghijk'] })))).resolves.toMatchObject({
      reason: 'cellTooLong',
    });
  });
});

describe('parseTable: XLSX as other programs write it', () => {
  it('reads a sheet whose elements carry a namespace prefix, cells without references, shared strings and _xHHHH_ escapes', async () => {
    const sheet =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="1"><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>' +
      '<x:row r="3"><x:c><x:v>42</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const file = xlsx(minimalXlsx({ sheetPart: { data: Buffer.from(sheet) }, sharedStrings: ['Mã', 'Họ tên', 'Lê_x000A_Hoa'] }));
    await expect(parseTable(file, COLUMNS)).resolves.toMatchObject({ rows: [{ line: 3, cells: { code: '42', name: 'Lê\nHoa' } }] });
  });

  it('reads stored (not deflated) parts', async () => {
    const data = Buffer.from(`<worksheet><sheetData>${sheetRows(1)}</sheetData></worksheet>`);
    const file = xlsx(minimalXlsx({ sheetPart: { data, stored: true } }));
    await expect(parseTable(file, COLUMNS)).resolves.toMatchObject({ rows: [{ cells: { code: 'CB0', name: 'An' } }] });
  });
});
