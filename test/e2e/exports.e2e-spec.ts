import ExcelJS from 'exceljs';
import type request from 'supertest';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { setRating } from '../factories/eligibility.js';
import { createAward } from '../factories/history.js';
import { signInThroughForm } from '../factories/import.js';
import { ADMIN_PASSWORD, bearer, ENGLISH, createTestApp, type TestApp } from '../support/test-app.js';

/** Issue 8, item 8: every list out to XLSX (read back with exceljs) and to a print page. */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** supertest keeps a binary answer as a Buffer with this parser. */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

async function workbookOf(body: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as never);
  return workbook.worksheets[0];
}

/** The values of a row as the reader sees them (1-based columns, as exceljs gives them). */
const rowValues = (sheet: ExcelJS.Worksheet, row: number): unknown[] => (sheet.getRow(row).values as unknown[]).slice(1);

const HEADER_ROW = 5;

/** The page's text with Handlebars' escapes of `=`, `&` and `"` undone, to compare with what was written. */
const unescaped = (html: string): string =>
  html
    .replace(/&#x3D;/gu, '=')
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, '&');

/** Today in Vietnam as dd/mm/yyyy, as the title rows say it. */
const todayText = (): string => {
  const [year, month, day] = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
};

describe('exports (issue 8, item 8)', () => {
  let t: TestApp;
  let library: { id: string; name: string };
  let reading: { id: string; name: string };
  let admin: string;
  let an: { id: string };
  let binh: { id: string };
  let other: { id: string };

  const download = async (path: string, token: string, headers: Record<string, string> = {}): Promise<request.Response> =>
    t.http().get(path).set(bearer(token)).set(headers).buffer(true).parse(binary).expect(200);

  beforeAll(async () => {
    t = await createTestApp();
    admin = t.adminToken;
    library = await createUnit(t, { name: 'Thư viện tỉnh Thử Nghiệm', code: 'TVX' });
    reading = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', code: 'TVX-PV', parentId: library.id });
    const office = await createUnit(t, { name: 'Phòng Hành chính', code: 'TVX-HC', parentId: library.id });
    an = await createStaff(t, {
      unitId: reading.id,
      code: 'PV-01',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1985-03-09',
      position: '=HYPERLINK("http://evil.example","x")',
      startedOn: '2010-09-01',
    });
    binh = await createStaff(t, { unitId: reading.id, code: 'PV-02', fullName: 'Trần Thị Bình', gender: 'female', position: '+1+1' });
    other = await createStaff(t, { unitId: office.id, code: 'HC-01', fullName: 'Lê Văn Cường', position: '@SUM(A1:A2)' });
    await setRating(t, 'staff', an.id, 2025, 'good');
    await setRating(t, 'staff', binh.id, 2025, 'completed');
    await setRating(t, 'staff', other.id, 2025, 'excellent');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  }, 60_000);

  it('staff: title rows, header, values, dates as dd/mm/yyyy, formula-looking text stays text, A4 landscape with the header repeated', async () => {
    const res = await download(`/api/staff/export.xlsx?unitId=${reading.id}`, admin);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="danh-sach-can-bo-\d{4}-\d{2}-\d{2}\.xlsx"; /u);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''Danh%20s%C3%A1ch%20c%C3%A1n%20b%E1%BB%99%20");
    const sheet = await workbookOf(res.body as Buffer);
    expect(sheet.getCell('A1').value).toBe('Thư viện tỉnh Thử Nghiệm');
    expect(sheet.getCell('A2').value).toBe('Danh sách cán bộ');
    expect(sheet.getCell('A3').value).toBe('Bộ lọc: đơn vị Phòng Phục vụ bạn đọc (gồm đơn vị trực thuộc)');
    expect(sheet.getCell('A4').value).toBe(`Ngày xuất: ${todayText()}`);
    expect(rowValues(sheet, HEADER_ROW)).toEqual([
      'STT',
      'Mã cán bộ',
      'Họ và tên',
      'Giới tính',
      'Ngày sinh',
      'Đơn vị',
      'Chức vụ',
      'Ngày vào làm',
      'Trạng thái',
      'Ngày nghỉ',
    ]);
    // Vietnamese name order: An before Bình; the office's Cường is outside the filter.
    expect(sheet.getCell(6, 3).value).toBe('Nguyễn Văn An');
    expect(sheet.getCell(7, 3).value).toBe('Trần Thị Bình');
    expect(sheet.getCell(8, 3).value).toBeNull();
    const position = sheet.getCell(6, 7);
    expect({ type: position.type, value: position.value, formula: position.formula }).toEqual({
      type: ExcelJS.ValueType.String,
      value: '=HYPERLINK("http://evil.example","x")',
      formula: undefined,
    });
    expect(sheet.getCell(7, 7).value).toBe('+1+1');
    const born = sheet.getCell(6, 5);
    expect(born.value).toEqual(new Date(Date.UTC(1985, 2, 9)));
    expect(born.numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell(6, 1).value).toBe(1);
    expect(sheet.getCell(6, 4).value).toBe('Nam');
    expect(sheet.getCell(7, 4).value).toBe('Nữ');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe('5:5');
    expect(sheet.getColumn(3).width).toBeGreaterThan(20);
  });

  it('staff: the search filter too, in words; English when asked', async () => {
    const res = await download('/api/staff/export.xlsx?q=c%C6%B0%E1%BB%9Dng', admin, ENGLISH);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''Staff%20list%20");
    const sheet = await workbookOf(res.body as Buffer);
    expect(sheet.getCell('A2').value).toBe('Staff list');
    expect(sheet.getCell('A3').value).toBe('Filter: search “cường”');
    expect(sheet.getCell(6, 3).value).toBe('Lê Văn Cường');
    expect(sheet.getCell(6, 7).value).toBe('@SUM(A1:A2)');
    expect(sheet.getCell(7, 3).value).toBeNull();
  });

  it('staff: the scope of the list — a manager gets only their unit; another unit is refused as the list refuses it', async () => {
    const manager = await createUserToken(t, ['manager'], [reading.id]);
    const sheet = await workbookOf((await download('/api/staff/export.xlsx', manager.token)).body as Buffer);
    const names = [6, 7, 8].map((row) => sheet.getCell(row, 3).value);
    expect(names).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', null]);
    const office = (await t.dataSource.query(`SELECT id FROM units WHERE code = 'TVX-HC'`)) as Array<{ id: string }>;
    await t.http().get(`/api/staff/export.xlsx?unitId=${office[0].id}`).set(bearer(manager.token)).expect(403);
    await t.http().get('/api/staff/export.xlsx').expect(401);
    await t.http().get('/api/staff/export.xlsx?pageSize=100000').set(bearer(admin)).expect(400);
  });

  it('candidates: status, open criteria with their articles, and the reward money of those who qualify', async () => {
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const money = await t.http().get(`/api/rewards/amount?awardType=LDTT&subject=individual&date=${today}`).set(bearer(admin)).expect(200);
    const res = await download(`/api/eligibility/candidates/export.xlsx?awardType=LDTT&year=2025&unitId=${reading.id}`, admin);
    expect(res.headers['content-disposition']).toContain(
      "filename*=UTF-8''Danh%20s%C3%A1ch%20x%C3%A9t%20Lao%20%C4%91%E1%BB%99ng%20ti%C3%AAn%20ti%E1%BA%BFn%20n%C4%83m%202025%20",
    );
    const sheet = await workbookOf(res.body as Buffer);
    expect(sheet.getCell('A2').value).toBe('Danh sách xét Lao động tiên tiến năm 2025');
    const filter = String(sheet.getCell('A3').value);
    expect(filter).toContain('Lao động tiên tiến năm 2025; đơn vị Phòng Phục vụ bạn đọc (gồm đơn vị trực thuộc)');
    expect(filter).toContain(`mức lương cơ sở ${new Intl.NumberFormat('vi-VN').format(money.body.baseSalary as number)} đồng`);
    expect(rowValues(sheet, HEADER_ROW)).toEqual([
      'STT',
      'Mã',
      'Họ và tên',
      'Đơn vị',
      'Kết quả',
      'Tiêu chí chưa đạt hoặc cần xác nhận',
      'Căn cứ',
      'Tiền thưởng (VND)',
    ]);
    expect(rowValues(sheet, 6).slice(1, 5)).toEqual(['PV-01', 'Nguyễn Văn An', 'Phòng Phục vụ bạn đọc', 'Đủ điều kiện']);
    const amount = sheet.getCell(6, 8);
    expect(amount.value).toBe(money.body.amount);
    expect(amount.numFmt).toBe('#,##0 "VND"');
    expect(rowValues(sheet, 7).slice(1, 5)).toEqual(['PV-02', 'Trần Thị Bình', 'Phòng Phục vụ bạn đọc', 'Thiếu một tiêu chí']);
    expect(String(sheet.getCell(7, 6).value)).toContain('Hoàn thành nhiệm vụ');
    expect(String(sheet.getCell(7, 7).value)).toContain('Điều 24 khoản 1 điểm a');
    expect(sheet.getCell(7, 8).value).toBeNull();
    expect(sheet.getCell(8, 2).value).toBeNull();
    // The same query as the list: an unknown award is refused as the list refuses it.
    await t.http().get('/api/eligibility/candidates/export.xlsx?awardType=LDTT').set(bearer(admin)).expect(400);
  });

  it('audit log: admins only, same filters as the list, newest first, the changes in words', async () => {
    const viewer = await createUserToken(t, ['viewer']);
    await t.http().get('/api/audit/export.xlsx').set(bearer(viewer.token)).expect(403);
    const res = await download(`/api/audit/export.xlsx?entity=staff&entityId=${an.id}`, admin);
    const sheet = await workbookOf(res.body as Buffer);
    expect(sheet.getCell('A2').value).toBe('Nhật ký thay đổi');
    // The filter and the rows name the record as the audit page does, not by its id.
    expect(sheet.getCell('A3').value).toBe('Bộ lọc: loại đối tượng Cán bộ, viên chức; bản ghi Nguyễn Văn An (PV-01)');
    expect(rowValues(sheet, HEADER_ROW)).toEqual(['Thời điểm', 'Người thực hiện', 'Đối tượng', 'Bản ghi', 'Thao tác', 'Trước → sau']);
    expect(rowValues(sheet, 6).slice(1, 5)).toEqual([
      expect.stringContaining('admin'),
      'Cán bộ, viên chức',
      'Nguyễn Văn An (PV-01)',
      'Thêm mới',
    ]);
    expect(sheet.getCell(6, 1).value).toBeInstanceOf(Date);
    expect(sheet.getCell(6, 1).numFmt).toBe('dd/mm/yyyy hh:mm');
    const changes = sheet.getCell(6, 6);
    expect(changes.type).toBe(ExcelJS.ValueType.String);
    expect(String(changes.value)).toContain('Chức vụ: — → =HYPERLINK("http://evil.example","x")');
    expect(sheet.getCell(7, 1).value).toBeNull();
  });

  it("a person's history: one row per record, the award's money on its decision date", async () => {
    await createAward(t, {
      awardType: 'LDTT',
      staffId: an.id,
      year: 2024,
      decisionNumber: '12/QĐ-SVHTTDL',
      decisionDate: '2025-01-15',
      issuerName: 'Sở Văn hóa, Thể thao và Du lịch',
    });
    const res = await download(`/api/staff/${an.id}/history/export.xlsx`, admin);
    const sheet = await workbookOf(res.body as Buffer);
    expect(sheet.getCell('A2').value).toBe('Quá trình thi đua, khen thưởng của Nguyễn Văn An (PV-01)');
    expect(sheet.getCell('A3').value).toBe('Cán bộ Nguyễn Văn An, mã PV-01, Phòng Phục vụ bạn đọc');
    expect(rowValues(sheet, 6).slice(1, 7)).toEqual([
      'Danh hiệu thi đua',
      2024,
      'Lao động tiên tiến',
      '12/QĐ-SVHTTDL',
      new Date(Date.UTC(2025, 0, 15)),
      'Sở Văn hóa, Thể thao và Du lịch',
    ]);
    // 0.3 × 2,340,000 (base salary from 1/7/2024), rounded up to 10,000 VND (ND 152/2025 Art. 49).
    expect(sheet.getCell(6, 10).value).toBe(710_000);
    expect(rowValues(sheet, 7).slice(1, 4)).toEqual(['Xếp loại', 2025, 'Hoàn thành tốt nhiệm vụ']);
    const manager = await createUserToken(t, ['manager'], [reading.id]);
    await t.http().get(`/api/staff/${other.id}/history/export.xlsx`).set(bearer(manager.token)).expect(403);
    await download(`/api/staff/${an.id}/history/export.xlsx`, manager.token);
  });

  it("a unit's history, beside GET /api/units/:id/history", async () => {
    await setRating(t, 'units', reading.id, 2025, 'excellent');
    const sheet = await workbookOf((await download(`/api/units/${reading.id}/history/export.xlsx`, admin)).body as Buffer);
    expect(sheet.getCell('A2').value).toBe('Quá trình thi đua, khen thưởng của tập thể Phòng Phục vụ bạn đọc (TVX-PV)');
    expect(rowValues(sheet, 6).slice(1, 4)).toEqual(['Xếp loại', 2025, 'Hoàn thành xuất sắc nhiệm vụ']);
  });

  describe('pages', () => {
    let agent: request.Agent;
    beforeAll(async () => {
      agent = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
    });

    it('each list page links "Xuất Excel" and "In" with its filters; the link downloads the same list', async () => {
      const list = unescaped((await agent.get(`/staff?q=PV-01&unitId=${reading.id}`).expect(200)).text);
      const href = `/staff/export.xlsx?q=PV-01&unitId=${reading.id}`;
      expect(list).toContain(`<a href="${href}" download>Xuất Excel</a>`);
      expect(list).toContain(`<a href="/staff/print?q=PV-01&unitId=${reading.id}">In</a>`);
      const file = await agent.get(href).buffer(true).parse(binary).expect(200);
      const sheet = await workbookOf(file.body as Buffer);
      expect(sheet.getCell(6, 3).value).toBe('Nguyễn Văn An');
      expect(sheet.getCell(7, 3).value).toBeNull();

      const candidates = unescaped((await agent.get('/eligibility?awardType=LDTT&year=2025').expect(200)).text);
      expect(candidates).toContain('href="/eligibility/export.xlsx?awardType=LDTT&year=2025"');
      const audit = unescaped((await agent.get('/audit?entity=staff').expect(200)).text);
      expect(audit).toContain('href="/audit/export.xlsx?entity=staff"');
      const history = await agent.get(`/staff/${an.id}/history`).expect(200);
      expect(history.text).toContain(`href="/staff/${an.id}/history/export.xlsx"`);
      expect(history.text).toContain(`href="/staff/${an.id}/history/print"`);
    });

    it('the print page: heading with the body, the title, the filter and the date, the whole list in one table', async () => {
      const page = { text: unescaped((await agent.get(`/staff/print?unitId=${reading.id}`).expect(200)).text) };
      expect(page.text).toContain('<p class="organisation">Thư viện tỉnh Thử Nghiệm</p>');
      expect(page.text).toContain('<h1>Danh sách cán bộ</h1>');
      expect(page.text).toContain('<p>Bộ lọc: đơn vị Phòng Phục vụ bạn đọc (gồm đơn vị trực thuộc)</p>');
      expect(page.text).toContain(`<p>Ngày xuất: ${todayText()}</p>`);
      expect(page.text).toContain('<th scope="col">Ngày sinh</th>');
      expect(page.text).toContain('<td>09/03/1985</td>');
      expect(page.text).toContain('<td>=HYPERLINK("http://evil.example","x")</td>');
      expect(page.text).not.toContain('Lê Văn Cường');
      const candidates = await agent.get('/eligibility/print?awardType=LDTT&year=2025').expect(200);
      expect(candidates.text).toContain('<h1>Danh sách xét Lao động tiên tiến năm 2025</h1>');
      expect(candidates.text).toMatch(/<td class="num">\d{3}\.\d{3} VND<\/td>/u);
      const audit = await agent.get('/audit/print?entity=staff').expect(200);
      expect(audit.text).toContain('<h1>Nhật ký thay đổi</h1>');
      await agent.get(`/staff/${an.id}/history/print`).expect(200);
    });

    it('pages follow the same authorisation: a viewer gets no audit export', async () => {
      const viewer = await createUserToken(t, ['viewer']);
      const asViewer = await signInThroughForm(t, viewer.username, 'password-123');
      await asViewer.get('/audit/export.xlsx').expect(403);
      await asViewer.get('/audit/print').expect(403);
      await t.http().get('/staff/export.xlsx').expect(303);
    });
  });
});
