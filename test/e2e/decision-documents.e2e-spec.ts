import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import type request from 'supertest';
import { amountInWords } from '../../src/documents/index.js';
import { JobsService } from '../../src/jobs/index.js';
import { createUnit } from '../factories/index.js';
import { createIssuer, type IssuerFixture } from '../factories/decisions.js';
import { signInThroughForm } from '../factories/import.js';
import { ADMIN_PASSWORD, bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';

/*
 * A decision's documents (issue 9): a draft previewed on request (DỰ THẢO, no number), an issued
 * decision rendered by the `decisions.render` job after the issuing transaction commits and served
 * from stored_documents (bytes, sha256, template); the PDF needs LibreOffice, and without it answers
 * 503 while HTML and DOCX still work.
 */

/** Every Vietnamese tone and the letters Liberation 1.x lacked, in names as the registry keeps them. */
const NAMES = ['Nguyễn Thị Ngọc Ánh', 'Trần Văn Đức', 'Lê Hoàng Quỳnh Hương', 'Phạm Thị Ỷ Lan', 'Đỗ Mạnh Hùng', 'Vũ Thị Kiều Oanh'];
const SIGNED_ON = '2026-01-05';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const tool = (command: string, args: string[], input: Buffer): string =>
  execFileSync(command, args, { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Supertest keeping any body as bytes. */
const binary = (test: request.Test): request.Test =>
  test.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

/** The text of every XML part of a DOCX's word/ folder (the body, headers, footers). */
function wordParts(docx: Buffer): string {
  const zip = new PizZip(docx);
  return Object.keys(zip.files)
    .filter((name) => /^word\/[^/]+\.xml$/u.test(name))
    .map((name) => zip.file(name)!.asText())
    .join('\n');
}

const sofficeFound = (process.env.PATH ?? '').split(':').some((folder) => existsSync(join(folder, 'soffice')));

/** The PDF specs need LibreOffice: skipped with a note without it, except on CI, where they must run. */
function withLibreOffice(): jest.It {
  if (sofficeFound) {
    return it;
  }
  if (process.env.CI === 'true') {
    throw new Error(
      'soffice not found: the PDF specs cannot run on CI without it (apt-get install libreoffice-writer-nogui fonts-liberation2)',
    );
  }
  console.warn('soffice not found: the decision PDF specs are skipped (apt-get install libreoffice-writer-nogui fonts-liberation2)');
  return it.skip;
}

interface Rendering {
  state: string | null;
  decisionState: string;
  job: { attempts: number; lastError: string | null } | null;
  documents: Array<{ part: string; format: string; sha256: string; templateId: string; templateSha256: string; byteSize: number }>;
}

async function insertNamedStaff(t: TestApp, unitId: string, names: string[]): Promise<string[]> {
  const prefix = `R${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
  const found = (await t.dataSource.query(
    `INSERT INTO staff (code, full_name, gender, unit_id, position, sort_key, search_text)
     SELECT $2 || lpad(n::text, 3, '0'), name, 'female', $1, 'Chuyên viên', lower(name), lower(name)
       FROM unnest($3::text[]) WITH ORDINALITY AS u(name, n)
     RETURNING id`,
    [unitId, prefix, names],
  )) as Array<{ id: string }>;
  return found.map((row) => row.id);
}

async function draftWith(t: TestApp, issuer: IssuerFixture, staffIds: string[]): Promise<string> {
  const created = await t
    .http()
    .post('/api/decisions')
    .set(bearer(t.adminToken))
    .send({ issuerId: issuer.id, awardType: 'LDTT', year: 2025, plannedSignOn: SIGNED_ON })
    .expect(201);
  const id = (created.body as { id: string }).id;
  await t.http().post(`/api/decisions/${id}/lines`).set(bearer(t.adminToken)).send({ staffIds, reason: 'Đã xác minh' }).expect(201);
  return id;
}

async function waitForRendering(t: TestApp, id: string, timeoutMs = 150_000): Promise<Rendering> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await t.http().get(`/api/decisions/${id}/rendering`).set(bearer(t.adminToken)).expect(200);
    const body = res.body as Rendering;
    if (body.state === 'done' || body.state === 'failed' || Date.now() > until) {
      return body;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('decision documents (API)', () => {
  let t: TestApp;
  let issuer: IssuerFixture;
  let unitId: string;

  beforeAll(async () => {
    t = await createTestApp();
    issuer = await createIssuer(t, { symbol: 'SVHTTDL' });
    await t.dataSource.query(`UPDATE issuers SET authority_title = $2 WHERE id = $1`, [
      issuer.id,
      'Giám đốc Sở Văn hóa, Thể thao và Du lịch',
    ]);
    unitId = (await createUnit(t)).id;
  });
  afterAll(async () => {
    await t?.close();
    rmSync(join(tmpdir(), `commendation-soffice-profile-${process.pid}`), { recursive: true, force: true });
  });

  it('previews a draft: HTML marked DỰ THẢO with every name, no number, its own style policy; DOCX too; nothing stored', async () => {
    const id = await draftWith(t, issuer, await insertNamedStaff(t, unitId, NAMES));
    const html = await binary(t.http().get(`/api/decisions/${id}/document.html`).set(bearer(t.adminToken))).expect(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-disposition']).toMatch(
      /^inline; filename="du-thao-quyet-dinh-[0-9a-f]{8}\.html"; filename\*=UTF-8''D%E1%BB%B1/u,
    );
    expect(html.headers['content-security-policy']).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/u);
    expect(html.headers['content-security-policy']).not.toContain('unsafe-inline');
    const text = (html.body as Buffer).toString('utf8');
    expect(text).toContain('DỰ THẢO');
    for (const name of NAMES) {
      expect(text).toContain(name.normalize('NFC'));
    }
    expect(text).toContain('Căn cứ Luật Thi đua, khen thưởng');
    expect(text).toContain('Theo đề nghị của Hội đồng Thi đua - Khen thưởng.');
    expect(text).toContain('Số:');
    expect(text).not.toMatch(/\d{2}\/QĐ-SVHTTDL/u);
    expect(html.headers['x-content-sha256']).toBe(sha256(html.body as Buffer));

    const list = await binary(t.http().get(`/api/decisions/${id}/list.html`).set(bearer(t.adminToken))).expect(200);
    const listText = (list.body as Buffer).toString('utf8');
    expect(listText).toContain(`Danh sách này có ${NAMES.length} cá nhân./.`);
    expect(listText).not.toContain('Điều 1.');

    const docx = await binary(t.http().get(`/api/decisions/${id}/document.docx`).set(bearer(t.adminToken))).expect(200);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers['content-disposition']).toMatch(/^attachment; filename="du-thao-quyet-dinh-[0-9a-f]{8}\.docx"/u);
    const xml = new PizZip(docx.body as Buffer).file('word/document.xml')!.asText();
    for (const name of NAMES) {
      expect(xml).toContain(name);
    }
    // The marking stands in the page headers, so every page of the draft carries it.
    expect(wordParts(docx.body as Buffer).includes('DỰ THẢO')).toBe(true);

    // The decision's answer has the total in words; a draft has no job and nothing stored.
    const decision = (await t.http().get(`/api/decisions/${id}`).set(bearer(t.adminToken)).expect(200)).body as {
      totals: { totalAmount: number; amountInWords: string };
    };
    expect(decision.totals.totalAmount).toBe(NAMES.length * 710_000);
    expect(decision.totals.amountInWords).toBe(amountInWords(NAMES.length * 710_000));
    expect(decision.totals.amountInWords).toBe('Bốn triệu hai trăm sáu mươi nghìn đồng');
    const rendering = (await t.http().get(`/api/decisions/${id}/rendering`).set(bearer(t.adminToken)).expect(200)).body as Rendering;
    expect(rendering).toMatchObject({ decisionState: 'draft', state: null, job: null, documents: [] });
  });

  it('issues, renders after the commit in a job, and serves the stored copies with their sha256', async () => {
    const id = await draftWith(t, issuer, await insertNamedStaff(t, unitId, NAMES));
    const issued = await t.http().post(`/api/decisions/${id}/issue`).set(bearer(t.adminToken)).send({ signedOn: SIGNED_ON }).expect(200);
    const number = (issued.body as { number: string }).number;
    expect(number).toMatch(/^\d{2}\/QĐ-SVHTTDL$/u);

    const rendering = await waitForRendering(t, id);
    expect(rendering.state).toBe('done');
    const expected = sofficeFound ? ['html', 'docx', 'pdf'] : ['html', 'docx'];
    expect(rendering.documents.map((stored) => `${stored.part}.${stored.format}`)).toEqual([
      ...expected.map((format) => `decision.${format}`),
      ...expected.map((format) => `list.${format}`),
    ]);

    // Each stored copy's sha256 is its bytes' own.
    const stored = (await t.dataSource.query(
      `SELECT part, format, sha256, content, template_id, template_sha256 FROM stored_documents WHERE owner_kind = 'decision' AND owner_id = $1`,
      [id],
    )) as Array<{ part: string; format: string; sha256: string; content: Buffer; template_id: string; template_sha256: string }>;
    expect(stored).toHaveLength(expected.length * 2);
    for (const copy of stored) {
      expect({ copy: `${copy.part}.${copy.format}`, sha256: sha256(copy.content) }).toEqual({
        copy: `${copy.part}.${copy.format}`,
        sha256: copy.sha256,
      });
      expect(copy.template_sha256).toMatch(/^[0-9a-f]{64}$/u);
    }

    const html = await binary(t.http().get(`/api/decisions/${id}/document.html`).set(bearer(t.adminToken))).expect(200);
    const htmlText = (html.body as Buffer).toString('utf8');
    expect(htmlText).toContain(number);
    expect(htmlText).not.toContain('DỰ THẢO');
    expect(htmlText).toContain('Vĩnh Phúc, ngày 05 tháng 01 năm 2026');
    expect(html.headers['x-content-sha256']).toBe(stored.find((copy) => copy.part === 'decision' && copy.format === 'html')!.sha256);
    expect(html.headers['content-security-policy']).toMatch(/style-src 'sha256-/u);

    const docx = await binary(t.http().get(`/api/decisions/${id}/document.docx`).set(bearer(t.adminToken))).expect(200);
    expect(docx.headers['content-disposition']).toContain(`filename="quyet-dinh-${number.slice(0, 2)}-qd-svhttdl.docx"`);
    expect(docx.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(`Quyết định ${number.replace('/', '-')}.docx`)}`,
    );
    expect(sha256(docx.body as Buffer)).toBe(stored.find((copy) => copy.part === 'decision' && copy.format === 'docx')!.sha256);
    const xml = new PizZip(docx.body as Buffer).file('word/document.xml')!.asText();
    expect(xml).toContain(number);
    for (const name of NAMES) {
      expect(xml).toContain(name);
    }
    expect(wordParts(docx.body as Buffer).includes('DỰ THẢO')).toBe(false);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/u);

    const listDocx = await binary(t.http().get(`/api/decisions/${id}/list.docx`).set(bearer(t.adminToken))).expect(200);
    expect(listDocx.headers['content-disposition']).toContain('filename="danh-sach-kem-theo-quyet-dinh-');
    expect(new PizZip(listDocx.body as Buffer).file('word/document.xml')!.asText()).toContain(`Kèm theo Quyết định số ${number}`);

    // A revocation of two lines (Law 2022 Chapter VII) cites the original in its preview; issued, it revokes their award records.
    const lineIds = (
      (await t.dataSource.query(`SELECT id FROM decision_lines WHERE decision_id = $1 ORDER BY sort_key LIMIT 2`, [id])) as Array<{
        id: string;
      }>
    ).map((line) => line.id);
    const revocation = (
      await t
        .http()
        .post(`/api/decisions/${id}/revocations`)
        .set(bearer(t.adminToken))
        .send({
          lineIds,
          reason: 'Kê khai thành tích không trung thực',
          issuerId: issuer.id,
          signer: { prefix: null, title: 'Giám đốc', name: 'Nguyễn Văn Bình' },
        })
        .expect(201)
    ).body as { id: string };
    const preview = (await binary(t.http().get(`/api/decisions/${revocation.id}/document.html`).set(bearer(t.adminToken))).expect(200))
      .body as Buffer;
    const previewText = preview.toString('utf8');
    expect(previewText).toContain(`Về việc thu hồi một phần Quyết định số ${number}`);
    expect(previewText).toContain(
      `Thu hồi danh hiệu “Lao động tiên tiến” năm 2025 đã tặng cho 2 cá nhân tại Quyết định số ${number} ngày 05 tháng 01 năm 2026 của Giám đốc Sở Văn hóa, Thể thao và Du lịch`,
    );
    expect(previewText).toContain('DỰ THẢO');
    const revoked = await t
      .http()
      .post(`/api/decisions/${revocation.id}/issue`)
      .set(bearer(t.adminToken))
      .send({ signedOn: SIGNED_ON })
      .expect(200);
    const records = (await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE revoked_by_decision_id = $2)::int AS revoked, count(*)::int AS total FROM award_records WHERE decision_id = $1`,
      [id, revocation.id],
    )) as Array<{ revoked: number; total: number }>;
    expect(records[0]).toEqual({ revoked: 2, total: NAMES.length });
    expect((await waitForRendering(t, revocation.id)).state).toBe('done');
    const revocationHtml = (
      await binary(t.http().get(`/api/decisions/${revocation.id}/document.html`).set(bearer(t.adminToken))).expect(200)
    ).body as Buffer;
    expect(revocationHtml.toString('utf8')).toContain((revoked.body as { number: string }).number);
  }, 200_000);

  withLibreOffice()(
    'serves the stored PDF/A: every name (NFC) and the number read back, every font embedded, PDF/A-2b',
    async () => {
      const id = await draftWith(t, issuer, await insertNamedStaff(t, unitId, NAMES));
      const issued = await t.http().post(`/api/decisions/${id}/issue`).set(bearer(t.adminToken)).send({ signedOn: SIGNED_ON }).expect(200);
      const number = (issued.body as { number: string }).number;
      expect((await waitForRendering(t, id)).state).toBe('done');

      const pdf = await binary(t.http().get(`/api/decisions/${id}/document.pdf`).set(bearer(t.adminToken))).expect(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const bytes = pdf.body as Buffer;
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const [stored] = (await t.dataSource.query(
        `SELECT sha256, template_id FROM stored_documents WHERE owner_kind = 'decision' AND owner_id = $1 AND part = 'decision' AND format = 'pdf'`,
        [id],
      )) as Array<{ sha256: string; template_id: string }>;
      expect(sha256(bytes)).toBe(stored.sha256);
      expect(pdf.headers['x-content-sha256']).toBe(stored.sha256);
      // The PDF is LibreOffice's print of the stored DOCX: it names the DOCX template.
      expect(stored.template_id).toMatch(/\.docx$/u);

      const text = tool('pdftotext', ['-', '-'], bytes);
      expect(text).toContain(`Số: ${number}`);
      // In the order of the content stream, a name the narrow column wraps stays in one piece but for the line break.
      const raw = tool('pdftotext', ['-raw', '-', '-'], bytes).replace(/\s+/gu, ' ');
      expect(raw.normalize('NFC')).toBe(raw);
      for (const name of NAMES) {
        expect(raw).toContain(name.normalize('NFC'));
      }
      const fonts = tool('pdffonts', ['-'], bytes).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const row of fonts) {
        const fields = row.trim().split(/\s+/u);
        expect({ row, emb: fields[fields.length - 5] }).toEqual({ row, emb: 'yes' });
      }
      expect(bytes.toString('latin1')).toMatch(/<pdfaid:part>2<\/pdfaid:part>|pdfaid:part="2"/u);

      const list = await binary(t.http().get(`/api/decisions/${id}/list.pdf`).set(bearer(t.adminToken))).expect(200);
      const listText = tool('pdftotext', ['-', '-'], list.body as Buffer);
      expect(listText).toContain(`Danh sách này có ${NAMES.length} cá nhân./.`);
      expect(listText).not.toContain('Điều 1.');
    },
    200_000,
  );

  it('answers 404 for an unknown decision and 401 without a token', async () => {
    await t.http().get('/api/decisions/00000000-0000-4000-8000-000000000000/document.html').set(bearer(t.adminToken)).expect(404);
    await t.http().get('/api/decisions/00000000-0000-4000-8000-000000000000/rendering').set(bearer(t.adminToken)).expect(404);
    await t.http().get('/api/decisions/00000000-0000-4000-8000-000000000000/document.docx').expect(401);
  });
});

describe('decision documents without LibreOffice (SOFFICE_PATH pointing at a missing file)', () => {
  let t: TestApp;
  let issuer: IssuerFixture;
  let unitId: string;

  beforeAll(async () => {
    t = await createTestApp({ SOFFICE_PATH: '/nonexistent/soffice' });
    issuer = await createIssuer(t);
    unitId = (await createUnit(t)).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers the PDF with 503 naming the packages; HTML and DOCX still work', async () => {
    const id = await draftWith(t, issuer, await insertNamedStaff(t, unitId, NAMES.slice(0, 2)));
    const refused = await t.http().get(`/api/decisions/${id}/document.pdf`).set(bearer(t.adminToken)).set(ENGLISH).expect(503);
    expect(refused.body).toMatchObject({ statusCode: 503, code: 'DOCUMENT_RENDERER_UNAVAILABLE' });
    expect((refused.body as { message: string }).message).toContain('libreoffice-writer-nogui');
    expect((refused.body as { message: string }).message).toContain('fonts-liberation2');
    await t.http().get(`/api/decisions/${id}/list.pdf`).set(bearer(t.adminToken)).expect(503);
    await t.http().get(`/api/decisions/${id}/document.html`).set(bearer(t.adminToken)).expect(200);
    await t.http().get(`/api/decisions/${id}/list.docx`).set(bearer(t.adminToken)).expect(200);
  });

  it('answers 202 with the progress while the job is queued; then stores HTML and DOCX, ends done, and the PDF is a 503', async () => {
    const jobs = t.app.get(JobsService);
    await jobs.stop();
    const id = await draftWith(t, issuer, await insertNamedStaff(t, unitId, NAMES.slice(2)));
    await t.http().post(`/api/decisions/${id}/issue`).set(bearer(t.adminToken)).send({ signedOn: SIGNED_ON }).expect(200);
    const waiting = await t.http().get(`/api/decisions/${id}/document.html`).set(bearer(t.adminToken)).expect(202);
    expect(waiting.headers['retry-after']).toBe('2');
    expect(waiting.body).toMatchObject({ decisionId: id, decisionState: 'issued', state: 'queued', job: { attempts: 0 }, documents: [] });

    jobs.start();
    const rendering = await waitForRendering(t, id);
    expect(rendering.state).toBe('done');
    expect(rendering.documents.map((stored) => `${stored.part}.${stored.format}`)).toEqual([
      'decision.html',
      'decision.docx',
      'list.html',
      'list.docx',
    ]);
    await t.http().get(`/api/decisions/${id}/document.docx`).set(bearer(t.adminToken)).expect(200);
    const refused = await t.http().get(`/api/decisions/${id}/document.pdf`).set(bearer(t.adminToken)).expect(503);
    expect(refused.body).toMatchObject({ code: 'DOCUMENT_RENDERER_UNAVAILABLE' });
  }, 120_000);

  it('serves the same files to the pages (session cookie), which never wait: a copy not stored yet is rendered and stored at once', async () => {
    const browser = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
    const draftId = await draftWith(t, issuer, await insertNamedStaff(t, unitId, NAMES.slice(0, 1)));
    const preview = await binary(browser.get(`/decisions/${draftId}/document.html`)).expect(200);
    expect((preview.body as Buffer).toString('utf8')).toContain('DỰ THẢO');
    expect(preview.headers['content-security-policy']).toMatch(/style-src 'sha256-/u);
    const page = (await browser.get(`/decisions/${draftId}`).expect(200)).text;
    expect(page).toContain(`href="/decisions/${draftId}/document.html"`);
    expect(page).toContain(`href="/decisions/${draftId}/list.pdf"`);
    expect(page).toContain('Bản xem trước để trống số và ghi “DỰ THẢO”.');
    // The API refuses the cookie: pages have their own routes.
    await browser.get(`/api/decisions/${draftId}/document.html`).expect(401);

    const jobs = t.app.get(JobsService);
    await jobs.stop();
    try {
      const id = await draftWith(t, issuer, await insertNamedStaff(t, unitId, NAMES.slice(1, 2)));
      await t.http().post(`/api/decisions/${id}/issue`).set(bearer(t.adminToken)).send({ signedOn: SIGNED_ON }).expect(200);
      const docx = await binary(browser.get(`/decisions/${id}/list.docx`)).expect(200);
      const [stored] = (await t.dataSource.query(
        `SELECT sha256 FROM stored_documents WHERE owner_kind = 'decision' AND owner_id = $1 AND part = 'list' AND format = 'docx'`,
        [id],
      )) as Array<{ sha256: string }>;
      expect(sha256(docx.body as Buffer)).toBe(stored.sha256);
      expect(docx.headers['content-disposition']).toMatch(/^attachment; filename="danh-sach-kem-theo-quyet-dinh-/u);
      expect((await browser.get(`/decisions/${id}`).expect(200)).text).toContain('Đang chờ tạo văn bản…');
    } finally {
      jobs.start();
    }
  });
});
