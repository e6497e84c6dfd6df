import { todayInVietnam } from '../../src/settings/index.js';
import { NOMINATION_STATES, type NominationState, transitionFrom } from '../../src/law/index.js';
import type { Role } from '../../src/kernel/index.js';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { recordAward, setRating } from '../factories/eligibility.js';
import { bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';

interface Nomination {
  id: string;
  state: NominationState;
  version: number;
  proposedByUnitId: string;
  submittedBy: string | null;
  lastReason: string | null;
}
interface Applied {
  items: Array<{ id: string; from: string; to: string; version: number }>;
  quotas: Array<{ awardType: string; count: number; limit: number | null; exceeded: boolean; verified: boolean | null }>;
}
interface User {
  id: string;
  token: string;
}

/**
 * The nominations API of issue 10 ("Nominations"; domain-rules §4.2): drafts, the transitions of
 * the law's one table, the screening, the quotas, the four-eyes rule, scope, bulk all or nothing.
 */
describe('nominations (API)', () => {
  let t: TestApp;
  let unit: { id: string; name: string };
  let other: { id: string; name: string };
  let hr: User;
  let hr2: User;
  let manager: User;
  let viewer: User;
  let outsider: User;
  /** HR officer and manager at once: the one who could review what they carried themselves. */
  let both: User;

  const person = async (name = 'Trần Thị Bình', unitId = unit.id): Promise<string> => (await createStaff(t, { unitId, fullName: name })).id;
  const post = (path: string, token: string, body: object) => t.http().post(path).set(bearer(token)).send(body);
  const draft = async (staffId: string, token = hr.token, awardType = 'LDTT', year = 2025): Promise<Nomination> =>
    (await post('/api/nominations', token, { year, awardType, staffId, achievements: 'Hoàn thành tốt nhiệm vụ' }).expect(201))
      .body as Nomination;
  const act = (id: string, action: string, token: string, body: object) => post(`/api/nominations/${id}/${action}`, token, body);
  const stateOf = async (id: string): Promise<Nomination> =>
    ((await t.http().get(`/api/nominations/${id}`).set(bearer(t.adminToken)).expect(200)).body as { nomination: Nomination }).nomination;
  const count = async (table: string): Promise<number> =>
    ((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as Array<{ n: number }>)[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    unit = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc' });
    other = await createUnit(t, { name: 'Phòng Hành chính' });
    hr = await createUserToken(t, ['hr_officer'], [unit.id]);
    hr2 = await createUserToken(t, ['hr_officer'], [unit.id]);
    manager = await createUserToken(t, ['manager'], [unit.id]);
    viewer = await createUserToken(t, ['viewer'], [unit.id]);
    outsider = await createUserToken(t, ['hr_officer', 'manager'], [other.id]);
    both = await createUserToken(t, ['hr_officer', 'manager'], [unit.id]);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('drafts: POST /api/nominations, PATCH /api/nominations/:id', () => {
    it('drafts a nomination proposed by the person’s own unit, audited', async () => {
      const staffId = await person();
      const created = await draft(staffId);
      expect(created).toMatchObject({ state: 'draft', version: 1, proposedByUnitId: unit.id, submittedBy: null });
      const audit = (await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'nominations' AND entity_id = $1`, [
        created.id,
      ])) as Array<{
        action: string;
      }>;
      expect(audit).toEqual([{ action: 'create' }]);
    });

    it('refuses a viewer (403), a person outside the officer’s units (403), both or neither nominee (400), an award not for persons (422)', async () => {
      const staffId = await person();
      await post('/api/nominations', viewer.token, { year: 2025, awardType: 'LDTT', staffId, achievements: 'x' }).expect(403);
      const foreign = await person('Lê Văn Xa', other.id);
      const outside = await post('/api/nominations', hr.token, {
        year: 2025,
        awardType: 'LDTT',
        staffId: foreign,
        achievements: 'x',
      }).expect(403);
      expect(outside.body).toMatchObject({ code: 'OUT_OF_SCOPE' });
      const both = await post('/api/nominations', hr.token, { year: 2025, awardType: 'LDTT', staffId, unitId: unit.id, achievements: 'x' });
      expect(both.status).toBe(400);
      const collectiveTitle = await post('/api/nominations', hr.token, {
        year: 2025,
        awardType: 'TTLDTT',
        staffId,
        achievements: 'x',
      }).expect(422);
      expect(collectiveTitle.body).toMatchObject({ code: 'AWARD_NOT_FOR_SUBJECT' });
    });

    it('edits a draft with its version; a stale version is a 409; a submitted nomination is not edited (409)', async () => {
      const created = await draft(await person());
      const edited = await t
        .http()
        .patch(`/api/nominations/${created.id}`)
        .set(bearer(hr.token))
        .send({ version: 1, achievements: 'Chủ trì sáng kiến số hoá tài liệu' })
        .expect(200);
      expect(edited.body).toMatchObject({ version: 2, achievements: 'Chủ trì sáng kiến số hoá tài liệu' });
      const stale = await t
        .http()
        .patch(`/api/nominations/${created.id}`)
        .set(bearer(hr.token))
        .send({ version: 1, achievements: 'y' })
        .expect(409);
      expect(stale.body).toMatchObject({ code: 'NOMINATION_VERSION_STALE' });
      await act(created.id, 'submit', hr.token, { version: 2 }).expect(200);
      const locked = await t
        .http()
        .patch(`/api/nominations/${created.id}`)
        .set(bearer(hr.token))
        .send({ version: 3, achievements: 'z' })
        .expect(409);
      expect(locked.body).toMatchObject({ code: 'NOMINATION_NOT_EDITABLE' });
    });
  });

  describe('the transitions of the law’s table (issue 10: draft → submitted → returned / approved / rejected; withdrawn)', () => {
    it('submits, returns with a reason, resubmits and approves; every step in the log', async () => {
      const staffId = await person();
      await setRating(t, 'staff', staffId, 2025, 'good');
      const created = await draft(staffId);
      const submitted = (await act(created.id, 'submit', hr.token, { version: 1 }).expect(200)).body as Applied;
      expect(submitted.items).toEqual([{ id: created.id, action: 'submit', from: 'draft', to: 'submitted', version: 2 }]);
      // A return needs its reason (the law's table), 422.
      const bare = await act(created.id, 'return', manager.token, { version: 2 }).expect(422);
      expect(bare.body).toMatchObject({ code: 'NOMINATION_REASON_REQUIRED' });
      expect(bare.body.message).toBe('Cần ghi lý do để trả lại đề nghị.');
      await act(created.id, 'return', manager.token, { version: 2, reason: 'Bổ sung minh chứng' }).expect(200);
      expect(await stateOf(created.id)).toMatchObject({ state: 'returned', lastReason: 'Bổ sung minh chứng', version: 3 });
      await act(created.id, 'submit', hr2.token, { version: 3 }).expect(200);
      await act(created.id, 'approve', manager.token, { version: 4 }).expect(200);
      const detail = (await t.http().get(`/api/nominations/${created.id}`).set(bearer(hr.token)).expect(200)).body as {
        nomination: Nomination;
        log: Array<{ action: string; from: string; to: string; reason: string | null }>;
        atSubmit: { rulebook: string; eligible: boolean; criteria: Array<{ code: string; met: boolean | null }> };
        now: { eligible: boolean };
        allowedActions: string[];
      };
      expect(detail.nomination).toMatchObject({ state: 'approved', submittedBy: hr2.id, version: 5 });
      expect(detail.log.map((entry) => `${entry.action}:${entry.from}>${entry.to}`)).toEqual([
        'submit:draft>submitted',
        'return:submitted>returned',
        'submit:returned>submitted',
        'approve:submitted>approved',
      ]);
      expect(detail.log[1].reason).toBe('Bổ sung minh chứng');
      // The snapshot taken at the last submission: the rulebook, the verdict criterion by criterion.
      expect(detail.atSubmit).toMatchObject({ rulebook: 'nd-152-2025', eligible: true });
      expect(detail.atSubmit.criteria.find((criterion) => criterion.code === 'rating_good_or_better')?.met).toBe(true);
      expect(detail.now.eligible).toBe(true);
    });

    it('marks what changed since submit: the rating lowered after submission (Law Art. 24(1)(a))', async () => {
      const staffId = await person();
      await setRating(t, 'staff', staffId, 2025, 'good');
      const created = await draft(staffId);
      await act(created.id, 'submit', hr.token, { version: 1 }).expect(200);
      await setRating(t, 'staff', staffId, 2025, 'completed');
      const detail = (await t.http().get(`/api/nominations/${created.id}`).set(bearer(manager.token)).expect(200)).body as {
        differences: Array<{ code: string; atSubmit: boolean | null; now: boolean | null; change: string }>;
        verdictChanged: boolean;
        allowedActions: string[];
      };
      expect(detail.differences).toContainEqual({ code: 'rating_good_or_better', atSubmit: true, now: false, change: 'changed' });
      expect(detail.verdictChanged).toBe(true);
      expect(detail.allowedActions.sort()).toEqual(['approve', 'reject', 'return', 'withdraw']);
    });

    it('rejects with a reason; withdraws with a reason; nothing leaves a final state (409)', async () => {
      const rejected = await draft(await person());
      await act(rejected.id, 'submit', hr.token, { version: 1 }).expect(200);
      await act(rejected.id, 'reject', manager.token, { version: 2, reason: 'Chưa đủ thành tích' }).expect(200);
      const again = await act(rejected.id, 'withdraw', hr.token, { version: 3, reason: 'Rút' }).expect(409);
      expect(again.body).toMatchObject({ code: 'NOMINATION_TRANSITION_NOT_ALLOWED' });
      expect(again.body.message).toBe('Không thể rút đề nghị đang ở trạng thái “Không duyệt”.');
      const withdrawn = await draft(await person());
      await act(withdrawn.id, 'withdraw', hr.token, { version: 1 }).expect(422);
      await act(withdrawn.id, 'withdraw', hr.token, { version: 1, reason: 'Trùng với đề nghị của đơn vị khác' }).expect(200);
      expect((await stateOf(withdrawn.id)).state).toBe('withdrawn');
    });

    it('refuses a stale version (409) naming the current one, and an action of another role (403, worded)', async () => {
      const created = await draft(await person());
      const stale = await act(created.id, 'submit', hr.token, { version: 5 }).set(ENGLISH).expect(409);
      expect(stale.body).toMatchObject({ code: 'NOMINATION_VERSION_STALE' });
      expect(stale.body.message).toContain('version 5, now 1');
      const role = await act(created.id, 'submit', manager.token, { version: 1 }).expect(403);
      expect(role.body).toMatchObject({ code: 'NOMINATION_ROLE_REFUSED' });
      expect(role.body.message).toBe('Chỉ Cán bộ tổ chức mới được trình đề nghị khen thưởng.');
      await act(created.id, 'submit', viewer.token, { version: 1 }).expect(403);
    });
  });

  describe('four eyes (issue 10: nobody approves their own nomination, nor one they proposed or submitted)', () => {
    it('refuses the nominee (own), the proposer and the submitter, even holding the manager role (403)', async () => {
      // Own: the manager's account is linked to their staff record.
      const managerSelf = await person('Phạm Quản Lý');
      await t.dataSource.query(`UPDATE users SET staff_id = $1 WHERE id = $2`, [managerSelf, manager.id]);
      const own = await draft(managerSelf);
      await act(own.id, 'submit', hr.token, { version: 1 }).expect(200);
      const refusedOwn = await act(own.id, 'approve', manager.token, { version: 2 }).expect(403);
      expect(refusedOwn.body).toMatchObject({ code: 'NOMINATION_FOUR_EYES' });
      expect(refusedOwn.body.message).toContain('đây là đề nghị khen thưởng cho chính bạn');

      const proposed = await draft(await person(), both.token);
      await act(proposed.id, 'submit', hr.token, { version: 1 }).expect(200);
      const refusedProposed = await act(proposed.id, 'approve', both.token, { version: 2 }).set(ENGLISH).expect(403);
      expect(refusedProposed.body.message).toContain('you proposed it');

      const submitted = await draft(await person());
      await act(submitted.id, 'submit', both.token, { version: 1 }).expect(200);
      const refusedSubmitted = await act(submitted.id, 'return', both.token, { version: 2, reason: 'x' }).set(ENGLISH).expect(403);
      expect(refusedSubmitted.body.message).toContain('you submitted it');
      // Another manager may.
      await act(submitted.id, 'approve', manager.token, { version: 2 }).expect(200);
    });
  });

  describe('screening at submit and at approval (issue 10)', () => {
    it('refuses a second nomination of the same person, award and year (any unit), naming the first (409)', async () => {
      const staffId = await person('Ngô Thị Trùng');
      const first = await draft(staffId);
      const again = await post('/api/nominations', hr2.token, { year: 2025, awardType: 'LDTT', staffId, achievements: 'x' }).expect(409);
      expect(again.body).toMatchObject({ code: 'NOMINATION_ALREADY_NOMINATED' });
      expect(again.body.message).toContain(first.id);
      // Another year, another award: no conflict.
      await draft(staffId, hr.token, 'LDTT', 2024);
      await draft(staffId, hr.token, 'CSTDCS', 2025);
      // A draft written beside the service (another unit, say) is refused at submit once the first is submitted.
      await act(first.id, 'submit', hr.token, { version: 1 }).expect(200);
      const [{ id: second }] = (await t.dataSource.query(
        `INSERT INTO nominations (year, award_type, staff_id, proposed_by_unit_id, proposed_by) VALUES (2025, 'LDTT', $1, $2, $3) RETURNING id`,
        [staffId, unit.id, hr2.id],
      )) as Array<{ id: string }>;
      const refused = await act(second, 'submit', hr2.token, { version: 1 }).expect(409);
      expect(refused.body).toMatchObject({ code: 'NOMINATION_ALREADY_NOMINATED' });
      expect(refused.body.message).toContain(first.id);
      expect(refused.body.message).toContain('Ngô Thị Trùng');
      // Once the first is withdrawn, the second may go.
      await act(first.id, 'withdraw', hr.token, { version: 2, reason: 'Đơn vị khác đề nghị' }).expect(200);
      await act(second, 'submit', hr2.token, { version: 1 }).expect(200);
    });

    it('lets one of two concurrent submissions of the same person through, and names it to the other', async () => {
      const staffId = await person('Vũ Văn Đồng');
      const ids = (await t.dataSource.query(
        `INSERT INTO nominations (year, award_type, staff_id, proposed_by_unit_id, proposed_by)
         VALUES (2025, 'LDTT', $1, $2, $3), (2025, 'LDTT', $1, $2, $3) RETURNING id`,
        [staffId, unit.id, hr.id],
      )) as Array<{ id: string }>;
      const answers = await Promise.all(ids.map(({ id }) => act(id, 'submit', hr.token, { version: 1 })));
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      const loser = answers.find((answer) => answer.status === 409)!;
      const winner = ids[answers.findIndex((answer) => answer.status === 200)].id;
      expect(loser.body).toMatchObject({ code: 'NOMINATION_ALREADY_NOMINATED' });
      expect(loser.body.message).toContain(winner);
    });

    it('refuses an award already held: at creation, and at approval when recorded after submission (Law 2022 Art. 5)', async () => {
      const held = await person('Đinh Văn Có');
      await recordAward(t, { awardType: 'LDTT', year: 2025, staffId: held });
      const refused = await post('/api/nominations', hr.token, { year: 2025, awardType: 'LDTT', staffId: held, achievements: 'x' }).expect(
        409,
      );
      expect(refused.body).toMatchObject({ code: 'NOMINATION_ALREADY_AWARDED' });
      expect(refused.body.message).toBe('Đã được tặng “LĐTT” năm 2025: Đinh Văn Có.');

      const later = await person('Đinh Văn Sau');
      const created = await draft(later);
      await act(created.id, 'submit', hr.token, { version: 1 }).expect(200);
      await recordAward(t, { awardType: 'LDTT', year: 2025, staffId: later });
      const atApproval = await act(created.id, 'approve', manager.token, { version: 2 }).expect(409);
      expect(atApproval.body).toMatchObject({ code: 'NOMINATION_ALREADY_AWARDED' });
      expect((await stateOf(created.id)).state).toBe('submitted');
    });
  });

  describe('quotas (issue 10; domain-rules §2.10: a province or sector may set one)', () => {
    let small: { id: string; name: string };
    let officer: User;
    let reviewer: User;

    const setQuota = async (value: unknown) =>
      t
        .http()
        .put('/api/settings/province')
        .set(bearer(t.adminToken))
        .send({ effectiveFrom: todayInVietnam(), settings: { 'quota.CSTDCS': { value, verified: false, source: 'Thiết lập thử' } } })
        .expect(200);

    beforeAll(async () => {
      small = await createUnit(t, { name: 'Phòng Lưu trữ' });
      officer = await createUserToken(t, ['hr_officer'], [small.id]);
      reviewer = await createUserToken(t, ['manager'], [small.id]);
      // 15 % of the unit's staff, rounded down, as a province might set for CSTĐCS (no province here does: set
      // for the test through the settings API, from today, and taken away again afterwards).
      await setQuota({ kind: 'percent_of_staff', percent: 15, rounding: 'down' });
    });
    afterAll(async () => {
      await setQuota(null);
    });

    it('warns at submit and stops at approval with the numbers: “CSTĐCS: 2 trên tối đa 1 của Phòng Lưu trữ”', async () => {
      // 7 people: 15 % is 1.05, one place.
      const people: string[] = [];
      for (let i = 0; i < 7; i++) {
        people.push(await person(`Cán bộ Lưu trữ ${i}`, small.id));
      }
      const a = await draft(people[0], officer.token, 'CSTDCS');
      const b = await draft(people[1], officer.token, 'CSTDCS');
      const first = (await act(a.id, 'submit', officer.token, { version: 1 }).expect(200)).body as Applied;
      expect(first.quotas).toMatchObject([{ awardType: 'CSTDCS', count: 1, limit: 1, exceeded: false, verified: false }]);
      const second = (await act(b.id, 'submit', officer.token, { version: 1 }).expect(200)).body as Applied;
      expect(second.quotas).toMatchObject([{ count: 2, limit: 1, exceeded: true }]);

      await act(a.id, 'approve', reviewer.token, { version: 2 }).expect(200);
      const stopped = await act(b.id, 'approve', reviewer.token, { version: 2 }).expect(409);
      expect(stopped.body).toMatchObject({ code: 'NOMINATION_QUOTA_EXCEEDED' });
      expect(stopped.body.message).toBe('CSTĐCS: 2 trên tối đa 1 của Phòng Lưu trữ.');
      expect((await stateOf(b.id)).state).toBe('submitted');

      const counter = await t.http().get('/api/nominations/quotas').query({ year: 2025, unitId: small.id }).set(bearer(viewer.token));
      // The viewer is not in that unit's scope.
      expect(counter.status).toBe(403);
      const own = await t
        .http()
        .get('/api/nominations/quotas')
        .query({ year: 2025, unitId: small.id })
        .set(bearer(officer.token))
        .expect(200);
      expect(own.body).toMatchObject([{ awardType: 'CSTDCS', unitName: 'Phòng Lưu trữ', staffCount: 7, count: 1, limit: 1, remaining: 0 }]);
    });
  });

  describe('bulk: POST /api/nominations/bulk and /api/nominations/transitions, all or nothing', () => {
    it('drafts a list of people; one already nominated refuses them all and writes nothing', async () => {
      const people = [await person('Bùi Một'), await person('Bùi Hai'), await person('Bùi Ba')];
      const created = (await post('/api/nominations/bulk', hr.token, { awardType: 'LDTT', year: 2023, staffIds: people }).expect(201))
        .body as {
        items: Nomination[];
      };
      expect(created.items).toHaveLength(3);
      const before = await count('nominations');
      const fourth = await person('Bùi Bốn');
      const refused = await post('/api/nominations/bulk', hr.token, {
        awardType: 'LDTT',
        year: 2023,
        staffIds: [fourth, people[1]],
      }).expect(409);
      expect(refused.body).toMatchObject({ code: 'NOMINATION_ALREADY_NOMINATED' });
      expect(await count('nominations')).toBe(before);

      // The review queue in bulk: one stale version refuses every item.
      const items = created.items.map((item) => ({ id: item.id, version: 1 }));
      const stale = await post('/api/nominations/transitions', hr.token, {
        action: 'submit',
        items: [...items.slice(0, 2), { id: items[2].id, version: 9 }],
      }).expect(409);
      expect(stale.body).toMatchObject({ code: 'NOMINATION_VERSION_STALE' });
      expect((await stateOf(items[0].id)).state).toBe('draft');
      await post('/api/nominations/transitions', hr.token, { action: 'submit', items }).expect(200);
      const returned = (
        await post('/api/nominations/transitions', manager.token, {
          action: 'return',
          reason: 'Thiếu báo cáo thành tích',
          items: items.map((item) => ({ id: item.id, version: 2 })),
        }).expect(200)
      ).body as Applied;
      expect(returned.items.map((item) => item.to)).toEqual(['returned', 'returned', 'returned']);
    });

    it('drafts everyone eligible in a unit (LĐTT: rated good or better), leaving out those already nominated', async () => {
      const team = await createUnit(t, { name: 'Tổ Số hoá' });
      const officer = await createUserToken(t, ['hr_officer'], [team.id]);
      const good = [await person('Hồ Tốt Một', team.id), await person('Hồ Tốt Hai', team.id), await person('Hồ Tốt Ba', team.id)];
      const weak = await person('Hồ Vừa', team.id);
      for (const id of good) {
        await setRating(t, 'staff', id, 2025, 'good');
      }
      await setRating(t, 'staff', weak, 2025, 'completed');
      await draft(good[2], officer.token);
      const created = (
        await post('/api/nominations/bulk', officer.token, { awardType: 'LDTT', year: 2025, unitId: team.id, eligibleOnly: true }).expect(
          201,
        )
      ).body as { items: Array<{ staffId: string }>; skippedNominated: number; notEligible: number };
      expect(created.items.map((item) => item.staffId).sort()).toEqual([good[0], good[1]].sort());
      expect(created).toMatchObject({ skippedNominated: 1, notEligible: 1 });
    });
  });

  describe('scope and lists', () => {
    it('keeps other units’ nominations from a manager and an officer there (403), and out of their lists', async () => {
      const created = await draft(await person());
      await act(created.id, 'submit', hr.token, { version: 1 }).expect(200);
      const refused = await act(created.id, 'approve', outsider.token, { version: 2 }).expect(403);
      expect(refused.body).toMatchObject({ code: 'OUT_OF_SCOPE' });
      await t.http().get(`/api/nominations/${created.id}`).set(bearer(outsider.token)).expect(403);
      const theirs = (await t.http().get('/api/nominations').set(bearer(outsider.token)).expect(200)).body as {
        items: Nomination[];
        total: number;
      };
      expect(theirs.items.some((item) => item.id === created.id)).toBe(false);
    });

    it('lists the review queue oldest submission first, filtered by state, unit, award and year', async () => {
      const queue = (
        await t
          .http()
          .get('/api/nominations')
          .query({ state: 'submitted', unitId: unit.id, awardType: 'LDTT', year: 2025 })
          .set(bearer(manager.token))
          .expect(200)
      ).body as { items: Array<Nomination & { submittedAt: string; year: number }>; total: number };
      expect(queue.items.length).toBeGreaterThan(0);
      expect(queue.items.every((item) => item.state === 'submitted' && item.year === 2025)).toBe(true);
      const times = queue.items.map((item) => item.submittedAt);
      expect([...times].sort()).toEqual(times);
      expect(queue.total).toBe(queue.items.length);
    });
  });

  describe('the role × state matrix, a sample through the API (the full matrix is the unit spec)', () => {
    it('answers each HTTP action on a nomination in each state as the law’s table says, for a manager', async () => {
      const actions = ['submit', 'approve', 'return', 'reject', 'withdraw'] as const;
      const failures: string[] = [];
      for (const state of NOMINATION_STATES) {
        for (const action of actions) {
          const staffId = await person(`Ma Trận ${state} ${action}`);
          const [{ id }] = (await t.dataSource.query(
            `INSERT INTO nominations (year, award_type, staff_id, proposed_by_unit_id, proposed_by, state, submitted_by, submitted_at)
             VALUES (2022, 'LDTT', $1, $2, $3, $4, $3, now()) RETURNING id`,
            [staffId, unit.id, hr.id, state],
          )) as Array<{ id: string }>;
          const res = await act(id, action, manager.token, { version: 1, reason: 'Lý do' });
          const row = transitionFrom(state, action);
          const roles: readonly Role[] = row?.roles ?? [];
          const expected = row === undefined ? 409 : roles.includes('manager') ? 200 : 403;
          if (res.status !== expected) {
            failures.push(`${state} ${action}: ${res.status} (expected ${expected}) ${JSON.stringify(res.body).slice(0, 120)}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });
  });
});
