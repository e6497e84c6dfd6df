import { createStaff, createUnit } from '../factories/index.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';

interface StaffBody {
  id: string;
  code: string;
  fullName: string;
  unitId: string;
  status: string;
  leftOn: string | null;
}
interface ListBody {
  items: Array<StaffBody & { unitName: string }>;
  total: number;
  page: number;
  pageSize: number;
}

describe('staff registry (API)', () => {
  let t: TestApp;
  let library: { id: string };
  let readers: { id: string };
  let digital: { id: string };

  const list = async (query: Record<string, string | number>): Promise<ListBody> =>
    (await t.http().get('/api/staff').query(query).set(bearer(t.adminToken)).expect(200)).body as ListBody;
  const names = (body: ListBody): string[] => body.items.map((s) => s.fullName);
  const staffRow = async (id: string): Promise<{ full_name: string; unit_id: string; status: string; left_on: string | null }> =>
    (
      (await t.dataSource.query('SELECT full_name, unit_id, status, left_on FROM staff WHERE id = $1', [id])) as Array<{
        full_name: string;
        unit_id: string;
        status: string;
        left_on: string | null;
      }>
    )[0];

  beforeAll(async () => {
    t = await createTestApp();
    library = await createUnit(t, { name: 'Thư viện tỉnh Vĩnh Phúc', code: 'TVVP' });
    readers = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', code: 'TVVP-PVBD', parentId: library.id });
    digital = await createUnit(t, { name: 'Phòng Tin học', code: 'TVVP-TH', parentId: library.id });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('create and read', () => {
    it('answers 201 with exactly the documented fields', async () => {
      const res = await t
        .http()
        .post('/api/staff')
        .set(bearer(t.adminToken))
        .send({
          code: 'VP-0001',
          fullName: 'Nguyễn Văn An',
          gender: 'male',
          dateOfBirth: '1985-04-12',
          unitId: readers.id,
          position: 'Thư viện viên',
          startedOn: '2010-09-01',
        })
        .expect(201);
      // The fields, plus leftOn (the day someone left; null while active) and warnings (what is unlikely about it).
      expect(Object.keys(res.body as object).sort()).toEqual(
        ['code', 'dateOfBirth', 'fullName', 'gender', 'id', 'leftOn', 'position', 'startedOn', 'status', 'unitId', 'warnings'].sort(),
      );
      expect(res.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/u),
        code: 'VP-0001',
        fullName: 'Nguyễn Văn An',
        gender: 'male',
        dateOfBirth: '1985-04-12',
        unitId: readers.id,
        position: 'Thư viện viên',
        startedOn: '2010-09-01',
        status: 'active',
        leftOn: null,
        warnings: [],
      });
      const fetched = await t
        .http()
        .get(`/api/staff/${(res.body as StaffBody).id}`)
        .set(bearer(t.adminToken))
        .expect(200);
      const { warnings: _warnings, ...created } = res.body as StaffBody & { warnings: unknown[] };
      expect(fetched.body).toEqual(created);
    });

    it('stores names as NFC, trimmed, with inner spaces collapsed', async () => {
      const decomposed = '  Trần   Thị  Thu   Hằng '.normalize('NFD');
      expect(decomposed).not.toBe(decomposed.normalize('NFC'));
      const res = await t
        .http()
        .post('/api/staff')
        .set(bearer(t.adminToken))
        .send({ code: 'VP-NFD', fullName: decomposed, gender: 'female', unitId: readers.id })
        .expect(201);
      const expected = 'Trần Thị Thu Hằng'.normalize('NFC');
      expect((res.body as StaffBody).fullName).toBe(expected);
      const row = await staffRow((res.body as StaffBody).id);
      expect(row.full_name).toBe(expected);
      expect(row.full_name.normalize('NFC')).toBe(row.full_name);
    });

    it('answers 409 DUPLICATE for a code already used, and writes nothing', async () => {
      await createStaff(t, { code: 'VP-DUP', unitId: readers.id });
      const res = await t
        .http()
        .post('/api/staff')
        .set(bearer(t.adminToken))
        .send({ code: 'VP-DUP', fullName: 'Lê Văn Khác', gender: 'male', unitId: readers.id })
        .expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code: 'STAFF_CODE_TAKEN' });
      expect(await t.dataSource.query(`SELECT full_name FROM staff WHERE code = 'VP-DUP'`)).toEqual([{ full_name: 'Nguyễn Văn An' }]);
    });

    it('answers 404 for an id that does not exist', async () => {
      const res = await t.http().get('/api/staff/00000000-0000-4000-8000-000000000000').set(bearer(t.adminToken)).expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    });
  });

  describe('update', () => {
    it('moves a staff member to another unit and marks them as left, never deleting them', async () => {
      const created = await createStaff(t, { code: 'VP-MOVE', fullName: 'Phạm Văn Bình', unitId: readers.id });
      const moved = await t.http().patch(`/api/staff/${created.id}`).set(bearer(t.adminToken)).send({ unitId: digital.id }).expect(200);
      expect(moved.body).toMatchObject({ id: created.id, unitId: digital.id, status: 'active' });
      expect((await staffRow(created.id)).unit_id).toBe(digital.id);

      const left = await t
        .http()
        .patch(`/api/staff/${created.id}`)
        .set(bearer(t.adminToken))
        .send({ status: 'left', leftOn: '2024-12-31' })
        .expect(200);
      expect(left.body).toMatchObject({ status: 'left', leftOn: '2024-12-31', unitId: digital.id });
      expect(await staffRow(created.id)).toMatchObject({ status: 'left', left_on: '2024-12-31' });
      await t.http().get(`/api/staff/${created.id}`).set(bearer(t.adminToken)).expect(200);
    });

    it('writes audit entries with before and after, newest first', async () => {
      const created = await createStaff(t, { code: 'VP-AUD', fullName: 'Hoàng Thị Mai', unitId: readers.id });
      await t.http().patch(`/api/staff/${created.id}`).set(bearer(t.adminToken)).send({ position: 'Phó Trưởng phòng' }).expect(200);
      const res = await t.http().get('/api/audit').query({ entity: 'staff', entityId: created.id }).set(bearer(t.adminToken)).expect(200);
      const body = res.body as {
        items: Array<{
          action: string;
          actorName: string;
          before: StaffBody & { position: string | null };
          after: StaffBody & { position: string };
        }>;
        total: number;
      };
      expect(body.total).toBe(2);
      expect(body.items.map((e) => e.action)).toEqual(['update', 'create']);
      const [update, create] = body.items;
      expect(create).toMatchObject({
        actorName: 'admin',
        before: null,
        after: { code: 'VP-AUD', fullName: 'Hoàng Thị Mai', position: null },
      });
      expect(update.before).toMatchObject({ position: null });
      expect(update.after).toMatchObject({ position: 'Phó Trưởng phòng' });
    });
  });

  describe('list and search', () => {
    let searchUnit: { id: string };
    let searchTeam: { id: string };

    beforeAll(async () => {
      searchUnit = await createUnit(t, { name: 'Phòng Thông tin – Thư mục', code: 'TVVP-TTTM', parentId: library.id });
      searchTeam = await createUnit(t, { name: 'Tổ Thư mục', code: 'TVVP-TTTM-1', parentId: searchUnit.id });
      await createStaff(t, { code: 'TT-001', fullName: 'Nguyễn Văn An', unitId: searchUnit.id });
      await createStaff(t, { code: 'TT-002', fullName: 'Nguyễn Thị Ngọc', gender: 'female', unitId: searchTeam.id });
      await createStaff(t, { code: 'TT-003', fullName: 'Đặng Văn Đức', unitId: searchTeam.id });
    });

    it('finds names without diacritics and in any case', async () => {
      const lower = await list({ q: 'nguyen van an', unitId: searchUnit.id });
      expect(names(lower)).toEqual(['Nguyễn Văn An']);
      const upper = await list({ q: 'NGUYEN', unitId: searchUnit.id });
      expect(names(upper).sort()).toEqual(['Nguyễn Thị Ngọc', 'Nguyễn Văn An']);
      expect(upper.total).toBe(2);
      const withD = await list({ q: 'dang van duc' });
      expect(names(withD)).toEqual(['Đặng Văn Đức']);
      const withTones = await list({ q: 'Nguyễn Văn An', unitId: searchUnit.id });
      expect(names(withTones)).toEqual(['Nguyễn Văn An']);
    });

    it('finds by code', async () => {
      const res = await list({ q: 'tt-002' });
      expect(res.items.map((s) => s.code)).toEqual(['TT-002']);
    });

    it('filters by unit, sub-units included', async () => {
      expect((await list({ unitId: searchUnit.id })).total).toBe(3);
      expect((await list({ unitId: searchTeam.id })).items.map((s) => s.code).sort()).toEqual(['TT-002', 'TT-003']);
    });

    it('refuses a page size over 200 and accepts 200', async () => {
      const res = await t.http().get('/api/staff').query({ pageSize: 201 }).set(bearer(t.adminToken)).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect((await list({ pageSize: 200 })).pageSize).toBe(200);
    });
  });

  describe('Vietnamese order (domain-rules §6.1: given name first, letters before tones)', () => {
    // Given name first, then the rest; a letter difference anywhere outranks a tone difference.
    const expected = [
      'Nguyễn Văn An',
      'Lê Thị Ánh',
      'Nguyễn Văn Anh',
      'Nguyễn Văn Ánh',
      'Trần Văn Bình',
      'Phạm Thị Dung',
      'Đỗ Văn Đức',
      'Lê Văn Hải',
      'Hoàng Văn Hưng',
    ];
    let orderUnit: { id: string };

    beforeAll(async () => {
      orderUnit = await createUnit(t, { name: 'Phòng Tuyên truyền & phong trào cơ sở', code: 'TVVP-TTPT', parentId: library.id });
      // Inserted in an order that is neither the expected one nor code-point order.
      const shuffled = [5, 8, 1, 3, 0, 7, 2, 6, 4].map((i) => expected[i]);
      for (const [index, fullName] of shuffled.entries()) {
        await createStaff(t, {
          code: `ORD-${index}`,
          fullName,
          unitId: orderUnit.id,
          gender: fullName.includes('Thị') ? 'female' : 'male',
        });
      }
    });

    it('lists names in Vietnamese order', async () => {
      const res = await list({ unitId: orderUnit.id, pageSize: 50 });
      expect(names(res)).toEqual(expected);
      expect(names(res).indexOf('Lê Thị Ánh')).toBeLessThan(names(res).indexOf('Phạm Thị Dung'));
    });

    it('keeps the order across pages, sorted by the database', async () => {
      const pages: string[] = [];
      for (let page = 1; page <= 5; page++) {
        const res = await list({ unitId: orderUnit.id, page, pageSize: 2 });
        expect(res).toMatchObject({ total: expected.length, page, pageSize: 2 });
        pages.push(...names(res));
      }
      expect(pages).toEqual(expected);
      expect(names(await list({ unitId: orderUnit.id, page: 2, pageSize: 2 }))).toEqual(['Nguyễn Văn Anh', 'Nguyễn Văn Ánh']);
      const beyond = await list({ unitId: orderUnit.id, page: 6, pageSize: 2 });
      expect(beyond).toMatchObject({ items: [], total: expected.length });
    });
  });
});
