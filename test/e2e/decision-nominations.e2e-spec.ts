import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { createIssuer } from '../factories/decisions.js';
import { setRating } from '../factories/eligibility.js';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { insertNomination, nominationRow, transitionsOf } from '../factories/ready-nominations.js';
import { bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';
import type { DecisionDetail } from '../../src/decisions/drafting.views.js';
import type { NominationState } from '../../src/law/index.js';

interface Problem {
  code: string;
  message: string;
  details?: Array<{ field: string; constraint: string }>;
}

/**
 * Issue 10 "Upward dossier and decisions": for the awards this body decides, the nominations the
 * council passed (and posted where required) become the lines of a draft decision in one action
 * (`{"nominationIds":[…]}`), and issuing the decision marks them decided.
 */
describe('nominations into decision lines', () => {
  let t: TestApp;
  let unit: { id: string; name: string };
  let otherUnit: { id: string; name: string };
  let issuerId: string;
  let hr: { id: string; username: string; token: string };
  let outsider: { id: string; token: string };
  let clerk: { id: string; token: string };

  const api = (token: string) => ({
    post: (path: string, body: object) => t.http().post(path).set(bearer(token)).set(ENGLISH).send(body),
    delete: (path: string) => t.http().delete(path).set(bearer(token)).set(ENGLISH),
  });
  const draft = async (body: object = {}): Promise<DecisionDetail> =>
    (
      await api(hr.token)
        .post('/api/decisions', { issuerId, awardType: 'LDTT', year: 2025, plannedSignOn: '2026-01-05', ...body })
        .expect(201)
    ).body as DecisionDetail;
  /** A person of the unit rated "good" for 2025 (eligible for LĐTT), nominated in the given state. */
  const nominee = async (state: NominationState, overrides: { awardType?: string; year?: number; at?: { id: string } } = {}) => {
    const at = overrides.at ?? unit;
    const person = await createStaff(t, { unitId: at.id, fullName: 'Nguyễn Thị Hoa' });
    await setRating(t, 'staff', person.id, 2025, 'good');
    const id = await insertNomination(t, {
      staffId: person.id,
      proposedByUnitId: at.id,
      proposedBy: hr.id,
      state,
      awardType: overrides.awardType,
      year: overrides.year,
    });
    return { id, staffId: person.id };
  };
  const addNominations = (decisionId: string, nominationIds: string[], token = hr.token) =>
    api(token).post(`/api/decisions/${decisionId}/lines`, { nominationIds });
  const lineCount = async (decisionId: string): Promise<number> =>
    (
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM decision_lines WHERE decision_id = $1`, [decisionId])) as Array<{
        n: number;
      }>
    )[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    unit = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc' });
    otherUnit = await createUnit(t, { name: 'Phòng Tin học' });
    issuerId = (await createIssuer(t)).id;
    hr = await createUserToken(t, ['hr_officer'], [unit.id]);
    outsider = await createUserToken(t, ['hr_officer'], [otherUnit.id]);
    clerk = await createUserToken(t, ['clerk']);
    await t
      .http()
      .patch(`/api/users/${clerk.id}`)
      .set(bearer(t.adminToken))
      .send({ issuerIds: [issuerId] })
      .expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('adds posted nominations as lines in one action; each line remembers its nomination, which stays posted until issued', async () => {
    const decision = await draft();
    const [a, b] = [await nominee('posted'), await nominee('posted')];
    const res = await addNominations(decision.id, [a.id, b.id]).expect(201);
    const body = res.body as { added: number; decision: DecisionDetail };
    expect(body.added).toBe(2);
    expect(body.decision.lines.map((line) => [line.staffId, line.nominationId, line.verdict]).sort()).toEqual(
      [
        [a.staffId, a.id, 'eligible'],
        [b.staffId, b.id, 'eligible'],
      ].sort(),
    );
    expect((await nominationRow(t, a.id)).state).toBe('posted');
  });

  it('refuses nominations not passed, or passed but not posted (LĐTT posts in the unit by default): 409, all or nothing', async () => {
    const decision = await draft();
    const ready = await nominee('posted');
    const approved = await nominee('approved');
    const passed = await nominee('passed');
    const refused = (await addNominations(decision.id, [ready.id, approved.id, passed.id]).expect(409)).body as Problem;
    expect(refused.code).toBe('DECISION_NOMINATION_NOT_READY');
    expect(refused.message).toContain('in state “Approved”');
    expect(refused.message).toContain('not posted yet');
    expect(await lineCount(decision.id)).toBe(0);
    // In Vietnamese, the states in words.
    const vi = await t
      .http()
      .post(`/api/decisions/${decision.id}/lines`)
      .set(bearer(hr.token))
      .set('Accept-Language', 'vi')
      .send({ nominationIds: [approved.id] })
      .expect(409);
    expect((vi.body as Problem).message).toContain('đang ở trạng thái “Đã duyệt”');
  });

  it('refuses a nomination of another award or year with 422, and an unknown id with 400 on its field', async () => {
    const decision = await draft();
    const cstd = await nominee('posted', { awardType: 'CSTDCS' });
    const lastYear = await nominee('posted', { year: 2024 });
    const wrong = (await addNominations(decision.id, [cstd.id, lastYear.id]).expect(422)).body as Problem;
    expect(wrong.code).toBe('DECISION_NOMINATION_MISMATCH');
    expect(wrong.message).toContain('Lao động tiên tiến');
    const unknown = (await addNominations(decision.id, ['00000000-0000-4000-8000-00000000000a']).expect(400)).body as Problem;
    expect(unknown.details).toEqual([expect.objectContaining({ field: 'nominationIds.0', constraint: 'unknownNomination' })]);
    // Exactly one source of lines.
    await api(hr.token)
      .post(`/api/decisions/${decision.id}/lines`, { nominationIds: [cstd.id], staffIds: [cstd.staffId] })
      .expect(400);
    expect(await lineCount(decision.id)).toBe(0);
  });

  it('keeps to the drafter’s units: a nomination proposed by another unit is 403 OUT_OF_SCOPE on its field', async () => {
    const decision = await draft();
    const elsewhere = await nominee('posted', { at: otherUnit });
    const refused = (await addNominations(decision.id, [elsewhere.id]).expect(403)).body as Problem;
    expect(refused.code).toBe('OUT_OF_SCOPE');
    expect(refused.details).toEqual([expect.objectContaining({ field: 'nominationIds.0' })]);
    // The outsider sees their own nomination refused by the draft's other checks only after scope: here it is theirs.
    await addNominations(decision.id, [elsewhere.id], outsider.token).expect(201);
  });

  it('a nomination is the line of one decision: twice is 409 DECISION_NOMINATION_TAKEN; removing the draft line frees it', async () => {
    const first = await draft();
    const second = await draft();
    const one = await nominee('posted');
    const added = (await addNominations(first.id, [one.id]).expect(201)).body as { decision: DecisionDetail };
    const again = (await addNominations(first.id, [one.id]).expect(409)).body as Problem;
    expect(again.code).toBe('DECISION_NOMINATION_TAKEN');
    const elsewhere = (await addNominations(second.id, [one.id]).expect(409)).body as Problem;
    expect(elsewhere.code).toBe('DECISION_NOMINATION_TAKEN');
    expect(elsewhere.message).toContain('Nguyễn Thị Hoa');
    // The same person added by hand, then by nomination: the decision has them already.
    const third = await draft();
    const person = await nominee('posted');
    await api(hr.token)
      .post(`/api/decisions/${third.id}/lines`, { staffIds: [person.staffId] })
      .expect(201);
    expect(((await addNominations(third.id, [person.id]).expect(409)).body as Problem).code).toBe('DECISION_LINE_DUPLICATE');

    const lineId = added.decision.lines[0].id;
    await api(hr.token).delete(`/api/decisions/${first.id}/lines/${lineId}`).expect(200);
    await addNominations(second.id, [one.id]).expect(201);
    expect((await nominationRow(t, one.id)).state).toBe('posted');
  });

  it('issuing marks the nominations decided in the issuing transaction (one transition log row each); a revocation leaves them decided', async () => {
    const decision = await draft();
    const [a, b] = [await nominee('posted'), await nominee('posted')];
    await addNominations(decision.id, [a.id, b.id]).expect(201);
    // A line added by hand has no nomination to decide.
    const byHand = await createStaff(t, { unitId: unit.id, fullName: 'Lê Văn Minh' });
    await setRating(t, 'staff', byHand.id, 2025, 'good');
    await api(hr.token)
      .post(`/api/decisions/${decision.id}/lines`, { staffIds: [byHand.id] })
      .expect(201);

    const issued = await t
      .http()
      .post(`/api/decisions/${decision.id}/issue`)
      .set(bearer(clerk.token))
      .send({ signedOn: '2026-01-05' })
      .expect(200);
    const number = (issued.body as { number: string }).number;
    for (const nomination of [a, b]) {
      expect(await nominationRow(t, nomination.id)).toMatchObject({ state: 'decided', version: 6 });
      expect((await transitionsOf(t, nomination.id)).at(-1)).toEqual({
        action: 'decide',
        from: 'posted',
        to: 'decided',
        reason: null,
        actorId: clerk.id,
      });
    }
    const awards = (await t.dataSource.query(
      `SELECT staff_id AS "staffId", decision_number AS number FROM award_records WHERE decision_id = $1 ORDER BY staff_id`,
      [decision.id],
    )) as Array<{ staffId: string; number: string }>;
    expect(awards.map((award) => award.staffId).sort()).toEqual([a.staffId, b.staffId, byHand.id].sort());
    expect(awards.every((award) => award.number === number)).toBe(true);
    const audited = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity = 'nominations' AND entity_id = ANY($1::text[]) AND after->>'action' = 'decide'`,
      [[a.id, b.id]],
    )) as Array<{ n: number }>;
    expect(audited[0].n).toBe(2);

    // Revoking the issued line (Law 2022 Chapter VII): the award is revoked, the nomination stays decided
    // — the revocation is a record of its own (a decision and the award's revoked_at), not a transition.
    const line = (
      (await t.http().get(`/api/decisions/${decision.id}`).set(bearer(hr.token)).expect(200)).body as DecisionDetail
    ).lines.find((shown) => shown.nominationId === a.id)!;
    const revocation = await t
      .http()
      .post(`/api/decisions/${decision.id}/revocations`)
      .set(bearer(hr.token))
      .send({
        reason: 'Hồ sơ đề nghị khen thưởng không trung thực',
        issuerId,
        signedOn: '2026-02-10',
        signer: { prefix: 'KT.', title: 'Phó Giám đốc', name: 'Trần Văn Bình' },
        lineIds: [line.id],
      })
      .expect(201);
    await t
      .http()
      .post(`/api/decisions/${(revocation.body as { id: string }).id}/issue`)
      .set(bearer(clerk.token))
      .send({ signedOn: '2026-02-10' })
      .expect(200);
    const [revoked] = (await t.dataSource.query(`SELECT revoked_at AS "revokedAt" FROM award_records WHERE decision_line_id = $1`, [
      line.id,
    ])) as Array<{ revokedAt: Date | null }>;
    expect(revoked.revokedAt).not.toBeNull();
    expect((await nominationRow(t, a.id)).state).toBe('decided');
    expect((await transitionsOf(t, a.id)).map((row) => row.action).at(-1)).toBe('decide');
  });

  it('a nomination withdrawn after it became a line refuses the issue (409 naming it) and nothing is issued', async () => {
    const decision = await draft();
    const gone = await nominee('posted');
    await addNominations(decision.id, [gone.id]).expect(201);
    await t.dataSource.query(`UPDATE nominations SET state = 'withdrawn', version = version + 1 WHERE id = $1`, [gone.id]);
    const refused = await t
      .http()
      .post(`/api/decisions/${decision.id}/issue`)
      .set(bearer(clerk.token))
      .set(ENGLISH)
      .send({ signedOn: '2026-01-05' })
      .expect(409);
    expect((refused.body as Problem).code).toBe('NOMINATION_TRANSITION_NOT_ALLOWED');
    const [state] = (await t.dataSource.query(`SELECT state FROM decisions WHERE id = $1`, [decision.id])) as Array<{ state: string }>;
    expect(state.state).toBe('draft');
    expect(
      (
        (await t.dataSource.query(`SELECT count(*)::int AS n FROM award_records WHERE decision_id = $1`, [decision.id])) as Array<{
          n: number;
        }>
      )[0].n,
    ).toBe(0);
  });

  it('the draft page offers the ready nominations under “Thêm từ đề nghị” and adds the ticked ones, without JavaScript', async () => {
    const decision = await draft();
    const ready = await nominee('posted');
    const later = await nominee('posted');
    const notYet = await nominee('approved');
    const browser = await signInThroughForm(t, hr.username, 'password-123');
    const page = await browser.get(`/decisions/${decision.id}`).expect(200);
    expect(page.text).toContain('Thêm từ đề nghị');
    expect(page.text).toContain(`value="${ready.id}"`);
    expect(page.text).not.toContain(`value="${notYet.id}"`);
    const added = await browser
      .post(`/decisions/${decision.id}/lines/nominations`)
      .type('form')
      .send(new URLSearchParams({ _csrf: csrfFrom(page.text), nominationIds: ready.id }).toString())
      .expect(303);
    expect(String(added.headers.location)).toContain('#from-nominations');
    expect(await lineCount(decision.id)).toBe(1);
    // Withdrawn between the page and the click: refused above the list, at the refusal's status, nothing added.
    await t.dataSource.query(`UPDATE nominations SET state = 'withdrawn' WHERE id = $1`, [later.id]);
    const refused = await browser
      .post(`/decisions/${decision.id}/lines/nominations`)
      .type('form')
      .send(new URLSearchParams({ _csrf: csrfFrom(page.text), nominationIds: later.id }).toString())
      .expect(409);
    expect(refused.text).toContain('đang ở trạng thái “Đã rút”');
    expect(await lineCount(decision.id)).toBe(1);
  });
});
