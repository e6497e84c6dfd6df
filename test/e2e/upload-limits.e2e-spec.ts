import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type request from 'supertest';
import { createUnit, createUserToken } from '../factories/index.js';
import { importHistory } from '../factories/history.js';
import { csrfFrom, importFile, signInThroughForm, STAFF_HEADINGS_VI, staffXlsx } from '../factories/import.js';
import { minimalXlsx, repeatedDeflate } from '../factories/zip.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const MB = 1024 * 1024;
const HEADING = 'code,fullName,gender,unitCode\n';
const SHEET_START = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = '</sheetData></worksheet>';

interface Hostile {
  what: string;
  filename: string;
  file: () => Buffer;
  status: number;
  code: string;
  /** The detail's constraint: the limit passed (absent for a damaged file). */
  limit?: string;
  says: string;
}

/** The reproductions of issue 7, item 1, and one file past each other limit. */
const HOSTILE: Hostile[] = [
  {
    what: 'a 19 MB CSV of blank lines',
    filename: 'trong.csv',
    file: () => Buffer.concat([Buffer.from(HEADING), Buffer.alloc(19 * MB, '\n')]),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    limit: 'tooManyBlankLines',
    says: 'more than 10,000 empty lines',
  },
  {
    what: 'a CSV of 20,001 data rows',
    filename: 'nhieu-dong.csv',
    file: () => Buffer.from(HEADING + 'CB1,An,Nam,TV\n'.repeat(20_001)),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    limit: 'tooManyRows',
    says: 'at most 20,000 rows',
  },
  {
    what: 'a row of 201 columns',
    filename: 'nhieu-cot.csv',
    file: () => Buffer.from(`${HEADING}CB1,An,Nam,TV${','.repeat(197)}\n`),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    limit: 'tooManyColumns',
    says: 'at most 200 columns',
  },
  {
    what: 'a cell of 32,768 characters',
    filename: 'o-dai.csv',
    file: () => Buffer.from(`${HEADING}CB1,${'A'.repeat(32_768)},Nam,TV\n`),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    limit: 'cellTooLong',
    says: 'longer than 32,767 characters',
  },
  {
    what: 'a small zip bomb: a 60 KB XLSX whose sheet inflates to 60 MB (refused from its directory)',
    filename: 'bom.xlsx',
    file: () => minimalXlsx({ sheetPart: { deflated: repeatedDeflate(Buffer.alloc(MB, ' '), 60), size: 60 * MB } }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    limit: 'sheetInflatesTooMuch',
    says: 'inflates to more than 50 MB',
  },
  {
    what: 'a 4 MB XLSX whose sheet inflates to 3.9 GB',
    filename: 'bom-lon.xlsx',
    file: () => minimalXlsx({ sheetPart: { deflated: repeatedDeflate(Buffer.alloc(MB, ' '), 3900), size: 3900 * MB } }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    limit: 'sheetInflatesTooMuch',
    says: 'inflates to more than 50 MB',
  },
  {
    what: 'a zip bomb that lies: its sheet declares 1 KB and inflates to 3.9 GB (stopped while inflating)',
    filename: 'bom-noi-doi.xlsx',
    file: () => minimalXlsx({ sheetPart: { deflated: repeatedDeflate(Buffer.alloc(MB, ' '), 3900), size: 1024 } }),
    status: 400,
    code: 'MALFORMED_REQUEST',
    says: 'not a valid Excel workbook',
  },
  {
    what: 'an XLSX of 1,900,000 rows within the inflated limit (stopped at the first row past 20,000)',
    filename: 'trieu-dong.xlsx',
    file: () => {
      const rows = Buffer.from('<row><c><v>1</v></c></row>'.repeat(40_000));
      const sheet = repeatedDeflate(rows, 47, { before: SHEET_START, after: SHEET_END });
      return minimalXlsx({ sheetPart: { deflated: sheet, size: SHEET_START.length + rows.length * 47 + SHEET_END.length } });
    },
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    limit: 'tooManyRows',
    says: 'at most 20,000 rows',
  },
];

/** A legal staff file of about 18.5 MB: 5,000 rows with a long note column (ignored, within the cell limit). */
function bigLegalCsv(unitCode: string): Buffer {
  const note = 'Ghi chú về quá trình công tác. '.repeat(100);
  const lines = [[...STAFF_HEADINGS_VI, 'Ghi chú'].join(',')];
  for (let i = 0; i < 5_000; i++) {
    lines.push(`LON${String(i).padStart(5, '0')},Nguyễn Văn An,Nam,01/02/1980,${unitCode},Chuyên viên,2010-08-15,${note}`);
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

describe('upload limits: a hostile file gets a clear 4xx early, writes nothing, and the service keeps answering', () => {
  let t: TestApp;
  let hr: { username: string; token: string };

  /** The number of rows of every table, to show that a refused upload wrote nothing anywhere. */
  async function tableCounts(): Promise<Record<string, number>> {
    const tables = (await t.dataSource.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    )) as Array<{ name: string }>;
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      counts[name] = ((await t.dataSource.query(`SELECT count(*)::int AS n FROM "${name}"`)) as Array<{ n: number }>)[0].n;
    }
    return counts;
  }

  beforeAll(async () => {
    t = await createTestApp();
    await createUnit(t, { name: 'Thư viện tỉnh', code: 'TV' });
    hr = await createUserToken(t, ['hr_officer']);
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  const routes: Array<[string, (file: Buffer, filename: string) => request.Test]> = [
    ['POST /api/staff/import', (file, filename) => importFile(t, hr.token, file, filename)],
    ['POST /api/history/import?kind=appraisals', (file, filename) => importHistory(t, 'appraisals', file, filename, hr.token)],
  ];

  describe.each(routes)('%s', (_route, send) => {
    it.each(HOSTILE.map((hostile) => [hostile.what, hostile] as const))('refuses %s', async (_what, hostile) => {
      const before = await tableCounts();
      const res = await send(hostile.file(), hostile.filename);
      expect(res.status).toBe(hostile.status);
      expect(res.body).toEqual({
        statusCode: hostile.status,
        code: hostile.code,
        message: expect.stringContaining(hostile.says),
        ...(hostile.limit ? { details: [expect.objectContaining({ field: 'file', constraint: hostile.limit })] } : {}),
        requestId: expect.any(String),
      });
      expect(await tableCounts()).toEqual(before);
      await t.http().get('/health').expect(200);
    });
  });

  it('says it in Vietnamese on the import pages, with the same status', async () => {
    const agent = await signInThroughForm(t, hr.username, 'password-123');
    const staffToken = csrfFrom((await agent.get('/staff/import').expect(200)).text);
    // The token as the field before the file, as the import form sends it.
    const blank = await agent.post('/staff/import').field('_csrf', staffToken).attach('file', HOSTILE[0].file(), 'trong.csv').expect(413);
    expect(blank.text).toContain('Tệp có hơn 10.000 dòng trống. Hãy xoá các dòng trống (thường ở cuối bảng) rồi gửi lại.');
    const historyToken = csrfFrom((await agent.get('/history/import').expect(200)).text);
    const bomb = await agent
      .post('/history/import?kind=appraisals')
      .field('_csrf', historyToken)
      .attach('file', HOSTILE[4].file(), 'bom.xlsx')
      .expect(413);
    expect(bomb.text).toContain('Trang tính khi giải nén lớn hơn 50 MB.');
    await t.http().get('/health').expect(200);
  });

  /**
   * Sends the import and, the moment the service starts reading the file, a health check: the
   * check must answer before reading ends. A reader that held the event loop would answer it after.
   */
  async function importWhileCheckingHealth(file: Buffer, filename: string): Promise<{ res: request.Response; events: string[] }> {
    const events: string[] = [];
    let health: Promise<number> | undefined;
    const onParse = (message: unknown): void => {
      const { phase } = message as { phase: 'start' | 'end' };
      events.push(`reading ${phase}s`);
      if (phase === 'start') {
        health = t
          .http()
          .get('/health')
          .then((answer) => {
            events.push('health answers');
            return answer.status;
          });
      }
    };
    subscribe('commendation-tracker:table-parse', onParse);
    try {
      const res = await importFile(t, hr.token, file, filename);
      await expect(health).resolves.toBe(200);
      return { res, events };
    } finally {
      unsubscribe('commendation-tracker:table-parse', onParse);
    }
  }

  it('keeps answering /health while it reads a big legal CSV (18.5 MB)', async () => {
    const file = bigLegalCsv('TV');
    expect(file.length).toBeGreaterThan(18 * MB);
    const { res, events } = await importWhileCheckingHealth(file, 'lon.csv');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 5_000 });
    expect(events).toEqual(['reading starts', 'health answers', 'reading ends']);
  });

  it('keeps answering /health while it reads a big legal XLSX (20,000 rows)', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [
      `XL${String(i).padStart(5, '0')}`,
      'Trần Thị Bình',
      'Nữ',
      new Date(Date.UTC(1985, 2, 1 + (i % 28))),
      'TV',
      'Thủ thư',
      '',
    ]);
    const file = await staffXlsx(rows, (sheet) => {
      sheet.getColumn(4).numFmt = 'dd/mm/yyyy';
    });
    const { res, events } = await importWhileCheckingHealth(file, 'lon.xlsx');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 20_000 });
    expect(events).toEqual(['reading starts', 'health answers', 'reading ends']);
  });
});
