import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { createIssuedDecision, createIssuer, type IssuedDecision, issueLaterDecision, pdfBytes } from '../factories/revocations.js';
import { bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';

const signer = { prefix: 'KT.', title: 'Phó Giám đốc', name: 'Trần Văn Bình' };

describe('revocations, corrections, recoveries and signed copies of issued decisions (Law 2022 Chapter VII)', () => {
  let t: TestApp;
  let issuer: { id: string; symbol: string };
  let library: { id: string };
  let museum: { id: string };
  let hr: { id: string; token: string };
  let outsider: { token: string };
  let viewer: { token: string };
  // Originals from 100 on; the revocations and corrections the specs issue take 3, 4, 5… (one register per issuer and year).
  let next = 100;

  beforeAll(async () => {
    t = await createTestApp();
    issuer = await createIssuer(t);
    library = await createUnit(t, { name: 'Thư viện tỉnh', code: 'TV' });
    museum = await createUnit(t, { name: 'Bảo tàng tỉnh', code: 'BT' });
    hr = await createUserToken(t, ['hr_officer'], [library.id]);
    outsider = await createUserToken(t, ['hr_officer'], [museum.id]);
    viewer = await createUserToken(t, ['viewer'], [library.id]);
  });
  afterAll(async () => {
    await t.close();
  });

  /** An issued decision of the library's people, numbered in turn. */
  async function issued(names: string[] = ['Nguyễn Thị Hoa', 'Lê Văn Minh']): Promise<IssuedDecision> {
    const staff = [];
    for (const fullName of names) {
      staff.push({ ...(await createStaff(t, { unitId: library.id, fullName })), fullName });
    }
    return createIssuedDecision(t, { issuerId: issuer.id, symbol: issuer.symbol, number: next++, signedOn: '2026-01-05', staff });
  }

  const count = async (table: string): Promise<number> =>
    ((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as Array<{ n: number }>)[0].n;

  const revocation = (overrides: Record<string, unknown> = {}) => ({
    reason: 'Hồ sơ đề nghị khen thưởng không trung thực',
    issuerId: issuer.id,
    signedOn: '2026-02-10',
    signer,
    ...overrides,
  });

  describe('revocation', () => {
    it('drafts a revocation of every line, copying their snapshots, then issuing it marks the awards revoked', async () => {
      const original = await issued();
      const res = await t.http().post(`/api/decisions/${original.id}/revocations`).set(bearer(hr.token)).send(revocation()).expect(201);
      expect(res.body).toMatchObject({
        kind: 'revocation',
        state: 'draft',
        originalId: original.id,
        issuerId: issuer.id,
        awardType: 'LDTT',
        year: 2025,
        plannedSignOn: '2026-02-10',
        signer,
        reason: 'Hồ sơ đề nghị khen thưởng không trung thực',
        abstract: `Về việc thu hồi Quyết định số ${String(next - 1).padStart(2, '0')}/QĐ-${issuer.symbol} ngày 05 tháng 01 năm 2026 về việc tặng danh hiệu “Lao động tiên tiến” năm 2025`,
      });
      expect(res.body.lines).toHaveLength(2);
      expect(res.body.lines).toEqual(
        expect.arrayContaining(
          original.lines.map((line) => expect.objectContaining({ originalLineId: line.id, fullName: line.fullName, amount: 710_000 })),
        ),
      );
      expect(await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'decisions' AND entity_id = $1`, [res.body.id])).toEqual(
        [{ action: 'create' }],
      );
      // A draft revokes nothing.
      expect(
        await t.dataSource.query(`SELECT count(*)::int AS n FROM award_records WHERE decision_id = $1 AND revoked_at IS NOT NULL`, [
          original.id,
        ]),
      ).toEqual([{ n: 0 }]);

      await issueLaterDecision(t, res.body.id, 3, '2026-02-10', issuer.symbol);
      const records = (await t.dataSource.query(
        `SELECT revoked_at IS NOT NULL AS revoked, revoked_reason, revoked_by_decision_id, revoked_by IS NOT NULL AS by FROM award_records WHERE decision_id = $1`,
        [original.id],
      )) as unknown[];
      expect(records).toEqual([
        {
          revoked: true,
          revoked_reason: `Thu hồi tại Quyết định số 03/QĐ-${issuer.symbol} ngày 10/02/2026: Hồ sơ đề nghị khen thưởng không trung thực`,
          revoked_by_decision_id: res.body.id,
          by: true,
        },
        expect.objectContaining({ revoked: true, revoked_by_decision_id: res.body.id }),
      ]);
      const audited = (await t.dataSource.query(
        `SELECT entity_id, after->>'revokedByDecisionId' AS by FROM audit_log WHERE entity = 'awards' AND action = 'revoke' AND entity_id = ANY($1::text[])`,
        [original.lines.map((line) => line.awardRecordId)],
      )) as Array<{ by: string }>;
      expect(audited.map((entry) => entry.by)).toEqual([res.body.id, res.body.id]);
      // The original stays as issued, readable, shown as revoked with the link.
      const [kept] = (await t.dataSource.query(`SELECT state, number FROM decisions WHERE id = $1`, [original.id])) as unknown[];
      expect(kept).toEqual({ state: 'issued', number: next - 1 });
      const fates = await t.http().get(`/api/decisions/${original.id}/line-fates`).set(bearer(viewer.token)).expect(200);
      expect(fates.body).toHaveLength(2);
      expect(fates.body[0]).toMatchObject({
        revokedBy: { id: res.body.id, number: `03/QĐ-${issuer.symbol}`, signedOn: '2026-02-10' },
        correctedBy: [],
        recoveries: [],
        notes: [`Đã thu hồi tại Quyết định số 03/QĐ-${issuer.symbol} ngày 10/02/2026`],
      });
      const english = await t.http().get(`/api/decisions/${original.id}/line-fates`).set(bearer(viewer.token)).set(ENGLISH).expect(200);
      expect(english.body[0].notes).toEqual([`Revoked by decision 03/QĐ-${issuer.symbol} of 10/02/2026`]);
      // The person's history lists the award as revoked.
      const awards = await t.http().get(`/api/staff/${original.lines[0].staffId}/awards`).set(bearer(viewer.token)).expect(200);
      expect(awards.body).toEqual([expect.objectContaining({ awardType: 'LDTT', revoked: true })]);
    });

    it('revokes only the lines named: a partial revocation, worded so', async () => {
      const original = await issued(['Phạm Thị Lan', 'Hoàng Văn Nam', 'Đỗ Thị Oanh']);
      const res = await t
        .http()
        .post(`/api/decisions/${original.id}/revocations`)
        .set(bearer(hr.token))
        .send(revocation({ lineIds: [original.lines[1].id.toUpperCase()] }))
        .expect(201);
      expect(res.body.abstract).toMatch(/^Về việc thu hồi một phần Quyết định số/u);
      expect(res.body.lines).toEqual([expect.objectContaining({ originalLineId: original.lines[1].id, fullName: 'Hoàng Văn Nam' })]);
      await issueLaterDecision(t, res.body.id, 4, '2026-02-11', issuer.symbol);
      const states = (await t.dataSource.query(
        `SELECT l.full_name, ar.revoked_at IS NOT NULL AS revoked FROM decision_lines l JOIN award_records ar ON ar.id = l.award_record_id
          WHERE l.decision_id = $1 ORDER BY l.sort_key`,
        [original.id],
      )) as unknown[];
      expect(states).toEqual([
        { full_name: 'Phạm Thị Lan', revoked: false },
        { full_name: 'Hoàng Văn Nam', revoked: true },
        { full_name: 'Đỗ Thị Oanh', revoked: false },
      ]);
      // Revoked once, the line cannot be revoked again; the others still can.
      const again = await t
        .http()
        .post(`/api/decisions/${original.id}/revocations`)
        .set(bearer(hr.token))
        .set(ENGLISH)
        .send(revocation({ lineIds: [original.lines[1].id, original.lines[2].id] }))
        .expect(409);
      expect(again.body).toMatchObject({ code: 'DECISION_LINE_ALREADY_REVOKED', message: expect.stringContaining('Hoàng Văn Nam') });
      await t
        .http()
        .post(`/api/decisions/${original.id}/revocations`)
        .set(bearer(hr.token))
        .send(revocation({ lineIds: [original.lines[2].id] }))
        .expect(201);
    });

    it('refuses with nothing written: a draft original, a revocation of a revocation, an unknown line, out of scope, a viewer', async () => {
      const original = await issued(['Vũ Thị Phương']);
      const [draft] = (await t.dataSource.query(
        `INSERT INTO decisions (issuer_id, award_type_code, year, subject, signer_title, signer_name, abstract)
         VALUES ($1, 'LDTT', 2025, 'individual', 'Giám đốc', 'Nguyễn Văn Hùng', 'Về việc tặng') RETURNING id`,
        [issuer.id],
      )) as Array<{ id: string }>;
      const before = await count('decisions');
      const notIssued = await t.http().post(`/api/decisions/${draft.id}/revocations`).set(bearer(hr.token)).send(revocation()).expect(409);
      expect(notIssued.body).toMatchObject({ code: 'DECISION_NOT_ISSUED', message: 'Quyết định chưa ban hành nên chưa thể làm việc này.' });
      const unknownLine = await t
        .http()
        .post(`/api/decisions/${original.id}/revocations`)
        .set(bearer(hr.token))
        .send(revocation({ lineIds: ['00000000-0000-4000-8000-000000000001'] }))
        .expect(400);
      expect(unknownLine.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ field: 'lineIds.0', constraint: 'unknownDecisionLine', message: 'Dòng này không có trong quyết định.' }],
      });
      await t.http().post(`/api/decisions/${original.id}/revocations`).set(bearer(outsider.token)).send(revocation()).expect(403);
      await t.http().post(`/api/decisions/${original.id}/revocations`).set(bearer(viewer.token)).send(revocation()).expect(403);
      await t
        .http()
        .post(`/api/decisions/00000000-0000-4000-8000-000000000009/revocations`)
        .set(bearer(hr.token))
        .send(revocation())
        .expect(404);
      const badIssuer = await t
        .http()
        .post(`/api/decisions/${original.id}/revocations`)
        .set(bearer(hr.token))
        .send(revocation({ issuerId: '00000000-0000-4000-8000-000000000002' }))
        .expect(400);
      expect(badIssuer.body.details).toEqual([expect.objectContaining({ field: 'issuerId', constraint: 'unknownIssuer' })]);
      await t
        .http()
        .post(`/api/decisions/${original.id}/revocations`)
        .set(bearer(hr.token))
        .send(revocation({ reason: '' }))
        .expect(400);
      const early = await t
        .http()
        .post(`/api/decisions/${original.id}/revocations`)
        .set(bearer(hr.token))
        .send(revocation({ signedOn: '2026-01-04' }))
        .expect(400);
      expect(early.body.details).toEqual([
        expect.objectContaining({
          field: 'signedOn',
          constraint: 'beforeOriginal',
          message: 'Không thể trước ngày 05/01/2026: ngày ký quyết định được thu hồi, đính chính.',
        }),
      ]);
      expect(await count('decisions')).toBe(before);

      const drafted = await t.http().post(`/api/decisions/${original.id}/revocations`).set(bearer(hr.token)).send(revocation()).expect(201);
      await issueLaterDecision(t, drafted.body.id, 5, '2026-02-12', issuer.symbol);
      const ofRevocation = await t
        .http()
        .post(`/api/decisions/${drafted.body.id}/revocations`)
        .set(bearer(hr.token))
        .send(revocation())
        .expect(422);
      expect(ofRevocation.body.code).toBe('DECISION_NOT_AN_AWARD');
    });

    it('two drafts revoking the same line: the first issued wins, issuing the second fails and rolls back', async () => {
      const original = await issued(['Bùi Văn Quang']);
      const first = await t.http().post(`/api/decisions/${original.id}/revocations`).set(bearer(hr.token)).send(revocation()).expect(201);
      const second = await t.http().post(`/api/decisions/${original.id}/revocations`).set(bearer(hr.token)).send(revocation()).expect(201);
      await issueLaterDecision(t, first.body.id, 6, '2026-02-13', issuer.symbol);
      await expect(issueLaterDecision(t, second.body.id, 7, '2026-02-13', issuer.symbol)).rejects.toMatchObject({
        code: 'DECISION_LINE_ALREADY_REVOKED',
        params: { names: 'Bùi Văn Quang' },
      });
      expect(await t.dataSource.query(`SELECT state FROM decisions WHERE id = $1`, [second.body.id])).toEqual([{ state: 'draft' }]);
      expect(await t.dataSource.query(`SELECT revoked_by_decision_id FROM award_records WHERE decision_id = $1`, [original.id])).toEqual([
        { revoked_by_decision_id: first.body.id },
      ]);
    });

    it('two revocations of one line issued at the same moment (separate connections on PostgreSQL): exactly one revokes it', async () => {
      const original = await issued(['Kiều Thị Yến']);
      const drafts = await Promise.all(
        [0, 1].map(
          async () =>
            (await t.http().post(`/api/decisions/${original.id}/revocations`).set(bearer(hr.token)).send(revocation()).expect(201))
              .body as { id: string },
        ),
      );
      const outcomes = await Promise.allSettled(
        drafts.map((draft, index) => issueLaterDecision(t, draft.id, 20 + index, '2026-02-20', issuer.symbol)),
      );
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(outcomes.find((outcome) => outcome.status === 'rejected')).toMatchObject({
        reason: { code: 'DECISION_LINE_ALREADY_REVOKED' },
      });
      const winner = drafts[outcomes.findIndex((outcome) => outcome.status === 'fulfilled')];
      expect(await t.dataSource.query(`SELECT revoked_by_decision_id FROM award_records WHERE decision_id = $1`, [original.id])).toEqual([
        { revoked_by_decision_id: winner.id },
      ]);
      expect(
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'awards' AND action = 'revoke' AND entity_id = $1`,
          [original.lines[0].awardRecordId],
        ),
      ).toEqual([{ n: 1 }]);
    });
  });

  describe('correction', () => {
    it('drafts a correction of a misspelt name; issuing changes no award record; the original shows "đính chính tại …"', async () => {
      const original = await issued(['Nguyễn Thị Hao', 'Trịnh Văn Sơn']);
      const unchanged = await t
        .http()
        .post(`/api/decisions/${original.id}/corrections`)
        .set(bearer(hr.token))
        .send({ ...revocation({ reason: 'Sai chính tả' }), lines: [{ lineId: original.lines[0].id, fullName: 'Nguyễn Thị Hao' }] })
        .expect(400);
      expect(unchanged.body.details).toEqual([expect.objectContaining({ field: 'lines.0', constraint: 'correctionChangesNothing' })]);
      const res = await t
        .http()
        .post(`/api/decisions/${original.id}/corrections`)
        .set(bearer(hr.token))
        .send({ ...revocation({ reason: 'Sai chính tả họ tên' }), lines: [{ lineId: original.lines[0].id, fullName: 'Nguyễn Thị Hảo' }] })
        .expect(201);
      expect(res.body).toMatchObject({
        kind: 'correction',
        abstract: expect.stringMatching(/^Về việc đính chính Quyết định số/u),
        lines: [{ originalLineId: original.lines[0].id, fullName: 'Nguyễn Thị Hảo', position: 'Chuyên viên', unitName: 'Phòng Nghiệp vụ' }],
      });
      const recordsBefore = await t.dataSource.query(`SELECT * FROM award_records WHERE decision_id = $1 ORDER BY id`, [original.id]);
      await issueLaterDecision(t, res.body.id, 8, '2026-02-14', issuer.symbol);
      expect(await t.dataSource.query(`SELECT * FROM award_records WHERE decision_id = $1 ORDER BY id`, [original.id])).toEqual(
        recordsBefore,
      );
      // Nothing edited in place: the original line still prints the name as issued.
      expect(await t.dataSource.query(`SELECT full_name FROM decision_lines WHERE id = $1`, [original.lines[0].id])).toEqual([
        { full_name: 'Nguyễn Thị Hao' },
      ]);
      const fates = await t.http().get(`/api/decisions/${original.id}/line-fates`).set(bearer(viewer.token)).expect(200);
      expect(fates.body).toEqual([
        {
          lineId: original.lines[0].id,
          fullName: 'Nguyễn Thị Hao',
          revokedBy: null,
          correctedBy: [
            {
              id: res.body.id,
              number: `08/QĐ-${issuer.symbol}`,
              signedOn: '2026-02-14',
              fullName: 'Nguyễn Thị Hảo',
              position: 'Chuyên viên',
              unitName: 'Phòng Nghiệp vụ',
            },
          ],
          recoveries: [],
          notes: [`Đính chính tại Quyết định số 08/QĐ-${issuer.symbol} ngày 14/02/2026`],
        },
      ]);
    });
  });

  describe('recovery', () => {
    it('records the money and certificate recovered for a revoked line only, listed in the decision view, audited', async () => {
      const original = await issued(['Lý Thị Tâm', 'Mai Văn Út']);
      const line = original.lines[0];
      const notRevoked = await t
        .http()
        .post(`/api/decisions/${original.id}/lines/${line.id}/recoveries`)
        .set(bearer(hr.token))
        .send({ recoveredOn: '2026-03-01', moneyRecovered: true, certificateRecovered: false })
        .expect(409);
      expect(notRevoked.body).toMatchObject({ code: 'DECISION_LINE_NOT_REVOKED', message: expect.stringContaining('Lý Thị Tâm') });
      const drafted = await t
        .http()
        .post(`/api/decisions/${original.id}/revocations`)
        .set(bearer(hr.token))
        .send(revocation({ lineIds: [line.id] }))
        .expect(201);
      await issueLaterDecision(t, drafted.body.id, 9, '2026-02-15', issuer.symbol);
      await t
        .http()
        .post(`/api/decisions/${original.id}/lines/${line.id}/recoveries`)
        .set(bearer(hr.token))
        .send({ recoveredOn: '2099-01-01', moneyRecovered: true, certificateRecovered: false })
        .expect(400);
      const beforeRevocation = await t
        .http()
        .post(`/api/decisions/${original.id}/lines/${line.id}/recoveries`)
        .set(bearer(hr.token))
        .send({ recoveredOn: '2026-02-14', moneyRecovered: true, certificateRecovered: false })
        .expect(400);
      expect(beforeRevocation.body.details).toEqual([expect.objectContaining({ field: 'recoveredOn', constraint: 'beforeRevocation' })]);
      await t
        .http()
        .post(`/api/decisions/${original.id}/lines/${line.id}/recoveries`)
        .set(bearer(outsider.token))
        .send({ recoveredOn: '2026-03-01', moneyRecovered: true, certificateRecovered: false })
        .expect(403);
      await t
        .http()
        .post(`/api/decisions/${original.id}/lines/${original.lines[1].id}/recoveries`)
        .set(bearer(hr.token))
        .send({ recoveredOn: '2026-03-01', moneyRecovered: true, certificateRecovered: false })
        .expect(409);
      await t
        .http()
        .post(`/api/decisions/${original.id}/lines/00000000-0000-4000-8000-000000000003/recoveries`)
        .set(bearer(hr.token))
        .send({ recoveredOn: '2026-03-01', moneyRecovered: true, certificateRecovered: false })
        .expect(404);
      const res = await t
        .http()
        .post(`/api/decisions/${original.id}/lines/${line.id}/recoveries`)
        .set(bearer(hr.token))
        .send({ recoveredOn: '2026-03-01', moneyRecovered: true, certificateRecovered: true, note: 'Nộp lại tại phòng Kế toán' })
        .expect(201);
      expect(res.body).toMatchObject({ lineId: line.id, recoveredOn: '2026-03-01', moneyRecovered: true, certificateRecovered: true });
      expect(
        await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'decision-line-recoveries' AND entity_id = $1`, [
          res.body.id,
        ]),
      ).toEqual([{ action: 'create' }]);
      const fates = await t.http().get(`/api/decisions/${original.id}/line-fates`).set(bearer(viewer.token)).expect(200);
      expect(fates.body).toEqual([
        expect.objectContaining({
          lineId: line.id,
          recoveries: [expect.objectContaining({ id: res.body.id, note: 'Nộp lại tại phòng Kế toán' })],
          notes: [
            `Đã thu hồi tại Quyết định số 09/QĐ-${issuer.symbol} ngày 15/02/2026`,
            'Đã thu hồi tiền thưởng và hiện vật ngày 01/03/2026',
          ],
        }),
      ]);
    });
  });

  describe('signed copy', () => {
    it('stores the signed PDF of an issued decision with its sha256; the latest is the official copy', async () => {
      const original = await issued(['Cao Thị Vân']);
      const clerk = await createUserToken(t, ['viewer'], [library.id]);
      await t
        .http()
        .post(`/api/decisions/${original.id}/signed-copy`)
        .set(bearer(clerk.token))
        .attach('file', pdfBytes(), 'qd.pdf')
        .expect(403);
      const notAssigned = await t
        .http()
        .post(`/api/decisions/${original.id}/signed-copy`)
        .set(bearer(hr.token))
        .attach('file', pdfBytes(), 'qd.pdf')
        .expect(403);
      expect(notAssigned.body.code).toBe('DECISION_NOT_ISSUER');
      await t.dataSource.query(`INSERT INTO user_issuers (user_id, issuer_id) VALUES ($1, $2)`, [clerk.id, issuer.id]);
      await t.http().get(`/api/decisions/${original.id}/signed-copy`).set(bearer(viewer.token)).expect(404);
      const first = await t
        .http()
        .post(`/api/decisions/${original.id}/signed-copy`)
        .set(bearer(clerk.token))
        .attach('file', pdfBytes('scan'), 'Quyết định 01.pdf')
        .expect(201);
      const second = await t
        .http()
        .post(`/api/decisions/${original.id}/signed-copy`)
        .set(bearer(t.adminToken))
        .attach('file', pdfBytes('digitally signed'), 'qd-ky-so.pdf')
        .expect(201);
      expect(second.body).toMatchObject({ decisionId: original.id, size: pdfBytes('digitally signed').length, fileName: 'qd-ky-so.pdf' });
      expect(second.body.sha256).toMatch(/^[0-9a-f]{64}$/u);
      expect(second.body.sha256).not.toBe(first.body.sha256);
      const download = await t
        .http()
        .get(`/api/decisions/${original.id}/signed-copy`)
        .set(bearer(viewer.token))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['x-content-sha256']).toBe(second.body.sha256);
      expect(download.headers['repr-digest']).toBe(`sha-256=:${Buffer.from(second.body.sha256, 'hex').toString('base64')}:`);
      expect(download.headers['content-disposition']).toContain('qd-ky-so.pdf');
      expect(Buffer.compare(download.body as Buffer, pdfBytes('digitally signed'))).toBe(0);
      expect(
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'decision-signed-copies' AND entity_id = ANY($1::text[])`,
          [[first.body.id, second.body.id]],
        ),
      ).toEqual([{ n: 2 }]);
    });

    it('refuses a draft (409), a file that is not a PDF by content (415) and an empty one (400), writing nothing', async () => {
      const [draft] = (await t.dataSource.query(
        `INSERT INTO decisions (issuer_id, award_type_code, year, subject, signer_title, signer_name, abstract)
         VALUES ($1, 'LDTT', 2025, 'individual', 'Giám đốc', 'Nguyễn Văn Hùng', 'Về việc tặng') RETURNING id`,
        [issuer.id],
      )) as Array<{ id: string }>;
      const before = await count('decision_signed_copies');
      const ofDraft = await t
        .http()
        .post(`/api/decisions/${draft.id}/signed-copy`)
        .set(bearer(t.adminToken))
        .attach('file', pdfBytes(), 'qd.pdf')
        .expect(409);
      expect(ofDraft.body.code).toBe('DECISION_NOT_ISSUED');
      const original = await issued(['Đinh Văn Xuân']);
      const word = await t
        .http()
        .post(`/api/decisions/${original.id}/signed-copy`)
        .set(bearer(t.adminToken))
        .attach('file', Buffer.from('PK\u0003\u0004 a Word file renamed'), 'qd.pdf')
        .expect(415);
      expect(word.body).toMatchObject({ code: 'DECISION_SIGNED_COPY_NOT_PDF', message: 'Bản đã ký phải là tệp PDF.' });
      const empty = await t
        .http()
        .post(`/api/decisions/${original.id}/signed-copy`)
        .set(bearer(t.adminToken))
        .attach('file', Buffer.alloc(0), 'rong.pdf')
        .expect(400);
      expect(empty.body).toMatchObject({
        code: 'DECISION_SIGNED_COPY_EMPTY',
        message: 'Tệp “rong.pdf” rỗng (0 byte). Hãy chọn lại tệp PDF đã ký.',
      });
      expect(await count('decision_signed_copies')).toBe(before);
    });
  });
});
