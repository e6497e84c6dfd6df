import { derivedStaffColumns } from '../../src/staff/staff.service.js';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import {
  countRows,
  csrfFrom,
  importFile,
  signInThroughForm,
  staffCsv,
  staffRows,
  staffXlsx,
  STAFF_HEADINGS_VI,
} from '../factories/import.js';
import { bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';

interface StaffRow {
  id: string;
  code: string;
  full_name: string;
  gender: string;
  date_of_birth: string | null;
  unit_id: string;
  position: string | null;
  started_on: string | null;
  sort_key: string;
  search_text: string;
  updated_at: Date;
}

describe('staff import', () => {
  let t: TestApp;
  let library: { id: string; code: string };
  let museum: { id: string; code: string };
  let hrToken: string;

  const staffByCode = async (code: string): Promise<StaffRow | undefined> =>
    ((await t.dataSource.query('SELECT * FROM staff WHERE code = $1', [code])) as StaffRow[])[0];

  beforeAll(async () => {
    t = await createTestApp();
    library = await createUnit(t, { name: 'Thư viện tỉnh', code: 'TV' });
    museum = await createUnit(t, { name: 'Bảo tàng tỉnh', code: 'BT' });
    hrToken = (await createUserToken(t, ['hr_officer'])).token;
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  describe('a CSV file', () => {
    const rows = [
      ['CSV001', 'Nguyễn   Thị Lan', 'Nữ', '21/03/1985', 'TV', 'Chuyên viên', '15/08/2010'],
      ['CSV002', 'Trần Văn Đức', 'Nam', '1990-12-01', 'TV', '', ''],
      ['CSV003', 'Lê Thị Hoa, con', 'female', '', 'BT', 'Phó Giám đốc', '2001-01-02'],
    ];

    it('creates every row with the derived columns and one audit entry each', async () => {
      const res = await importFile(t, hrToken, staffCsv(rows)).expect(200);
      expect(res.body).toEqual({ batchId: expect.any(String), created: 3, updated: 0, errors: [], warnings: [] });

      const lan = await staffByCode('CSV001');
      expect(lan).toMatchObject({
        full_name: 'Nguyễn Thị Lan',
        gender: 'female',
        date_of_birth: '1985-03-21',
        unit_id: library.id,
        position: 'Chuyên viên',
        started_on: '2010-08-15',
      });
      const derived = derivedStaffColumns('Nguyễn Thị Lan', 'CSV001');
      expect(lan).toMatchObject({ sort_key: derived.sortKey, search_text: derived.searchText });
      expect(await staffByCode('CSV002')).toMatchObject({ gender: 'male', date_of_birth: '1990-12-01', position: null, started_on: null });
      expect(await staffByCode('CSV003')).toMatchObject({ full_name: 'Lê Thị Hoa, con', unit_id: museum.id });
      expect(
        await countRows(t, 'audit_log', `entity = 'staff' AND action = 'import' AND entity_id = $1 AND before IS NULL`, [lan!.id]),
      ).toBe(1);
    });

    it('changes nothing when the same file is imported again: no row updated, no audit entry', async () => {
      const auditBefore = await countRows(t, 'audit_log');
      const stampBefore = (await staffByCode('CSV001'))!.updated_at;
      const res = await importFile(t, hrToken, staffCsv(rows)).expect(200);
      expect(res.body).toEqual({ batchId: expect.any(String), created: 0, updated: 0, errors: [], warnings: [] });
      expect(await countRows(t, 'audit_log')).toBe(auditBefore);
      expect((await staffByCode('CSV001'))!.updated_at).toEqual(stampBefore);
    });

    it('updates exactly the changed row and audits it with before and after', async () => {
      const auditBefore = await countRows(t, 'audit_log');
      const untouched = (await staffByCode('CSV001'))!.updated_at;
      const changed = rows.map((row) =>
        row[0] === 'CSV002' ? ['CSV002', 'Trần Văn Đức', 'Nam', '1990-12-01', 'BT', 'Trưởng phòng', ''] : row,
      );
      const res = await importFile(t, hrToken, staffCsv(changed)).expect(200);
      expect(res.body).toEqual({ batchId: expect.any(String), created: 0, updated: 1, errors: [], warnings: [] });

      const duc = await staffByCode('CSV002');
      expect(duc).toMatchObject({ unit_id: museum.id, position: 'Trưởng phòng' });
      expect((await staffByCode('CSV001'))!.updated_at).toEqual(untouched);
      expect(await countRows(t, 'audit_log')).toBe(auditBefore + 1);
      const [entry] = (await t.dataSource.query(`SELECT * FROM audit_log ORDER BY id DESC LIMIT 1`)) as Array<{
        entity: string;
        entity_id: string;
        action: string;
        before: Record<string, unknown>;
        after: Record<string, unknown>;
      }>;
      expect(entry).toMatchObject({ entity: 'staff', entity_id: duc!.id, action: 'import' });
      expect(entry.before).toMatchObject({ code: 'CSV002', unitId: library.id, position: null });
      expect(entry.after).toMatchObject({ code: 'CSV002', unitId: museum.id, position: 'Trưởng phòng' });
    });

    it('writes nothing when one row is bad, and answers 422 with its line and field', async () => {
      const before = await countRows(t, 'staff');
      const auditBefore = await countRows(t, 'audit_log');
      const file = staffCsv([
        ['CSV010', 'Phạm Văn Nam', 'Nam', '01/01/1980', 'TV', '', ''],
        ['CSV011', 'Vũ Thị Mai', 'Nữ', '30/02/1990', 'TV', '', ''],
        ['CSV012', 'Đỗ Minh', 'Nam', '', 'KHONG-CO', '', ''],
        ['CSV002', 'Trần Văn Đức', 'Nam', '1990-12-01', 'TV', 'Đổi', ''],
      ]);
      const res = await importFile(t, hrToken, file).expect(422);
      expect(res.body).toMatchObject({ statusCode: 422, code: 'IMPORT_INVALID' });
      expect(typeof res.body.requestId).toBe('string');
      expect(res.body.details).toEqual([
        { line: 3, field: 'dateOfBirth', constraint: 'date', message: expect.stringContaining('30/02/1990') },
        { line: 4, field: 'unitCode', constraint: 'unknownUnit', message: 'There is no unit with code “KHONG-CO”.' },
      ]);
      expect(await countRows(t, 'staff')).toBe(before);
      expect(await countRows(t, 'audit_log')).toBe(auditBefore);
      expect((await staffByCode('CSV002'))!.position).toBe('Trưởng phòng');
    });

    it('refuses a code repeated in the file on its second line', async () => {
      const file = staffCsv([
        ['CSV020', 'A', 'Nam', '', 'TV', '', ''],
        ['CSV020', 'B', 'Nam', '', 'TV', '', ''],
      ]);
      const res = await importFile(t, hrToken, file).expect(422);
      expect(res.body.details).toEqual([
        { line: 3, field: 'code', constraint: 'duplicateInFile', message: expect.stringContaining('line 2') },
      ]);
    });

    it('reads a file without BOM, with quoted line breaks and an empty line, numbering lines as the file does', async () => {
      const text = 'Mã,Họ tên,Giới tính,Mã đơn vị,Chức vụ\n\nCSV030,"Hồ Văn\nTâm",Nam,TV,x\nCSV031,Ngô An,Nam,TV,"a, b"\nCSV032,,Nam,TV,\n';
      const res = await importFile(t, hrToken, Buffer.from(text)).expect(422);
      expect(res.body.details).toEqual([{ line: 6, field: 'fullName', constraint: 'required', message: 'Must not be empty.' }]);
    });
  });

  it('writes files larger than one batch (1000 rows per statement) in full, and re-imports them as unchanged', async () => {
    const file = staffCsv(staffRows(2500, 'TV', 'BATCH'));
    const auditBefore = await countRows(t, 'audit_log');
    const res = await importFile(t, hrToken, file).expect(200);
    expect(res.body).toMatchObject({ created: 2500, updated: 0, errors: [] });
    expect(await countRows(t, 'staff', `code LIKE 'BATCH%'`)).toBe(2500);
    expect(await countRows(t, 'audit_log')).toBe(auditBefore + 2500);
    const again = await importFile(t, hrToken, file).expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 0, errors: [] });
    expect(await countRows(t, 'audit_log')).toBe(auditBefore + 2500);
  });

  it('imports an XLSX with Vietnamese headings, a real date cell, a formula and a code typed as a number', async () => {
    const file = await staffXlsx(
      [
        [{ formula: '"XL"&"001"', result: 'XL001' }, 'Hoàng Thị Yến', 'Nữ', new Date(Date.UTC(1988, 6, 9)), 'TV', 'Thủ thư', '01/09/2012'],
        [2002, { richText: [{ text: 'Bùi ' }, { text: 'Quang Huy' }] }, 'Nam', null, 'BT', null, null],
      ],
      (sheet) => {
        sheet.getCell('D2').numFmt = 'dd/mm/yyyy';
        sheet.getCell('A3').numFmt = '000000';
      },
    );
    const res = await importFile(t, hrToken, file, 'danh-sach.xlsx').expect(200);
    expect(res.body).toEqual({ batchId: expect.any(String), created: 2, updated: 0, errors: [], warnings: [] });
    expect(await staffByCode('XL001')).toMatchObject({
      full_name: 'Hoàng Thị Yến',
      date_of_birth: '1988-07-09',
      started_on: '2012-09-01',
      unit_id: library.id,
    });
    expect(await staffByCode('002002')).toMatchObject({ full_name: 'Bùi Quang Huy', date_of_birth: null, unit_id: museum.id });
  });

  it('refuses, for an HR officer limited to one unit, rows filed under another unit', async () => {
    const scoped = await createUserToken(t, ['hr_officer'], [library.id]);
    const before = await countRows(t, 'staff');
    const file = staffCsv([
      ['SC001', 'Đinh Văn Khoa', 'Nam', '', 'TV', '', ''],
      ['SC002', 'Mai Thị Thu', 'Nữ', '', 'BT', '', ''],
    ]);
    const res = await importFile(t, scoped.token, file).expect(422);
    expect(res.body.details).toEqual([
      { line: 3, field: 'unitCode', constraint: 'unitOutOfScope', message: expect.stringContaining('BT') },
    ]);
    expect(await countRows(t, 'staff')).toBe(before);
  });

  it('refuses, for a scoped HR officer, moving a staff member out of a unit outside their scope', async () => {
    await createStaff(t, { unitId: museum.id, code: 'SC010', fullName: 'Kiều Văn Phong' });
    const scoped = await createUserToken(t, ['hr_officer'], [library.id]);
    const res = await importFile(t, scoped.token, staffCsv([['SC010', 'Kiều Văn Phong', 'Nam', '', 'TV', '', '']])).expect(422);
    expect(res.body.details).toEqual([
      { line: 2, field: 'code', constraint: 'staffOutOfScope', message: expect.stringContaining('SC010') },
    ]);
    expect((await staffByCode('SC010'))!.unit_id).toBe(museum.id);
  });

  it('answers 403 to a viewer and writes nothing', async () => {
    const viewer = await createUserToken(t, ['viewer']);
    const res = await importFile(t, viewer.token, staffCsv([['VW001', 'An', 'Nam', '', 'TV', '', '']])).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect(await staffByCode('VW001')).toBeUndefined();
  });

  describe('uploads that are not a usable file', () => {
    it('answers 415 in the error shape to a JSON body', async () => {
      const res = await t.http().post('/api/staff/import').set(bearer(hrToken)).set(ENGLISH).send({ file: 'x' }).expect(415);
      expect(res.body).toMatchObject({ statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('multipart') });
      expect(typeof res.body.requestId).toBe('string');
    });

    it('answers 400 when the multipart body has no field "file"', async () => {
      const res = await t
        .http()
        .post('/api/staff/import')
        .set(bearer(hrToken))
        .set(ENGLISH)
        .attach('upload', staffCsv([]), 'a.csv')
        .expect(400);
      expect(res.body).toMatchObject({ code: 'MALFORMED_REQUEST', message: expect.stringContaining('“file”') });
      const fieldsOnly = await t.http().post('/api/staff/import').set(bearer(hrToken)).field('note', 'x').expect(400);
      expect(fieldsOnly.body.code).toBe('MALFORMED_REQUEST');
    });

    it('answers 415 to a file that is neither CSV nor XLSX, and to an old .xls', async () => {
      const pdf = await importFile(t, hrToken, Buffer.from('%PDF-1.7'), 'quyet-dinh.pdf').expect(415);
      expect(pdf.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('quyet-dinh.pdf') });
      const xls = await importFile(t, hrToken, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'cu.xls').expect(415);
      expect(xls.body.message).toContain('.xlsx');
    });

    it('answers 400 with advice to an .xlsx that is not a workbook', async () => {
      const res = await importFile(t, hrToken, Buffer.from('not a zip at all'), 'hong.xlsx').expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'MALFORMED_REQUEST', message: expect.stringContaining('save it again') });
    });

    it('answers 422 naming the missing columns of a file without the headings', async () => {
      const res = await importFile(t, hrToken, Buffer.from('Tên,Ghi chú\nAn,x\n')).expect(422);
      expect(res.body.code).toBe('IMPORT_INVALID');
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['code', 'fullName', 'gender', 'unitCode']);
      expect(res.body.details[0]).toEqual({ line: 1, field: 'code', constraint: 'missingColumn', message: 'Missing column “Mã cán bộ”.' });
    });

    it('answers 413 to a file over the 20 MB upload limit', async () => {
      const big = Buffer.alloc(20 * 1024 * 1024 + 10, 'a');
      const res = await importFile(t, hrToken, big, 'lon.csv').expect(413);
      expect(res.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('20 MB') });
    });
  });

  it('serves the template: UTF-8 with BOM, the Vietnamese headings and an example row', async () => {
    const res = await t
      .http()
      .get('/api/staff/import/template.csv')
      .set(bearer(hrToken))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(STAFF_HEADINGS_VI.join(','));
    expect(lines[1].split(',')).toHaveLength(STAFF_HEADINGS_VI.length);
  });

  describe('the page', () => {
    it('renders for an HR officer signed in through the login form, with the columns and the template link', async () => {
      const hr = await createUserToken(t, ['hr_officer']);
      const agent = await signInThroughForm(t, hr.username, 'password-123');
      const page = await agent.get('/staff/import').expect(200);
      expect(page.text).toContain('enctype="multipart/form-data"');
      // The token travels in the form's first field, read before the file; never in the address.
      expect(page.text).toMatch(/action="\/staff\/import"[^>]*>\s*<input type="hidden" name="_csrf" value="[^"]+">/u);
      expect(page.text).toContain('href="/staff/import/template.csv"');
      expect(page.text).toContain('<progress');
      expect(page.text).toContain('src="/assets/import.js"');
      expect(page.text).toContain('Ngày bắt đầu công tác');
      const template = await agent.get('/staff/import/template.csv').expect(200);
      expect(template.text).toContain('Mã cán bộ');
    });

    it('imports an upload and shows the counts; shows the errors in Vietnamese with a 422', async () => {
      const hr = await createUserToken(t, ['hr_officer']);
      const agent = await signInThroughForm(t, hr.username, 'password-123');
      const token = csrfFrom((await agent.get('/staff/import').expect(200)).text);
      const ok = await agent
        .post('/staff/import')
        .field('_csrf', token)
        .attach(
          'file',
          staffCsv([
            ['PG001', 'Lý Thị Ngọc', 'Nữ', '', 'TV', '', ''],
            ['PG002', 'Tạ Văn Hải', 'Nam', '', 'TV', '', ''],
          ]),
          'trang.csv',
        )
        .expect(200);
      expect(ok.text).toContain('Thêm mới: 2');
      expect(ok.text).toContain('Cập nhật: 0');
      expect(await staffByCode('PG002')).toMatchObject({ full_name: 'Tạ Văn Hải' });

      const before = await countRows(t, 'staff');
      const bad = await agent
        .post('/staff/import')
        .field('_csrf', token)
        .attach('file', staffCsv([['PG003', 'Hà An', 'X', '', 'TV', '', '']]), 'trang.csv')
        .expect(422);
      expect(bad.text).toContain('chưa ghi gì vào cơ sở dữ liệu');
      expect(bad.text).toContain('Giới tính “X” không hợp lệ');
      expect(await countRows(t, 'staff')).toBe(before);
    });

    it('shows a refused file on the result page, and refuses an upload without the CSRF token', async () => {
      const hr = await createUserToken(t, ['hr_officer']);
      const agent = await signInThroughForm(t, hr.username, 'password-123');
      const token = csrfFrom((await agent.get('/staff/import').expect(200)).text);
      const refused = await agent.post('/staff/import').field('_csrf', token).attach('file', Buffer.from('x'), 'anh.png').expect(415);
      expect(refused.text).toContain('không phải CSV hay Excel');
      await agent
        .post('/staff/import')
        .attach('file', staffCsv([['PG009', 'An', 'Nam', '', 'TV', '', '']]), 'a.csv')
        .expect(403);
      expect(await staffByCode('PG009')).toBeUndefined();
    });
  });
});
