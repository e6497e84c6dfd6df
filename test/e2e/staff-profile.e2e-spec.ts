import type request from 'supertest';
import { recordAward } from '../factories/eligibility.js';
import { createStaff, createUnit } from '../factories/index.js';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { roundYearOn } from '../../src/kernel/index.js';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app.js';

/** The profile page (`/staff/:id/history`) and its entry forms, as a browser without script uses them. */
describe('staff profile page', () => {
  let t: TestApp;
  let admin: request.Agent;
  let unit: { id: string };

  /** Posts an entry form with the token of the profile page it sits on. */
  const post = async (staffId: string, action: string, fields: Record<string, string>): Promise<request.Response> => {
    const page = await admin.get(`/staff/${staffId}/history`).expect(200);
    return admin
      .post(`/staff/${staffId}/history/${action}`)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), ...fields });
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
    unit = await createUnit(t, { name: 'Thư viện tỉnh', code: 'TV-PROFILE' });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  }, 60_000);

  it('records an award typed in the form (the year as text, no basis chosen) and comes back to its year with a message', async () => {
    const person = await createStaff(t, { unitId: unit.id, fullName: 'Hoàng Thị Mơ' });
    const res = await post(person.id, 'awards', {
      awardType: 'LDTT',
      year: '2024',
      basis: '',
      decisionNumber: '',
      decisionDate: '',
      issuerName: '',
    });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/staff/${person.id}/history?year=2024&saved=award#form-award`);
    expect(
      await t.dataSource.query(`SELECT year, basis, decision_number AS "decisionNumber" FROM award_records WHERE staff_id = $1`, [
        person.id,
      ]),
    ).toEqual([{ year: 2024, basis: 'regular', decisionNumber: null }]);
    expect((await admin.get(res.headers.location as string).expect(200)).text).toContain('Đã ghi khen thưởng.');
  });

  it('refuses an initiative without a title beside the field (400), its form open and as typed; nothing written', async () => {
    const person = await createStaff(t, { unitId: unit.id, fullName: 'Trịnh Văn Sáng' });
    const res = await post(person.id, 'initiatives', { year: '2024', title: '', level: 'provincial', kind: '' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('<p class="field-error" id="initiative-title-error">Không được để trống.</p>');
    expect(res.text).toMatch(/<details class="entry-form" id="form-initiative" open>/u);
    expect(res.text).toContain('Vui lòng sửa các lỗi được đánh dấu bên dưới.');
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM initiatives WHERE staff_id = $1', [person.id])).toEqual([{ n: 0 }]);
    const saved = await post(person.id, 'initiatives', { year: '2024', title: 'Số hoá địa chí', level: 'provincial', kind: '' });
    expect(saved.status).toBe(303);
    expect(await t.dataSource.query('SELECT year, kind FROM initiatives WHERE staff_id = $1', [person.id])).toEqual([
      { year: 2024, kind: 'initiative' },
    ]);
  });

  it('revokes this person’s award from the page, and finds no other person’s award there (404)', async () => {
    const person = await createStaff(t, { unitId: unit.id, fullName: 'Đinh Thị Thu' });
    const other = await createStaff(t, { unitId: unit.id, fullName: 'Lý Văn Khác' });
    const own = await recordAward(t, { awardType: 'LDTT', staffId: person.id, year: 2023 });
    const theirs = await recordAward(t, { awardType: 'LDTT', staffId: other.id, year: 2023 });
    const elsewhere = await post(person.id, `awards/${theirs.id}/revoke`, { reason: 'Nhầm người' });
    expect(elsewhere.status).toBe(404);
    expect(await t.dataSource.query('SELECT revoked_at FROM award_records WHERE id = $1', [theirs.id])).toEqual([{ revoked_at: null }]);
    const res = await post(person.id, `awards/${own.id}/revoke`, { reason: 'Quyết định 5/QĐ-SVHTTDL' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/staff/${person.id}/history?year=2023&saved=revoke#timeline-title`);
    expect(await t.dataSource.query('SELECT revoked_reason AS reason FROM award_records WHERE id = $1', [own.id])).toEqual([
      { reason: 'Quyết định 5/QĐ-SVHTTDL' },
    ]);
    const page = await admin.get(res.headers.location as string).expect(200);
    expect(page.text).toContain('Đã thu hồi khen thưởng; bản ghi được giữ lại và không còn được tính.');
    expect(page.text).toContain('Đã thu hồi: Quyết định 5/QĐ-SVHTTDL');
  });

  it('reads the panel’s question from the address; a value that does not pass takes its default', async () => {
    const person = await createStaff(t, { unitId: unit.id, fullName: 'Vương Thị Hỏi' });
    // The round being prepared: this year from 1 October, the previous one before.
    const roundYear = roundYearOn(new Date());
    const chosen = await admin.get(`/staff/${person.id}/history?year=2024&awardType=CSTDCS&saved=nothing`).expect(200);
    expect(chosen.text).toContain(
      '<input id="panel-year" name="year" type="number" inputmode="numeric" min="1990" max="2100" value="2024">',
    );
    expect(chosen.text).toContain('<option value="CSTDCS" selected>');
    expect(chosen.text).not.toContain('class="flash"');
    const edited = await admin.get(`/staff/${person.id}/history?year=abc&awardType=CSTDCS`).expect(200);
    expect(edited.text).toContain(`value="${roundYear}">`);
    expect(edited.text).toContain('<option value="CSTDCS" selected>');
    const unknown = await admin.get(`/staff/${person.id}/history?year=2024&awardType=NOPE`).expect(200);
    expect(unknown.text).toContain('<option value="LDTT" selected>');
  });

  it('history import pages: an unknown kind shows the awards, and is refused (400) for an upload', async () => {
    const form = await admin.get('/history/import?kind=bogus').expect(200);
    expect(form.text).toContain('href="/history/import/template.csv?kind=awards"');
    expect((await admin.get('/history/import/template.csv?kind=bogus').expect(200)).headers['content-disposition']).toContain(
      'mau-nhap-awards.csv',
    );
    await admin
      .post('/history/import?kind=bogus')
      .field('_csrf', csrfFrom(form.text))
      .attach('file', Buffer.from('Mã cán bộ,Năm,Xếp loại\r\n'), 'x.csv')
      .expect(400);
  });
});
