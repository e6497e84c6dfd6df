import { jest } from '@jest/globals';
import { NominationSettings } from '../../src/nominations/index.js';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { setRating } from '../factories/eligibility.js';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';

interface Person {
  id: string;
  username: string;
  token: string;
}

/**
 * The nomination pages of issue 10 ("Pages"): the form with the live eligibility panel and the
 * quota counter, the detail with its actions at the version shown, the list's filters and "everyone
 * eligible", the manager's review queue (one comment, all or nothing), CSRF, roles.
 */
describe('nomination pages', () => {
  let t: TestApp;
  let unit: { id: string; name: string };
  let hr: Person;
  let manager: Person;
  let viewer: Person;

  const form = (agent: ReturnType<TestApp['http']>, path: string, fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) {
      for (const each of Array.isArray(value) ? value : [value]) {
        body.append(key, each);
      }
    }
    return agent.post(path).type('form').send(body.toString());
  };
  const person = async (fullName: string, rating = true): Promise<string> => {
    const staff = await createStaff(t, { unitId: unit.id, fullName });
    if (rating) {
      await setRating(t, 'staff', staff.id, 2025, 'good');
    }
    return staff.id;
  };
  const draft = async (staffId: string) =>
    (
      await t
        .http()
        .post('/api/nominations')
        .set(bearer(hr.token))
        .send({ year: 2025, awardType: 'LDTT', staffId, achievements: 'Hoàn thành tốt nhiệm vụ' })
        .expect(201)
    ).body as { id: string; version: number };
  const submitted = async (staffId: string) => {
    const created = await draft(staffId);
    await t.http().post(`/api/nominations/${created.id}/submit`).set(bearer(hr.token)).send({ version: 1 }).expect(200);
    return { id: created.id, version: 2 };
  };
  const stateOf = async (id: string): Promise<string> =>
    ((await t.dataSource.query(`SELECT state FROM nominations WHERE id = $1`, [id])) as Array<{ state: string }>)[0].state;

  beforeAll(async () => {
    t = await createTestApp();
    unit = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc' });
    hr = await createUserToken(t, ['hr_officer'], [unit.id]);
    manager = await createUserToken(t, ['manager'], [unit.id]);
    viewer = await createUserToken(t, ['viewer'], [unit.id]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('the form: finds a person, shows the live eligibility panel and the quota counter, saves a draft and submits (CSRF, no script)', async () => {
    const staffId = await person('Trần Thị Bình');
    const browser = await signInThroughForm(t, hr.username, 'password-123');
    const search = await browser.get('/nominations/new?kind=staff&q=tran thi binh').expect(200);
    expect(search.text).toContain(`<option value="${staffId}"`);
    const spy = jest.spyOn(t.app.get(NominationSettings), 'quotaSettingsOn').mockResolvedValue({
      LDTT: { value: { kind: 'allotted', perUnit: { [unit.id]: 3 } }, verified: false, source: 'Thiết lập thử' },
    });
    try {
      const picked = await browser.get(`/nominations/new?kind=staff&staffId=${staffId}&awardType=LDTT&year=2025`).expect(200);
      // The panel of the eligibility feature (its partial), and "LĐTT: 0 trên tối đa 3 của Phòng …" marked unverified.
      expect(picked.text).toContain('class="responsive criteria"');
      expect(picked.text).toMatch(/0 trên tối đa 3 của Phòng Phục vụ bạn đọc/u);
      expect(picked.text).toContain('chưa xác minh');
      expect(picked.text).toContain(`name="staffId" value="${staffId}"`);

      // Without a token: refused, nothing written.
      await form(browser, '/nominations', { staffId, awardType: 'LDTT', year: '2025', achievements: 'x', intent: 'save' }).expect(403);
      // An empty achievements field comes back beside the field, 400.
      const empty = await form(browser, '/nominations', {
        _csrf: csrfFrom(picked.text),
        staffId,
        awardType: 'LDTT',
        year: '2025',
        achievements: '',
        intent: 'save',
      }).expect(400);
      expect(empty.text).toContain('id="achievements"');
      expect(
        Number(
          (
            (await t.dataSource.query(`SELECT count(*)::int AS n FROM nominations WHERE staff_id = $1`, [staffId])) as Array<{ n: number }>
          )[0].n,
        ),
      ).toBe(0);

      const saved = await form(browser, '/nominations', {
        _csrf: csrfFrom(picked.text),
        staffId,
        awardType: 'LDTT',
        year: '2025',
        achievements: 'Hoàn thành tốt nhiệm vụ năm 2025',
        intent: 'submit',
      }).expect(303);
      const location = String(saved.headers.location);
      expect(location).toMatch(/^\/nominations\/[0-9a-f-]{36}\?submit=submitted&saved=created$/u);
      const id = location.slice('/nominations/'.length, location.indexOf('?'));
      expect(await stateOf(id)).toBe('submitted');
      const detail = await browser.get(location).expect(200);
      expect(detail.text).toContain('Đã trình đề nghị lên lãnh đạo đơn vị.');
      expect(detail.text).toContain('Đã trình');
      // The eligibility stored at submit beside the live one; the log names the step.
      expect(detail.text).toContain('Lúc trình');
      expect(detail.text).toContain('Hiện nay');
      expect(detail.text).toContain('Dự thảo');
      // The officer may withdraw (with a reason field), not approve.
      expect(detail.text).toContain('value="withdraw"');
      expect(detail.text).not.toContain('value="approve"');
      // The evidence files: none yet, and closed to changes once submitted.
      expect(detail.text).toContain('id="evidence"');
      expect(detail.text).toContain('Chưa có tài liệu minh chứng nào.');
      expect(detail.text).toContain('Chỉ thêm hoặc xoá tài liệu khi đề nghị đang là dự thảo hoặc bị trả lại.');
    } finally {
      spy.mockRestore();
    }
  });

  it('the detail: a viewer sees no action buttons; a stale version gives the Vietnamese 409 on the page; a manager returns with a reason', async () => {
    const nomination = await submitted(await person('Lê Văn Cường'));
    const reader = await signInThroughForm(t, viewer.username, 'password-123');
    const seen = await reader.get(`/nominations/${nomination.id}`).expect(200);
    expect(seen.text).toContain('Lê Văn Cường');
    expect(seen.text).not.toContain('/transition');
    expect(seen.text).toContain('Bạn không có thao tác nào');

    const boss = await signInThroughForm(t, manager.username, 'password-123');
    const page = await boss.get(`/nominations/${nomination.id}`).expect(200);
    expect(page.text).toContain('value="approve"');
    expect(page.text).toContain('value="return"');
    const stale = await form(boss, `/nominations/${nomination.id}/transition`, {
      _csrf: csrfFrom(page.text),
      action: 'approve',
      version: '1',
    }).expect(409);
    expect(stale.text).toContain('Đề nghị đã được người khác thay đổi trong lúc bạn đang xem (phiên bản 1, hiện là 2)');
    const noReason = await form(boss, `/nominations/${nomination.id}/transition`, {
      _csrf: csrfFrom(page.text),
      action: 'return',
      version: '2',
      reason: '',
    }).expect(422);
    expect(noReason.text).toContain('Cần ghi lý do để trả lại đề nghị.');
    await form(boss, `/nominations/${nomination.id}/transition`, {
      _csrf: csrfFrom(page.text),
      action: 'return',
      version: '2',
      reason: 'Bổ sung minh chứng',
    })
      .expect(303)
      .expect('Location', `/nominations/${nomination.id}?saved=moved#actions`);
    expect(await stateOf(nomination.id)).toBe('returned');
    const after = await boss.get(`/nominations/${nomination.id}`).expect(200);
    expect(after.text).toContain('Bổ sung minh chứng');
    expect(after.text).toContain('Trả lại để sửa');

    // The officer edits the returned nomination and submits it again from the edit form.
    const officer = await signInThroughForm(t, hr.username, 'password-123');
    const edit = await officer.get(`/nominations/${nomination.id}/edit`).expect(200);
    expect(edit.text).toContain('Hoàn thành tốt nhiệm vụ');
    await form(officer, `/nominations/${nomination.id}/edit`, {
      _csrf: csrfFrom(edit.text),
      version: '3',
      awardType: 'LDTT',
      year: '2025',
      achievements: 'Đã bổ sung minh chứng',
      intent: 'submit',
    })
      .expect(303)
      .expect('Location', `/nominations/${nomination.id}?submit=submitted&saved=updated`);
    expect(await stateOf(nomination.id)).toBe('submitted');
  });

  it('the review queue: bulk approve, bulk return needs the comment, a refusal names the nomination and changes nothing', async () => {
    const [a, b] = [await submitted(await person('Phạm Thị Dung')), await submitted(await person('Đỗ Văn Em'))];
    const boss = await signInThroughForm(t, manager.username, 'password-123');
    const queue = await boss.get('/nominations/review').expect(200);
    expect(queue.text).toContain(`value="${a.id}:${a.version}"`);
    expect(queue.text).toContain(`value="${b.id}:${b.version}"`);
    const csrf = csrfFrom(queue.text);
    await form(boss, '/nominations/review', { items: [`${a.id}:2`], action: 'approve' }).expect(403);

    const noReason = await form(boss, '/nominations/review', {
      _csrf: csrf,
      items: [`${a.id}:2`, `${b.id}:2`],
      action: 'return',
      reason: '',
    }).expect(422);
    expect(noReason.text).toContain('Cần ghi lý do để trả lại đề nghị.');
    expect(noReason.text).toMatch(/Đề nghị “(Phạm Thị Dung|Đỗ Văn Em)”/u);
    // A stale version of one: nothing moves (all or nothing), and the page names it.
    const stale = await form(boss, '/nominations/review', { _csrf: csrf, items: [`${a.id}:2`, `${b.id}:1`], action: 'approve' }).expect(
      409,
    );
    expect(stale.text).toContain('Đề nghị “Đỗ Văn Em”');
    expect([await stateOf(a.id), await stateOf(b.id)]).toEqual(['submitted', 'submitted']);
    const none = await form(boss, '/nominations/review', { _csrf: csrf, action: 'approve' }).expect(400);
    expect(none.text).toContain('Chọn ít nhất một đề nghị.');

    await form(boss, '/nominations/review', { _csrf: csrf, items: [`${a.id}:2`, `${b.id}:2`], action: 'approve', reason: 'Đồng ý' })
      .expect(303)
      .expect('Location', '/nominations/review?saved=reviewed');
    expect([await stateOf(a.id), await stateOf(b.id)]).toEqual(['approved', 'approved']);

    // An HR officer has no queue; a viewer neither.
    const officer = await signInThroughForm(t, hr.username, 'password-123');
    await officer.get('/nominations/review').expect(403);
  });

  it('the review queue shows the quota where it bites, and the hard stop at approval with the numbers', async () => {
    const c = await submitted(await person('Vũ Thị Giang'));
    const spy = jest.spyOn(t.app.get(NominationSettings), 'quotaSettingsOn').mockResolvedValue({
      LDTT: { value: { kind: 'allotted', perUnit: { [unit.id]: 2 } }, verified: false, source: 'Thiết lập thử' },
    });
    try {
      const boss = await signInThroughForm(t, manager.username, 'password-123');
      const queue = await boss.get('/nominations/review').expect(200);
      // Two approved in the test before: at the limit.
      expect(queue.text).toMatch(/Lao động tiên tiến: \d+ trên tối đa 2 của Phòng Phục vụ bạn đọc/u);
      expect(queue.text).toContain('Đã đủ chỉ tiêu');
      const stop = await form(boss, '/nominations/review', { _csrf: csrfFrom(queue.text), items: [`${c.id}:2`], action: 'approve' }).expect(
        409,
      );
      expect(stop.text).toMatch(/trên tối đa 2 của Phòng Phục vụ bạn đọc/u);
      expect(await stateOf(c.id)).toBe('submitted');
    } finally {
      spy.mockRestore();
    }
  });

  it('the list: filters by state, unit, award and year (GET form), state badges in Vietnamese; "everyone eligible" all or nothing with the counts', async () => {
    const browser = await signInThroughForm(t, hr.username, 'password-123');
    const approved = await browser.get('/nominations?state=approved').expect(200);
    expect(approved.text).toContain('Phạm Thị Dung');
    expect(approved.text).not.toContain('Vũ Thị Giang');
    expect(approved.text).toContain('Lãnh đạo đơn vị đã duyệt');
    const otherYear = await browser.get(`/nominations?unitId=${unit.id}&awardType=LDTT&year=2019`).expect(200);
    expect(otherYear.text).toContain('Không có đề nghị nào khớp bộ lọc.');
    // A hand-edited filter keeps the page (the value is dropped).
    await browser.get('/nominations?state=nonsense&year=abc').expect(200);

    const eligible = await person('Ngô Thị Hạnh');
    const list = await browser.get('/nominations').expect(200);
    expect(list.text).toContain('Đề nghị tất cả người đủ điều kiện trong đơn vị');
    await form(browser, '/nominations/bulk', { _csrf: csrfFrom(list.text), awardType: 'LDTT', year: '2025', unitId: unit.id })
      .expect(303)
      .expect('Location', /^\/nominations\?created=1&nominated=\d+&awarded=0&notEligible=\d+&saved=bulk$/u);
    expect(
      ((await t.dataSource.query(`SELECT state FROM nominations WHERE staff_id = $1`, [eligible])) as Array<{ state: string }>).map(
        (r) => r.state,
      ),
    ).toEqual(['draft']);
    const done = await browser.get('/nominations?created=1&nominated=6&awarded=0&notEligible=0&saved=bulk').expect(200);
    expect(done.text).toContain('Đã lập 1 dự thảo đề nghị; bỏ qua 6 người đã được đề nghị');

    const reader = await signInThroughForm(t, viewer.username, 'password-123');
    const seen = await reader.get('/nominations').expect(200);
    expect(seen.text).not.toContain('/nominations/bulk');
    expect(seen.text).not.toContain('href="/nominations/new"');
    await form(reader, '/nominations/bulk', { _csrf: csrfFrom(seen.text), awardType: 'LDTT', year: '2025', unitId: unit.id }).expect(403);
  });
});
