import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { createAward, importHistory, putStaffAppraisal } from '../factories/history.js';
import { csrfFrom, importFile, signInThroughForm, staffCsv } from '../factories/import.js';
import { ADMIN_PASSWORD, bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';
import { currentRoundYear } from '../../src/kernel/index.js';

interface Warning {
  code: string;
  field: string;
  message: string;
  line?: number;
}

/** Plausibility (issue 8, item 2) and duplicates (item 4): refusals, warnings, case-insensitive codes, merge. */
describe('plausibility and duplicates', () => {
  let t: TestApp;
  let library: { id: string; code: string };
  let readers: { id: string; code: string };
  const roundYear = currentRoundYear(new Date());

  const post = (path: string, body: object, token = t.adminToken) => t.http().post(path).set(bearer(token)).set(ENGLISH).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    library = await createUnit(t, { name: 'Thư viện tỉnh', code: 'TVQ' });
    readers = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', code: 'TVQ-PVBD', parentId: library.id });
  }, 240_000);
  afterAll(async () => {
    await t.close();
  }, 60_000);

  describe('the impossible is refused (422), the message stating the rule', () => {
    it('born 2025 and starting work in 2030: both rules named beside their fields; nothing written', async () => {
      const res = await post('/api/staff', {
        code: 'IMP-1',
        fullName: 'Trần Thị Bé',
        gender: 'female',
        dateOfBirth: '2025-01-01',
        startedOn: '2030-01-01',
        unitId: readers.id,
      }).expect(422);
      expect(res.body.code).toBe('STAFF_IMPLAUSIBLE');
      expect(res.body.message).toMatch(/^The work start date 01\/01\/2030 is in the future/u);
      expect(res.body.details.map((d: { field: string; constraint: string }) => [d.field, d.constraint])).toEqual([
        ['startedOn', 'startInFuture'],
        ['startedOn', 'startBeforeAge15'],
      ]);
      expect(res.body.details[1].message).toContain('before the age of 15');
      const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM staff WHERE code = 'IMP-1'`)) as Array<{ n: number }>;
      expect(n).toBe(0);
    });

    it('a birth date in the future, in Vietnamese for a Vietnamese reader', async () => {
      const res = await t
        .http()
        .post('/api/staff')
        .set(bearer(t.adminToken))
        .set('Accept-Language', 'vi')
        .send({ code: 'IMP-2', fullName: 'Lê Văn Tới', gender: 'male', dateOfBirth: '2099-05-05', unitId: readers.id })
        .expect(422);
      expect(res.body.message).toMatch(/^Ngày sinh 05\/05\/2099 ở tương lai/u);
    });

    it(`a rating for the year after the round (${roundYear + 1}) is refused; the round year itself is accepted`, async () => {
      const person = await createStaff(t, { unitId: readers.id, code: 'IMP-3', dateOfBirth: '1990-01-01' });
      const res = await t
        .http()
        .put(`/api/staff/${person.id}/appraisals/${roundYear + 1}`)
        .set(bearer(t.adminToken))
        .set(ENGLISH)
        .send({ rating: 'excellent' })
        .expect(422);
      expect(res.body).toMatchObject({ code: 'RECORD_IMPLAUSIBLE', details: [{ field: 'year', constraint: 'yearAfterRound' }] });
      expect(res.body.message).toContain(`current round year is ${roundYear}`);
      await putStaffAppraisal(t, person.id, roundYear, 'excellent');
    });

    it('an LĐTT whose decision is dated before its year’s review (01/01/2024 for 2025) is refused', async () => {
      const person = await createStaff(t, { unitId: readers.id, code: 'IMP-4' });
      const res = await post('/api/awards', { awardType: 'LDTT', staffId: person.id, year: 2025, decisionDate: '2024-01-01' }).expect(422);
      expect(res.body).toMatchObject({
        code: 'RECORD_IMPLAUSIBLE',
        details: [{ field: 'decisionDate', constraint: 'decisionBeforeReview' }],
      });
      expect(res.body.message).toContain('dated 01/01/2024 cannot reward the year 2025');
      const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM award_records WHERE staff_id = $1`, [person.id])) as Array<{
        n: number;
      }>;
      expect(n).toBe(0);
    });

    it('an initiative for a year after the round is refused', async () => {
      const person = await createStaff(t, { unitId: readers.id, code: 'IMP-5' });
      const res = await post(`/api/staff/${person.id}/initiatives`, { year: roundYear + 2, title: 'Số hoá', level: 'grassroots' }).expect(
        422,
      );
      expect(res.body.details[0].constraint).toBe('yearAfterRound');
    });
  });

  describe('the unlikely is saved, answered with warnings', () => {
    it('a CSTĐCS for a year without the person’s LĐTT: 201 with the warning; with the LĐTT: none', async () => {
      const person = await createStaff(t, { unitId: readers.id, code: 'WARN-1' });
      const res = await post('/api/awards', { awardType: 'CSTDCS', staffId: person.id, year: 2024, decisionDate: '2025-01-10' }).expect(
        201,
      );
      expect(res.body.warnings).toEqual([
        { code: 'cstdcsWithoutLdtt', field: 'awardType', message: expect.stringContaining('no Advanced Worker (LĐTT) title for 2024') },
      ]);
      await createAward(t, { awardType: 'LDTT', staffId: person.id, year: 2023, decisionDate: '2024-01-10' });
      const fine = await post('/api/awards', { awardType: 'CSTDCS', staffId: person.id, year: 2023, decisionDate: '2024-01-12' }).expect(
        201,
      );
      expect(fine.body.warnings).toEqual([]);
    });

    it('over 65 and a start before 1950: saved (201) with both warnings', async () => {
      const res = await post('/api/staff', {
        code: 'WARN-2',
        fullName: 'Phạm Văn Lão',
        gender: 'male',
        dateOfBirth: '1930-03-03',
        startedOn: '1948-06-01',
        unitId: readers.id,
      }).expect(201);
      expect((res.body.warnings as Warning[]).map((w) => w.code)).toEqual(['ageOver65', 'startBefore1950']);
      expect(res.body.code).toBe('WARN-2');
    });

    it('a person of the same name (without diacritics) and birth date: a warning naming the other record', async () => {
      await createStaff(t, { unitId: readers.id, code: 'TWIN-1', fullName: 'Nguyễn Thị Hoà', dateOfBirth: '1988-02-02' });
      const res = await post('/api/staff', {
        code: 'TWIN-2',
        fullName: 'NGUYEN THI HOA',
        gender: 'female',
        dateOfBirth: '1988-02-02',
        unitId: readers.id,
      }).expect(201);
      expect(res.body.warnings).toEqual([
        { code: 'samePerson', field: 'fullName', message: expect.stringContaining('Nguyễn Thị Hoà, code TWIN-1, born 02/02/1988') },
      ]);
    });

    it('the staff form shows the warning on the page it goes to after saving', async () => {
      const page = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
      const form = await page.get('/staff/new').expect(200);
      const saved = await page
        .post('/staff/new')
        .type('form')
        .send({
          _csrf: csrfFrom(form.text),
          code: 'WARN-3',
          fullName: 'Nguyễn Thị Hoà',
          gender: 'female',
          dateOfBirth: '02/02/1988',
          unitId: readers.id,
          position: '',
          startedOn: '',
        })
        .expect(303);
      const detail = await page.get(saved.headers.location as string).expect(200);
      expect(detail.text).toContain('class="flash flash-warning"');
      expect(detail.text).toContain('Lưu ý: đã có cán bộ cùng họ tên và ngày sinh: Nguyễn Thị Hoà, mã TWIN-1');
    });

    it('the staff form shows an impossible date beside its field (422)', async () => {
      const page = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
      const form = await page.get('/staff/new').expect(200);
      const refused = await page
        .post('/staff/new')
        .type('form')
        .send({ _csrf: csrfFrom(form.text), code: 'IMP-6', fullName: 'A', gender: 'male', dateOfBirth: '01/01/2099', unitId: readers.id })
        .expect(422);
      expect(refused.text).toContain('id="dateOfBirth-error"');
      expect(refused.text).toContain('Ngày sinh 01/01/2099 ở tương lai');
    });
  });

  describe('codes are one whatever their case and surrounding spaces', () => {
    it('refuses a staff code that differs only in case or spaces (409), and a unit code likewise', async () => {
      await createStaff(t, { unitId: readers.id, code: 'TVVP-101' });
      const res = await post('/api/staff', { code: ' tvvp-101 ', fullName: 'Người Khác', gender: 'male', unitId: readers.id }).expect(409);
      expect(res.body.code).toBe('STAFF_CODE_TAKEN');
      const unit = await post('/api/units', { name: 'Phòng khác', code: 'tvq-pvbd', parentId: library.id }).expect(409);
      expect(unit.body.code).toBe('UNIT_CODE_TAKEN');
    });

    it('the database holds it too: a unique index on lower(code)', async () => {
      await expect(
        t.dataSource.query(
          `INSERT INTO staff (code, full_name, gender, unit_id, sort_key, search_text) VALUES ('Tvvp-101', 'X', 'male', $1, 'x', 'x')`,
          [readers.id],
        ),
      ).rejects.toThrow(/staff_code_lower_key/u);
    });

    it('the staff import finds TVVP-101 as tvvp-101 (updates, creates no second person) and units by any case', async () => {
      const file = staffCsv([['tvvp-101', 'Người Đổi Tên', 'Nam', '01/01/1990', 'tvq-pvbd', '', '']]);
      const res = await importFile(t, t.adminToken, file).expect(200);
      expect(res.body).toMatchObject({ created: 0, updated: 1, errors: [] });
      const rows = (await t.dataSource.query(`SELECT code, full_name FROM staff WHERE lower(code) = 'tvvp-101'`)) as Array<{
        code: string;
        full_name: string;
      }>;
      expect(rows).toEqual([{ code: 'TVVP-101', full_name: 'Người Đổi Tên' }]);
    });

    it('the staff import refuses the same code twice in one file whatever the case', async () => {
      const file = staffCsv([
        ['NEW-7', 'A', 'Nam', '', 'TVQ-PVBD', '', ''],
        ['new-7', 'B', 'Nam', '', 'TVQ-PVBD', '', ''],
      ]);
      const res = await importFile(t, t.adminToken, file).expect(422);
      expect(res.body.details).toEqual([expect.objectContaining({ line: 3, field: 'code', constraint: 'duplicateInFile' })]);
    });

    it('the staff import refuses impossible dates by line and warns on the same person', async () => {
      const refused = await importFile(t, t.adminToken, staffCsv([['IMP-8', 'A', 'Nam', '01/01/2099', 'TVQ-PVBD', '', '']])).expect(422);
      expect(refused.body.details).toEqual([expect.objectContaining({ line: 2, field: 'dateOfBirth', constraint: 'birthInFuture' })]);
      const warned = await importFile(
        t,
        t.adminToken,
        staffCsv([['TWIN-3', 'Nguyễn Thị Hòa', 'Nữ', '02/02/1988', 'TVQ-PVBD', '', '']]),
      ).expect(200);
      expect(warned.body.created).toBe(1);
      expect((warned.body.warnings as Warning[]).map((w) => [w.line, w.code])).toEqual([
        [2, 'samePerson'],
        [2, 'samePerson'],
        [2, 'samePerson'],
      ]);
    });

    it('the history import finds staff by code in any case; impossible rows refused by line, a CSTĐCS without LĐTT warned', async () => {
      const csv = (...rows: string[][]): string =>
        [['Mã cán bộ', 'Mã đơn vị', '"Danh hiệu, hình thức khen thưởng"', 'Năm', 'Số quyết định', 'Ngày quyết định'], ...rows]
          .map((r) => r.join(','))
          .join('\n');
      const refused = await importHistory(t, 'awards', csv(['tvvp-101', '', 'LĐTT', '2025', '1/QĐ', '01/01/2024'])).expect(422);
      expect(refused.body.details).toEqual([
        expect.objectContaining({ line: 2, field: 'decisionDate', constraint: 'decisionBeforeReview' }),
      ]);
      const res = await importHistory(t, 'awards', csv(['tvvp-101', '', 'CSTĐCS', '2022', '2/QĐ', '10/01/2023'])).expect(200);
      expect(res.body).toMatchObject({ created: 1, warnings: [{ line: 2, code: 'cstdcsWithoutLdtt', field: 'awardType' }] });
      const stored = (await t.dataSource.query(
        `SELECT s.code FROM award_records ar JOIN staff s ON s.id = ar.staff_id WHERE ar.decision_number = '2/QĐ'`,
      )) as Array<{ code: string }>;
      expect(stored).toEqual([{ code: 'TVVP-101' }]);
    });
  });

  describe('POST /api/staff/merge', () => {
    it('moves all history to the survivor, drops exact duplicates, keeps the merged record marked, audited', async () => {
      const keep = await createStaff(t, { unitId: readers.id, code: 'MRG-1', fullName: 'Đỗ Văn Hai', dateOfBirth: '1980-01-01' });
      const dup = await createStaff(t, { unitId: readers.id, code: 'mrg-1b', fullName: 'Do Van Hai', dateOfBirth: '1980-01-01' });
      await putStaffAppraisal(t, keep.id, 2022, 'excellent');
      await putStaffAppraisal(t, dup.id, 2022, 'excellent'); // identical: dropped
      await putStaffAppraisal(t, dup.id, 2023, 'good');
      await createAward(t, { awardType: 'LDTT', staffId: dup.id, year: 2023, decisionDate: '2024-01-10' });
      await post(`/api/staff/${dup.id}/initiatives`, { year: 2023, title: 'Thư viện số', level: 'grassroots' }).expect(201);

      const res = await post('/api/staff/merge', { keepId: keep.id, mergeId: dup.id }).expect(200);
      expect(res.body).toMatchObject({
        kept: { id: keep.id, code: 'MRG-1', status: 'active' },
        merged: { id: dup.id, mergedInto: keep.id, status: 'left' },
        moved: { appraisals: 1, award_records: 1, initiatives: 1 },
        droppedDuplicates: { appraisals: 1 },
      });
      const history = (await t.dataSource.query(
        `SELECT 'appraisal' AS kind, year FROM appraisals WHERE staff_id = $1
         UNION ALL SELECT 'award', year FROM award_records WHERE staff_id = $1
         UNION ALL SELECT 'initiative', year FROM initiatives WHERE staff_id = $1 ORDER BY 1, 2`,
        [keep.id],
      )) as Array<{ kind: string; year: number }>;
      expect(history).toEqual([
        { kind: 'appraisal', year: 2022 },
        { kind: 'appraisal', year: 2023 },
        { kind: 'award', year: 2023 },
        { kind: 'initiative', year: 2023 },
      ]);
      const [left] = (await t.dataSource.query(`SELECT merged_into, status FROM staff WHERE id = $1`, [dup.id])) as Array<{
        merged_into: string;
        status: string;
      }>;
      expect(left).toEqual({ merged_into: keep.id, status: 'left' });
      const audit = (await t.dataSource.query(
        `SELECT entity_id, before, after FROM audit_log WHERE action = 'merge' ORDER BY id`,
      )) as Array<{
        entity_id: string;
        before: { code: string };
        after: { mergedInto?: string; moved: Record<string, number> };
      }>;
      expect(audit.map((a) => a.entity_id)).toEqual([dup.id, keep.id]);
      expect(audit[0].before.code).toBe('mrg-1b');
      expect(audit[0].after).toMatchObject({ mergedInto: keep.id, moved: { appraisals: 1 } });

      const again = await post('/api/staff/merge', { keepId: keep.id, mergeId: dup.id }).expect(409);
      expect(again.body.code).toBe('STAFF_ALREADY_MERGED');
    });

    it('two different ratings for the same year: 409 listing the years, nothing moved', async () => {
      const keep = await createStaff(t, { unitId: readers.id, code: 'MRG-2' });
      const dup = await createStaff(t, { unitId: readers.id, code: 'MRG-2B' });
      await putStaffAppraisal(t, keep.id, 2021, 'excellent');
      await putStaffAppraisal(t, dup.id, 2021, 'good');
      await putStaffAppraisal(t, keep.id, 2022, 'good');
      await putStaffAppraisal(t, dup.id, 2022, 'completed');
      await putStaffAppraisal(t, dup.id, 2020, 'good');
      const res = await post('/api/staff/merge', { keepId: keep.id, mergeId: dup.id }).expect(409);
      expect(res.body.code).toBe('STAFF_MERGE_CONFLICT');
      expect(res.body.message).toContain('appraisal 2021; appraisal 2022');
      const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM appraisals WHERE staff_id = $1`, [dup.id])) as Array<{
        n: number;
      }>;
      expect(n).toBe(3);
    });

    it('admin and HR only, within their units; a record into itself is refused', async () => {
      const other = await createUnit(t, { name: 'Bảo tàng', code: 'BTQ' });
      const a = await createStaff(t, { unitId: readers.id, code: 'MRG-3' });
      const b = await createStaff(t, { unitId: other.id, code: 'MRG-3B' });
      const viewer = await createUserToken(t, ['viewer']);
      await post('/api/staff/merge', { keepId: a.id, mergeId: b.id }, viewer.token).expect(403);
      const hr = await createUserToken(t, ['hr_officer'], [library.id]);
      const outside = await post('/api/staff/merge', { keepId: a.id, mergeId: b.id }, hr.token).expect(403);
      expect(outside.body.code).toBe('OUT_OF_SCOPE');
      await post('/api/staff/merge', { keepId: a.id, mergeId: a.id }).expect(400);
    });

    it('the merge page shows both records and merges on confirmation', async () => {
      const keep = await createStaff(t, { unitId: readers.id, code: 'MRG-4', fullName: 'Vũ Thị Mai', dateOfBirth: '1992-07-07' });
      const dup = await createStaff(t, { unitId: readers.id, code: 'MRG-4B', fullName: 'Vũ Thị Mai', dateOfBirth: '1992-07-07' });
      await putStaffAppraisal(t, dup.id, 2023, 'good');
      const page = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
      const detail = await page.get(`/staff/${keep.id}`).expect(200);
      expect(detail.text).toContain(`href="/staff/${keep.id}/merge"`);
      const start = await page.get(`/staff/${keep.id}/merge`).expect(200);
      // Handlebars writes the "=" of the address as &#x3D;, which a browser reads back as "=".
      expect(start.text).toContain(`href="/staff/${keep.id}/merge?other&#x3D;MRG-4B">Vũ Thị Mai (MRG-4B)</a>`);
      const confirm = await page.get(`/staff/${keep.id}/merge?other=mrg-4b`).expect(200);
      expect(confirm.text).toContain('MRG-4B');
      expect(confirm.text).toContain(`name="mergeId" value="${dup.id}"`);
      const done = await page
        .post(`/staff/${keep.id}/merge`)
        .type('form')
        .send({ _csrf: csrfFrom(confirm.text), mergeId: dup.id })
        .expect(303);
      expect(done.headers.location).toBe(`/staff/${keep.id}?saved=1`);
      const merged = await page.get(`/staff/${dup.id}`).expect(200);
      expect(merged.text).toContain('Hồ sơ này đã được gộp vào hồ sơ');
      const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM appraisals WHERE staff_id = $1`, [keep.id])) as Array<{
        n: number;
      }>;
      expect(n).toBe(1);
    });
  });
  describe('the migration to case-insensitive codes', () => {
    it('resolves existing clashes instead of refusing: trimmed, the oldest keeps its code, later ones -TRUNG<n>, audited', async () => {
      // Back to case-sensitive codes, as before the migration (undoing those after it first).
      const applied = async () =>
        ((await t.dataSource.query(`SELECT 1 FROM schema_migrations WHERE name = 'CaseInsensitiveCodes1796130200000'`)) as unknown[])
          .length > 0;
      while (await applied()) {
        await t.dataSource.undoLastMigration();
      }
      const insert = (code: string, at: string) =>
        t.dataSource.query(
          `INSERT INTO staff (code, full_name, gender, unit_id, sort_key, search_text, created_at)
           VALUES ($1::text, 'Người Trùng', 'male', $2, 'x', 'nguoi trung ' || lower(btrim($1::text)), $3::timestamptz) RETURNING id`,
          [code, readers.id, at],
        ) as Promise<Array<{ id: string }>>;
      const [[oldest], [later], [spaced]] = [
        await insert('CLASH-1', '2020-01-01T00:00:00Z'),
        await insert('clash-1', '2021-01-01T00:00:00Z'),
        await insert(' SPACED-1 ', '2021-01-01T00:00:00Z'),
      ];
      await t.dataSource.runMigrations();
      const codes = (await t.dataSource.query(`SELECT id, code, search_text FROM staff WHERE id = ANY($1::uuid[])`, [
        [oldest.id, later.id, spaced.id],
      ])) as Array<{ id: string; code: string; search_text: string }>;
      const codeOf = (id: string) => codes.find((c) => c.id === id)!;
      expect(codeOf(oldest.id).code).toBe('CLASH-1');
      expect(codeOf(later.id)).toMatchObject({ code: 'clash-1-TRUNG2', search_text: 'nguoi trung clash-1-trung2' });
      expect(codeOf(spaced.id).code).toBe('SPACED-1');
      const audit = (await t.dataSource.query(
        `SELECT entity_id, actor_name, before, after FROM audit_log WHERE actor_name = 'migration' ORDER BY entity_id`,
      )) as Array<{ entity_id: string; before: { code: string }; after: { code: string } }>;
      expect(audit.find((a) => a.entity_id === later.id)).toMatchObject({ before: { code: 'clash-1' }, after: { code: 'clash-1-TRUNG2' } });
      expect(audit.find((a) => a.entity_id === spaced.id)).toMatchObject({ before: { code: ' SPACED-1 ' }, after: { code: 'SPACED-1' } });
      // And the unique index is back.
      await expect(insert('Clash-1', '2022-01-01T00:00:00Z')).rejects.toThrow(/staff_code_lower_key/u);
    });
  });
});
