import ExcelJS from 'exceljs';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { countRows, createAward, importHistory } from '../factories/history.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';

const quoted = (cell: string): string => (/[",]/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell);
/** CSV text from rows of cells, quoted where a cell holds a comma (as Excel writes it). */
const csv = (...lines: string[][]): string => `${lines.map((cells) => cells.map(quoted).join(',')).join('\r\n')}\r\n`;

const auditCount = async (t: TestApp, entity: string): Promise<number> =>
  ((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = $1`, [entity])) as Array<{ n: number }>)[0].n;

describe('history import (CSV/XLSX, all or nothing)', () => {
  let t: TestApp;
  let library: { id: string };
  let museum: { id: string };
  let staffA: { id: string };
  let staffB: { id: string };
  let hr: string;

  beforeAll(async () => {
    t = await createTestApp();
    library = await createUnit(t, { name: 'Thư viện tỉnh', code: 'TV' });
    await createUnit(t, { name: 'Phòng Nghiệp vụ', code: 'TV-NV', parentId: library.id });
    museum = await createUnit(t, { name: 'Bảo tàng tỉnh', code: 'BT' });
    staffA = await createStaff(t, { code: 'CB001', fullName: 'Nguyễn Thị Lan', gender: 'female', unitId: library.id });
    staffB = await createStaff(t, { code: 'CB002', fullName: 'Lê Văn Hùng', gender: 'male', unitId: library.id });
    await createStaff(t, { code: 'BT001', fullName: 'Phạm Văn Nam', gender: 'male', unitId: museum.id });
    hr = (await createUserToken(t, ['hr_officer'], [library.id])).token;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('awards', () => {
    const awards = csv(
      [
        'STT',
        'Mã cán bộ',
        'Mã đơn vị',
        'Danh hiệu, hình thức khen thưởng',
        'Năm',
        'Số quyết định',
        'Ngày quyết định',
        'Cơ quan ban hành',
        'Loại khen thưởng',
      ],
      ['1', 'CB001', '', 'LĐTT', '2023', '07/QĐ-SVHTTDL', '05/01/2024', 'Sở Văn hóa, Thể thao và Du lịch', 'Thường xuyên'],
      ['2', 'CB001', '', 'Chiến sĩ thi đua cơ sở', '2023', '08/QĐ-SVHTTDL', '05/01/2024', 'Sở Văn hóa, Thể thao và Du lịch', ''],
      ['3', 'CB002', '', 'GIAY_KHEN', '2023', '15/QĐ-SVHTTDL', '2023-09-02', '', 'Đột xuất'],
      ['4', '', 'TV-NV', 'Tập thể lao động tiên tiến', '2023', '09/QĐ-SVHTTDL', '05/01/2024', '', ''],
    );

    it('imports awards by staff and unit code, with Vietnamese headings and values (200), audited', async () => {
      const res = await importHistory(t, 'awards', awards, 'khen-thuong.csv', hr).expect(200);
      expect(res.body).toEqual({
        kind: 'awards',
        batchId: expect.any(String),
        created: 4,
        updated: 0,
        unchanged: 0,
        errors: [],
        warnings: [],
      });
      const rows = (await t.dataSource.query(
        `SELECT ar.award_type_code AS type, s.code AS staff, u.code AS unit, ar.year, ar.basis, ar.decision_date, ar.source
           FROM award_records ar LEFT JOIN staff s ON s.id = ar.staff_id LEFT JOIN units u ON u.id = ar.unit_id ORDER BY ar.decision_number`,
      )) as unknown[];
      expect(rows).toEqual([
        { type: 'LDTT', staff: 'CB001', unit: null, year: 2023, basis: 'regular', decision_date: '2024-01-05', source: 'imported' },
        { type: 'CSTDCS', staff: 'CB001', unit: null, year: 2023, basis: 'regular', decision_date: '2024-01-05', source: 'imported' },
        { type: 'TTLDTT', staff: null, unit: 'TV-NV', year: 2023, basis: 'regular', decision_date: '2024-01-05', source: 'imported' },
        { type: 'GIAY_KHEN', staff: 'CB002', unit: null, year: 2023, basis: 'ad_hoc', decision_date: '2023-09-02', source: 'imported' },
      ]);
      expect(await t.dataSource.query(`SELECT DISTINCT action FROM audit_log WHERE entity = 'awards'`)).toEqual([{ action: 'import' }]);
      expect(await auditCount(t, 'awards')).toBe(4);
    });

    it('changes nothing when the same file is imported again', async () => {
      const res = await importHistory(t, 'awards', awards, 'khen-thuong.csv', hr).expect(200);
      expect(res.body).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
      expect(await countRows(t, 'award_records')).toBe(4);
      expect(await auditCount(t, 'awards')).toBe(4);
    });

    it('refuses the whole file when one row is bad (422 with line, field, message), writing nothing', async () => {
      const file = csv(
        ['Mã cán bộ', 'Danh hiệu', 'Năm'],
        ['CB002', 'LDTT', '2024'],
        ['CB999', 'LDTT', '2024'],
        ['CB002', 'TTLDTT', '2024'],
        ['CB002', 'CSTDCS', '20244'],
      );
      const res = await importHistory(t, 'awards', file, 'x.csv', hr).expect(422);
      expect(res.body.code).toBe('IMPORT_INVALID');
      expect(res.body.details).toEqual([
        { line: 3, field: 'staffCode', constraint: 'unknownStaff', message: 'There is no staff member with code "CB999".' },
        {
          line: 4,
          field: 'awardType',
          constraint: 'notForIndividual',
          message: '"Tập thể lao động tiên tiến" is not given to individuals.',
        },
        { line: 5, field: 'year', constraint: 'year', message: 'Year "20244" is not valid: write a year from 1990 to 2100.' },
      ]);
      expect(await countRows(t, 'award_records')).toBe(4);
    });

    it('refuses an award already held for that year, and the same award twice in one file (Law 2022 Art. 5)', async () => {
      const file = csv(
        ['Mã cán bộ', 'Danh hiệu', 'Năm', 'Số quyết định'],
        ['CB001', 'LDTT', '2023', '99/QĐ-KHAC'],
        ['CB002', 'LDTT', '2024', '01/QĐ'],
        ['CB002', 'LDTT', '2024', '02/QĐ'],
      );
      const res = await importHistory(t, 'awards', file, 'x.csv', hr).expect(422);
      expect(res.body.details.map((d: { line: number; constraint: string }) => [d.line, d.constraint])).toEqual([
        [2, 'duplicateAward'],
        [4, 'duplicateInFile'],
      ]);
      expect(await countRows(t, 'award_records')).toBe(4);
    });

    it('lets a revoked award be imported again for the same year', async () => {
      const staff = await createStaff(t, { code: 'CB003', fullName: 'Đỗ Thị Hà', gender: 'female', unitId: library.id });
      const award = await createAward(t, { awardType: 'LDTT', staffId: staff.id, year: 2022, decisionNumber: '01/QĐ' });
      await t.http().post(`/api/awards/${award.id}/revoke`).set(bearer(hr)).send({ reason: 'Nhầm đối tượng' }).expect(200);
      const file = csv(['Mã cán bộ', 'Danh hiệu', 'Năm', 'Số quyết định'], ['CB003', 'LDTT', '2022', '05/QĐ']);
      expect((await importHistory(t, 'awards', file, 'x.csv', hr).expect(200)).body).toMatchObject({ created: 1 });
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM award_records WHERE staff_id = $1`, [staff.id])).toEqual([{ n: 2 }]);
    });

    it('reports rows outside the officer’s units and a file without a code column', async () => {
      const outside = await importHistory(
        t,
        'awards',
        csv(['Mã cán bộ', 'Danh hiệu', 'Năm'], ['BT001', 'LDTT', '2024']),
        'x.csv',
        hr,
      ).expect(422);
      expect(outside.body.details).toEqual([expect.objectContaining({ line: 2, field: 'staffCode', constraint: 'outOfScope' })]);
      const noCode = await importHistory(t, 'awards', csv(['Họ tên', 'Danh hiệu', 'Năm'], ['A', 'LDTT', '2024']), 'x.csv', hr).expect(422);
      expect(noCode.body.details).toEqual([expect.objectContaining({ line: 1, constraint: 'subjectColumn' })]);
      const noYear = await importHistory(t, 'awards', csv(['Mã cán bộ', 'Danh hiệu'], ['CB001', 'LDTT']), 'x.csv', hr).expect(422);
      expect(noYear.body.details).toEqual([expect.objectContaining({ field: 'year', constraint: 'missingColumn' })]);
      // The four of the first file, and the two of the revoked-award test.
      expect(await countRows(t, 'award_records')).toBe(6);
    });
  });

  describe('appraisals', () => {
    it('imports ratings written as HTXS/HTT or in words; re-import changes nothing; a changed rating updates, audited before/after', async () => {
      const file = csv(
        ['Mã cán bộ', 'Mã đơn vị', 'Năm', 'Xếp loại'],
        ['CB001', '', '2023', 'HTXS'],
        ['CB002', '', '2023', 'Hoàn thành tốt nhiệm vụ'],
        ['', 'TV-NV', '2023', 'htt'],
      );
      expect((await importHistory(t, 'appraisals', file, 'x.csv', hr).expect(200)).body).toMatchObject({
        created: 3,
        updated: 0,
        unchanged: 0,
      });
      expect((await importHistory(t, 'appraisals', file, 'x.csv', hr).expect(200)).body).toMatchObject({
        created: 0,
        updated: 0,
        unchanged: 3,
      });
      const changed = csv(['Mã cán bộ', 'Năm', 'Xếp loại'], ['CB002', '2023', 'HTXS']);
      expect((await importHistory(t, 'appraisals', changed, 'x.csv', hr).expect(200)).body).toMatchObject({
        created: 0,
        updated: 1,
        unchanged: 0,
      });
      expect(await t.dataSource.query(`SELECT rating FROM appraisals WHERE staff_id = $1 AND year = 2023`, [staffB.id])).toEqual([
        { rating: 'excellent' },
      ]);
      const audit = (await t.dataSource.query(
        `SELECT before->>'rating' AS before, after->>'rating' AS after FROM audit_log WHERE entity = 'appraisals' AND before IS NOT NULL`,
      )) as unknown[];
      expect(audit).toEqual([{ before: 'good', after: 'excellent' }]);
      const ratings = (await t.http().get(`/api/staff/${staffA.id}/appraisals`).set(bearer(hr)).expect(200)).body as Array<{
        rating: string;
      }>;
      expect(ratings.map((r) => r.rating)).toEqual(['excellent']);
    });

    it('refuses an unknown rating and a subject year given twice', async () => {
      const file = csv(['Mã cán bộ', 'Năm', 'Xếp loại'], ['CB001', '2024', 'Giỏi'], ['CB002', '2024', 'HT'], ['CB002', '2024', 'KHT']);
      const res = await importHistory(t, 'appraisals', file, 'x.csv', hr).expect(422);
      expect(res.body.details).toEqual([
        expect.objectContaining({ line: 2, field: 'rating', constraint: 'value' }),
        expect.objectContaining({ line: 4, field: 'year', constraint: 'duplicateInFile', message: 'Same as line 3 of the file.' }),
      ]);
      expect(await countRows(t, 'appraisals')).toBe(3);
    });
  });

  describe('initiatives, disciplines, freezes', () => {
    it('imports initiatives (XLSX), and re-importing changes nothing', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Sáng kiến');
      sheet.addRow(['DANH SÁCH SÁNG KIẾN']);
      sheet.addRow(['Mã cán bộ', 'Năm', 'Tên sáng kiến, đề tài', 'Cấp công nhận', 'Loại']);
      sheet.addRow(['CB001', 2023, 'Số hoá tài liệu địa chí', 'Cấp tỉnh', '']);
      sheet.addRow(['CB002', 2024, 'Phần mềm quản lý bạn đọc', 'Cơ sở', 'Đề tài khoa học']);
      const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
      expect((await importHistory(t, 'initiatives', xlsx, 'sang-kien.xlsx', hr).expect(200)).body).toMatchObject({
        created: 2,
        unchanged: 0,
      });
      expect((await importHistory(t, 'initiatives', xlsx, 'sang-kien.xlsx', hr).expect(200)).body).toMatchObject({
        created: 0,
        updated: 0,
        unchanged: 2,
      });
      expect(await t.dataSource.query(`SELECT year, level, kind FROM initiatives WHERE staff_id = $1`, [staffB.id])).toEqual([
        { year: 2024, level: 'grassroots', kind: 'science_work' },
      ]);
      expect(await auditCount(t, 'initiatives')).toBe(2);
    });

    it('imports disciplines; an end date added later updates the record; an end before the start is refused', async () => {
      const file = csv(
        ['Mã cán bộ', 'Hình thức kỷ luật', 'Từ ngày', 'Đến ngày'],
        ['CB002', 'Khiển trách', '01/03/2022', ''],
        ['CB001', 'Cảnh cáo', '2021-01-15', '14/01/2022'],
      );
      expect((await importHistory(t, 'disciplines', file, 'x.csv', hr).expect(200)).body).toMatchObject({ created: 2 });
      const ended = csv(['Mã cán bộ', 'Hình thức kỷ luật', 'Từ ngày', 'Đến ngày'], ['CB002', 'Khiển trách', '01/03/2022', '28/02/2023']);
      expect((await importHistory(t, 'disciplines', ended, 'x.csv', hr).expect(200)).body).toMatchObject({ created: 0, updated: 1 });
      expect((await importHistory(t, 'disciplines', ended, 'x.csv', hr).expect(200)).body).toMatchObject({
        created: 0,
        updated: 0,
        unchanged: 1,
      });
      expect(await t.dataSource.query(`SELECT level, starts_on, ends_on FROM disciplines WHERE staff_id = $1`, [staffB.id])).toEqual([
        { level: 'reprimand', starts_on: '2022-03-01', ends_on: '2023-02-28' },
      ]);
      const bad = csv(
        ['Mã cán bộ', 'Hình thức kỷ luật', 'Từ ngày', 'Đến ngày'],
        ['CB001', 'Kỷ luật nặng', '31/02/2024', ''],
        ['CB001', 'Cảnh cáo', '01/05/2024', '01/04/2024'],
      );
      const res = await importHistory(t, 'disciplines', bad, 'x.csv', hr).expect(422);
      expect(res.body.details.map((d: { line: number; field: string; constraint: string }) => [d.line, d.field, d.constraint])).toEqual([
        [2, 'level', 'value'],
        [2, 'from', 'date'],
        [3, 'to', 'periodOrder'],
      ]);
      expect(await countRows(t, 'disciplines')).toBe(2);
    });

    it('imports freezes for staff and units, and lifts one when the file gives its end', async () => {
      const file = csv(
        ['Mã cán bộ', 'Mã đơn vị', 'Lý do', 'Từ ngày', 'Đến ngày'],
        ['CB001', '', 'Đang xem xét kỷ luật', '01/10/2025', ''],
        ['', 'TV', 'Đang thanh tra', '01/09/2025', ''],
      );
      expect((await importHistory(t, 'freezes', file, 'x.csv', hr).expect(200)).body).toMatchObject({ created: 2 });
      expect((await importHistory(t, 'freezes', file, 'x.csv', hr).expect(200)).body).toMatchObject({ created: 0, unchanged: 2 });
      const lifted = csv(['Mã cán bộ', 'Lý do', 'Từ ngày', 'Đến ngày'], ['CB001', 'Đang xem xét kỷ luật', '01/10/2025', '15/11/2025']);
      expect((await importHistory(t, 'freezes', lifted, 'x.csv', hr).expect(200)).body).toMatchObject({ updated: 1 });
      const history = await t.http().get(`/api/staff/${staffA.id}/history`).set(bearer(hr)).expect(200);
      expect(history.body.freezes).toEqual([
        expect.objectContaining({ reason: 'Đang xem xét kỷ luật', from: '2025-10-01', to: '2025-11-15' }),
      ]);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM freezes WHERE unit_id = $1`, [library.id])).toEqual([{ n: 1 }]);
    });
  });

  describe('the endpoint', () => {
    it('needs an HR officer and a known kind; offers a template per kind', async () => {
      const viewer = (await createUserToken(t, ['viewer'])).token;
      await importHistory(t, 'awards', csv(['Mã cán bộ'], ['CB001']), 'x.csv', viewer).expect(403);
      const badKind = await importHistory(t, 'medals', csv(['Mã cán bộ'], ['CB001']), 'x.csv', hr).expect(400);
      expect(badKind.body.details[0]).toMatchObject({ field: 'kind' });
      const template = await t.http().get('/api/history/import/template.csv?kind=appraisals').set(bearer(hr)).expect(200);
      expect(template.headers['content-type']).toContain('text/csv');
      expect(template.text.replace('\uFEFF', '').split('\r\n')[0]).toBe('Mã cán bộ,Mã đơn vị,Năm,Xếp loại');
      // The template itself imports (its example staff code aside).
      const res = await importHistory(
        t,
        'appraisals',
        template.text.replace('CB0001', 'CB001').replace('2024', '2020'),
        'mau.csv',
        hr,
      ).expect(200);
      expect(res.body).toMatchObject({ created: 1 });
    });
  });
});
