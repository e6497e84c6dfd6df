import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { createAward, createInitiative, importHistory, insertLegacyAppraisal, putStaffAppraisal } from '../factories/history.js';
import { csrfFrom, importFile, signInThroughForm, staffCsv } from '../factories/import.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';

interface AuditRow {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe('corrections: edit and remove history records, undo an import', () => {
  let t: TestApp;
  let library: { id: string; code: string };
  let museum: { id: string };
  let hr: string;
  let outsider: string;

  const auditOf = async (entity: string, id: string): Promise<AuditRow[]> =>
    (await t.dataSource.query(`SELECT action, before, after FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id`, [
      entity,
      id,
    ])) as AuditRow[];
  const csv = (...lines: string[][]): string => `${lines.map((cells) => cells.join(',')).join('\n')}\n`;
  const ldtt2025 = async (unitId: string) =>
    (
      (
        await t
          .http()
          .get('/api/eligibility/candidates')
          .query({ awardType: 'LDTT', year: 2025, unitId })
          .set(bearer(t.adminToken))
          .expect(200)
      ).body as { items: Array<{ id: string; status: string }> }
    ).items;

  beforeAll(async () => {
    t = await createTestApp();
    library = await createUnit(t, { name: 'Thư viện tỉnh', code: 'TVC' });
    museum = await createUnit(t, { name: 'Bảo tàng tỉnh', code: 'BTC' });
    hr = (await createUserToken(t, ['hr_officer'], [library.id])).token;
    outsider = (await createUserToken(t, ['hr_officer'], [museum.id])).token;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  }, 60_000);

  describe('ratings: DELETE /api/staff/:id/appraisals/:year', () => {
    it('removes the wrong year (soft delete) with its reason, audited before/after, and eligibility stops counting it at once', async () => {
      const unit = await createUnit(t, { name: 'Phòng Đọc', code: 'TVC-PD', parentId: library.id });
      const person = await createStaff(t, { unitId: unit.id, fullName: 'Lê Thị Sửa' });
      await putStaffAppraisal(t, person.id, 2025, 'good');
      // The kept result of the candidates list says eligible...
      expect(await ldtt2025(unit.id)).toEqual([{ ...(await ldtt2025(unit.id))[0], id: person.id, status: 'eligible' }]);

      const res = await t
        .http()
        .delete(`/api/staff/${person.id}/appraisals/2025`)
        .set(bearer(hr))
        .send({ reason: 'Nhập nhầm năm' })
        .expect(200);
      expect(res.body).toMatchObject({ staffId: person.id, year: 2025, rating: 'good', deletedReason: 'Nhập nhầm năm' });
      expect(res.body.deletedAt).not.toBeNull();
      const [row] = (await t.dataSource.query(
        `SELECT deleted_at IS NOT NULL AS gone, deleted_by IS NOT NULL AS by FROM appraisals WHERE id = $1`,
        [res.body.id],
      )) as Array<{ gone: boolean; by: boolean }>;
      expect(row).toEqual({ gone: true, by: true });
      const audit = await auditOf('appraisals', res.body.id as string);
      expect(audit.map((a) => a.action)).toEqual(['create', 'remove']);
      expect(audit[1].before).toMatchObject({ rating: 'good', deletedAt: null });
      expect(audit[1].after).toMatchObject({ rating: 'good', deletedReason: 'Nhập nhầm năm' });

      // ...and is stale after the removal: the rating no longer counts.
      expect((await ldtt2025(unit.id)).map((item) => item.status)).toEqual(['near_miss']);
      // Lists: gone for HR, still there for admins, flagged.
      const forHr = await t.http().get(`/api/staff/${person.id}/history`).set(bearer(hr)).expect(200);
      expect(forHr.body.appraisals).toEqual([]);
      const forAdmin = await t.http().get(`/api/staff/${person.id}/history`).set(bearer(t.adminToken)).expect(200);
      expect(forAdmin.body.appraisals).toEqual([expect.objectContaining({ year: 2025, deletedReason: 'Nhập nhầm năm' })]);
      // The right rating of the year can be entered again.
      await putStaffAppraisal(t, person.id, 2025, 'excellent');
      expect((await ldtt2025(unit.id)).map((item) => item.status)).toEqual(['eligible']);
    });

    it('needs a reason (400), the rating to exist (404) and the person in scope (403)', async () => {
      const person = await createStaff(t, { unitId: library.id, fullName: 'Ngô Văn Lý' });
      await putStaffAppraisal(t, person.id, 2024, 'good');
      await t.http().delete(`/api/staff/${person.id}/appraisals/2024`).set(bearer(hr)).send({}).expect(400);
      await t.http().delete(`/api/staff/${person.id}/appraisals/2024`).set(bearer(hr)).send({ reason: '   ' }).expect(400);
      await t.http().delete(`/api/staff/${person.id}/appraisals/2023`).set(bearer(hr)).send({ reason: 'x' }).expect(404);
      await t.http().delete(`/api/staff/${person.id}/appraisals/2024`).set(bearer(outsider)).send({ reason: 'x' }).expect(403);
      expect(
        await t.dataSource.query(`SELECT count(*)::int AS n FROM appraisals WHERE staff_id = $1 AND deleted_at IS NULL`, [person.id]),
      ).toEqual([{ n: 1 }]);
    });
  });

  describe('initiatives, disciplines, freezes: PATCH and DELETE with a reason', () => {
    it('corrects an initiative (audit before/after with the reason) and removes it', async () => {
      const person = await createStaff(t, { unitId: library.id, fullName: 'Phan Văn Kiến' });
      const { id } = await createInitiative(t, person.id, { year: 2024, title: 'Số hoá', level: 'grassroots' });
      const res = await t
        .http()
        .patch(`/api/initiatives/${id}`)
        .set(bearer(hr))
        .send({ title: 'Số hoá tài liệu địa chí', level: 'provincial', reason: 'Sai tên' })
        .expect(200);
      expect(res.body).toMatchObject({ id, year: 2024, title: 'Số hoá tài liệu địa chí', level: 'provincial', deletedAt: null });
      const [, correct] = await auditOf('initiatives', id);
      expect(correct).toMatchObject({
        action: 'correct',
        before: { title: 'Số hoá', level: 'grassroots' },
        after: { title: 'Số hoá tài liệu địa chí', level: 'provincial', correctionReason: 'Sai tên' },
      });
      await t.http().patch(`/api/initiatives/${id}`).set(bearer(hr)).send({ title: 'Không lý do' }).expect(400);
      await t.http().delete(`/api/initiatives/${id}`).set(bearer(outsider)).send({ reason: 'x' }).expect(403);
      await t.http().delete(`/api/initiatives/${id}`).set(bearer(hr)).send({ reason: 'Trùng' }).expect(200);
      // Removed: not found for another correction; the same title can be recorded again.
      await t.http().delete(`/api/initiatives/${id}`).set(bearer(hr)).send({ reason: 'Trùng' }).expect(404);
      await createInitiative(t, person.id, { year: 2024, title: 'Số hoá tài liệu địa chí', level: 'provincial' });
    });

    it('corrects a discipline’s end and a freeze’s grounds, refuses an end before the start, removes both', async () => {
      const person = await createStaff(t, { unitId: library.id, fullName: 'Vũ Thị Luật' });
      const discipline = await t
        .http()
        .post(`/api/staff/${person.id}/disciplines`)
        .set(bearer(hr))
        .send({ level: 'reprimand', from: '2024-03-01' })
        .expect(201);
      const changed = await t
        .http()
        .patch(`/api/disciplines/${discipline.body.id}`)
        .set(bearer(hr))
        .send({ to: '2024-12-31', reason: 'Đã hết hạn' })
        .expect(200);
      expect(changed.body).toMatchObject({ level: 'reprimand', from: '2024-03-01', to: '2024-12-31' });
      await t.http().patch(`/api/disciplines/${discipline.body.id}`).set(bearer(hr)).send({ to: '2023-01-01', reason: 'x' }).expect(400);
      const freeze = await t
        .http()
        .post(`/api/staff/${person.id}/freezes`)
        .set(bearer(hr))
        .send({ reason: 'Đang xác minh', from: '2025-02-01' })
        .expect(201);
      const grounds = await t
        .http()
        .patch(`/api/freezes/${freeze.body.id}`)
        .set(bearer(hr))
        .send({ freezeReason: 'Đang thanh tra', reason: 'Ghi sai lý do' })
        .expect(200);
      expect(grounds.body).toMatchObject({ reason: 'Đang thanh tra', from: '2025-02-01', to: null });
      await t.http().delete(`/api/disciplines/${discipline.body.id}`).set(bearer(hr)).send({ reason: 'Nhập nhầm người' }).expect(200);
      await t.http().delete(`/api/freezes/${freeze.body.id}`).set(bearer(hr)).send({ reason: 'Nhập nhầm người' }).expect(200);
      const history = await t.http().get(`/api/staff/${person.id}/history`).set(bearer(hr)).expect(200);
      expect([history.body.disciplines, history.body.freezes]).toEqual([[], []]);
      expect((await auditOf('freezes', freeze.body.id as string)).map((a) => a.action)).toEqual(['create', 'correct', 'remove']);
    });
  });

  describe('awards: PATCH and DELETE /api/awards/:id', () => {
    it('corrects and removes an award typed in; an issued one is 409 with a message saying a new decision changes it', async () => {
      const person = await createStaff(t, { unitId: library.id, fullName: 'Đinh Văn Thưởng' });
      const award = await createAward(t, { awardType: 'LDTT', staffId: person.id, year: 2024 });
      const res = await t
        .http()
        .patch(`/api/awards/${award.id}`)
        .set(bearer(hr))
        .send({ decisionNumber: '12/QĐ-SVH', decisionDate: '2025-01-10', reason: 'Bổ sung số quyết định' })
        .expect(200);
      expect(res.body).toMatchObject({
        awardType: 'LDTT',
        year: 2024,
        decisionNumber: '12/QĐ-SVH',
        decisionDate: '2025-01-10',
        source: 'entered',
      });
      await t.http().delete(`/api/awards/${award.id}`).set(bearer(hr)).send({ reason: 'Nhập trùng' }).expect(200);
      // Removed, it no longer blocks the same award of the same year (Law 2022 Art. 5 counts live records only).
      await createAward(t, { awardType: 'LDTT', staffId: person.id, year: 2024 });

      const issued = await createAward(t, { awardType: 'CSTDCS', staffId: person.id, year: 2024 });
      await t.dataSource.query(`UPDATE award_records SET source = 'issued' WHERE id = $1`, [issued.id]);
      const refused = await t.http().delete(`/api/awards/${issued.id}`).set(bearer(hr)).send({ reason: 'x' }).expect(409);
      expect(refused.body.code).toBe('AWARD_ISSUED');
      expect(refused.body.message).toContain('quyết định mới');
      await t.http().patch(`/api/awards/${issued.id}`).set(bearer(hr)).send({ year: 2023, reason: 'x' }).expect(409);
      expect(await t.dataSource.query(`SELECT year, deleted_at FROM award_records WHERE id = $1`, [issued.id])).toEqual([
        { year: 2024, deleted_at: null },
      ]);
    });
  });

  describe('undo an import: POST /api/imports/:batchId/undo', () => {
    it('a history import: removes what it created, puts back what it changed, audited; twice is 409', async () => {
      const unit = await createUnit(t, { name: 'Phòng Nhập', code: 'TVC-PN', parentId: library.id });
      const a = await createStaff(t, { unitId: unit.id, code: 'UNDO-A', fullName: 'Hà Văn Một' });
      const b = await createStaff(t, { unitId: unit.id, code: 'UNDO-B', fullName: 'Hà Văn Hai' });
      await putStaffAppraisal(t, b.id, 2024, 'completed');
      const res = await importHistory(
        t,
        'appraisals',
        csv(['Mã cán bộ', 'Năm', 'Xếp loại'], ['UNDO-A', '2024', 'HTT'], ['UNDO-B', '2024', 'HTXS']),
        'x.csv',
        hr,
      ).expect(200);
      expect(res.body).toMatchObject({ created: 1, updated: 1, batchId: expect.any(String) });
      const batchId = res.body.batchId as string;

      const undo = await t.http().post(`/api/imports/${batchId}/undo`).set(bearer(outsider)).expect(403);
      expect(undo.body.code).toBe('OUT_OF_SCOPE');
      const done = await t.http().post(`/api/imports/${batchId}/undo`).set(bearer(hr)).expect(200);
      expect(done.body).toEqual({ batchId, kind: 'appraisals', removed: 1, restored: 1 });
      const ratings = (await t.dataSource.query(
        `SELECT s.code, a.rating, a.deleted_at IS NOT NULL AS removed FROM appraisals a JOIN staff s ON s.id = a.staff_id WHERE s.id = ANY($1) ORDER BY 1`,
        [[a.id, b.id]],
      )) as unknown[];
      expect(ratings).toEqual([
        { code: 'UNDO-A', rating: 'good', removed: true },
        { code: 'UNDO-B', rating: 'completed', removed: false },
      ]);
      expect(await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'imports' AND entity_id = $1`, [batchId])).toEqual([
        { action: 'undo-import' },
      ]);
      const again = await t.http().post(`/api/imports/${batchId}/undo`).set(bearer(hr)).expect(409);
      expect(again.body.code).toBe('IMPORT_ALREADY_UNDONE');
    });

    it('a staff import: refused (409 naming the person) once history was entered by hand, nothing changed; undone while nothing depends', async () => {
      const res = await importFile(
        t,
        hr,
        staffCsv([
          ['UNDO-S1', 'Trịnh Văn Nhập', 'Nam', '01/02/1980', library.code, 'Chuyên viên', '2010-08-15'],
          ['UNDO-S2', 'Trịnh Thị Nhập', 'Nữ', '01/02/1981', library.code, 'Chuyên viên', '2010-08-15'],
        ]),
      ).expect(200);
      const batchId = res.body.batchId as string;
      const [s1] = (await t.dataSource.query(`SELECT id FROM staff WHERE code = 'UNDO-S1'`)) as Array<{ id: string }>;
      await putStaffAppraisal(t, s1.id, 2025, 'good');

      const refused = await t.http().post(`/api/imports/${batchId}/undo`).set(bearer(hr)).expect(409);
      expect(refused.body.code).toBe('IMPORT_DEPENDED_ON');
      expect(refused.body.message).toContain('UNDO-S1 Trịnh Văn Nhập: Xếp loại hằng năm 2025');
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM staff WHERE import_batch_id = $1`, [batchId])).toEqual([{ n: 2 }]);

      // A later import that also corrects one of them (its name): undone, the new person goes, the other's name comes back.
      const later = await importFile(
        t,
        hr,
        staffCsv([
          ['UNDO-S2', 'Trịnh Thị Nhã', 'Nữ', '01/02/1981', library.code, 'Chuyên viên', '2010-08-15'],
          ['UNDO-S3', 'Trịnh Văn Ba', 'Nam', '01/02/1983', library.code, 'Chuyên viên', '2010-08-15'],
        ]),
      ).expect(200);
      expect(later.body).toMatchObject({ created: 1, updated: 1 });
      const done = await t
        .http()
        .post(`/api/imports/${later.body.batchId as string}/undo`)
        .set(bearer(hr))
        .expect(200);
      expect(done.body).toMatchObject({ kind: 'staff', removed: 1, restored: 1 });
      expect(
        await t.dataSource.query(
          `SELECT code, full_name, sort_key IS NOT NULL AS sorted FROM staff WHERE code LIKE 'UNDO-S%' ORDER BY code`,
        ),
      ).toEqual([
        { code: 'UNDO-S1', full_name: 'Trịnh Văn Nhập', sorted: true },
        { code: 'UNDO-S2', full_name: 'Trịnh Thị Nhập', sorted: true },
      ]);
    });
  });

  describe('pages', () => {
    it('the profile page links each row to its correction page; editing a rating (reason required) returns to its section', async () => {
      const officer = await createUserToken(t, ['hr_officer'], [library.id]);
      const agent = await signInThroughForm(t, officer.username, 'password-123');
      const person = await createStaff(t, { unitId: library.id, fullName: 'Mai Văn Trang' });
      const { id } = await insertLegacyAppraisal(t, person.id, 2030, 'good');
      const profile = await agent.get(`/staff/${person.id}/history`).expect(200);
      expect(profile.text).toContain(`href="/staff/${person.id}/history/appraisals/${id}"`);
      expect(profile.text).toContain(`href="/staff/${person.id}/history/appraisals/${id}#remove"`);

      const page = await agent.get(`/staff/${person.id}/history/appraisals/${id}`).expect(200);
      expect(page.text).toContain('<option value="good" selected>');
      const csrf = csrfFrom(page.text);
      const refused = await agent
        .post(`/staff/${person.id}/history/appraisals/${id}/edit`)
        .type('form')
        .send({ _csrf: csrf, rating: 'excellent', reason: '' })
        .expect(400);
      expect(refused.text).toContain('value="excellent" selected');
      const saved = await agent
        .post(`/staff/${person.id}/history/appraisals/${id}/edit`)
        .type('form')
        .send({ _csrf: csrf, rating: 'excellent', reason: 'Sai xếp loại' })
        .expect(303);
      expect(saved.headers.location).toBe(`/staff/${person.id}/history?saved=correct#timeline-title`);
      expect((await auditOf('appraisals', id)).at(-1)).toMatchObject({
        action: 'correct',
        before: { rating: 'good' },
        after: { rating: 'excellent' },
      });

      // Removal needs the box ticked; then the row is gone for HR and struck through for admins.
      await agent
        .post(`/staff/${person.id}/history/appraisals/${id}/remove`)
        .type('form')
        .send({ _csrf: csrf, reason: 'Năm 2030 nhập nhầm' })
        .expect(400);
      const removed = await agent
        .post(`/staff/${person.id}/history/appraisals/${id}/remove`)
        .type('form')
        .send({ _csrf: csrf, reason: 'Năm 2030 nhập nhầm', confirm: '1' })
        .expect(303);
      expect(removed.headers.location).toBe(`/staff/${person.id}/history?saved=remove#timeline-title`);
      expect((await agent.get(`/staff/${person.id}/history`).expect(200)).text).not.toContain('2030');
      const admin = await signInThroughForm(t, 'admin', 'admin-password-for-tests');
      const asAdmin = await admin.get(`/staff/${person.id}/history`).expect(200);
      expect(asAdmin.text).toContain('<del class="removed">Hoàn thành xuất sắc nhiệm vụ</del>');
      expect(asAdmin.text).toContain('Đã xoá: Năm 2030 nhập nhầm');
      // Another person's record through this person's address is not found.
      const other = await createStaff(t, { unitId: library.id, fullName: 'Mai Thị Khác' });
      await agent.get(`/staff/${other.id}/history/appraisals/${id}`).expect(404);
    });

    it('the history import result page has an "Hoàn tác lần nhập này" button that undoes it', async () => {
      const officer = await createUserToken(t, ['hr_officer'], [library.id]);
      const agent = await signInThroughForm(t, officer.username, 'password-123');
      await createStaff(t, { unitId: library.id, code: 'UNDO-P', fullName: 'Lý Văn Trang' });
      const form = await agent.get('/history/import?kind=appraisals').expect(200);
      const result = await agent
        .post(`/history/import?kind=appraisals`)
        .field('_csrf', csrfFrom(form.text))
        .attach('file', Buffer.from(csv(['Mã cán bộ', 'Năm', 'Xếp loại'], ['UNDO-P', '2024', 'HTT'])), 'x.csv')
        .expect(200);
      const action = /action="(\/imports\/[0-9a-f-]+\/undo)"/u.exec(result.text)?.[1];
      expect(result.text).toContain('Hoàn tác lần nhập này');
      expect(action).toBeDefined();
      const undone = await agent
        .post(action!)
        .type('form')
        .send({ _csrf: csrfFrom(result.text), confirm: '1' })
        .expect(200);
      expect(undone.text).toContain('Đã hoàn tác lần nhập: 1 mục đã xoá, 0 mục đã khôi phục.');
      expect(
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM appraisals a JOIN staff s ON s.id = a.staff_id WHERE s.code = 'UNDO-P' AND a.deleted_at IS NULL`,
        ),
      ).toEqual([{ n: 0 }]);
    });
  });
});
