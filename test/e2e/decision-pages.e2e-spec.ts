import { createHash } from 'node:crypto';
import { setRating } from '../factories/eligibility.js';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { insertDraft, insertStaff } from '../factories/decisions.js';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { createIssuedDecision, createIssuer, type IssuedDecision, issueLaterDecision, pdfBytes } from '../factories/revocations.js';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app.js';

/*
 * The decision page (issue 9, "Pages"): the wizard's steps, the document links, and on an issued
 * decision its number, what became of each line, the signed copy, the revocation, correction and
 * recovery forms, all without JavaScript and through the same services as the API.
 */
describe('the decision page: wizard, documents, signed copy, revocation, correction, recovery', () => {
  let t: TestApp;
  let issuer: { id: string; symbol: string };
  let library: { id: string };
  let museum: { id: string };
  let admin: Awaited<ReturnType<typeof signInThroughForm>>;
  let next = 300;

  beforeAll(async () => {
    t = await createTestApp();
    issuer = await createIssuer(t, { numberingMode: 'manual' });
    library = await createUnit(t, { name: 'Thư viện tỉnh', code: 'TVP' });
    museum = await createUnit(t, { name: 'Bảo tàng tỉnh', code: 'BTP' });
    admin = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
  });

  async function issued(names: string[] = ['Nguyễn Thị Hoa', 'Lê Văn Minh']): Promise<IssuedDecision> {
    const staff = [];
    for (const fullName of names) {
      staff.push({ ...(await createStaff(t, { unitId: library.id, fullName })), fullName });
    }
    return createIssuedDecision(t, { issuerId: issuer.id, symbol: issuer.symbol, number: next++, signedOn: '2026-01-05', staff });
  }

  const form = (agent: typeof admin, address: string, token: string, fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams({ _csrf: token });
    for (const [name, value] of Object.entries(fields)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        body.append(name, item);
      }
    }
    return agent.post(address).type('form').send(body.toString());
  };

  const revocationFields = (overrides: Record<string, string | string[]> = {}) => ({
    issuerId: issuer.id,
    'revoke.reason': 'Hồ sơ đề nghị khen thưởng không trung thực',
    'revoke.signer.prefix': 'KT.',
    'revoke.signer.title': 'Phó Giám đốc',
    'revoke.signer.name': 'Trần Văn Bình',
    'revoke.signedOn': '10/02/2026',
    ...overrides,
  });

  it('shows a draft with the wizard at "add people", then at "preview" with the preview and download links', async () => {
    const empty = await insertDraft(t.dataSource, { issuerId: issuer.id, staffIds: [] });
    const emptyPage = await admin.get(`/decisions/${empty.id}`).expect(200);
    expect(emptyPage.text).toMatch(
      /<li class="step-current" aria-current="step">\s*<span class="step-mark" aria-hidden="true">2<\/span>\s*<a href="\/decisions\/[^"]+#add">Thêm người<\/a>/u,
    );
    expect(emptyPage.text).not.toContain('id="documents"');

    const draft = await insertDraft(t.dataSource, { issuerId: issuer.id, staffIds: await insertStaff(t.dataSource, library.id, 3) });
    const page = await admin.get(`/decisions/${draft.id}`).expect(200);
    expect(page.text).toMatch(
      /<li class="step-current" aria-current="step">\s*<span class="step-mark" aria-hidden="true">3<\/span>\s*<a href="\/decisions\/[^"]+\/document\.html">Xem trước<\/a>/u,
    );
    expect(page.text).toContain(`href="/decisions/${draft.id}/document.docx"`);
    expect(page.text).toContain(`href="/decisions/${draft.id}/document.pdf"`);
    expect(page.text).toContain(`href="/decisions/${draft.id}/list.html"`);
    // The links open for the signed-in user (the page routes take the session cookie).
    expect((await admin.get(`/decisions/${draft.id}/document.html`).expect(200)).text).toContain('DỰ THẢO');
    expect(page.text).toContain('Bản xem trước để trống số và ghi “DỰ THẢO”.');
    expect(page.text).toContain(`href="/decisions/${draft.id}/issue"`);
    // Nothing of an issued decision's forms on a draft.
    expect(page.text).not.toContain('id="revoke"');
    expect(page.text).not.toContain('id="signed-copy"');
  });

  it('adds people to a draft by ticking them in the eligible list (with a search) or from a CSV of codes', async () => {
    const unit = await createUnit(t, { name: 'Đoàn Nghệ thuật', code: 'DNT' });
    const people = [];
    for (const fullName of ['Bùi Thị Duyên', 'Cao Văn Đạt', 'Đinh Thị Gấm']) {
      const person = await createStaff(t, { unitId: unit.id, fullName });
      await setRating(t, 'staff', person.id, 2025, 'good');
      people.push(person);
    }
    const draft = await insertDraft(t.dataSource, { issuerId: issuer.id, staffIds: [] });
    const page = await admin.get(`/decisions/${draft.id}?q=${encodeURIComponent('cao văn')}`).expect(200);
    expect(page.text).toContain(`name="staffIds" value="${people[1].id}"`);
    expect(page.text).not.toContain(`name="staffIds" value="${people[0].id}"`);
    const token = csrfFrom(page.text);

    const none = await form(admin, `/decisions/${draft.id}/lines/picked`, token, {}).expect(400);
    expect(none.text).toContain('id="picked.staffIds-error"');
    await form(admin, `/decisions/${draft.id}/lines/picked`, token, { staffIds: [people[1].id, people[2].id] })
      .expect(303)
      .expect('Location', `/decisions/${draft.id}?saved=1`);
    const after = await admin.get(`/decisions/${draft.id}`).expect(200);
    // Those added are no longer offered.
    expect(after.text).toContain(`name="staffIds" value="${people[0].id}"`);
    expect(after.text).not.toContain(`name="staffIds" value="${people[1].id}"`);

    await admin
      .post(`/decisions/${draft.id}/lines/file`)
      .field('_csrf', token)
      .attach('file', Buffer.from(`Mã\n${people[0].code}\n`, 'utf8'), 'ma-can-bo.csv')
      .expect(303);
    const again = await admin
      .post(`/decisions/${draft.id}/lines/file`)
      .field('_csrf', token)
      .attach('file', Buffer.from(`Mã\n${people[0].code}\n`, 'utf8'), 'ma-can-bo.csv')
      .expect(409);
    expect(again.text).toMatch(/<p class="field-error" id="linesFile\._form-error">[^<]+<\/p>/u);
    const lines = (await t.dataSource.query(`SELECT full_name FROM decision_lines WHERE decision_id = $1 ORDER BY full_name`, [
      draft.id,
    ])) as unknown[];
    expect(lines).toEqual([{ full_name: 'Bùi Thị Duyên' }, { full_name: 'Cao Văn Đạt' }, { full_name: 'Đinh Thị Gấm' }]);
  });

  it('shows an issued decision with its number and date; uploads the signed copy, shows its sha256 and serves it back', async () => {
    const original = await issued();
    const page = await admin.get(`/decisions/${original.id}`).expect(200);
    expect(page.text).toContain(`<strong data-decision-number>${next - 1}/QĐ-${issuer.symbol}</strong>`);
    expect(page.text).toContain('05/01/2026');
    expect(page.text).toMatch(
      /<li class="step-current" aria-current="step">\s*<span class="step-mark" aria-hidden="true">5<\/span>\s*<a href="\/decisions\/[^"]+#documents">Tải về<\/a>/u,
    );
    expect(page.text).toContain('Chưa tải lên bản đã ký.');

    const token = csrfFrom(page.text);
    const notPdf = await admin
      .post(`/decisions/${original.id}/signed-copy`)
      .field('_csrf', token)
      .attach('file', Buffer.from('PK\u0003\u0004 a Word file'), 'quyet-dinh.docx')
      .expect(415);
    expect(notPdf.text).toMatch(/<p class="field-error" id="copy\.file-error">[^<]*PDF[^<]*<\/p>/u);
    expect(notPdf.text).toContain('aria-invalid="true"');

    // A multipart form without its token is refused before the file is read.
    await admin.post(`/decisions/${original.id}/signed-copy`).attach('file', pdfBytes(), 'ky-so.pdf').expect(403);

    const bytes = pdfBytes('ký số');
    await admin
      .post(`/decisions/${original.id}/signed-copy`)
      .field('_csrf', token)
      .attach('file', bytes, 'ky-so.pdf')
      .expect(303)
      .expect('Location', `/decisions/${original.id}?saved=1#signed-copy`);
    const after = await admin.get(`/decisions/${original.id}?saved=1`).expect(200);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(after.text).toContain(`<code data-sha256>${sha256}</code>`);
    const download = await admin
      .get(`/decisions/${original.id}/signed-copy`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200)
      .expect('Content-Type', 'application/pdf')
      .expect('X-Content-SHA256', sha256);
    expect(Buffer.compare(download.body as Buffer, bytes)).toBe(0);
  });

  it('drafts a revocation of one chosen line; once issued the original shows the line revoked with the link, then records a recovery', async () => {
    const original = await issued(['Phạm Thu Trang', 'Đỗ Quang Huy']);
    const page = await admin.get(`/decisions/${original.id}`).expect(200);
    const token = csrfFrom(page.text);
    expect(page.text).toContain(`name="revoke.lineIds" value="${original.lines[0].id}"`);

    const refused = await form(admin, `/decisions/${original.id}/revocations`, token, revocationFields({ 'revoke.reason': '' })).expect(
      400,
    );
    expect(refused.text).toMatch(/<p class="field-error" id="revoke\.reason-error">[^<]+<\/p>/u);
    expect(refused.text).toContain('aria-describedby="revoke.reason-error"');
    expect(refused.text).toContain('Vui lòng sửa các lỗi được đánh dấu bên dưới.');
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM decisions WHERE original_id = $1`, [original.id]);
    expect(before).toEqual([{ n: 0 }]);

    const created = await form(
      admin,
      `/decisions/${original.id}/revocations`,
      token,
      revocationFields({ 'revoke.lineIds': [original.lines[0].id] }),
    ).expect(303);
    const draftAddress = created.headers.location as string;
    expect(draftAddress).toMatch(/^\/decisions\/[0-9a-f-]{36}\?saved=1$/u);
    const draftId = draftAddress.slice('/decisions/'.length, '/decisions/'.length + 36);
    const rows = (await t.dataSource.query(
      `SELECT d.kind, d.planned_sign_on::text AS planned, d.signer_prefix, l.original_line_id FROM decisions d JOIN decision_lines l ON l.decision_id = d.id WHERE d.id = $1`,
      [draftId],
    )) as Array<Record<string, unknown>>;
    expect(rows).toEqual([{ kind: 'revocation', planned: '2026-02-10', signer_prefix: 'KT.', original_line_id: original.lines[0].id }]);
    const draftPage = await admin.get(draftAddress).expect(200);
    expect(draftPage.text).toContain(`href="/decisions/${original.id}"`);
    expect(draftPage.text).toContain('Quyết định được thu hồi');

    await issueLaterDecision(t, draftId, 3, '2026-02-10');
    const revoked = await admin.get(`/decisions/${original.id}`).expect(200);
    expect(revoked.text).toContain('<tr class="revoked">');
    expect(revoked.text).toContain(`Phạm Thu Trang <span class="tag">Đã thu hồi</span>`);
    expect(revoked.text).toContain(`<a href="/decisions/${draftId}">Xem Quyết định số 03/QĐ-${issuer.symbol}</a>`);
    // The revoked line is no longer offered for revocation; it is offered for a recovery.
    expect(revoked.text).not.toContain(`name="revoke.lineIds" value="${original.lines[0].id}"`);
    expect(revoked.text).toContain(`<option value="${original.lines[0].id}">1. Phạm Thu Trang</option>`);

    const recoveryFields = {
      'recover.lineId': original.lines[0].id,
      'recover.recoveredOn': '01/02/2026',
      'recover.moneyRecovered': '1',
      'recover.note': 'Đã nộp lại tiền thưởng',
    };
    const early = await form(admin, `/decisions/${original.id}/recoveries`, token, recoveryFields).expect(400);
    expect(early.text).toContain('<p class="field-error" id="recover.recoveredOn-error">Không thể trước ngày');
    await form(admin, `/decisions/${original.id}/recoveries`, token, { ...recoveryFields, 'recover.recoveredOn': '15/02/2026' })
      .expect(303)
      .expect('Location', `/decisions/${original.id}?saved=1#recover`);
    const recorded = (await t.dataSource.query(
      `SELECT recovered_on::text AS "on", money_recovered AS money, certificate_recovered AS certificate, note FROM decision_line_recoveries WHERE line_id = $1`,
      [original.lines[0].id],
    )) as Array<Record<string, unknown>>;
    expect(recorded).toEqual([{ on: '2026-02-15', money: true, certificate: false, note: 'Đã nộp lại tiền thưởng' }]);

    // The staff profile lists the person's decisions: the original (revoked) and the revocation, with links.
    const profile = await admin.get(`/staff/${original.lines[0].staffId}/history`).expect(200);
    const section = profile.text.slice(profile.text.indexOf('id="decisions"'));
    expect(section).toContain(`<a href="/decisions/${original.id}">${next - 1}/QĐ-${issuer.symbol}</a>`);
    expect(section).toContain(`<a href="/decisions/${draftId}">03/QĐ-${issuer.symbol}</a>`);
    expect(section).toMatch(/Đã ban hành <span class="tag">Đã thu hồi<\/span>/u);
    const other = await admin.get(`/staff/${original.lines[1].staffId}/history`).expect(200);
    expect(other.text.slice(other.text.indexOf('id="decisions"'))).not.toContain('Đã thu hồi');
  });

  it('drafts a correction of a misspelt name; a correction changing nothing is refused beside the line', async () => {
    const original = await issued(['Nguyễn Văn Tuấn']);
    const page = await admin.get(`/decisions/${original.id}`).expect(200);
    const token = csrfFrom(page.text);
    const fields = {
      issuerId: issuer.id,
      'correct.lineId': original.lines[0].id,
      'correct.reason': 'Viết sai họ tên',
      'correct.signer.prefix': '',
      'correct.signer.title': 'Giám đốc',
      'correct.signer.name': 'Nguyễn Văn Hùng',
    };
    const nothing = await form(admin, `/decisions/${original.id}/corrections`, token, fields).expect(400);
    expect(nothing.text).toContain(
      '<p class="field-error" id="correct.lineId-error">Cần ghi ít nhất một nội dung đính chính (họ tên, chức vụ hoặc đơn vị) khác với quyết định gốc.</p>',
    );
    const created = await form(admin, `/decisions/${original.id}/corrections`, token, {
      ...fields,
      'correct.fullName': 'Nguyễn Văn Tuân',
    }).expect(303);
    const draftId = (created.headers.location as string).slice('/decisions/'.length, '/decisions/'.length + 36);
    const lines = (await t.dataSource.query(`SELECT full_name, original_line_id FROM decision_lines WHERE decision_id = $1`, [
      draftId,
    ])) as unknown[];
    expect(lines).toEqual([{ full_name: 'Nguyễn Văn Tuân', original_line_id: original.lines[0].id }]);
  });

  it('refuses an officer out of scope (403, in Vietnamese, nothing written) and a viewer (no forms shown, 403 on post)', async () => {
    const original = await issued(['Hoàng Minh Châu']);
    const outsider = await createUserToken(t, ['hr_officer'], [museum.id]);
    const browser = await signInThroughForm(t, outsider.username, 'password-123');
    const page = await browser.get(`/decisions/${original.id}`).expect(200);
    const refused = await form(browser, `/decisions/${original.id}/revocations`, csrfFrom(page.text), revocationFields()).expect(403);
    expect(refused.text).toContain('id="revoke._form-error"');
    expect(refused.text).toMatch(/<p class="field-error" id="revoke\._form-error">[^<]*phạm vi[^<]*<\/p>/u);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM decisions WHERE original_id = $1`, [original.id])).toEqual([{ n: 0 }]);
    // Not assigned to the issuer: no upload form.
    expect(page.text).not.toContain(`action="/decisions/${original.id}/signed-copy"`);

    const viewer = await createUserToken(t, ['viewer'], [library.id]);
    const viewing = await signInThroughForm(t, viewer.username, 'password-123');
    const seen = await viewing.get(`/decisions/${original.id}`).expect(200);
    expect(seen.text).not.toContain('id="revoke"');
    await form(viewing, `/decisions/${original.id}/revocations`, csrfFrom(seen.text), revocationFields()).expect(403);
  });

  it('refuses a form without its CSRF token', async () => {
    const original = await issued(['Vũ Thị Lan']);
    await admin
      .post(`/decisions/${original.id}/revocations`)
      .type('form')
      .send(new URLSearchParams(revocationFields()).toString())
      .expect(403);
  });
});
