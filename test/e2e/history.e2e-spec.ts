import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { countRows, createAward, createInitiative, putStaffAppraisal } from '../factories/history.js';
import { bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';

describe('history: awards, appraisals, initiatives, discipline, freezes', () => {
  let t: TestApp;
  let library: { id: string };
  let department: { id: string };
  let museum: { id: string };
  let hr: string;
  let outsider: string;
  let viewer: string;

  beforeAll(async () => {
    t = await createTestApp();
    library = await createUnit(t, { name: 'Thư viện tỉnh', code: 'TV' });
    department = await createUnit(t, { name: 'Phòng Nghiệp vụ', code: 'TV-NV', parentId: library.id });
    museum = await createUnit(t, { name: 'Bảo tàng tỉnh', code: 'BT' });
    hr = (await createUserToken(t, ['hr_officer'], [library.id])).token;
    outsider = (await createUserToken(t, ['hr_officer'], [museum.id])).token;
    viewer = (await createUserToken(t, ['viewer'], [library.id])).token;
  });
  afterAll(async () => {
    await t.close();
  });

  const newStaff = async (unitId = department.id) => createStaff(t, { unitId, fullName: 'Trần Thị Mai', gender: 'female' });

  describe('award records', () => {
    it('records an award entered by hand (201), with its decision, audited', async () => {
      const staff = await newStaff();
      const res = await t
        .http()
        .post('/api/awards')
        .set(bearer(hr))
        .send({
          awardType: 'LDTT',
          staffId: staff.id,
          year: 2024,
          decisionNumber: '07/QĐ-SVHTTDL',
          decisionDate: '2025-01-05',
          issuerName: 'Sở Văn hóa, Thể thao và Du lịch',
        })
        .expect(201);
      expect(res.body).toMatchObject({
        awardType: 'LDTT',
        awardName: 'Lao động tiên tiến',
        kind: 'title',
        staffId: staff.id,
        unitId: null,
        year: 2024,
        basis: 'regular',
        source: 'entered',
        revoked: false,
      });
      const rows = (await t.dataSource.query(
        `SELECT decision_number, decision_date, source, created_by IS NOT NULL AS by FROM award_records WHERE id = $1`,
        [res.body.id],
      )) as unknown[];
      expect(rows).toEqual([{ decision_number: '07/QĐ-SVHTTDL', decision_date: '2025-01-05', source: 'entered', by: true }]);
      expect(await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'awards' AND entity_id = $1`, [res.body.id])).toEqual([
        { action: 'create' },
      ]);
    });

    it('refuses the same award for the same year twice with a 409 (Law 2022 Art. 5), in Vietnamese', async () => {
      const staff = await newStaff();
      await createAward(t, { awardType: 'CSTDCS', staffId: staff.id, year: 2024 });
      const res = await t
        .http()
        .post('/api/awards')
        .set(bearer(hr))
        .send({ awardType: 'CSTDCS', staffId: staff.id, year: 2024 })
        .expect(409);
      expect(res.body.code).toBe('AWARD_ALREADY_RECORDED');
      expect(res.body.message).toBe(
        'Cán bộ này đã được tặng “Chiến sĩ thi đua cơ sở” năm 2024. Không khen thưởng hai lần cho cùng một thành tích (Luật Thi đua, khen thưởng 2022, Điều 5).',
      );
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM award_records WHERE staff_id = $1`, [staff.id])).toEqual([{ n: 1 }]);
      // Another year, or an ad-hoc award of the same type, is a different achievement.
      await createAward(t, { awardType: 'CSTDCS', staffId: staff.id, year: 2025 });
      await createAward(t, { awardType: 'CSTDCS', staffId: staff.id, year: 2024, basis: 'ad_hoc' });
    });

    it('makes "once per year" a database fact: a direct duplicate INSERT fails on the partial unique index', async () => {
      const staff = await newStaff();
      await createAward(t, { awardType: 'LDTT', staffId: staff.id, year: 2023 });
      await expect(
        t.dataSource.query(`INSERT INTO award_records (award_type_code, staff_id, year) VALUES ('LDTT', $1, 2023)`, [staff.id]),
      ).rejects.toThrow(/award_records_staff_once_key/u);
      await expect(
        t.dataSource.query(`INSERT INTO award_records (award_type_code, staff_id, unit_id, year) VALUES ('LDTT', $1, $2, 2022)`, [
          staff.id,
          department.id,
        ]),
      ).rejects.toThrow(/award_records_subject_check/u);
    });

    it('words the refusal in the language the client asks for, else in the user’s', async () => {
      const staff = await newStaff();
      await createAward(t, { awardType: 'LDTT', staffId: staff.id, year: 2022 });
      const again = { awardType: 'LDTT', staffId: staff.id, year: 2022 };
      const english = await t.http().post('/api/awards').set(bearer(hr)).set(ENGLISH).send(again).expect(409);
      expect(english.body).toMatchObject({
        code: 'AWARD_ALREADY_RECORDED',
        message: expect.stringMatching(/^This staff member already received "Lao động tiên tiến" for 2022\..*Art\. 5\)\.$/u),
        details: [{ field: 'year', constraint: 'duplicateAward', message: expect.stringContaining('Art. 5') }],
      });
      const french = await t.http().post('/api/awards').set(bearer(hr)).set('Accept-Language', 'fr-FR').send(again).expect(409);
      expect(french.body.message).toMatch(/^Cán bộ này đã được tặng “Lao động tiên tiến” năm 2022/u);
      const anonymous = await t.http().post('/api/awards').send(again).expect(401);
      expect(anonymous.body.message).toBe('Please sign in.');
    });

    it('revokes an award: 200, the record stays, marked with reason and who; twice is a 409; then the award can be given again', async () => {
      const staff = await newStaff();
      const award = await createAward(t, { awardType: 'LDTT', staffId: staff.id, year: 2024 });
      await t.http().post(`/api/awards/${award.id}/revoke`).set(bearer(viewer)).send({ reason: 'x' }).expect(403);
      await t.http().post(`/api/awards/${award.id}/revoke`).set(bearer(hr)).send({}).expect(400);
      const res = await t
        .http()
        .post(`/api/awards/${award.id}/revoke`)
        .set(bearer(hr))
        .send({ reason: 'Thu hồi theo Quyết định 12/QĐ-SVHTTDL' })
        .expect(200);
      expect(res.body).toMatchObject({ id: award.id, revoked: true, revokedReason: 'Thu hồi theo Quyết định 12/QĐ-SVHTTDL' });
      const [row] = (await t.dataSource.query(
        `SELECT revoked_at IS NOT NULL AS revoked, revoked_reason, revoked_by IS NOT NULL AS by FROM award_records WHERE id = $1`,
        [award.id],
      )) as unknown[];
      expect(row).toEqual({ revoked: true, revoked_reason: 'Thu hồi theo Quyết định 12/QĐ-SVHTTDL', by: true });
      expect((await t.http().post(`/api/awards/${award.id}/revoke`).set(bearer(hr)).send({ reason: 'again' }).expect(409)).body.code).toBe(
        'AWARD_ALREADY_REVOKED',
      );
      await createAward(t, { awardType: 'LDTT', staffId: staff.id, year: 2024 }, hr);
      const list = await t.http().get(`/api/staff/${staff.id}/awards`).set(bearer(viewer)).expect(200);
      expect(list.body.map((a: { revoked: boolean }) => a.revoked).sort()).toEqual([false, true]);
      expect(
        await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'awards' AND entity_id = $1 ORDER BY id`, [award.id]),
      ).toEqual([{ action: 'create' }, { action: 'revoke' }]);
      await t.http().post(`/api/awards/00000000-0000-4000-8000-000000000000/revoke`).set(bearer(hr)).send({ reason: 'x' }).expect(404);
    });

    it('checks the type goes to the subject: individual ↔ staff, collective ↔ unit (400)', async () => {
      const staff = await newStaff();
      const toUnit = await t
        .http()
        .post('/api/awards')
        .set(bearer(hr))
        .send({ awardType: 'LDTT', unitId: department.id, year: 2024 })
        .expect(400);
      expect(toUnit.body.details).toEqual([
        expect.objectContaining({
          field: 'awardType',
          constraint: 'awardSubject',
          message: '“Lao động tiên tiến” không tặng cho tập thể.',
        }),
      ]);
      const toStaff = await t
        .http()
        .post('/api/awards')
        .set(bearer(hr))
        .send({ awardType: 'TTLDTT', staffId: staff.id, year: 2024 })
        .expect(400);
      expect(toStaff.body.details[0]).toMatchObject({ field: 'awardType', constraint: 'awardSubject' });
      const both = await t
        .http()
        .post('/api/awards')
        .set(bearer(hr))
        .send({ awardType: 'GIAY_KHEN', staffId: staff.id, unitId: department.id, year: 2024 })
        .expect(400);
      expect(both.body.details.map((d: { field: string }) => d.field)).toEqual(['staffId', 'unitId']);
      await t.http().post('/api/awards').set(bearer(hr)).send({ awardType: 'GIAY_KHEN', year: 2024 }).expect(400);
      const unknown = await t
        .http()
        .post('/api/awards')
        .set(bearer(hr))
        .send({ awardType: 'NO_SUCH', staffId: staff.id, year: 2024 })
        .expect(400);
      expect(unknown.body.details[0]).toMatchObject({ field: 'awardType', constraint: 'unknownAwardType' });
      const noStaff = await t
        .http()
        .post('/api/awards')
        .set(bearer(hr))
        .send({ awardType: 'LDTT', staffId: '00000000-0000-4000-8000-000000000000', year: 2024 })
        .expect(400);
      expect(noStaff.body.details[0]).toMatchObject({ field: 'staffId', constraint: 'unknownStaff' });
      await t.http().post('/api/awards').set(bearer(hr)).send({ awardType: 'LDTT', staffId: staff.id, year: 1989 }).expect(400);
      await t.http().post('/api/awards').set(bearer(hr)).send({ awardType: 'LDTT', staffId: staff.id, year: 2024.5 }).expect(400);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM award_records WHERE staff_id = $1`, [staff.id])).toEqual([{ n: 0 }]);
    });

    it('refuses a retired type for the years from its retirement on', async () => {
      await t
        .http()
        .post('/api/award-types')
        .set(bearer(t.adminToken))
        .send({
          code: 'OLD_LOCAL',
          name: 'Danh hiệu cũ',
          kind: 'title',
          subjects: ['individual'],
          level: 'grassroots',
          authority: 'Giám đốc',
          legalBasis: 'Quy chế cũ',
        })
        .expect(201);
      const retired = await t.http().post('/api/award-types/OLD_LOCAL/retire').set(bearer(t.adminToken)).expect(200);
      const staff = await newStaff();
      const res = await t
        .http()
        .post('/api/awards')
        .set(bearer(hr))
        .send({ awardType: 'OLD_LOCAL', staffId: staff.id, year: Number((retired.body as { retiredOn: string }).retiredOn.slice(0, 4)) })
        .expect(400);
      expect(res.body.details[0]).toMatchObject({ field: 'awardType', constraint: 'retiredAwardType' });
    });

    it('records collective awards for units and lists them with their kind', async () => {
      const unit = await createUnit(t, { name: 'Phòng Phục vụ', code: 'TV-PV', parentId: library.id });
      await createAward(t, { awardType: 'TTLDTT', unitId: unit.id, year: 2024 }, hr);
      await createAward(t, { awardType: 'BANG_KHEN_TINH', unitId: unit.id, year: 2024 }, hr);
      const dup = await t.http().post('/api/awards').set(bearer(hr)).send({ awardType: 'TTLDTT', unitId: unit.id, year: 2024 }).expect(409);
      expect(dup.body.message).toContain('Tập thể này đã được tặng “Tập thể lao động tiên tiến” năm 2024');
      const res = await t.http().get(`/api/units/${unit.id}/awards`).set(bearer(viewer)).expect(200);
      expect(res.body.map((a: { awardType: string; kind: string; unitId: string }) => [a.awardType, a.kind, a.unitId])).toEqual([
        ['TTLDTT', 'title', unit.id],
        ['BANG_KHEN_TINH', 'commendation', unit.id],
      ]);
    });
  });

  describe('appraisals (xếp loại)', () => {
    it('creates then corrects the rating of a year (PUT upsert, 200), audited with before and after', async () => {
      const staff = await newStaff();
      const created = await t.http().put(`/api/staff/${staff.id}/appraisals/2024`).set(bearer(hr)).send({ rating: 'good' }).expect(200);
      expect(created.body).toMatchObject({ staffId: staff.id, unitId: null, year: 2024, rating: 'good' });
      const updated = await t
        .http()
        .put(`/api/staff/${staff.id}/appraisals/2024`)
        .set(bearer(hr))
        .send({ rating: 'excellent' })
        .expect(200);
      expect(updated.body).toMatchObject({ id: created.body.id, rating: 'excellent' });
      // The same rating again changes nothing and writes no audit entry.
      await t.http().put(`/api/staff/${staff.id}/appraisals/2024`).set(bearer(hr)).send({ rating: 'excellent' }).expect(200);
      expect(await t.dataSource.query(`SELECT year, rating FROM appraisals WHERE staff_id = $1`, [staff.id])).toEqual([
        { year: 2024, rating: 'excellent' },
      ]);
      const audit = (await t.dataSource.query(
        `SELECT action, before->>'rating' AS before, after->>'rating' AS after FROM audit_log WHERE entity = 'appraisals' AND entity_id = $1 ORDER BY id`,
        [created.body.id],
      )) as unknown[];
      expect(audit).toEqual([
        { action: 'create', before: null, after: 'good' },
        { action: 'update', before: 'good', after: 'excellent' },
      ]);
    });

    it('lists a staff member’s ratings, newest first, and rates units too', async () => {
      const staff = await newStaff();
      await putStaffAppraisal(t, staff.id, 2023, 'completed', hr);
      await putStaffAppraisal(t, staff.id, 2025, 'not_completed', hr);
      const list = await t.http().get(`/api/staff/${staff.id}/appraisals`).set(bearer(viewer)).expect(200);
      expect(list.body.map((a: { year: number; rating: string }) => [a.year, a.rating])).toEqual([
        [2025, 'not_completed'],
        [2023, 'completed'],
      ]);
      const unit = await t
        .http()
        .put(`/api/units/${department.id}/appraisals/2024`)
        .set(bearer(hr))
        .send({ rating: 'excellent' })
        .expect(200);
      expect(unit.body).toMatchObject({ unitId: department.id, staffId: null, year: 2024, rating: 'excellent' });
      expect((await t.http().get(`/api/units/${department.id}/appraisals`).set(bearer(viewer)).expect(200)).body).toHaveLength(1);
    });

    it('refuses a year outside 1990–2100 and an unknown rating (400)', async () => {
      const staff = await newStaff();
      expect(
        (await t.http().put(`/api/staff/${staff.id}/appraisals/1989`).set(bearer(hr)).send({ rating: 'good' }).expect(400)).body.details[0],
      ).toMatchObject({ field: 'year' });
      await t.http().put(`/api/staff/${staff.id}/appraisals/20x4`).set(bearer(hr)).send({ rating: 'good' }).expect(400);
      await t.http().put(`/api/staff/${staff.id}/appraisals/2024`).set(bearer(hr)).send({ rating: 'HTXS' }).expect(400);
      await t
        .http()
        .put(`/api/staff/00000000-0000-4000-8000-000000000000/appraisals/2024`)
        .set(bearer(hr))
        .send({ rating: 'good' })
        .expect(404);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM appraisals WHERE staff_id = $1`, [staff.id])).toEqual([{ n: 0 }]);
    });
  });

  describe('initiatives, discipline, freezes', () => {
    it('records initiatives (201) and lists them; the same title in the same year is a 409', async () => {
      const staff = await newStaff();
      const res = await t
        .http()
        .post(`/api/staff/${staff.id}/initiatives`)
        .set(bearer(hr))
        .send({ year: 2024, title: 'Số hoá tài liệu địa chí', level: 'provincial' })
        .expect(201);
      expect(res.body).toMatchObject({
        staffId: staff.id,
        year: 2024,
        title: 'Số hoá tài liệu địa chí',
        level: 'provincial',
        kind: 'initiative',
      });
      await t
        .http()
        .post(`/api/staff/${staff.id}/initiatives`)
        .set(bearer(hr))
        .send({ year: 2024, title: 'Số hoá tài liệu địa chí', level: 'grassroots' })
        .expect(409);
      await t
        .http()
        .post(`/api/staff/${staff.id}/initiatives`)
        .set(bearer(hr))
        .send({ year: 2024, title: 'X', level: 'district' })
        .expect(400);
      await createInitiative(t, staff.id, { year: 2025, title: 'Sắp xếp kho sách mở', level: 'grassroots' }, hr);
      const list = await t.http().get(`/api/staff/${staff.id}/initiatives`).set(bearer(viewer)).expect(200);
      expect(list.body.map((i: { year: number }) => i.year)).toEqual([2025, 2024]);
      expect(
        await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'initiatives' AND entity_id = $1`, [res.body.id]),
      ).toEqual([{ n: 1 }]);
    });

    it('records discipline with its period (201); an end before the start is a 400', async () => {
      const staff = await newStaff();
      const res = await t
        .http()
        .post(`/api/staff/${staff.id}/disciplines`)
        .set(bearer(hr))
        .send({ level: 'warning', from: '2024-03-01', to: '2025-02-28' })
        .expect(201);
      expect(res.body).toMatchObject({ staffId: staff.id, level: 'warning', from: '2024-03-01', to: '2025-02-28' });
      const bad = await t
        .http()
        .post(`/api/staff/${staff.id}/disciplines`)
        .set(bearer(hr))
        .send({ level: 'reprimand', from: '2024-03-01', to: '2024-02-01' })
        .expect(400);
      expect(bad.body.details[0]).toMatchObject({ field: 'to', constraint: 'periodOrder' });
      await t
        .http()
        .post(`/api/staff/${staff.id}/disciplines`)
        .set(bearer(hr))
        .send({ level: 'reprimand', from: '2025-06-01' })
        .expect(201);
      await t.http().post(`/api/staff/${staff.id}/disciplines`).set(bearer(hr)).send({ level: 'scolding', from: '2025-06-01' }).expect(400);
      // Personal data (Decree 13/2023): HR reads it, a viewer is refused.
      await t.http().get(`/api/staff/${staff.id}/disciplines`).set(bearer(viewer)).expect(403);
      const list = await t.http().get(`/api/staff/${staff.id}/disciplines`).set(bearer(hr)).expect(200);
      expect(list.body.map((d: { level: string; to: string | null }) => [d.level, d.to])).toEqual([
        ['reprimand', null],
        ['warning', '2025-02-28'],
      ]);
      expect(await t.dataSource.query(`SELECT starts_on, ends_on FROM disciplines WHERE id = $1`, [res.body.id])).toEqual([
        { starts_on: '2024-03-01', ends_on: '2025-02-28' },
      ]);
    });

    it('opens a freeze (201) and lifts it by setting its end (PATCH), audited', async () => {
      const staff = await newStaff();
      const res = await t
        .http()
        .post(`/api/staff/${staff.id}/freezes`)
        .set(bearer(hr))
        .send({ reason: 'Đang xem xét kỷ luật', from: '2025-03-01' })
        .expect(201);
      expect(res.body).toMatchObject({ staffId: staff.id, reason: 'Đang xem xét kỷ luật', from: '2025-03-01', to: null, active: true });
      await t.http().patch(`/api/staff/${staff.id}/freezes/${res.body.id}`).set(bearer(hr)).send({ to: '2025-02-01' }).expect(400);
      const lifted = await t
        .http()
        .patch(`/api/staff/${staff.id}/freezes/${res.body.id}`)
        .set(bearer(hr))
        .send({ to: '2025-05-31' })
        .expect(200);
      expect(lifted.body).toMatchObject({ to: '2025-05-31', active: false });
      const other = await newStaff();
      await t.http().patch(`/api/staff/${other.id}/freezes/${res.body.id}`).set(bearer(hr)).send({ to: '2025-05-31' }).expect(404);
      expect(await t.dataSource.query(`SELECT ends_on FROM freezes WHERE id = $1`, [res.body.id])).toEqual([{ ends_on: '2025-05-31' }]);
      const audit = (await t.dataSource.query(
        `SELECT action, after->>'to' AS "to" FROM audit_log WHERE entity = 'freezes' AND entity_id = $1 ORDER BY id`,
        [res.body.id],
      )) as unknown[];
      expect(audit).toEqual([
        { action: 'create', to: null },
        { action: 'update', to: '2025-05-31' },
      ]);
      const list = await t.http().get(`/api/staff/${staff.id}/freezes`).set(bearer(viewer)).expect(200);
      expect(list.body).toHaveLength(1);
    });
  });

  describe('scope and roles', () => {
    it('lets an HR officer write only for staff and units under their units (403 otherwise); viewers only read', async () => {
      const staff = await newStaff();
      const body = { awardType: 'LDTT', staffId: staff.id, year: 2024 };
      expect((await t.http().post('/api/awards').set(bearer(outsider)).send(body).expect(403)).body.code).toBe('OUT_OF_SCOPE');
      expect((await t.http().post('/api/awards').set(bearer(viewer)).send(body).expect(403)).body.code).toBe('FORBIDDEN');
      await t.http().put(`/api/staff/${staff.id}/appraisals/2024`).set(bearer(outsider)).send({ rating: 'good' }).expect(403);
      await t.http().put(`/api/units/${department.id}/appraisals/2024`).set(bearer(outsider)).send({ rating: 'good' }).expect(403);
      await t
        .http()
        .post(`/api/staff/${staff.id}/initiatives`)
        .set(bearer(outsider))
        .send({ year: 2024, title: 'A', level: 'grassroots' })
        .expect(403);
      await t
        .http()
        .post(`/api/staff/${staff.id}/disciplines`)
        .set(bearer(outsider))
        .send({ level: 'warning', from: '2024-01-01' })
        .expect(403);
      await t
        .http()
        .post(`/api/staff/${staff.id}/freezes`)
        .set(bearer(outsider))
        .send({ reason: 'Thanh tra', from: '2024-01-01' })
        .expect(403);
      await t.http().get(`/api/staff/${staff.id}/history`).set(bearer(outsider)).expect(403);
      await t.http().get(`/api/staff/${staff.id}/awards`).set(bearer(outsider)).expect(403);
      const award = await createAward(t, body, hr);
      await t.http().post(`/api/awards/${award.id}/revoke`).set(bearer(outsider)).send({ reason: 'x' }).expect(403);
      expect(await countRows(t, 'award_records')).toBeGreaterThan(0);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM appraisals WHERE staff_id = $1`, [staff.id])).toEqual([{ n: 0 }]);
      expect(await t.dataSource.query(`SELECT revoked_at FROM award_records WHERE id = $1`, [award.id])).toEqual([{ revoked_at: null }]);
    });
  });

  describe('GET /api/staff/:id/history', () => {
    it('answers everything for the detail page at once, titles and commendations apart', async () => {
      const staff = await newStaff();
      await createAward(t, { awardType: 'LDTT', staffId: staff.id, year: 2023 }, hr);
      await createAward(t, { awardType: 'CSTDCS', staffId: staff.id, year: 2024 }, hr);
      await createAward(t, { awardType: 'GIAY_KHEN', staffId: staff.id, year: 2024, basis: 'ad_hoc' }, hr);
      await putStaffAppraisal(t, staff.id, 2024, 'excellent', hr);
      await createInitiative(t, staff.id, { year: 2024, title: 'Thư viện số', level: 'grassroots' }, hr);
      await t
        .http()
        .post(`/api/staff/${staff.id}/disciplines`)
        .set(bearer(hr))
        .send({ level: 'reprimand', from: '2022-01-01', to: '2022-12-31' })
        .expect(201);
      await t
        .http()
        .post(`/api/staff/${staff.id}/freezes`)
        .set(bearer(hr))
        .send({ reason: 'Đang xác minh đơn khiếu nại', from: '2025-10-01' })
        .expect(201);

      const res = await t.http().get(`/api/staff/${staff.id}/history`).set(bearer(viewer)).expect(200);
      expect(res.body.staff).toMatchObject({
        id: staff.id,
        code: staff.code,
        fullName: 'Trần Thị Mai',
        unitId: department.id,
        unitName: 'Phòng Nghiệp vụ',
      });
      expect(res.body.titles.map((a: { awardType: string; year: number }) => [a.awardType, a.year])).toEqual([
        ['CSTDCS', 2024],
        ['LDTT', 2023],
      ]);
      expect(res.body.commendations).toEqual([expect.objectContaining({ awardType: 'GIAY_KHEN', kind: 'commendation', basis: 'ad_hoc' })]);
      expect(res.body.appraisals).toEqual([expect.objectContaining({ year: 2024, rating: 'excellent' })]);
      expect(res.body.initiatives).toEqual([expect.objectContaining({ title: 'Thư viện số', level: 'grassroots' })]);
      // Discipline is personal data (Decree 13/2023): withheld from a viewer, shown to HR.
      expect(res.body.disciplines).toEqual([]);
      const forHr = await t.http().get(`/api/staff/${staff.id}/history`).set(bearer(hr)).expect(200);
      expect(forHr.body.disciplines).toEqual([expect.objectContaining({ level: 'reprimand', from: '2022-01-01', to: '2022-12-31' })]);
      expect(res.body.freezes).toEqual([expect.objectContaining({ reason: 'Đang xác minh đơn khiếu nại', to: null })]);
      await t.http().get(`/api/staff/00000000-0000-4000-8000-000000000000/history`).set(bearer(viewer)).expect(404);
      await t.http().get(`/api/staff/not-a-uuid/history`).set(bearer(viewer)).expect(400);
    });

    it('answers a unit’s history too', async () => {
      const unit = await createUnit(t, { name: 'Phòng Tin học', code: 'TV-TH', parentId: library.id });
      await createAward(t, { awardType: 'TTLDXS', unitId: unit.id, year: 2024 }, hr);
      await t
        .http()
        .post(`/api/units/${unit.id}/freezes`)
        .set(bearer(hr))
        .send({ reason: 'Đang thanh tra', from: '2025-01-01' })
        .expect(201);
      const res = await t.http().get(`/api/units/${unit.id}/history`).set(bearer(viewer)).expect(200);
      expect(res.body).toMatchObject({ unit: { id: unit.id, code: 'TV-TH' }, commendations: [], appraisals: [] });
      expect(res.body.titles).toEqual([expect.objectContaining({ awardType: 'TTLDXS' })]);
      expect(res.body.freezes).toEqual([expect.objectContaining({ unitId: unit.id, reason: 'Đang thanh tra' })]);
    });
  });
});
