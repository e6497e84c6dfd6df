import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import type request from 'supertest';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { createIssuer, insertStaff } from '../factories/decisions.js';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { recordAward } from '../factories/eligibility.js';
import { insertNomination, nominationRow, transitionsOf } from '../factories/ready-nominations.js';
import { pdfBytes } from '../factories/revocations.js';
import { bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';
import type { DossierDetail, RecordedOutcome } from '../../src/upward/upward.views.js';

interface Problem {
  code: string;
  message: string;
  details?: Array<{ field: string; constraint: string }>;
}

const sofficeFound = (process.env.PATH ?? '').split(':').some((folder) => existsSync(join(folder, 'soffice')));
/** The PDF specs need LibreOffice: skipped with a note without it, except on CI, where they must run. */
function withLibreOffice(): jest.It {
  if (sofficeFound) {
    return it;
  }
  if (process.env.CI === 'true') {
    throw new Error(
      'soffice not found: the dossier PDF spec cannot run on CI without it (apt-get install libreoffice-writer-nogui fonts-liberation2)',
    );
  }
  console.warn('soffice not found: the dossier PDF spec is skipped (apt-get install libreoffice-writer-nogui fonts-liberation2)');
  return it.skip;
}

/** Supertest keeping any body as bytes. */
const binary = (test: request.Test): request.Test =>
  test.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

/** Every text run of a DOCX's body, in order. */
const docxTexts = (bytes: Buffer): string[] =>
  [
    ...new PizZip(bytes)
      .file('word/document.xml')!
      .asText()
      .matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g),
  ].map((match) => match[1]);

const ADDRESSEE = 'Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ';

/**
 * Issue 10 "Upward dossier and decisions": for awards decided above the unit, a dossier built from
 * the documents engine as one download (the submission, the list proposed grouped by award, the
 * council minutes, the achievement reports; domain-rules §4.1, Law 2022 Art. 84); its nominations
 * become proposed upward; the higher level's decision is recorded and the awards enter the history.
 */
describe('upward dossiers and the decisions that come back', () => {
  let t: TestApp;
  let library: { id: string; name: string };
  let department: { id: string; name: string };
  let museum: { id: string; name: string };
  let issuer: { id: string; symbol: string; name: string };
  let secretary: { id: string; username: string; token: string };
  let outsider: { id: string; token: string };
  let clerk: { id: string; token: string };
  let viewer: { id: string; token: string };
  let hr: { id: string; token: string };

  const api = (token: string) => ({
    post: (path: string, body: object) => t.http().post(path).set(bearer(token)).set(ENGLISH).send(body),
    get: (path: string) => t.http().get(path).set(bearer(token)).set(ENGLISH),
  });
  const person = async (fullName: string, at = department) =>
    (await createStaff(t, { unitId: at.id, fullName, position: 'Phó Trưởng phòng', dateOfBirth: '1985-03-12', gender: 'female' })).id;
  const nominate = async (
    state: 'passed' | 'posted' | 'approved',
    subject: { staffId?: string; unitId?: string },
    awardType = 'CSTD_TINH',
    overrides: { year?: number; at?: { id: string }; achievements?: string } = {},
  ) =>
    insertNomination(t, {
      ...subject,
      proposedByUnitId: (overrides.at ?? department).id,
      proposedBy: hr.id,
      state,
      awardType,
      year: overrides.year,
      achievements: overrides.achievements,
    });
  const count = async (table: string): Promise<number> =>
    ((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as Array<{ n: number }>)[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    library = await createUnit(t, { name: 'Thư viện tỉnh' });
    department = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', parentId: library.id });
    museum = await createUnit(t, { name: 'Bảo tàng tỉnh' });
    issuer = await createIssuer(t);
    secretary = await createUserToken(t, ['council_secretary'], [library.id]);
    outsider = await createUserToken(t, ['council_secretary'], [museum.id]);
    clerk = await createUserToken(t, ['clerk']);
    viewer = await createUserToken(t, ['viewer'], [library.id]);
    hr = await createUserToken(t, ['hr_officer'], [library.id]);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('the dossier', () => {
    let dossier: DossierDetail;
    let hoa: string;
    let an: string;
    let hoaNomination: string;
    let anNomination: string;
    let unitNomination: string;

    beforeAll(async () => {
      hoa = await person('Trần Thị Hoa');
      an = await person('Lê Văn An');
      // A prior award, for the report's section III.
      await recordAward(t, { awardType: 'LDTT', year: 2024, staffId: hoa });
      await t.dataSource.query(`UPDATE award_records SET decision_number = '12/QĐ-SVHTTDL' WHERE staff_id = $1`, [hoa]);
      hoaNomination = await nominate('posted', { staffId: hoa }, 'CSTD_TINH', {
        achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2025.\nChủ trì sáng kiến “Số hoá tài liệu địa chí Phú Thọ”.',
      });
      anNomination = await nominate('posted', { staffId: an }, 'BANG_KHEN_TINH');
      unitNomination = await nominate('posted', { unitId: department.id }, 'BANG_KHEN_TINH');
    });

    it('is made by the council’s secretary: the nominations become proposed upward, one log line each, audited', async () => {
      const res = await api(secretary.token)
        .post('/api/upward-dossiers', {
          nominationIds: [hoaNomination, anNomination, unitNomination],
          addressee: ADDRESSEE,
          issuerId: issuer.id,
        })
        .expect(201);
      dossier = res.body as DossierDetail;
      expect(dossier).toMatchObject({
        year: 2025,
        addressee: ADDRESSEE,
        issuerId: issuer.id,
        unitId: department.id,
        nominationCount: 3,
        pendingCount: 3,
      });
      expect(dossier.nominations.map((nomination) => [nomination.subjectName, nomination.state, nomination.outcome]).sort()).toEqual([
        ['Lê Văn An', 'proposed_upward', 'pending'],
        ['Phòng Phục vụ bạn đọc', 'proposed_upward', 'pending'],
        ['Trần Thị Hoa', 'proposed_upward', 'pending'],
      ]);
      expect((await transitionsOf(t, hoaNomination)).at(-1)).toMatchObject({
        action: 'propose_upward',
        from: 'posted',
        to: 'proposed_upward',
        actorId: secretary.id,
      });
      const audited = (await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'upward-dossiers' AND entity_id = $1`, [
        dossier.id,
      ])) as Array<{
        action: string;
      }>;
      expect(audited).toEqual([{ action: 'create' }]);
    });

    it('refuses, writing nothing: passed but not posted (409 from the law’s table), a line of a decision here (409), two years (422), other units (403), HR (403)', async () => {
      const before = await count('upward_dossiers');
      const notPosted = await nominate('passed', { staffId: await person('Phạm Văn Bình') });
      const refused = (
        await api(secretary.token)
          .post('/api/upward-dossiers', { nominationIds: [notPosted], addressee: ADDRESSEE })
          .expect(409)
      ).body as Problem;
      expect(refused.code).toBe('NOMINATION_POSTING_REQUIRED');
      expect((await nominationRow(t, notPosted)).state).toBe('passed');

      const inDecision = await nominate('posted', { staffId: await person('Đỗ Thị Cúc') }, 'LDTT');
      const [draft] = (await t.dataSource.query(
        `INSERT INTO decisions (issuer_id, award_type_code, year, subject, signer_title, signer_name, abstract)
         VALUES ($1, 'LDTT', 2025, 'individual', 'GIÁM ĐỐC', 'Nguyễn Văn Bình', 'Về việc tặng danh hiệu') RETURNING id`,
        [issuer.id],
      )) as Array<{ id: string }>;
      await t.dataSource.query(
        `INSERT INTO decision_lines (decision_id, staff_id, full_name, sort_key, verdict, nomination_id)
         SELECT $1, n.staff_id, 'Đỗ Thị Cúc', 'cuc', 'eligible', n.id FROM nominations n WHERE n.id = $2`,
        [draft.id, inDecision],
      );
      const decided = (
        await api(secretary.token)
          .post('/api/upward-dossiers', { nominationIds: [inDecision], addressee: ADDRESSEE })
          .expect(409)
      ).body as Problem;
      expect(decided.code).toBe('UPWARD_NOMINATION_IN_DECISION');
      expect(decided.message).toContain('Đỗ Thị Cúc');

      const thisYear = await nominate('posted', { staffId: await person('Vũ Văn Dũng') });
      const lastYear = await nominate('posted', { staffId: await person('Vũ Thị Hạnh') }, 'CSTD_TINH', { year: 2024 });
      expect(
        (
          (
            await api(secretary.token)
              .post('/api/upward-dossiers', { nominationIds: [thisYear, lastYear], addressee: ADDRESSEE })
              .expect(422)
          ).body as Problem
        ).code,
      ).toBe('UPWARD_MIXED_YEARS');
      expect(
        (
          (
            await api(outsider.token)
              .post('/api/upward-dossiers', { nominationIds: [thisYear], addressee: ADDRESSEE })
              .expect(403)
          ).body as Problem
        ).code,
      ).toBe('OUT_OF_SCOPE');
      await api(hr.token)
        .post('/api/upward-dossiers', { nominationIds: [thisYear], addressee: ADDRESSEE })
        .expect(403);
      // Already in a dossier: proposed upward, the law's table has no second proposal.
      expect(
        (
          (
            await api(secretary.token)
              .post('/api/upward-dossiers', { nominationIds: [hoaNomination], addressee: ADDRESSEE })
              .expect(409)
          ).body as Problem
        ).code,
      ).toBe('NOMINATION_TRANSITION_NOT_ALLOWED');
      expect(await count('upward_dossiers')).toBe(before);
      expect((await nominationRow(t, thisYear)).state).toBe('posted');
    });

    it('is read by the units it concerns (a viewer too), not by others; the list keeps to the reader’s units', async () => {
      await api(viewer.token).get(`/api/upward-dossiers/${dossier.id}`).expect(200);
      expect(((await api(outsider.token).get(`/api/upward-dossiers/${dossier.id}`).expect(403)).body as Problem).code).toBe('OUT_OF_SCOPE');
      const mine = (await api(viewer.token).get('/api/upward-dossiers?year=2025').expect(200)).body as { items: Array<{ id: string }> };
      expect(mine.items.map((item) => item.id)).toContain(dossier.id);
      const theirs = (await api(outsider.token).get('/api/upward-dossiers').expect(200)).body as { items: unknown[]; total: number };
      expect(theirs).toMatchObject({ items: [], total: 0 });
      await api(secretary.token).get('/api/upward-dossiers/00000000-0000-4000-8000-00000000000b').expect(404);
    });

    it('its documents read back: the submission, the list grouped by award and the reports in HTML and DOCX', async () => {
      const submission = await api(viewer.token).get(`/api/upward-dossiers/${dossier.id}/documents/submission.html`).expect(200);
      expect(submission.headers['content-type']).toMatch(/^text\/html/u);
      expect(submission.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/u);
      expect(submission.text).toContain('TỜ TRÌNH');
      expect(submission.text).toContain(`Kính gửi: ${ADDRESSEE}.`);
      expect(submission.text).toContain(`Số:      /TTr-${issuer.symbol}`);
      expect(submission.text).toContain('1. Danh hiệu “Chiến sĩ thi đua cấp tỉnh”: 01 cá nhân;');
      expect(submission.text).toContain('2. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: 01 cá nhân và 01 tập thể.');
      const list = await api(viewer.token).get(`/api/upward-dossiers/${dossier.id}/documents/list.html`).expect(200);
      expect(list.text.indexOf('I. DANH HIỆU “CHIẾN SĨ THI ĐUA CẤP TỈNH”')).toBeLessThan(
        list.text.indexOf('II. BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH'),
      );
      expect(list.text).toContain('Danh sách này có 02 cá nhân và 01 tập thể./.');
      const reports = await api(viewer.token).get(`/api/upward-dossiers/${dossier.id}/documents/reports.html`).expect(200);
      expect(reports.text).toContain('Chủ trì sáng kiến “Số hoá tài liệu địa chí Phú Thọ”.');
      expect(reports.text).toContain('- Năm 2024: danh hiệu “Lao động tiên tiến” (Quyết định số 12/QĐ-SVHTTDL');
      expect(reports.text).toContain('Ngày, tháng, năm sinh: 12/03/1985');

      const docx = await binary(api(viewer.token).get(`/api/upward-dossiers/${dossier.id}/documents/list.docx`)).expect(200);
      expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(docxTexts(docx.body as Buffer)).toEqual(expect.arrayContaining(['Trần Thị Hoa', 'Lê Văn An', 'Phòng Phục vụ bạn đọc']));
      await api(viewer.token).get(`/api/upward-dossiers/${dossier.id}/documents/minutes.html`).expect(404);
    });

    it('downloads as ONE ZIP numbered in the dossier’s order, its table of contents saying the minutes are to be added', async () => {
      const started = Date.now();
      const res = await binary(api(viewer.token).get(`/api/upward-dossiers/${dossier.id}/download`)).expect(200);
      const elapsed = Date.now() - started;
      expect(res.headers['content-type']).toBe('application/zip');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="ho-so-de-nghi-khen-thuong-2025-/u);
      const zip = new PizZip(res.body as Buffer);
      expect(Object.keys(zip.files).sort()).toEqual([
        '00-muc-luc.txt',
        '01-to-trinh.docx',
        '02-danh-sach-de-nghi.docx',
        '04-bao-cao-thanh-tich.docx',
      ]);
      const contents = zip.file('00-muc-luc.txt')!.asText();
      expect(contents).toContain('03: Biên bản họp Hội đồng Thi đua - Khen thưởng (kèm biên bản kiểm phiếu): chưa có trong hệ thống');
      expect(contents).toContain('04-bao-cao-thanh-tich.docx: Báo cáo thành tích của từng cá nhân, tập thể (3 báo cáo)');
      const reports = docxTexts(Buffer.from(zip.file('04-bao-cao-thanh-tich.docx')!.asUint8Array()));
      expect(reports.filter((text) => text === 'BÁO CÁO THÀNH TÍCH')).toHaveLength(3);
      console.log(`upward dossier ZIP of 3 nominations: ${(res.body as Buffer).length} bytes in ${elapsed} ms`);
    });

    withLibreOffice()(
      'with pdf=true, each document also as PDF/A, read back with pdftotext',
      async () => {
        const res = await binary(api(viewer.token).get(`/api/upward-dossiers/${dossier.id}/download?pdf=true`)).expect(200);
        const zip = new PizZip(res.body as Buffer);
        expect(
          Object.keys(zip.files)
            .filter((name) => name.endsWith('.pdf'))
            .sort(),
        ).toEqual(['01-to-trinh.pdf', '02-danh-sach-de-nghi.pdf', '04-bao-cao-thanh-tich.pdf']);
        const text = execFileSync('pdftotext', ['-', '-'], {
          input: Buffer.from(zip.file('01-to-trinh.pdf')!.asUint8Array()),
          encoding: 'utf8',
        });
        expect(text).toContain('TỜ TRÌNH');
        expect(text).toContain(ADDRESSEE);
        const reports = execFileSync('pdftotext', ['-', '-'], {
          input: Buffer.from(zip.file('04-bao-cao-thanh-tich.pdf')!.asUint8Array()),
          encoding: 'utf8',
        });
        expect(reports.normalize('NFC')).toContain('Trần Thị Hoa');
      },
      120_000,
    );

    describe('the decision from above', () => {
      let outcome: RecordedOutcome;

      it('granted: decided, the award in the staff history with the higher decision’s number; not granted: withdrawn with the decision as the reason', async () => {
        const res = await api(clerk.token)
          .post(`/api/upward-dossiers/${dossier.id}/outcome`, {
            number: '1234/QĐ-UBND',
            signedOn: '2026-01-20',
            issuer: ADDRESSEE,
            lines: [
              { nominationId: hoaNomination, granted: true },
              { nominationId: anNomination, granted: false },
            ],
          })
          .expect(201);
        outcome = res.body as RecordedOutcome;
        expect(outcome).toMatchObject({
          granted: [hoaNomination],
          notGranted: [anNomination],
          decision: { number: '1234/QĐ-UBND', signedOn: '2026-01-20', granted: 1, notGranted: 1 },
        });
        expect(await nominationRow(t, hoaNomination)).toMatchObject({ state: 'decided' });
        expect((await transitionsOf(t, hoaNomination)).at(-1)).toMatchObject({
          action: 'decide',
          from: 'proposed_upward',
          to: 'decided',
          actorId: clerk.id,
        });
        expect(await nominationRow(t, anNomination)).toMatchObject({
          state: 'withdrawn',
          lastReason: `Cấp trên không khen thưởng (Quyết định số 1234/QĐ-UBND ngày 20/01/2026 của ${ADDRESSEE})`,
        });
        const history = (await api(viewer.token).get(`/api/staff/${hoa}/history`).expect(200)).body as {
          titles: Array<{
            awardType: string;
            year: number;
            decisionNumber: string;
            decisionDate: string;
            issuerName: string;
            source: string;
          }>;
        };
        expect(history.titles).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              awardType: 'CSTD_TINH',
              year: 2025,
              decisionNumber: '1234/QĐ-UBND',
              decisionDate: '2026-01-20',
              issuerName: ADDRESSEE,
              source: 'entered',
            }),
          ]),
        );
        const noAward = (await t.dataSource.query(
          `SELECT count(*)::int AS n FROM award_records WHERE staff_id = $1 AND award_type_code = 'BANG_KHEN_TINH'`,
          [an],
        )) as Array<{ n: number }>;
        expect(noAward[0].n).toBe(0);
        const detail = (await api(viewer.token).get(`/api/upward-dossiers/${dossier.id}`).expect(200)).body as DossierDetail;
        expect(detail.pendingCount).toBe(1);
        expect(detail.nominations.find((nomination) => nomination.id === hoaNomination)).toMatchObject({
          outcome: 'granted',
          awardRecordId: outcome.awardRecordIds[0],
        });
        expect(detail.nominations.find((nomination) => nomination.id === anNomination)).toMatchObject({ outcome: 'not_granted' });
        const audited = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'awards' AND entity_id = $1`, [
          outcome.awardRecordIds[0],
        ])) as Array<{ n: number }>;
        expect(audited[0].n).toBe(1);
      });

      it('refuses, writing nothing: an answered nomination (409), the same number again (409), one not in the dossier (422), a date before the year’s review (422)', async () => {
        const before = await count('higher_decisions');
        const body = (lines: Array<{ nominationId: string; granted: boolean }>, overrides: object = {}) => ({
          number: '1300/QĐ-UBND',
          signedOn: '2026-01-25',
          issuer: ADDRESSEE,
          lines,
          ...overrides,
        });
        expect(
          (
            (
              await api(clerk.token)
                .post(`/api/upward-dossiers/${dossier.id}/outcome`, body([{ nominationId: hoaNomination, granted: true }]))
                .expect(409)
            ).body as Problem
          ).code,
        ).toBe('UPWARD_ALREADY_ANSWERED');
        expect(
          (
            (
              await api(clerk.token)
                .post(
                  `/api/upward-dossiers/${dossier.id}/outcome`,
                  body([{ nominationId: unitNomination, granted: true }], { number: '1234/QĐ-UBND' }),
                )
                .expect(409)
            ).body as Problem
          ).code,
        ).toBe('UPWARD_DECISION_NUMBER_TAKEN');
        const stranger = (
          await api(clerk.token)
            .post(
              `/api/upward-dossiers/${dossier.id}/outcome`,
              body([{ nominationId: '00000000-0000-4000-8000-00000000000c', granted: true }]),
            )
            .expect(422)
        ).body as Problem;
        expect(stranger).toMatchObject({
          code: 'UPWARD_NOT_IN_DOSSIER',
          details: [expect.objectContaining({ field: 'lines.0.nominationId' })],
        });
        const early = (
          await api(clerk.token)
            .post(
              `/api/upward-dossiers/${dossier.id}/outcome`,
              body([{ nominationId: unitNomination, granted: true }], { signedOn: '2025-06-01' }),
            )
            .expect(422)
        ).body as Problem;
        expect(early.code).toBe('RECORD_IMPLAUSIBLE');
        await api(hr.token)
          .post(`/api/upward-dossiers/${dossier.id}/outcome`, body([{ nominationId: unitNomination, granted: true }]))
          .expect(403);
        expect(await count('higher_decisions')).toBe(before);
        expect((await nominationRow(t, unitNomination)).state).toBe('proposed_upward');
      });

      it('someone awarded meanwhile (Law 2022 Art. 5: no double award) refuses the whole answer with 409 naming them', async () => {
        const award = await recordAward(t, { awardType: 'BANG_KHEN_TINH', year: 2025, unitId: department.id });
        const before = await count('higher_decisions');
        const refused = (
          await api(clerk.token)
            .post(`/api/upward-dossiers/${dossier.id}/outcome`, {
              number: '1400/QĐ-UBND',
              signedOn: '2026-01-26',
              issuer: ADDRESSEE,
              lines: [{ nominationId: unitNomination, granted: true }],
            })
            .expect(409)
        ).body as Problem;
        expect(refused.code).toBe('UPWARD_ALREADY_AWARDED');
        expect(refused.message).toContain('Phòng Phục vụ bạn đọc');
        expect(await count('higher_decisions')).toBe(before);
        await t.http().post(`/api/awards/${award.id}/revoke`).set(bearer(t.adminToken)).send({ reason: 'Nhập nhầm' }).expect(200);
        await api(clerk.token)
          .post(`/api/upward-dossiers/${dossier.id}/outcome`, {
            number: '1400/QĐ-UBND',
            signedOn: '2026-01-26',
            issuer: ADDRESSEE,
            lines: [{ nominationId: unitNomination, granted: true }],
          })
          .expect(201);
        expect(((await api(viewer.token).get(`/api/upward-dossiers/${dossier.id}`).expect(200)).body as DossierDetail).pendingCount).toBe(
          0,
        );
      });

      it('keeps the signed copy of the decision (a PDF, checked by its bytes) and gives it back with its SHA-256', async () => {
        const path = `/api/upward-dossiers/${dossier.id}/decisions/${outcome.decision.id}/signed-copy`;
        await t.http().post(path).set(bearer(clerk.token)).attach('file', Buffer.from('not a pdf'), 'qd.pdf').expect(415);
        const stored = await t
          .http()
          .post(path)
          .set(bearer(clerk.token))
          .attach('file', pdfBytes('1234'), 'Quyết định 1234.pdf')
          .expect(201);
        const sha = (stored.body as { sha256: string }).sha256;
        const back = await binary(t.http().get(path).set(bearer(viewer.token))).expect(200);
        expect((back.body as Buffer).equals(pdfBytes('1234'))).toBe(true);
        expect(back.headers['x-content-sha256']).toBe(sha);
        const detail = (await api(viewer.token).get(`/api/upward-dossiers/${dossier.id}`).expect(200)).body as DossierDetail;
        expect(detail.decisions.find((decision) => decision.id === outcome.decision.id)?.signedCopy).toMatchObject({
          sha256: sha,
          fileName: 'Quyết định 1234.pdf',
        });
      });
    });
  });

  it('the pages: a new dossier from the posted nominations, then its answer recorded, without JavaScript', async () => {
    const cuong = await person('Ngô Văn Cường');
    const nomination = await nominate('posted', { staffId: cuong }, 'CSTD_TINH');
    const browser = await signInThroughForm(t, secretary.username, 'password-123');
    const form = await browser.get('/upward-dossiers/new?year=2025').expect(200);
    expect(form.text).toContain('Ngô Văn Cường');
    expect(form.text).toContain('Chủ tịch UBND tỉnh');
    const empty = await browser
      .post('/upward-dossiers')
      .type('form')
      .send(new URLSearchParams({ _csrf: csrfFrom(form.text), addressee: ADDRESSEE, year: '2025' }).toString())
      .expect(400);
    expect(empty.text).toContain('field-error');
    const created = await browser
      .post('/upward-dossiers')
      .type('form')
      .send(
        new URLSearchParams({
          _csrf: csrfFrom(form.text),
          nominationIds: nomination,
          addressee: ADDRESSEE,
          issuerId: issuer.id,
          year: '2025',
        }).toString(),
      )
      .expect(303);
    const detailPath = String(created.headers.location).split('?')[0];
    const page = await browser.get(detailPath).expect(200);
    expect(page.text).toContain('Ngô Văn Cường');
    expect(page.text).toContain('Chờ cấp trên quyết định');
    expect(page.text).toContain(`${detailPath}/download`);
    const recorded = await browser
      .post(`${detailPath}/outcome`)
      .type('form')
      .send(
        new URLSearchParams({
          _csrf: csrfFrom(page.text),
          number: '77/QĐ-UBND',
          signedOn: '15/01/2026',
          issuer: ADDRESSEE,
          [`answer.${nomination}`]: 'grant',
        }).toString(),
      )
      .expect(303);
    expect(String(recorded.headers.location)).toContain('#decisions');
    const after = await browser.get(detailPath).expect(200);
    expect(after.text).toContain('77/QĐ-UBND');
    expect(after.text).toContain('data-outcome="granted"');
    expect((await nominationRow(t, nomination)).state).toBe('decided');
    const zip = await binary(browser.get(`${detailPath}/download`)).expect(200);
    expect(Object.keys(new PizZip(zip.body as Buffer).files)).toContain('01-to-trinh.docx');
    await browser.get('/upward-dossiers').expect(200);
  });

  it('a dossier of 300 nominations (the bound) is made and downloads in one ZIP within seconds, well under its size bound', async () => {
    const staffIds = await insertStaff(t.dataSource, department.id, 300);
    const ids = (
      (await t.dataSource.query(
        `INSERT INTO nominations (year, award_type, staff_id, proposed_by_unit_id, achievements, state, version, proposed_by, submitted_by, submitted_at)
         SELECT 2025, 'BANG_KHEN_TINH', s, $2, 'Hoàn thành xuất sắc nhiệm vụ năm 2025.' || E'\n' || 'Có sáng kiến được áp dụng tại cơ sở.', 'posted', 5, $3, $3, now()
           FROM unnest($1::uuid[]) AS s RETURNING id`,
        [staffIds, department.id, hr.id],
      )) as Array<{ id: string }>
    ).map((row) => row.id);
    let started = Date.now();
    const created = await api(secretary.token)
      .post('/api/upward-dossiers', { nominationIds: ids, addressee: ADDRESSEE, issuerId: issuer.id })
      .expect(201);
    const createMs = Date.now() - started;
    started = Date.now();
    const res = await binary(api(secretary.token).get(`/api/upward-dossiers/${(created.body as DossierDetail).id}/download`)).expect(200);
    const downloadMs = Date.now() - started;
    const bytes = (res.body as Buffer).length;
    const reports = docxTexts(Buffer.from(new PizZip(res.body as Buffer).file('04-bao-cao-thanh-tich.docx')!.asUint8Array()));
    expect(reports.filter((text) => text === 'BÁO CÁO THÀNH TÍCH')).toHaveLength(300);
    console.log(`upward dossier of 300 nominations: created in ${createMs} ms; ZIP of ${bytes} bytes in ${downloadMs} ms`);
    expect(bytes).toBeLessThan(5_000_000);
    expect(createMs + downloadMs).toBeLessThan(20_000);
  }, 60_000);
});
