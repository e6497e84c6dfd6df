import { ANNOUNCED_DAYS, ANNOUNCED_YEARS, addWorkingDays, workingCalendar } from '../../src/law/index.js';
import type { AuthUser, Role } from '../../src/kernel/index.js';
import { NominationTransitionsService } from '../../src/nominations/index.js';
import { PostingsService } from '../../src/postings/index.js';
import { PostingsClock } from '../../src/postings/postings-clock.js';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';

/**
 * Public posting (công khai) of passed nominations, issue 10 "Public posting", domain-rules §4.4:
 * the end date counted in working days on the calendar, the minimum per award, objections that hold
 * a nomination, their resolution, scope and the pages.
 */
describe('public postings and objections', () => {
  let t: TestApp;
  /** The day the postings see (`PostingsClock.today`), set by each test. */
  let today = '2026-02-10';
  let unit: { id: string; name: string };
  let otherUnit: { id: string };
  type Person = AuthUser & { token: string };
  let hr: Person;
  let manager: Person;
  let secretary: Person;
  let secondSecretary: Person;
  let viewer: Person;
  let outsider: Person;

  /** The law's own count, on the announced days the migration seeds. */
  const calendar = workingCalendar(ANNOUNCED_DAYS, ANNOUNCED_YEARS);

  const person = async (roles: Role[], unitId: string): Promise<Person> => {
    const user = await createUserToken(t, roles, [unitId]);
    const [{ path }] = (await t.dataSource.query(`SELECT path FROM units WHERE id = $1`, [unitId])) as Array<{ path: string }>;
    return { id: user.id, username: user.username, fullName: 'Người Thử', roles, locale: 'vi', scopePaths: [path], token: user.token };
  };

  const apply = (who: AuthUser, request: Parameters<NominationTransitionsService['apply']>[2]) =>
    t.dataSource.transaction((manager) => t.app.get(NominationTransitionsService).apply(manager, who, request));

  /**
   * Nominations brought to `passed` the way the workflow does it: drafted by HR, submitted, approved
   * by the manager, put on the agenda and passed by the council's secretary (the law's table, in bulk).
   */
  const passed = async (count: number, awardType = 'LDTT'): Promise<string[]> => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const staff = await createStaff(t, { unitId: unit.id, fullName: `Nguyễn Thị Hoa ${i}`, position: 'Thư viện viên' });
      const [{ id }] = (await t.dataSource.query(
        `INSERT INTO nominations (year, award_type, staff_id, proposed_by_unit_id, achievements, proposed_by)
         VALUES (2025, $1, $2, $3, 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến số hoá tài liệu địa chí', $4) RETURNING id`,
        [awardType, staff.id, unit.id, hr.id],
      )) as Array<{ id: string }>;
      ids.push(id);
    }
    const items = ids.map((id) => ({ id }));
    await apply(hr, { items, action: 'submit' });
    await apply(manager, { items, action: 'approve' });
    await apply(secretary, { items, action: 'put_on_agenda' });
    await apply(secretary, { items, action: 'pass' });
    return ids;
  };

  const post = (who: Person, body: object) => t.http().post('/api/postings').set(bearer(who.token)).send(body);
  const states = async (ids: string[]): Promise<string[]> =>
    (
      (await t.dataSource.query(`SELECT state FROM nominations WHERE id = ANY($1::uuid[]) ORDER BY id`, [ids])) as Array<{ state: string }>
    ).map((row) => row.state);
  const openHolds = async (id: string): Promise<string[]> =>
    (
      (await t.dataSource.query(`SELECT kind FROM nomination_holds WHERE nomination_id = $1 AND released_at IS NULL ORDER BY kind`, [
        id,
      ])) as Array<{ kind: string }>
    ).map((row) => row.kind);

  beforeAll(async () => {
    t = await createTestApp();
    // The specs stand on days of 2026 (the Tết posting), whatever day they run: the provider's day is theirs.
    t.app.get(PostingsClock).today = () => today;
    unit = await createUnit(t, { name: 'Thư viện tỉnh' });
    otherUnit = await createUnit(t, { name: 'Bảo tàng tỉnh' });
    hr = await person(['hr_officer'], unit.id);
    manager = await person(['manager'], unit.id);
    secretary = await person(['council_secretary'], unit.id);
    secondSecretary = await person(['council_secretary'], unit.id);
    viewer = await person(['viewer'], unit.id);
    outsider = await person(['viewer'], otherUnit.id);
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  beforeEach(() => {
    today = '2026-02-10';
  });

  it('posts a State-level award for 10 working days across Tết 2026 (NĐ 152/2025/NĐ-CP Điều 44 khoản 2): 11/02 → 03/03/2026', async () => {
    const ids = await passed(2, 'CSTD_TOAN_QUOC');
    const res = await post(secretary, { nominationIds: ids, startsOn: '2026-02-11' }).expect(201);
    expect(addWorkingDays('2026-02-11', 10, calendar)).toBe('2026-03-03');
    expect(res.body).toMatchObject({
      startsOn: '2026-02-11',
      endsOn: '2026-03-03',
      workingDays: 10,
      open: true,
      minimum: { workingDays: 10, verified: true, stateLevel: true },
      objections: [],
    });
    const body = res.body as {
      id: string;
      minimum: { source: string };
      lines: Array<{ state: string; subjectName: string; position: string }>;
    };
    expect(body.minimum.source).toContain('Điều 44 khoản 2');
    expect(body.lines).toHaveLength(2);
    expect(body.lines[0]).toMatchObject({ state: 'posted', position: 'Thư viện viên', awardName: 'Chiến sĩ thi đua toàn quốc' });
    // Through the nominations' transitions, with their log and audit; each nomination held until the end.
    expect(await states(ids)).toEqual(['posted', 'posted']);
    expect(await openHolds(ids[0])).toEqual(['posting']);
    const audit = (await t.dataSource.query(`SELECT action, after FROM audit_log WHERE entity = 'postings' AND entity_id = $1`, [
      body.id,
    ])) as Array<{ action: string; after: { endsOn: string; nominationIds: string[] } }>;
    expect(audit).toMatchObject([{ action: 'create', after: { endsOn: '2026-03-03', nominationIds: [...ids].sort() } }]);
    // The job that ends it is due the day after the last day, at midnight in Vietnam.
    const [job] = (await t.dataSource.query(
      `SELECT run_after FROM jobs WHERE kind = 'posting.end' AND owner_id = $1 ORDER BY created_at LIMIT 1`,
      [body.id],
    )) as Array<{ run_after: Date }>;
    expect(new Date(job.run_after).toISOString()).toBe('2026-03-03T17:00:00.000Z');
  });

  it('counts the in-unit posting (5 days by default, chưa xác minh) across 30/4–1/5/2026 and the Giỗ Tổ day off', async () => {
    today = '2026-04-20';
    const [id] = await passed(1);
    const res = await post(secretary, { nominationIds: [id], startsOn: '2026-04-27' }).expect(201);
    expect(addWorkingDays('2026-04-27', 5, calendar)).toBe('2026-05-06');
    expect(res.body).toMatchObject({
      endsOn: '2026-05-06',
      workingDays: 5,
      minimum: { workingDays: 5, verified: false, stateLevel: false },
    });
    // Longer than the minimum is the secretary's choice.
    const [longer] = await passed(1);
    expect((await post(secretary, { nominationIds: [longer], startsOn: '2026-04-27', workingDays: 12 }).expect(201)).body).toMatchObject({
      workingDays: 12,
      endsOn: addWorkingDays('2026-04-27', 12, calendar),
    });
  });

  it('refuses fewer working days than the minimum (422 naming it), and writes nothing', async () => {
    const [state] = await passed(1, 'CSTD_TOAN_QUOC');
    const res = await post(secretary, { nominationIds: [state], startsOn: '2026-02-11', workingDays: 9 })
      .set(ENGLISH)
      .expect(422);
    expect(res.body).toMatchObject({ code: 'POSTING_TOO_SHORT', details: [{ field: 'workingDays', constraint: 'min' }] });
    expect((res.body as { message: string }).message).toContain('at least 10 working days');
    expect((res.body as { message: string }).message).toContain('Điều 44 khoản 2');
    // A list mixing an in-unit award with a State-level one is held to the longer.
    const [local] = await passed(1);
    await post(secretary, { nominationIds: [local, state], startsOn: '2026-02-11', workingDays: 5 }).expect(422);
    const inUnit = await post(secretary, { nominationIds: [local], startsOn: '2026-02-11', workingDays: 3 }).expect(422);
    expect((inUnit.body as { message: string }).message).toContain('5 ngày làm việc');
    expect(await states([state, local].sort())).toEqual(['passed', 'passed']);
    expect(await openHolds(local)).toEqual([]);
  });

  it('refuses a nomination not passed (409), a period already over (422), an unknown id (400), all with nothing written', async () => {
    const [ok] = await passed(1);
    const staff = await createStaff(t, { unitId: unit.id });
    const [{ id: draft }] = (await t.dataSource.query(
      `INSERT INTO nominations (year, award_type, staff_id, proposed_by_unit_id, proposed_by) VALUES (2025, 'LDTT', $1, $2, $3) RETURNING id`,
      [staff.id, unit.id, hr.id],
    )) as Array<{ id: string }>;
    const before = ((await t.dataSource.query(`SELECT count(*)::int AS n FROM postings`)) as Array<{ n: number }>)[0].n;
    expect((await post(secretary, { nominationIds: [ok, draft], startsOn: '2026-02-11' }).expect(409)).body).toMatchObject({
      code: 'NOMINATION_TRANSITION_NOT_ALLOWED',
    });
    today = '2026-03-10';
    expect((await post(secretary, { nominationIds: [ok], startsOn: '2026-02-11' }).expect(422)).body).toMatchObject({
      code: 'POSTING_ALREADY_OVER',
      details: [{ field: 'startsOn' }],
    });
    expect(
      (await post(secretary, { nominationIds: [ok, '00000000-0000-4000-8000-000000000000'], startsOn: '2026-03-11' }).expect(400)).body,
    ).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'nominationIds.1', constraint: 'unknownNomination' }],
    });
    const after = ((await t.dataSource.query(`SELECT count(*)::int AS n FROM postings`)) as Array<{ n: number }>)[0].n;
    expect(after).toBe(before);
    expect(await states([ok])).toEqual(['passed']);
  });

  it('lets council secretaries of the unit post (HR 403, another unit’s secretary 403), and the four-eyes rule holds', async () => {
    const [id] = await passed(1);
    expect((await post(hr, { nominationIds: [id], startsOn: '2026-02-11' }).expect(403)).body).toMatchObject({ code: 'FORBIDDEN' });
    const foreign = await person(['council_secretary'], otherUnit.id);
    expect((await post(foreign, { nominationIds: [id], startsOn: '2026-02-11' }).expect(403)).body).toMatchObject({ code: 'OUT_OF_SCOPE' });
    // A secretary who is the nominee does not post their own nomination.
    const [{ staff_id: nominee }] = (await t.dataSource.query(`SELECT staff_id FROM nominations WHERE id = $1`, [id])) as Array<{
      staff_id: string;
    }>;
    const own = await person(['council_secretary'], unit.id);
    await t.dataSource.query(`UPDATE users SET staff_id = $1 WHERE id = $2`, [nominee, own.id]);
    expect((await post(own, { nominationIds: [id], startsOn: '2026-02-11' }).expect(403)).body).toMatchObject({
      code: 'NOMINATION_FOUR_EYES',
    });
    expect(await states([id])).toEqual(['passed']);
  });

  it('holds the nominations until the posting has ended: proposing upward before that is refused (409), after it allowed', async () => {
    const [id] = await passed(1, 'CSTD_TOAN_QUOC');
    const posting = (await post(secretary, { nominationIds: [id], startsOn: '2026-02-11' }).expect(201)).body as { id: string };
    await expect(apply(secretary, { items: [{ id }], action: 'propose_upward' })).rejects.toMatchObject({
      code: 'NOMINATION_ON_HOLD',
      params: { kinds: 'posting' },
    });
    // The job, early, releases nothing.
    expect(await t.app.get(PostingsService).end(posting.id)).toEqual([]);
    today = '2026-03-04';
    // The job may have run on this day already (its worker shares the clock): either way the holds go once.
    await t.app.get(PostingsService).end(posting.id);
    expect(await openHolds(id)).toEqual([]);
    expect(await t.app.get(PostingsService).end(posting.id)).toEqual([]);
    const [audit] = (await t.dataSource.query(
      `SELECT actor_id, after FROM audit_log WHERE entity = 'postings' AND entity_id = $1 AND action = 'release-holds'`,
      [posting.id],
    )) as Array<{ actor_id: string | null; after: { releasedFor: string[] } }>;
    expect(audit).toEqual({ actor_id: null, after: { endsOn: '2026-03-03', releasedFor: [id] } });
    await expect(apply(secretary, { items: [{ id }], action: 'propose_upward' })).resolves.toMatchObject([{ to: 'proposed_upward' }]);
  });

  it('an objection holds its nomination; resolved as not upheld by another secretary, the hold is released', async () => {
    const [id, other] = await passed(2);
    const posting = (await post(secretary, { nominationIds: [id, other], startsOn: '2026-02-11' }).expect(201)).body as { id: string };
    const objected = await t
      .http()
      .post(`/api/postings/${posting.id}/objections`)
      .set(bearer(viewer.token))
      .send({ nominationId: id, text: 'Đồng chí chưa hoàn thành\nchỉ tiêu quý IV.' })
      .expect(201);
    const objection = objected.body as { id: string };
    expect(objected.body).toMatchObject({
      nominationId: id,
      objectorId: viewer.id,
      text: 'Đồng chí chưa hoàn thành\nchỉ tiêu quý IV.',
      upheld: null,
    });
    expect(await openHolds(id)).toEqual(['objection', 'posting']);
    expect(await openHolds(other)).toEqual(['posting']);

    // The period over, the posting's hold goes; the objection's stays, so the nomination still cannot move on.
    today = '2026-03-04';
    await t.app.get(PostingsService).end(posting.id);
    await expect(apply(secretary, { items: [{ id }], action: 'propose_upward' })).rejects.toMatchObject({
      code: 'NOMINATION_ON_HOLD',
      params: { kinds: 'objection' },
    });

    const resolve = (who: Person, body: object) =>
      t.http().post(`/api/postings/${posting.id}/objections/${objection.id}/resolve`).set(bearer(who.token)).send(body);
    expect((await resolve(viewer, { resolution: 'Không', upheld: false }).expect(403)).body).toMatchObject({ code: 'FORBIDDEN' });
    const resolved = await resolve(secondSecretary, { resolution: 'Đã xác minh: chỉ tiêu quý IV đạt 102 %.', upheld: false }).expect(200);
    expect(resolved.body).toMatchObject({ upheld: false, resolution: 'Đã xác minh: chỉ tiêu quý IV đạt 102 %.' });
    expect(await openHolds(id)).toEqual([]);
    expect((await resolve(secretary, { resolution: 'Lần nữa', upheld: true }).expect(409)).body).toMatchObject({
      code: 'OBJECTION_ALREADY_RESOLVED',
    });
    const audit = (await t.dataSource.query(
      `SELECT action, after FROM audit_log WHERE entity = 'posting_objections' AND entity_id = $1 ORDER BY id`,
      [objection.id],
    )) as Array<{ action: string; after: Record<string, unknown> }>;
    expect(audit).toMatchObject([
      { action: 'create', after: { nominationId: id, text: 'Đồng chí chưa hoàn thành\nchỉ tiêu quý IV.' } },
      { action: 'resolve', after: { upheld: false, holdReleased: true } },
    ]);
    await expect(apply(secretary, { items: [{ id }], action: 'propose_upward' })).resolves.toMatchObject([{ to: 'proposed_upward' }]);
  });

  it('an upheld objection keeps the hold: only the withdrawal passes; whoever objected does not resolve it (403)', async () => {
    const [id] = await passed(1);
    const posting = (await post(secretary, { nominationIds: [id], startsOn: '2026-02-11' }).expect(201)).body as { id: string };
    const objection = (
      await t
        .http()
        .post(`/api/postings/${posting.id}/objections`)
        .set(bearer(secretary.token))
        .send({ nominationId: id, text: 'Hồ sơ thiếu xác nhận sáng kiến.' })
        .expect(201)
    ).body as { id: string };
    const resolve = (who: Person, body: object) =>
      t.http().post(`/api/postings/${posting.id}/objections/${objection.id}/resolve`).set(bearer(who.token)).send(body);
    const own = await resolve(secretary, { resolution: 'Tự giải quyết', upheld: false }).set(ENGLISH).expect(403);
    expect(own.body).toMatchObject({ code: 'OBJECTION_RESOLVER_CONFLICT', message: 'Whoever raised an objection does not resolve it.' });
    await resolve(secondSecretary, { resolution: 'Đúng: chưa có quyết định công nhận sáng kiến.', upheld: true }).expect(200);
    expect(await openHolds(id)).toEqual(['objection', 'posting']);
    today = '2026-03-04';
    await t.app.get(PostingsService).end(posting.id);
    await expect(apply(secretary, { items: [{ id }], action: 'propose_upward' })).rejects.toMatchObject({ code: 'NOMINATION_ON_HOLD' });
    await expect(apply(hr, { items: [{ id }], action: 'withdraw', reason: 'Ý kiến phản ánh được chấp nhận' })).resolves.toMatchObject([
      { to: 'withdrawn' },
    ]);
  });

  it('takes objections through the last day, Vietnam time, and refuses them after it (409 with the date)', async () => {
    const [id] = await passed(1);
    const posting = (await post(secretary, { nominationIds: [id], startsOn: '2026-02-11' }).expect(201)).body as {
      id: string;
      endsOn: string;
    };
    expect(posting.endsOn).toBe('2026-02-24');
    const object = () =>
      t.http().post(`/api/postings/${posting.id}/objections`).set(bearer(viewer.token)).send({ nominationId: id, text: 'Chưa đúng.' });
    today = '2026-02-24';
    await object().expect(201);
    today = '2026-02-25';
    const late = await object().set(ENGLISH).expect(409);
    expect(late.body).toMatchObject({ code: 'POSTING_CLOSED' });
    expect((late.body as { message: string }).message).toContain('24/02/2026');
    // A nomination not on this posting is a field error.
    today = '2026-02-20';
    const [elsewhere] = await passed(1);
    expect(
      (
        await t
          .http()
          .post(`/api/postings/${posting.id}/objections`)
          .set(bearer(viewer.token))
          .send({ nominationId: elsewhere, text: 'Không liên quan.' })
          .expect(400)
      ).body,
    ).toMatchObject({ details: [{ field: 'nominationId', constraint: 'notOnPosting' }] });
  });

  it('is read by everyone of the unit (viewers too), not by another unit; objectors’ names stay with the council', async () => {
    const [id] = await passed(1);
    const posting = (await post(secretary, { nominationIds: [id], startsOn: '2026-02-11' }).expect(201)).body as { id: string };
    await t
      .http()
      .post(`/api/postings/${posting.id}/objections`)
      .set(bearer(hr.token))
      .send({ nominationId: id, text: 'Ý kiến của cán bộ tổ chức.' })
      .expect(201);
    const read = (who: Person) => t.http().get(`/api/postings/${posting.id}`).set(bearer(who.token));
    const seen = (await read(viewer).expect(200)).body as { lines: Array<{ openObjections: number }>; objections: unknown[] };
    expect(seen.lines[0].openObjections).toBe(1);
    expect(seen.objections).toEqual([]);
    expect(((await read(secretary).expect(200)).body as { objections: Array<{ objectorId: string }> }).objections).toMatchObject([
      { objectorId: hr.id },
    ]);
    expect((await read(outsider).expect(403)).body).toMatchObject({ code: 'OUT_OF_SCOPE' });
    await t
      .http()
      .post(`/api/postings/${posting.id}/objections`)
      .set(bearer(outsider.token))
      .send({ nominationId: id, text: 'Từ đơn vị khác.' })
      .expect(403);
    await t.http().get('/api/postings/00000000-0000-4000-8000-000000000000').set(bearer(viewer.token)).expect(404);

    const list = async (who: Person, query: string) =>
      (await t.http().get(`/api/postings${query}`).set(bearer(who.token)).expect(200)).body as {
        items: Array<{ id: string }>;
        total: number;
      };
    expect((await list(viewer, '')).items.map((item) => item.id)).toContain(posting.id);
    expect((await list(viewer, `?unitId=${unit.id}&open=true`)).items.map((item) => item.id)).toContain(posting.id);
    expect((await list(viewer, '?open=false')).items.map((item) => item.id)).not.toContain(posting.id);
    expect((await list(viewer, `?unitId=${otherUnit.id}`)).total).toBe(0);
    expect((await list(outsider, '')).total).toBe(0);

    // The page, for a viewer: the list, the period, how to object, the form; "chưa xác minh" beside the in-unit minimum.
    const browser = await signInThroughForm(t, viewer.username, 'password-123');
    const page = await browser.get(`/postings/${posting.id}`).expect(200);
    expect(page.text).toContain('Nguyễn Thị Hoa');
    expect(page.text).toContain('Thư viện viên');
    expect(page.text).toContain('Từ ngày 11/02/2026 đến hết ngày 24/02/2026 (5 ngày làm việc)');
    expect(page.text).toContain('chưa xác minh');
    expect(page.text).toContain('Cách gửi ý kiến');
    expect(page.text).toContain(`action="/postings/${posting.id}/objections#object"`);
    expect(page.text).not.toContain('Ý kiến của cán bộ tổ chức.');
    const outsiderPage = await signInThroughForm(t, outsider.username, 'password-123');
    await outsiderPage.get(`/postings/${posting.id}`).expect(403);
  });

  it('the pages: a secretary posts from the passed list, a viewer objects, another secretary resolves (forms with CSRF, no script)', async () => {
    const [id] = await passed(1);
    const clerk = await signInThroughForm(t, secretary.username, 'password-123');
    const form = await clerk.get('/postings/new').expect(200);
    expect(form.text).toContain(`value="${id}"`);
    expect(form.text).toContain('chưa xác minh');
    const tooShort = await clerk
      .post('/postings')
      .type('form')
      .send(new URLSearchParams({ _csrf: csrfFrom(form.text), nominationIds: id, startsOn: '11/02/2026', workingDays: '2' }).toString())
      .expect(422);
    expect(tooShort.text).toContain('Tối thiểu 5 ngày làm việc');
    const created = await clerk
      .post('/postings')
      .type('form')
      .send(new URLSearchParams({ _csrf: csrfFrom(form.text), nominationIds: id, startsOn: '11/02/2026', workingDays: '' }).toString())
      .expect(303);
    const location = String(created.headers.location);
    expect(location).toMatch(/^\/postings\/[0-9a-f-]{36}\?saved=created$/u);
    const postingId = location.slice('/postings/'.length, location.indexOf('?'));
    expect((await clerk.get(location).expect(200)).text).toContain('Đã tạo đợt công khai');

    const reader = await signInThroughForm(t, viewer.username, 'password-123');
    const detail = await reader.get(`/postings/${postingId}`).expect(200);
    await reader
      .post(`/postings/${postingId}/objections`)
      .type('form')
      .send(new URLSearchParams({ _csrf: csrfFrom(detail.text), nominationId: id, text: 'Đề nghị xem lại ngày công.' }).toString())
      .expect(303)
      .expect('Location', `/postings/${postingId}?saved=objection#objections`);
    const mine = await reader.get(`/postings/${postingId}`).expect(200);
    expect(mine.text).toContain('Đề nghị xem lại ngày công.');
    expect(mine.text).not.toContain('/resolve');

    const council = await signInThroughForm(t, secondSecretary.username, 'password-123');
    const withForm = await council.get(`/postings/${postingId}`).expect(200);
    const [objection] = (await t.dataSource.query(`SELECT id FROM posting_objections WHERE posting_id = $1`, [postingId])) as Array<{
      id: string;
    }>;
    expect(withForm.text).toContain(`/postings/${postingId}/objections/${objection.id}/resolve`);
    const missing = await council
      .post(`/postings/${postingId}/objections/${objection.id}/resolve`)
      .type('form')
      .send(new URLSearchParams({ _csrf: csrfFrom(withForm.text), resolution: 'Đã xác minh ngày công.' }).toString())
      .expect(400);
    expect(missing.text).toContain('Đã xác minh ngày công.');
    await council
      .post(`/postings/${postingId}/objections/${objection.id}/resolve`)
      .type('form')
      .send(new URLSearchParams({ _csrf: csrfFrom(withForm.text), resolution: 'Đã xác minh ngày công.', upheld: 'false' }).toString())
      .expect(303);
    expect(await openHolds(id)).toEqual(['posting']);
    const list = await council.get('/postings').expect(200);
    expect(list.text).toContain(`/postings/${postingId}`);
  });
});
