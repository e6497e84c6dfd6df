import { createCampaign, docxBytes, insertNomination } from '../factories/campaigns.js';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { pdfBytes } from '../factories/revocations.js';
import { bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';

/** A nomination's evidence files (issue 10: `POST /api/nominations/:id/files`), open while it is a draft or returned. */
describe('nomination evidence files', () => {
  let t: TestApp;
  let unit: { id: string };
  let staffId: string;
  let hr: { id: string; token: string; username: string };
  let outsideHr: string;
  let viewer: string;
  let outsideViewer: string;

  const nomination = (state: string) =>
    insertNomination(t, { staffId, unitId: unit.id, proposedBy: hr.id, state, awardType: state === 'draft' ? 'LDTT' : 'CSTDCS' });
  const upload = (id: string, token = hr.token, file = pdfBytes('báo cáo thành tích'), name = 'Báo cáo thành tích.pdf') =>
    t.http().post(`/api/nominations/${id}/files`).set(bearer(token)).set(ENGLISH).attach('file', file, name);

  beforeAll(async () => {
    t = await createTestApp();
    unit = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc' });
    const elsewhere = await createUnit(t, { name: 'Phòng Tin học' });
    staffId = (await createStaff(t, { unitId: unit.id, fullName: 'Trần Thị Bình' })).id;
    hr = await createUserToken(t, ['hr_officer'], [unit.id]);
    outsideHr = (await createUserToken(t, ['hr_officer'], [elsewhere.id])).token;
    viewer = (await createUserToken(t, ['viewer'], [unit.id])).token;
    outsideViewer = (await createUserToken(t, ['viewer'], [elsewhere.id])).token;
  });
  afterAll(async () => {
    await t.close();
  });

  it('on a draft: the HR officer of the proposing unit uploads; whoever may read it lists and downloads', async () => {
    const id = await nomination('draft');
    const created = await upload(id).expect(201);
    expect(created.body).toMatchObject({ mediaType: 'application/pdf', fileName: 'Báo cáo thành tích.pdf' });
    await upload(id, hr.token, docxBytes(), 'Biên bản.docx').expect(201);
    const listed = await t.http().get(`/api/nominations/${id}/files`).set(bearer(viewer)).expect(200);
    expect((listed.body as Array<{ fileName: string }>).map((file) => file.fileName)).toEqual(['Báo cáo thành tích.pdf', 'Biên bản.docx']);
    const download = await t.http().get(`/api/nominations/${id}/files/${created.body.id}`).set(bearer(viewer)).expect(200);
    expect(download.headers['x-content-sha256']).toBe(created.body.sha256);
    const audit = (await t.dataSource.query(`SELECT action, after FROM audit_log WHERE entity = 'attachments' AND entity_id = $1`, [
      created.body.id,
    ])) as Array<{ action: string; after: { nominationId: string } }>;
    expect(audit).toMatchObject([{ action: 'create', after: { nominationId: id } }]);
  });

  it('refuses a viewer (403) and an HR officer of another unit (403) the upload; a reader outside the unit cannot list (403)', async () => {
    const id = await nomination('draft');
    await upload(id, viewer).expect(403);
    expect((await upload(id, outsideHr).expect(403)).body).toMatchObject({ code: 'OUT_OF_SCOPE' });
    await t.http().get(`/api/nominations/${id}/files`).set(bearer(outsideViewer)).expect(403);
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM attachments WHERE nomination_id = $1`, [id])) as Array<{
      n: number;
    }>;
    expect(n).toBe(0);
  });

  it('on a submitted nomination: no upload and no deletion (409 NOMINATION_FILES_CLOSED), the files still readable', async () => {
    const id = await nomination('draft');
    const file = (await upload(id).expect(201)).body as { id: string };
    await t.dataSource.query(`UPDATE nominations SET state = 'submitted' WHERE id = $1`, [id]);
    const refused = await upload(id).expect(409);
    expect(refused.body).toMatchObject({ code: 'NOMINATION_FILES_CLOSED' });
    expect(refused.body.message).toContain('submitted');
    await t.http().delete(`/api/nominations/${id}/files/${file.id}`).set(bearer(hr.token)).expect(409);
    await t.http().get(`/api/nominations/${id}/files/${file.id}`).set(bearer(viewer)).expect(200);
    // Returned to the proposer, it is open again.
    await t.dataSource.query(`UPDATE nominations SET state = 'returned' WHERE id = $1`, [id]);
    await t.http().delete(`/api/nominations/${id}/files/${file.id}`).set(bearer(hr.token)).expect(204);
    await upload(id).expect(201);
  });

  it('an unknown nomination is a 404; a file of another nomination is a 404', async () => {
    await upload('00000000-0000-4000-8000-000000000000').expect(404);
    const first = await nomination('draft');
    const file = (await upload(first).expect(201)).body as { id: string };
    const second = await insertNomination(t, { staffId, unitId: unit.id, proposedBy: hr.id, awardType: 'GIAY_KHEN' });
    await t.http().get(`/api/nominations/${second}/files/${file.id}`).set(bearer(viewer)).expect(404);
    await t.http().delete(`/api/nominations/${second}/files/${file.id}`).set(bearer(hr.token)).expect(404);
  });

  it('a nomination names a campaign that exists (the foreign key the campaigns bring)', async () => {
    const campaign = await createCampaign(t);
    await insertNomination(t, { staffId, unitId: unit.id, proposedBy: hr.id, campaignId: campaign.id, awardType: 'BANG_KHEN_TINH' });
    await expect(
      insertNomination(t, { staffId, unitId: unit.id, proposedBy: hr.id, campaignId: '00000000-0000-4000-8000-000000000000', year: 2024 }),
    ).rejects.toThrow(/nominations_campaign_fkey/u);
  });

  it('the pages: upload and delete with the session and its CSRF token, download', async () => {
    const id = await nomination('draft');
    const browser = await signInThroughForm(t, hr.username, 'password-123');
    const csrf = csrfFrom((await browser.get('/campaigns').expect(200)).text);
    const saved = await browser
      .post(`/nominations/${id}/files`)
      .field('_csrf', csrf)
      .attach('file', pdfBytes('trang'), 'Tờ trình.pdf')
      .expect(303);
    expect(saved.headers.location).toBe(`/nominations/${id}?saved=1#evidence`);
    const [file] = (await t.dataSource.query(`SELECT id FROM attachments WHERE nomination_id = $1`, [id])) as Array<{ id: string }>;
    const download = await browser.get(`/nominations/${id}/files/${file.id}`).expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    await browser.post(`/nominations/${id}/files/${file.id}/delete`).type('form').send('').expect(403);
    await browser
      .post(`/nominations/${id}/files/${file.id}/delete`)
      .type('form')
      .send(new URLSearchParams({ _csrf: csrf }).toString())
      .expect(303);
    const [{ n }] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM attachments WHERE nomination_id = $1 AND deleted_at IS NULL`,
      [id],
    )) as Array<{ n: number }>;
    expect(n).toBe(0);
  });
});
