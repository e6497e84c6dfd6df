import { createCampaign } from '../factories/campaigns.js';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';

interface Registration {
  id: string;
  campaignId: string;
  staffId: string | null;
  unitId: string | null;
  subjectName: string;
  awardType: string;
}

/** Registrations (đăng ký thi đua) — issue 10, "Campaigns and registration": one per subject × campaign × award. */
describe('registrations: one, a unit at once, a file; and the criterion they make', () => {
  let t: TestApp;
  let library: { id: string; code: string; name: string };
  let reading: { id: string; code: string; name: string };
  let other: { id: string; code: string; name: string };
  let an: { id: string; code: string };
  let binh: { id: string; code: string };
  let cuong: { id: string; code: string };
  let outsider: { id: string; code: string };
  let hr: string;
  let manager: { token: string; username: string };
  let campaignId: string;

  const count = async (where = 'TRUE', params: unknown[] = []): Promise<number> =>
    ((await t.dataSource.query(`SELECT count(*)::int AS n FROM registrations WHERE ${where}`, params)) as Array<{ n: number }>)[0].n;
  const register = (body: Record<string, unknown>, token = hr) =>
    t.http().post('/api/registrations').set(bearer(token)).set(ENGLISH).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    library = await createUnit(t, { name: 'Thư viện tỉnh', code: 'REG-TV' });
    reading = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', code: 'REG-PVBD', parentId: library.id });
    other = await createUnit(t, { name: 'Phòng Tin học', code: 'REG-TH', parentId: library.id });
    an = await createStaff(t, { unitId: reading.id, fullName: 'Nguyễn Văn An', code: 'REG-01' });
    binh = await createStaff(t, { unitId: reading.id, fullName: 'Trần Thị Bình', code: 'REG-02' });
    cuong = await createStaff(t, { unitId: reading.id, fullName: 'Lê Văn Cường', code: 'REG-03' });
    outsider = await createStaff(t, { unitId: other.id, fullName: 'Phạm Thị Dung', code: 'REG-04' });
    hr = (await createUserToken(t, ['hr_officer'], [library.id])).token;
    manager = await createUserToken(t, ['manager'], [reading.id]);
    campaignId = (await createCampaign(t, { name: 'Phong trào thi đua năm 2025' })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('one at a time', () => {
    it('registers a person and a unit, each audited; a duplicate is a 409 naming the subject, the award and the campaign', async () => {
      const person = await register({ campaignId, staffId: an.id, awardType: 'LDTT' }).expect(201);
      expect(person.body).toMatchObject({
        campaignId,
        staffId: an.id,
        unitId: null,
        subjectName: 'Nguyễn Văn An',
        awardName: 'Lao động tiên tiến',
        year: 2025,
      });
      const unit = await register({ campaignId, unitId: reading.id, awardType: 'TTLDTT' }).expect(201);
      expect(unit.body).toMatchObject({
        unitId: reading.id,
        subjectName: 'Phòng Phục vụ bạn đọc',
        subjectUnitName: 'Phòng Phục vụ bạn đọc',
      });
      const again = await register({ campaignId, staffId: an.id.toUpperCase(), awardType: 'LDTT' }).expect(409);
      expect(again.body).toMatchObject({ code: 'REGISTRATION_EXISTS' });
      expect(again.body.message).toContain('Nguyễn Văn An (REG-01)');
      expect(again.body.message).toContain('Phong trào thi đua năm 2025');
      expect(await count('staff_id = $1', [an.id])).toBe(1);
      const audit = (await t.dataSource.query(`SELECT action, after FROM audit_log WHERE entity = 'registrations' AND entity_id = $1`, [
        (person.body as Registration).id,
      ])) as Array<{ action: string; after: { awardType: string } }>;
      expect(audit).toMatchObject([{ action: 'create', after: { awardType: 'LDTT', staffId: an.id } }]);
    });

    it('the same person may register another award in the campaign', async () => {
      await register({ campaignId, staffId: an.id, awardType: 'CSTDCS' }).expect(201);
    });

    it('refuses (400) an award not given to that subject, both or neither subject, an unknown campaign or award', async () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ campaignId, unitId: reading.id, awardType: 'LDTT' }, 'awardType'],
        [{ campaignId, staffId: binh.id, awardType: 'TTLDTT' }, 'awardType'],
        [{ campaignId, staffId: binh.id, unitId: reading.id, awardType: 'LDTT' }, 'staffId'],
        [{ campaignId, awardType: 'LDTT' }, 'staffId'],
        [{ campaignId: '00000000-0000-4000-8000-000000000000', staffId: binh.id, awardType: 'LDTT' }, 'campaignId'],
        [{ campaignId, staffId: binh.id, awardType: 'NO_SUCH' }, 'awardType'],
        [{ campaignId, staffId: '00000000-0000-4000-8000-000000000000', awardType: 'LDTT' }, 'staffId'],
      ];
      for (const [body, field] of cases) {
        const res = await register(body).expect(400);
        expect([field, res.body.details.map((detail: { field: string }) => detail.field)]).toEqual([
          field,
          expect.arrayContaining([field]),
        ]);
      }
      expect(await count('staff_id = $1', [binh.id])).toBe(0);
    });

    it('a manager registers within their units only (403 outside); a viewer cannot register', async () => {
      await register({ campaignId, staffId: binh.id, awardType: 'LDTT' }, manager.token).expect(201);
      const outside = await register({ campaignId, staffId: outsider.id, awardType: 'LDTT' }, manager.token).expect(403);
      expect(outside.body).toMatchObject({ code: 'OUT_OF_SCOPE' });
      const viewer = (await createUserToken(t, ['viewer'], [library.id])).token;
      await register({ campaignId, staffId: outsider.id, awardType: 'LDTT' }, viewer).expect(403);
    });

    it('lists per campaign and per unit, within the reader’s units', async () => {
      await register({ campaignId, staffId: outsider.id, awardType: 'LDTT' }).expect(201);
      const all = (await t.http().get('/api/registrations').query({ campaignId }).set(bearer(hr)).expect(200)).body as {
        items: Registration[];
        total: number;
      };
      expect(all.total).toBe(5);
      const byUnit = (await t.http().get('/api/registrations').query({ campaignId, unitId: other.id }).set(bearer(hr)).expect(200))
        .body as {
        items: Registration[];
      };
      expect(byUnit.items.map((item) => item.subjectName)).toEqual(['Phạm Thị Dung']);
      const managers = (await t.http().get('/api/registrations').query({ campaignId }).set(bearer(manager.token)).expect(200)).body as {
        items: Registration[];
        total: number;
      };
      expect(managers.items.map((item) => item.subjectName)).not.toContain('Phạm Thị Dung');
      expect(managers.total).toBe(4);
      await t.http().get('/api/registrations').query({ unitId: other.id }).set(bearer(manager.token)).expect(403);
    });

    it('deletes one, audited with what it was; outside the deleter’s units is a 403; twice is a 404', async () => {
      const [target] = (
        (await t.http().get('/api/registrations').query({ campaignId, unitId: other.id }).set(bearer(hr)).expect(200)).body as {
          items: Registration[];
        }
      ).items;
      await t.http().delete(`/api/registrations/${target.id}`).set(bearer(manager.token)).expect(403);
      await t.http().delete(`/api/registrations/${target.id}`).set(bearer(hr)).expect(204);
      await t.http().delete(`/api/registrations/${target.id}`).set(bearer(hr)).expect(404);
      const audit = (await t.dataSource.query(
        `SELECT action, before FROM audit_log WHERE entity = 'registrations' AND entity_id = $1 ORDER BY id`,
        [target.id],
      )) as Array<{ action: string; before: { subjectName: string } | null }>;
      expect(audit.map((entry) => entry.action)).toEqual(['create', 'delete']);
      expect(audit[1].before).toMatchObject({ subjectName: 'Phạm Thị Dung', awardType: 'LDTT' });
    });
  });

  describe('a whole unit at once (the grid), all or nothing', () => {
    let gridCampaign: string;
    const put = (body: Record<string, unknown>, token = hr, unitId = reading.id) =>
      t.http().put(`/api/campaigns/${gridCampaign}/units/${unitId}/registrations`).set(bearer(token)).set(ENGLISH).send(body);

    beforeAll(async () => {
      gridCampaign = (await createCampaign(t, { name: 'Phong trào thi đua năm 2025 (đơn vị)' })).id;
      // A commendation registered one by one: not a column of the grid, so never touched by it.
      await register({ campaignId: gridCampaign, staffId: cuong.id, awardType: 'GIAY_KHEN' }).expect(201);
    });

    it('sets the unit’s registrations for the columns: adds what is ticked, then removes what is unticked', async () => {
      const columns = ['LDTT', 'CSTDCS', 'TTLDTT'];
      const first = await put({
        awardTypes: columns,
        registrations: [
          { staffId: an.id, awardType: 'LDTT' },
          { staffId: an.id, awardType: 'CSTDCS' },
          { staffId: binh.id, awardType: 'LDTT' },
          { unitId: reading.id, awardType: 'TTLDTT' },
        ],
      }).expect(200);
      expect(first.body).toEqual({ created: 4, removed: 0, unchanged: 0 });
      const second = await put({
        awardTypes: columns,
        registrations: [
          { staffId: an.id, awardType: 'LDTT' },
          { staffId: cuong.id, awardType: 'LDTT' },
          { unitId: reading.id, awardType: 'TTLDTT' },
        ],
      }).expect(200);
      expect(second.body).toEqual({ created: 1, removed: 2, unchanged: 2 });
      const rows = (await t.dataSource.query(
        `SELECT COALESCE(s.code, u.code) AS code, r.award_type AS award FROM registrations r
           LEFT JOIN staff s ON s.id = r.staff_id LEFT JOIN units u ON u.id = r.unit_id
          WHERE r.campaign_id = $1 ORDER BY 1, 2`,
        [gridCampaign],
      )) as Array<{ code: string; award: string }>;
      expect(rows).toEqual([
        { code: 'REG-01', award: 'LDTT' },
        { code: 'REG-03', award: 'GIAY_KHEN' },
        { code: 'REG-03', award: 'LDTT' },
        { code: 'REG-PVBD', award: 'TTLDTT' },
      ]);
    });

    it('refuses the whole list when one row is wrong, writing nothing: an outsider (422), an award for the wrong subject or not a column (400)', async () => {
      const before = await count('campaign_id = $1', [gridCampaign]);
      const audits = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'registrations'`);
      const outsiderRow = await put({
        awardTypes: ['LDTT'],
        registrations: [
          { staffId: binh.id, awardType: 'LDTT' },
          { staffId: outsider.id, awardType: 'LDTT' },
        ],
      }).expect(422);
      expect(outsiderRow.body).toMatchObject({ code: 'REGISTRATION_NOT_IN_UNIT' });
      expect(outsiderRow.body.message).toContain('Phòng Phục vụ bạn đọc');
      const wrongSubject = await put({ awardTypes: ['LDTT', 'TTLDTT'], registrations: [{ staffId: binh.id, awardType: 'TTLDTT' }] }).expect(
        400,
      );
      expect(wrongSubject.body.details).toEqual([expect.objectContaining({ field: 'registrations.0.awardType' })]);
      const notAColumn = await put({ awardTypes: ['LDTT'], registrations: [{ staffId: binh.id, awardType: 'CSTDCS' }] }).expect(400);
      expect(notAColumn.body.details).toEqual([expect.objectContaining({ field: 'registrations.0.awardType', constraint: 'notAColumn' })]);
      const twice = await put({
        awardTypes: ['LDTT'],
        registrations: [
          { staffId: binh.id, awardType: 'LDTT' },
          { staffId: binh.id.toUpperCase(), awardType: 'LDTT' },
        ],
      }).expect(400);
      expect(twice.body.details).toEqual([expect.objectContaining({ field: 'registrations.1', constraint: 'duplicate' })]);
      expect(await count('campaign_id = $1', [gridCampaign])).toBe(before);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'registrations'`)).toEqual(audits);
    });

    it('refuses a unit outside the manager’s units (403) and an unknown unit (404)', async () => {
      await put({ awardTypes: ['LDTT'], registrations: [] }, manager.token, other.id).expect(403);
      await put({ awardTypes: ['LDTT'], registrations: [] }, hr, '00000000-0000-4000-8000-000000000000').expect(404);
    });

    it('the grid page: the unit’s members with a box per title, saved all at once with the CSRF token (403 without)', async () => {
      const browser = await signInThroughForm(t, manager.username, 'password-123');
      const page = await browser.get(`/campaigns/${gridCampaign}/registrations/grid`).query({ unitId: reading.id }).expect(200);
      expect(page.text).toContain('Trần Thị Bình');
      expect(page.text).not.toContain('Phạm Thị Dung');
      expect(page.text).toContain(`value="staff:${an.id}:LDTT" aria-label="Nguyễn Văn An: đăng ký Lao động tiên tiến" checked`);
      expect(page.text).toContain(`value="unit:${reading.id}:TTLDTT"`);
      const csrf = csrfFrom(page.text);
      const form = (fields: Array<[string, string]>) => new URLSearchParams(fields).toString();
      const boxes: Array<[string, string]> = [
        ['unitId', reading.id],
        ...['LDTT', 'CSTDCS', 'CSTD_TINH', 'CSTD_TOAN_QUOC', 'TTLDTT', 'TTLDXS', 'CO_THI_DUA_TINH'].map((code): [string, string] => [
          'awardTypes',
          code,
        ]),
        ['r', `staff:${an.id}:LDTT`],
        ['r', `staff:${binh.id}:CSTDCS`],
      ];
      await browser.post(`/campaigns/${gridCampaign}/registrations/grid`).type('form').send(form(boxes)).expect(403);
      const saved = await browser
        .post(`/campaigns/${gridCampaign}/registrations/grid`)
        .type('form')
        .send(form([['_csrf', csrf], ...boxes]))
        .expect(303);
      expect(saved.headers.location).toBe(`/campaigns/${gridCampaign}/registrations/grid?unitId=${reading.id}&saved=1-2-1`);
      const after = await browser.get(saved.headers.location as string).expect(200);
      expect(after.text).toContain('Đã lưu: thêm 1, bỏ 2, giữ nguyên 1 đăng ký.');
      // The commendation registered one by one is not a column: it stays.
      expect(await count('campaign_id = $1 AND award_type = $2', [gridCampaign, 'GIAY_KHEN'])).toBe(1);
      expect(await count('campaign_id = $1', [gridCampaign])).toBe(3);
    });
  });

  describe('by import', () => {
    let importCampaign: string;
    const upload = (csv: string, token = hr) =>
      t
        .http()
        .post(`/api/campaigns/${importCampaign}/registrations/import`)
        .set(bearer(token))
        .set(ENGLISH)
        .attach('file', Buffer.from(`\uFEFF${csv}`, 'utf8'), 'dang-ky.csv');

    beforeAll(async () => {
      importCampaign = (await createCampaign(t, { name: 'Phong trào thi đua năm 2025 (nhập)' })).id;
    });

    it('refuses a file with a bad row as a whole (422), every problem by line, nothing written', async () => {
      const csv = [
        'STT,Mã cán bộ,Mã đơn vị,Danh hiệu',
        '1,REG-01,,LĐTT',
        '2,REG-99,,LĐTT',
        '3,,REG-PVBD,Lao động tiên tiến',
        '4,REG-02,,Danh hiệu không có',
        '5,reg-01,,LDTT',
        '6,,,CSTĐCS',
      ].join('\r\n');
      const res = await upload(csv).expect(422);
      expect(res.body.code).toBe('IMPORT_INVALID');
      expect(res.body.details.map((detail: { line: number; constraint: string }) => [detail.line, detail.constraint])).toEqual([
        [3, 'unknownStaff'],
        [4, 'notForCollective'],
        [5, 'unknownAwardType'],
        [6, 'duplicateInFile'],
        [7, 'required'],
      ]);
      expect(await count('campaign_id = $1', [importCampaign])).toBe(0);
    });

    it('imports a good file (codes in any case, short forms, a unit as a collective); again, it adds nothing', async () => {
      const csv = ['Mã cán bộ,Mã đơn vị,Danh hiệu', 'reg-01,,LĐTT', 'REG-02,REG-PVBD,CSTĐCS', ',REG-PVBD,TTLĐTT'].join('\r\n');
      expect((await upload(csv).expect(200)).body).toEqual({ created: 3, unchanged: 0 });
      expect((await upload(csv).expect(200)).body).toEqual({ created: 0, unchanged: 3 });
      const imported = (await t.dataSource.query(
        `SELECT action FROM audit_log WHERE entity = 'registrations' AND action = 'import'`,
      )) as unknown[];
      expect(imported).toHaveLength(3);
    });

    it('a manager’s file naming someone outside their units is refused on that line', async () => {
      const res = await upload(['Mã cán bộ,Danh hiệu', 'REG-04,LĐTT'].join('\r\n'), manager.token).expect(422);
      expect(res.body.details).toEqual([expect.objectContaining({ line: 2, field: 'staffCode', constraint: 'outOfScope' })]);
    });

    it('the import page shows the problems by line in Vietnamese', async () => {
      const browser = await signInThroughForm(t, manager.username, 'password-123');
      const form = await browser.get(`/campaigns/${importCampaign}/registrations/import`).expect(200);
      const res = await browser
        .post(`/campaigns/${importCampaign}/registrations/import`)
        .field('_csrf', csrfFrom(form.text))
        .attach('file', Buffer.from('Mã cán bộ,Danh hiệu\r\nREG-77,LĐTT\r\n', 'utf8'), 'dang-ky.csv')
        .expect(422);
      expect(res.text).toContain('Không có cán bộ nào mã “REG-77”.');
      const template = await browser.get(`/campaigns/${importCampaign}/registrations/import/template.csv`).expect(200);
      expect(template.text).toContain('Mã cán bộ,Mã đơn vị,Danh hiệu');
    });
  });

  describe('registration as a criterion (a province setting, default off, unverified)', () => {
    const eligibility = (staffId: string) =>
      t.http().get('/api/eligibility').query({ staffId, awardType: 'LDTT', year: 2025 }).set(bearer(hr)).expect(200);

    it('adds nothing while the setting is off', async () => {
      const res = await eligibility(cuong.id);
      expect((res.body.criteria as Array<{ code: string }>).map((criterion) => criterion.code)).not.toContain('registered_for_emulation');
    });

    it('when on, shows “Đã đăng ký thi đua” met or not, with the setting as its unverified basis', async () => {
      await t.dataSource.query(`UPDATE province_settings SET value = 'true'::jsonb WHERE key = 'registrationRequired'`);
      try {
        const registeredOf = async (staffId: string) =>
          ((await eligibility(staffId)).body.criteria as Array<{ code: string; met: boolean; legalBasis: string; detail: string }>).find(
            (criterion) => criterion.code === 'registered_for_emulation',
          );
        // An registered for LĐTT 2025 one by one; Phạm Thị Dung's was deleted.
        expect(await registeredOf(an.id)).toMatchObject({ met: true, legalBasis: expect.stringContaining('(chưa xác minh)') });
        expect(await registeredOf(outsider.id)).toMatchObject({ met: false });
        const unit = await t.http().get(`/api/units/${reading.id}/eligibility`).query({ year: 2025 }).set(bearer(hr)).expect(200);
        const ofAward = (award: string) =>
          (unit.body.results as Array<{ awardType: string; criteria: Array<{ code: string; met: boolean }> }>)
            .find((result) => result.awardType === award)
            ?.criteria.find((criterion) => criterion.code === 'registered_for_emulation');
        expect([ofAward('TTLDTT')?.met, ofAward('TTLDXS')?.met]).toEqual([true, false]);
        const browser = await signInThroughForm(t, manager.username, 'password-123');
        const panel = await browser.get(`/staff/${an.id}/history`).query({ awardType: 'LDTT', year: 2025 }).expect(200);
        expect(panel.text).toContain('Đã đăng ký thi đua');
      } finally {
        await t.dataSource.query(`UPDATE province_settings SET value = 'false'::jsonb WHERE key = 'registrationRequired'`);
      }
    });
  });
});
