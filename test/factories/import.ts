import ExcelJS from 'exceljs';
import type request from 'supertest';
import { bearer, ENGLISH, type TestApp } from '../support/test-app.js';

/** The template's Vietnamese headings, in the template's order. */
export const STAFF_HEADINGS_VI = ['Mã cán bộ', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Mã đơn vị', 'Chức vụ', 'Ngày vào làm'];

const csvCell = (cell: string): string => (/[",\r\n]/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell);

/** A CSV file as Excel's "CSV UTF-8" writes it: BOM, CRLF line ends, quotes only where needed. */
export function staffCsv(rows: string[][], options: { headings?: string[]; bom?: boolean } = {}): Buffer {
  const lines = [options.headings ?? STAFF_HEADINGS_VI, ...rows].map((cells) => cells.map(csvCell).join(','));
  return Buffer.from(`${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`, 'utf8');
}

/** `count` valid rows for the unit, codes `<prefix>00001`…, as cells in the template's order. */
export function staffRows(count: number, unitCode: string, prefix = 'IMP'): string[][] {
  const given = ['An', 'Bình', 'Cúc', 'Dũng', 'Hoa', 'Lan', 'Minh', 'Nga', 'Phúc', 'Thảo'];
  return Array.from({ length: count }, (_, i) => [
    `${prefix}${String(i + 1).padStart(5, '0')}`,
    `Nguyễn Văn ${given[i % given.length]}`,
    i % 2 === 0 ? 'Nam' : 'Nữ',
    `${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/19${70 + (i % 30)}`,
    unitCode,
    'Chuyên viên',
    // After everyone's 15th birthday (born 1970–1999): an earlier start is refused (startBeforeAge15).
    '2020-08-15',
  ]);
}

/** A workbook with one sheet of the given rows (cells may be dates, numbers, formulas…). */
export async function staffXlsx(rows: ExcelJS.CellValue[][], dress?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(STAFF_HEADINGS_VI);
  for (const row of rows) {
    sheet.addRow(row);
  }
  dress?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** POST /api/staff/import with the file in the multipart field `file`. */
export function importFile(t: TestApp, token: string, file: Buffer, filename = 'can-bo.csv'): request.Test {
  // Problems come back in the language asked for (else the user's, Vietnamese here): the specs read the English texts.
  return t.http().post('/api/staff/import').set(bearer(token)).set(ENGLISH).attach('file', file, filename);
}

/** The CSRF token a page put in a form's hidden field. */
export function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/u.exec(html);
  if (!match) {
    throw new Error('no CSRF token on the page');
  }
  return match[1];
}

/** Signs in through the login form, as a browser does; the agent keeps the session and CSRF cookies. */
export async function signInThroughForm(t: TestApp, username: string, password: string): Promise<request.Agent> {
  const agent = t.http();
  const login = await agent.get('/login').expect(200);
  const body = new URLSearchParams({ _csrf: csrfFrom(login.text), username, password, next: '/staff/import' }).toString();
  await agent.post('/login').type('form').send(body).expect(303).expect('Location', '/staff/import');
  return agent;
}

/** Counts rows of a table, optionally filtered (`where` is trusted test SQL). */
export async function countRows(t: TestApp, table: 'staff' | 'audit_log', where = 'TRUE', params: unknown[] = []): Promise<number> {
  const [row] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params)) as Array<{ n: number }>;
  return row.n;
}
