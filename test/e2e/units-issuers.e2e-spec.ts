import { createUnit, createUserToken } from '../factories/index.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';

interface UnitBody {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  depth: number;
}

describe('units and issuers (API)', () => {
  let t: TestApp;

  const pathOf = async (id: string): Promise<string> =>
    ((await t.dataSource.query('SELECT path FROM units WHERE id = $1', [id])) as Array<{ path: string }>)[0].path;
  const auditActions = async (entity: string, entityId: string): Promise<string[]> =>
    (
      (await t.dataSource.query('SELECT action FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id', [
        entity,
        entityId,
      ])) as Array<{
        action: string;
      }>
    ).map((row) => row.action);

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('units', () => {
    it('creates a tree and lists each parent before its children', async () => {
      const res = await t
        .http()
        .post('/api/units')
        .set(bearer(t.adminToken))
        .send({ name: '  Thư viện tỉnh   Vĩnh Phúc ', code: 'TREE' })
        .expect(201);
      const library = res.body as UnitBody;
      expect(library).toEqual({ id: expect.any(String), code: 'TREE', name: 'Thư viện tỉnh Vĩnh Phúc', parentId: null, depth: 0 });
      const readers = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', code: 'TREE-PV', parentId: library.id });
      const admin = await createUnit(t, { name: 'Phòng Hành chính – Tổng hợp', code: 'TREE-HC', parentId: library.id });
      await createUnit(t, { name: 'Tổ Đọc thiếu nhi', code: 'TREE-PV-TN', parentId: readers.id });

      const list = (await t.http().get('/api/units').set(bearer(t.adminToken)).expect(200)).body as UnitBody[];
      const tree = list.filter((u) => u.code.startsWith('TREE')).map((u) => [u.code, u.depth]);
      expect(tree).toEqual([
        ['TREE', 0],
        ['TREE-HC', 1],
        ['TREE-PV', 1],
        ['TREE-PV-TN', 2],
      ]);
      expect(await pathOf(admin.id)).toBe(`/${library.id}/${admin.id}/`);
      expect(await auditActions('units', library.id)).toEqual(['create']);
    });

    it('moves a unit with its sub-units, updating their paths', async () => {
      const agency = await createUnit(t, { name: 'Sở Văn hóa', code: 'MOVE-S' });
      const library = await createUnit(t, { name: 'Thư viện tỉnh', code: 'MOVE-TV' });
      const department = await createUnit(t, { name: 'Phòng Tin học', code: 'MOVE-TH', parentId: library.id });
      const team = await createUnit(t, { name: 'Tổ Thư viện số', code: 'MOVE-TH-1', parentId: department.id });

      const res = await t.http().patch(`/api/units/${library.id}`).set(bearer(t.adminToken)).send({ parentId: agency.id }).expect(200);
      expect(res.body).toMatchObject({ id: library.id, parentId: agency.id, depth: 1 });
      expect(await pathOf(library.id)).toBe(`/${agency.id}/${library.id}/`);
      expect(await pathOf(department.id)).toBe(`/${agency.id}/${library.id}/${department.id}/`);
      expect(await pathOf(team.id)).toBe(`/${agency.id}/${library.id}/${department.id}/${team.id}/`);

      const audit = await t.http().get('/api/audit').query({ entity: 'units', entityId: library.id }).set(bearer(t.adminToken)).expect(200);
      const [update] = (audit.body as { items: Array<{ action: string; before: UnitBody; after: UnitBody }> }).items;
      expect(update).toMatchObject({ action: 'update', before: { parentId: null }, after: { parentId: agency.id } });
    });

    it('refuses to move a unit under its own sub-unit (400), changing nothing', async () => {
      const library = await createUnit(t, { name: 'Thư viện', code: 'CYCLE-TV' });
      const department = await createUnit(t, { name: 'Phòng Nghiệp vụ', code: 'CYCLE-NV', parentId: library.id });
      const before = await pathOf(library.id);
      const res = await t.http().patch(`/api/units/${library.id}`).set(bearer(t.adminToken)).send({ parentId: department.id }).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', details: [{ field: 'parentId' }] });
      await t.http().patch(`/api/units/${library.id}`).set(bearer(t.adminToken)).send({ parentId: library.id }).expect(400);
      expect(await pathOf(library.id)).toBe(before);
      expect(await auditActions('units', library.id)).toEqual(['create']);
    });

    it('answers 409 for a duplicate unit code', async () => {
      await createUnit(t, { name: 'Phòng Thông tin – Thư mục', code: 'DUP-U' });
      const res = await t.http().post('/api/units').set(bearer(t.adminToken)).send({ name: 'Khác', code: 'DUP-U' }).expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code: 'UNIT_CODE_TAKEN' });
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM units WHERE code = 'DUP-U'`)).toEqual([{ n: 1 }]);
    });

    it('lets only admins create or change units (403)', async () => {
      const unit = await createUnit(t, { name: 'Phòng Tuyên truyền', code: 'ROLE-U' });
      const hr = await createUserToken(t, ['hr_officer']);
      const res = await t.http().post('/api/units').set(bearer(hr.token)).send({ name: 'Phòng mới', code: 'ROLE-NEW' }).expect(403);
      expect(res.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
      await t.http().patch(`/api/units/${unit.id}`).set(bearer(hr.token)).send({ name: 'Đổi tên' }).expect(403);
      expect(await t.dataSource.query(`SELECT name FROM units WHERE code IN ('ROLE-U', 'ROLE-NEW')`)).toEqual([
        { name: 'Phòng Tuyên truyền' },
      ]);
    });
  });

  describe('issuers', () => {
    const department = {
      name: 'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH',
      parentName: 'UBND TỈNH VĨNH PHÚC',
      symbol: 'SVHTTDL',
      place: 'Vĩnh Phúc',
      signerTitle: 'GIÁM ĐỐC',
      signerName: 'Nguyễn Văn Minh',
    };

    it('creates and lists an issuer, with an audit entry', async () => {
      const res = await t.http().post('/api/issuers').set(bearer(t.adminToken)).send(department).expect(201);
      const issuer = res.body as { id: string };
      // No period given: in force, since a date nobody recorded; no successor. Numbers from the register kept here.
      const unbounded = {
        validFrom: null,
        validTo: null,
        successorId: null,
        numberingMode: 'system',
        authorityTitle: null,
        regulationBasis: null,
        foundingBasis: null,
        organisationId: null,
      };
      expect(res.body).toEqual({ id: expect.any(String), ...department, ...unbounded });
      const list = await t.http().get('/api/issuers').set(bearer(t.adminToken)).expect(200);
      expect(list.body).toEqual([{ id: issuer.id, ...department, ...unbounded }]);
      expect(await auditActions('issuers', issuer.id)).toEqual(['create']);
    });

    it('keeps what a decision cites of its issuer, and refuses an unknown numbering mode', async () => {
      const fields = {
        numberingMode: 'manual',
        authorityTitle: 'GIÁM ĐỐC SỞ NỘI VỤ',
        regulationBasis: 'Quyết định số 86/2025/QĐ-UBND ngày 03 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh',
        foundingBasis: 'Quyết định số 01/QĐ-UBND ngày 01 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh',
        organisationId: '000.00.12.H63',
      };
      const res = await t
        .http()
        .post('/api/issuers')
        .set(bearer(t.adminToken))
        .send({ ...department, symbol: 'SNV', name: 'SỞ NỘI VỤ', ...fields })
        .expect(201);
      expect(res.body).toMatchObject(fields);
      const id = (res.body as { id: string }).id;
      const cleared = await t.http().patch(`/api/issuers/${id}`).set(bearer(t.adminToken)).send({ regulationBasis: null }).expect(200);
      expect(cleared.body).toMatchObject({ regulationBasis: null, numberingMode: 'manual', organisationId: '000.00.12.H63' });
      await t.http().patch(`/api/issuers/${id}`).set(bearer(t.adminToken)).send({ numberingMode: 'auto' }).expect(400);
      await t.http().patch(`/api/issuers/${id}`).set(bearer(t.adminToken)).send({ organisationId: 'có dấu' }).expect(400);
      await t.http().patch(`/api/issuers/${id}`).set(bearer(t.adminToken)).send({ validTo: '2025-01-01' }).expect(200);
    });

    it('creates an issuer without a parent body', async () => {
      const committee = {
        name: 'ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC',
        symbol: 'UBND',
        place: 'Vĩnh Phúc',
        signerTitle: 'CHỦ TỊCH',
        signerName: 'Trần Văn Hùng',
      };
      const res = await t.http().post('/api/issuers').set(bearer(t.adminToken)).send(committee).expect(201);
      expect(res.body).toMatchObject({ ...committee, parentName: null });
    });

    it('refuses a symbol with spaces (400) and a duplicate symbol (409)', async () => {
      const spaced = await t
        .http()
        .post('/api/issuers')
        .set(bearer(t.adminToken))
        .send({ ...department, symbol: 'SVH TTDL' })
        .expect(400);
      expect(spaced.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'symbol' }] });
      const duplicate = await t.http().post('/api/issuers').set(bearer(t.adminToken)).send(department).expect(409);
      expect(duplicate.body).toMatchObject({ code: 'ISSUER_SYMBOL_TAKEN' });
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM issuers WHERE symbol LIKE 'SVH%'`)).toEqual([{ n: 1 }]);
    });

    it('lets only admins create issuers (403), while others may read them', async () => {
      const viewer = await createUserToken(t, ['viewer']);
      const res = await t
        .http()
        .post('/api/issuers')
        .set(bearer(viewer.token))
        .send({ ...department, symbol: 'OTHER' })
        .expect(403);
      expect(res.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
      await t.http().get('/api/issuers').set(bearer(viewer.token)).expect(200);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM issuers WHERE symbol = 'OTHER'`)).toEqual([{ n: 0 }]);
    });

    it('lets a successor keep the symbol of a body that has ended, never two in force at once (409)', async () => {
      const list = (await t.http().get('/api/issuers').set(bearer(t.adminToken)).expect(200)).body as Array<{ id: string; symbol: string }>;
      const old = list.find((i) => i.symbol === 'SVHTTDL')!;
      const successor = { ...department, parentName: 'UBND TỈNH PHÚ THỌ', place: 'Phú Thọ', validFrom: '2025-07-01' };
      // While the Vĩnh Phúc department is in force, a second SVHTTDL is refused.
      await t.http().post('/api/issuers').set(bearer(t.adminToken)).send(successor).expect(409);
      const created = await t
        .http()
        .post('/api/issuers')
        .set(bearer(t.adminToken))
        .send({ ...successor, validFrom: undefined })
        .expect(409);
      expect(created.body).toMatchObject({ code: 'ISSUER_SYMBOL_TAKEN' });
      // Once it ends (the merger), its successor takes the symbol and the old one names it.
      await t.http().patch(`/api/issuers/${old.id}`).set(bearer(t.adminToken)).send({ validTo: '2025-06-30' }).expect(200);
      const next = (await t.http().post('/api/issuers').set(bearer(t.adminToken)).send(successor).expect(201)).body as { id: string };
      const ended = await t.http().patch(`/api/issuers/${old.id}`).set(bearer(t.adminToken)).send({ successorId: next.id }).expect(200);
      expect(ended.body).toMatchObject({ validTo: '2025-06-30', successorId: next.id });
      // Putting the old one back in force would make two SVHTTDL in force.
      const back = await t.http().patch(`/api/issuers/${old.id}`).set(bearer(t.adminToken)).send({ validTo: null }).expect(409);
      expect(back.body).toMatchObject({ code: 'ISSUER_SYMBOL_TAKEN' });
      expect(await auditActions('issuers', old.id)).toEqual(['create', 'update', 'update']);
    });
  });
});
