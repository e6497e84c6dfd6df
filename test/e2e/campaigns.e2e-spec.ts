import { createHash } from 'node:crypto';
import { buildCampaign, createCampaign, docxBytes, jpegBytes, pngBytes } from '../factories/campaigns.js';
import { createUnit, createUserToken } from '../factories/index.js';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { createIssuer, pdfBytes } from '../factories/revocations.js';
import { minimalXlsx } from '../factories/zip.js';
import { bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';

const MB = 1024 * 1024;

interface Campaign {
  id: string;
  name: string;
  kind: string;
  year: number;
  startsOn: string;
  endsOn: string;
  issuerId: string | null;
  issuerName: string | null;
  launchDocument: string | null;
  registrationCount: number;
  fileCount: number;
}

interface Attachment {
  id: string;
  fileName: string | null;
  mediaType: string;
  size: number;
  sha256: string;
}

/** Campaigns (phong trào thi đua) and their documents — issue 10, "Campaigns and registration". */
describe('campaigns: the API, their documents', () => {
  let t: TestApp;
  let hr: string;
  let hrName: string;
  let viewer: string;
  let viewerName: string;
  let issuerId: string;

  const auditOf = async (entity: string, id: string) =>
    (await t.dataSource.query(`SELECT action, before, after FROM audit_log WHERE entity = $1 AND entity_id = $2 ORDER BY id`, [
      entity,
      id,
    ])) as Array<{
      action: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }>;

  beforeAll(async () => {
    t = await createTestApp();
    const unit = await createUnit(t, { name: 'Thư viện tỉnh', code: 'CMP-TV' });
    ({ token: hr, username: hrName } = await createUserToken(t, ['hr_officer'], [unit.id]));
    ({ token: viewer, username: viewerName } = await createUserToken(t, ['viewer'], [unit.id]));
    issuerId = (await createIssuer(t, { name: 'THƯ VIỆN TỈNH VĨNH PHÚC' })).id;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('create, read, change', () => {
    it('an HR officer launches the annual campaign: 201 with every field, audited', async () => {
      const body = {
        name: 'Phong trào thi đua năm 2026',
        kind: 'annual',
        year: 2026,
        startsOn: '2026-01-15',
        endsOn: '2026-12-31',
        issuerId,
        launchDocument: 'Kế hoạch số 05/KH-TV ngày 10/01/2026',
      };
      const res = await t.http().post('/api/campaigns').set(bearer(hr)).send(body).expect(201);
      const campaign = res.body as Campaign;
      expect(campaign).toMatchObject({ ...body, issuerName: 'THƯ VIỆN TỈNH VĨNH PHÚC', registrationCount: 0, fileCount: 0 });
      expect(await auditOf('campaigns', campaign.id)).toMatchObject([
        { action: 'create', before: null, after: { name: body.name, year: 2026 } },
      ]);
      const read = await t.http().get(`/api/campaigns/${campaign.id}`).set(bearer(viewer)).expect(200);
      expect(read.body).toEqual(campaign);
    });

    it('refuses the same name in the same year, whatever its case (409), but not in another year', async () => {
      await createCampaign(t, { name: 'Thi đua “Vì người đọc”', year: 2025 });
      const again = await t
        .http()
        .post('/api/campaigns')
        .set(bearer(hr))
        .set(ENGLISH)
        .send(buildCampaign({ name: 'THI ĐUA “VÌ NGƯỜI ĐỌC”', year: 2025 }))
        .expect(409);
      expect(again.body).toMatchObject({ code: 'CAMPAIGN_NAME_TAKEN', details: [expect.objectContaining({ field: 'name' })] });
      await createCampaign(t, { name: 'Thi đua “Vì người đọc”', year: 2026, startsOn: '2026-01-01', endsOn: '2026-12-31' });
    });

    it('refuses a period that runs backwards, a year outside the period, an unknown issuer or kind (400 on the field)', async () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ startsOn: '2025-06-01', endsOn: '2025-05-31' }, 'endsOn'],
        [{ year: 2024 }, 'year'],
        [{ issuerId: '00000000-0000-4000-8000-000000000000' }, 'issuerId'],
        [{ kind: 'monthly' }, 'kind'],
        [{ startsOn: '31/12/2025' }, 'startsOn'],
        [{ name: '   ' }, 'name'],
      ];
      for (const [change, field] of cases) {
        const res = await t
          .http()
          .post('/api/campaigns')
          .set(bearer(hr))
          .send({ ...buildCampaign(), ...change })
          .expect(400);
        expect([field, res.body.code, res.body.details.map((detail: { field: string }) => detail.field)]).toEqual([
          field,
          'VALIDATION_FAILED',
          expect.arrayContaining([field]),
        ]);
      }
    });

    it('a thematic campaign may span years; its year is one of them', async () => {
      const res = await t
        .http()
        .post('/api/campaigns')
        .set(bearer(hr))
        .send(buildCampaign({ kind: 'thematic', year: 2024, startsOn: '2021-03-01', endsOn: '2025-12-31', name: 'Học tập và làm theo' }))
        .expect(201);
      expect(res.body).toMatchObject({ kind: 'thematic', year: 2024 });
    });

    it('only HR officers and admins write: a viewer gets 403, and nothing is written', async () => {
      const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM campaigns`)) as Array<{ n: number }>;
      await t.http().post('/api/campaigns').set(bearer(viewer)).send(buildCampaign()).expect(403);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM campaigns`)).toEqual(before);
    });

    it('lists newest year first, filtered by year and kind, paged', async () => {
      const all = (await t.http().get('/api/campaigns').set(bearer(viewer)).expect(200)).body as { items: Campaign[]; total: number };
      expect(all.items.map((c) => c.year)).toEqual([...all.items.map((c) => c.year)].sort((a, b) => b - a));
      const thematic = (await t.http().get('/api/campaigns').query({ kind: 'thematic' }).set(bearer(viewer)).expect(200)).body as {
        items: Campaign[];
      };
      expect(thematic.items.map((c) => c.kind)).toEqual(['thematic']);
      const of2026 = (await t.http().get('/api/campaigns').query({ year: 2026, pageSize: 1 }).set(bearer(viewer)).expect(200)).body as {
        items: Campaign[];
        total: number;
      };
      expect(of2026).toMatchObject({ total: 2, pageSize: 1 });
      expect(of2026.items).toHaveLength(1);
      await t.http().get('/api/campaigns').query({ kind: 'weekly' }).set(bearer(viewer)).expect(400);
    });

    it('PATCH changes the fields given, null clears the optional ones, refuses null elsewhere; audited with before and after', async () => {
      const created = await createCampaign(t, { launchDocument: 'Kế hoạch 01', issuerId });
      const res = await t
        .http()
        .patch(`/api/campaigns/${created.id}`)
        .set(bearer(hr))
        .send({ name: 'Phong trào thi đua năm 2025 (sửa)', launchDocument: null, issuerId: null })
        .expect(200);
      expect(res.body).toMatchObject({ name: 'Phong trào thi đua năm 2025 (sửa)', launchDocument: null, issuerId: null, year: 2025 });
      const refused = await t.http().patch(`/api/campaigns/${created.id}`).set(bearer(hr)).send({ name: null }).expect(400);
      expect(refused.body.details).toEqual([expect.objectContaining({ field: 'name', constraint: 'notNull' })]);
      await t.http().patch(`/api/campaigns/${created.id}`).set(bearer(hr)).send({ endsOn: '2024-12-31' }).expect(400);
      const audit = await auditOf('campaigns', created.id);
      expect(audit.map((entry) => entry.action)).toEqual(['create', 'update']);
      expect(audit[1]).toMatchObject({ before: { launchDocument: 'Kế hoạch 01' }, after: { launchDocument: null } });
      await t.http().patch('/api/campaigns/00000000-0000-4000-8000-000000000000').set(bearer(hr)).send({ name: 'x' }).expect(404);
    });
  });

  describe('documents: stored in the database, judged by their content', () => {
    let campaignId: string;

    const upload = (file: Buffer, name: string, token = hr, type?: string) =>
      t
        .http()
        .post(`/api/campaigns/${campaignId}/files`)
        .set(bearer(token))
        .set(ENGLISH)
        .attach('file', file, type ? { filename: name, contentType: type } : name);

    beforeAll(async () => {
      campaignId = (await createCampaign(t)).id;
    });

    it('takes a PDF, a DOCX, a PNG and a JPEG, each with its type from the content, size and SHA-256', async () => {
      const files: Array<[Buffer, string, string]> = [
        [pdfBytes('kế hoạch'), 'Kế hoạch phát động.pdf', 'application/pdf'],
        [docxBytes(), 'Mẫu đăng ký.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        [pngBytes(), 'ảnh.png', 'image/png'],
        [jpegBytes(), 'anh.jpg', 'image/jpeg'],
      ];
      for (const [bytes, name, mediaType] of files) {
        const res = await upload(bytes, name).expect(201);
        expect(res.body).toMatchObject({
          fileName: name.normalize('NFC'),
          mediaType,
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          uploadedByName: 'Người Thử',
        });
      }
      const listed = (await t.http().get(`/api/campaigns/${campaignId}/files`).set(bearer(viewer)).expect(200)).body as Attachment[];
      expect(listed.map((file) => file.mediaType)).toEqual(files.map((file) => file[2]));
      expect((await t.http().get(`/api/campaigns/${campaignId}`).set(bearer(viewer)).expect(200)).body).toMatchObject({ fileCount: 4 });
    });

    it('refuses a renamed file for what it is (415): text called .pdf, a workbook called .docx, junk before a PDF header', async () => {
      const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM attachments`)) as Array<{ n: number }>;
      for (const [bytes, name, type] of [
        [Buffer.from('Danh sách đăng ký thi đua', 'utf8'), 'danh-sach.pdf', 'application/pdf'],
        [minimalXlsx({}), 'mau.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        [Buffer.from(' %PDF-1.7\n', 'latin1'), 'ke-hoach.pdf', 'application/pdf'],
        [Buffer.from('MZ\u0090\u0000', 'latin1'), 'anh.png', 'image/png'],
      ] as const) {
        const res = await upload(Buffer.from(bytes), name, hr, type).expect(415);
        expect(res.body).toMatchObject({ code: 'ATTACHMENT_TYPE_REFUSED', details: [expect.objectContaining({ field: 'file' })] });
        expect(res.body.message).toContain(name);
      }
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM attachments`)).toEqual(before);
    });

    it('keeps a PNG named .pdf as a PNG, and saves its download with the extension of what it is', async () => {
      const res = await upload(pngBytes(), 'giay-khen.pdf', hr, 'application/pdf').expect(201);
      expect(res.body).toMatchObject({ mediaType: 'image/png', fileName: 'giay-khen.pdf' });
      const download = await t.http().get(`/api/campaigns/${campaignId}/files/${res.body.id}`).set(bearer(viewer)).expect(200);
      expect(download.headers['content-type']).toBe('image/png');
      expect(download.headers['content-disposition']).toContain("filename*=UTF-8''giay-khen.pdf.png");
      await t.http().delete(`/api/campaigns/${campaignId}/files/${res.body.id}`).set(bearer(hr)).expect(204);
    });

    it('refuses an empty file (400) and one over the 20 MB upload limit (413), writing nothing', async () => {
      const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM attachments`)) as Array<{ n: number }>;
      expect((await upload(Buffer.alloc(0), 'rong.pdf').expect(400)).body).toMatchObject({ code: 'ATTACHMENT_EMPTY' });
      const big = await upload(Buffer.concat([pdfBytes(), Buffer.alloc(21 * MB, ' ')]), 'lon.pdf').expect(413);
      expect(big.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('20 MB') });
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM attachments`)).toEqual(before);
      await t.http().get('/health').expect(200);
    });

    it('downloads the bytes exactly, as an attachment named in Vietnamese, with their SHA-256', async () => {
      const bytes = pdfBytes('tải về');
      const created = (await upload(bytes, 'Quyết định phát động.pdf').expect(201)).body as Attachment;
      const res = await t
        .http()
        .get(`/api/campaigns/${campaignId}/files/${created.id}`)
        .set(bearer(viewer))
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(Buffer.compare(res.body as Buffer, bytes)).toBe(0);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="quyet-dinh-phat-dong\.pdf"; filename\*=UTF-8''Quy%E1%BA%BFt/u,
      );
      expect(res.headers['x-content-sha256']).toBe(created.sha256);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });

    it('only HR officers and admins upload and delete (403 for a viewer); a file of another campaign is a 404', async () => {
      await upload(pdfBytes(), 'x.pdf', viewer).expect(403);
      const [file] = (await t.http().get(`/api/campaigns/${campaignId}/files`).set(bearer(viewer)).expect(200)).body as Attachment[];
      await t.http().delete(`/api/campaigns/${campaignId}/files/${file.id}`).set(bearer(viewer)).expect(403);
      const other = await createCampaign(t);
      await t.http().get(`/api/campaigns/${other.id}/files/${file.id}`).set(bearer(viewer)).expect(404);
      await t.http().delete(`/api/campaigns/${other.id}/files/${file.id}`).set(bearer(hr)).expect(404);
      await t.http().get(`/api/campaigns/00000000-0000-4000-8000-000000000000/files`).set(bearer(viewer)).expect(404);
    });

    it('deletes: gone from the list and the download, the bytes erased, the record and its audit kept', async () => {
      const created = (await upload(docxBytes('xoá'), 'nhầm.docx').expect(201)).body as Attachment;
      await t.http().delete(`/api/campaigns/${campaignId}/files/${created.id}`).set(bearer(hr)).expect(204);
      const listed = (await t.http().get(`/api/campaigns/${campaignId}/files`).set(bearer(viewer)).expect(200)).body as Attachment[];
      expect(listed.map((file) => file.id)).not.toContain(created.id);
      await t.http().get(`/api/campaigns/${campaignId}/files/${created.id}`).set(bearer(viewer)).expect(404);
      await t.http().delete(`/api/campaigns/${campaignId}/files/${created.id}`).set(bearer(hr)).expect(404);
      const [stored] = (await t.dataSource.query(`SELECT content, deleted_at, sha256 FROM attachments WHERE id = $1`, [
        created.id,
      ])) as Array<{
        content: Buffer | null;
        deleted_at: Date | null;
        sha256: string;
      }>;
      expect(stored).toMatchObject({ content: null, sha256: created.sha256 });
      expect(stored.deleted_at).not.toBeNull();
      expect(await auditOf('attachments', created.id)).toMatchObject([
        { action: 'create', after: { fileName: 'nhầm.docx', campaignId } },
        { action: 'delete', before: { sha256: created.sha256, campaignId }, after: null },
      ]);
    });
  });
  describe('the pages (Vietnamese, CSRF, no script needed)', () => {
    it('an HR officer adds a campaign through the form; a date typed dd/mm/yyyy; a wrong field comes back beside it', async () => {
      const browser = await signInThroughForm(t, hrName, 'password-123');
      const form = await browser.get('/campaigns/new').expect(200);
      expect(form.text).toContain('Thêm phong trào thi đua');
      const fields = {
        _csrf: csrfFrom(form.text),
        name: 'Phong trào “Thư viện thân thiện” 2025',
        kind: 'thematic',
        year: '2025',
        startsOn: '01/03/2025',
        endsOn: '30/11/2025',
        issuerId,
        launchDocument: 'Kế hoạch số 12/KH-TV ngày 20/02/2025',
      };
      const refused = await browser
        .post('/campaigns')
        .type('form')
        .send(new URLSearchParams({ ...fields, year: '2024' }).toString())
        .expect(400);
      expect(refused.text).toContain('Năm 2024 không nằm trong thời gian của phong trào (2025–2025).');
      const saved = await browser.post('/campaigns').type('form').send(new URLSearchParams(fields).toString()).expect(303);
      const detail = await browser.get(saved.headers.location as string).expect(200);
      expect(detail.text).toContain('Đã thêm phong trào thi đua.');
      expect(detail.text).toContain('01/03/2025 – 30/11/2025');
      expect(detail.text).toContain('Theo chuyên đề');
      const list = await browser.get('/campaigns').query({ kind: 'thematic' }).expect(200);
      expect(list.text).toContain('Phong trào “Thư viện thân thiện” 2025');
      expect(list.text).toContain('aria-current="page"');
    });

    it('uploads a document on the campaign’s page, refuses a renamed one beside the file field, deletes it', async () => {
      const campaign = await createCampaign(t, { name: 'Phong trào trang tài liệu' });
      const browser = await signInThroughForm(t, hrName, 'password-123');
      const page = await browser.get(`/campaigns/${campaign.id}`).expect(200);
      const csrf = csrfFrom(page.text);
      const refused = await browser
        .post(`/campaigns/${campaign.id}/files`)
        .field('_csrf', csrf)
        .attach('file', Buffer.from('không phải PDF'), 'ke-hoach.pdf')
        .expect(415);
      expect(refused.text).toContain('không phải PDF, Word (.docx), ảnh PNG hay JPEG');
      const saved = await browser
        .post(`/campaigns/${campaign.id}/files`)
        .field('_csrf', csrf)
        .attach('file', pdfBytes('trang'), 'Kế hoạch.pdf')
        .expect(303);
      expect(saved.headers.location).toBe(`/campaigns/${campaign.id}?saved=file#documents`);
      const after = await browser.get((saved.headers.location as string).split('#')[0]).expect(200);
      expect(after.text).toContain('Đã tải lên tài liệu.');
      const [file] = (await t.dataSource.query(`SELECT id FROM attachments WHERE campaign_id = $1`, [campaign.id])) as Array<{
        id: string;
      }>;
      expect(after.text).toContain(`/campaigns/${campaign.id}/files/${file.id}`);
      await browser.get(`/campaigns/${campaign.id}/files/${file.id}`).expect(200).expect('content-type', 'application/pdf');
      const deleted = await browser
        .post(`/campaigns/${campaign.id}/files/${file.id}/delete`)
        .type('form')
        .send(new URLSearchParams({ _csrf: csrfFrom(after.text) }).toString())
        .expect(303);
      const gone = await browser.get((deleted.headers.location as string).split('#')[0]).expect(200);
      expect(gone.text).toContain('Đã xoá tài liệu.');
      expect(gone.text).not.toContain(`/campaigns/${campaign.id}/files/${file.id}`);
    });

    it('a viewer reads the campaign and its documents but has no forms, and the form pages are 403', async () => {
      const campaign = await createCampaign(t, { name: 'Phong trào người xem' });
      const browser = await signInThroughForm(t, viewerName, 'password-123');
      const page = await browser.get(`/campaigns/${campaign.id}`).expect(200);
      expect(page.text).toContain('Phong trào người xem');
      expect(page.text).not.toContain('enctype="multipart/form-data"');
      expect(page.text).not.toContain(`/campaigns/${campaign.id}/edit`);
      await browser.get('/campaigns/new').expect(403);
      await browser.get(`/campaigns/${campaign.id}/registrations/grid`).expect(403);
    });
  });
});
