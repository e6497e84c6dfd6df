import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import type request from 'supertest';
import { CouncilDocumentsService } from '../../src/councils/index.js';
import type { AuthUser } from '../../src/kernel/index.js';
import { createUnit, createUserToken } from '../factories/index.js';
import { buildMembers, createCouncil, type CouncilFixture, insertApprovedNominations, insertStaff } from '../factories/councils.js';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';

/*
 * The council (issue 10 "The council"; domain-rules §2.9): councils and members over time, sessions
 * with the attendance of their date checked against the settings, ballots counted on ALL members,
 * closing (passed / failed, numbered minutes and tally, frozen), and the documents read back.
 */

const sofficeFound = (process.env.PATH ?? '').split(':').some((folder) => existsSync(join(folder, 'soffice')));

/** Supertest keeping any body as bytes. */
const binary = (test: request.Test): request.Test =>
  test.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

interface Ballot {
  nominationId: string;
  version: number;
  recused: Array<{ name: string; conflict: string; present: boolean }>;
  eligibleVoters: number;
  required: number;
  outcome: { passed: boolean; votesFor: number; required: number; members: number } | null;
  result: string | null;
}

interface Session {
  id: string;
  state: string;
  version: number;
  attendance: { members: number; present: number; quorum: { required: number; met: boolean }; awards: { required: number; met: boolean } };
  ballots: Ballot[];
  minutesNumber: string | null;
  tallyNumber: string | null;
}

describe('the council: councils, sessions, ballots, closing and the minutes', () => {
  let t: TestApp;
  let unitId: string;
  let subUnitId: string;
  let secretary: { id: string; token: string };
  let hr: { id: string; token: string };
  let hrMember: { id: string; token: string };
  let council: CouncilFixture;
  let present: string[];
  let nominations: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', string>;
  let session: Session;

  const api = (token: string) => ({
    get: (path: string) => t.http().get(path).set(bearer(token)).set(ENGLISH),
    post: (path: string, body: object = {}) => t.http().post(path).set(bearer(token)).set(ENGLISH).send(body),
    put: (path: string, body: object) => t.http().put(path).set(bearer(token)).set(ENGLISH).send(body),
  });
  const states = async (ids: string[]): Promise<string[]> =>
    (
      (await t.dataSource.query(`SELECT state FROM nominations WHERE id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], id)`, [
        ids,
      ])) as Array<{
        state: string;
      }>
    ).map((row) => row.state);
  const ballot = (id: string, body: object) => api(secretary.token).put(`/api/council-sessions/${session.id}/ballots/${id}`, body);

  beforeAll(async () => {
    t = await createTestApp();
    unitId = (await createUnit(t, { name: 'Thư viện tỉnh Vĩnh Phúc' })).id;
    subUnitId = (await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', parentId: unitId })).id;
    secretary = await createUserToken(t, ['council_secretary'], [unitId]);
    hr = await createUserToken(t, ['hr_officer'], [unitId]);
    hrMember = await createUserToken(t, ['hr_officer'], [unitId]);
    const [a, b, c, d, e, f] = await insertStaff(t, subUnitId, [
      'Nguyễn Thị Ngọc Ánh',
      'Trần Văn Đức',
      'Lê Hoàng Quỳnh Hương',
      'Phạm Thị Ỷ Lan',
      'Đỗ Mạnh Hùng',
      'Vũ Thị Kiều Oanh',
    ]);
    // 30 members from 2024; Đỗ Mạnh Hùng (nominee E) is member 4, the HR officer who proposes F is member 5.
    council = await createCouncil(t, secretary.token, {
      unitId,
      members: buildMembers(30, '2024-01-01', { 3: { name: 'Đỗ Mạnh Hùng', staffId: e }, 4: { name: 'Hồ Thị Thu', userId: hrMember.id } }),
    });
    const byName = new Map(council.members.map((member) => [member.name, member.id]));
    // 27 present: all but the last three.
    present = buildMembers(30, '2024-01-01', { 3: { name: 'Đỗ Mạnh Hùng' }, 4: { name: 'Hồ Thị Thu' } })
      .slice(0, 27)
      .map((member) => byName.get(member.name)!);
    const [A, B] = await insertApprovedNominations(t, { unitId: subUnitId, awardType: 'CSTD_TINH', staffIds: [a, b], proposedBy: hr.id });
    const [C, E] = await insertApprovedNominations(t, { unitId: subUnitId, awardType: 'CSTDCS', staffIds: [c, e], proposedBy: hr.id });
    const [D] = await insertApprovedNominations(t, { unitId: subUnitId, awardType: 'LDTT', staffIds: [d], proposedBy: hr.id });
    const [F] = await insertApprovedNominations(t, { unitId: subUnitId, awardType: 'LDTT', staffIds: [f], proposedBy: hrMember.id });
    nominations = { A, B, C, D, E, F };
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  describe('councils and their members', () => {
    it('sets up a council of 30 with its members (secretary in the unit’s scope), readable by a viewer of the unit', async () => {
      expect(council.members).toHaveLength(30);
      const viewer = await createUserToken(t, ['viewer'], [unitId]);
      const list = await api(viewer.token).get('/api/councils').expect(200);
      expect(list.body).toEqual([
        expect.objectContaining({ id: council.id, unitName: 'Thư viện tỉnh Vĩnh Phúc', currentMembers: 30, symbol: 'HĐTĐKT' }),
      ]);
      const [audit] = (await t.dataSource.query(`SELECT action, after FROM audit_log WHERE entity = 'councils' AND entity_id = $1`, [
        council.id,
      ])) as Array<{ action: string; after: { members: number } }>;
      expect(audit).toEqual({ action: 'create', after: expect.objectContaining({ members: 30 }) });
    });

    it('refuses other roles (403), a secretary of another unit (403) and a member naming an unknown account (400 beside the field)', async () => {
      await api(hr.token).post('/api/councils', { unitId, name: 'Hội đồng khác', members: [] }).expect(403);
      const other = await createUnit(t, { name: 'Bảo tàng tỉnh' });
      const outsider = await createUserToken(t, ['council_secretary'], [other.id]);
      const refused = await api(outsider.token).post('/api/councils', { unitId, name: 'Hội đồng khác', members: [] }).expect(403);
      expect(refused.body).toMatchObject({ code: 'OUT_OF_SCOPE' });
      await api(outsider.token).get(`/api/councils/${council.id}`).expect(403);
      const unknown = await api(secretary.token)
        .post('/api/councils', {
          unitId,
          name: 'Hội đồng khác',
          members: [{ name: 'Ai đó', role: 'member', userId: '00000000-0000-4000-8000-000000000000' }],
        })
        .expect(400);
      expect(unknown.body.details).toEqual([expect.objectContaining({ field: 'members.0.userId', constraint: 'unknownUser' })]);
    });
  });

  describe('opening a session: quorum and attendance from the settings of its date (domain-rules §2.9, Bắc Ninh QĐ 86/2025 Điều 8)', () => {
    it('refuses 19 of 30 present with the numbers: the council meets with at least 20 (2/3)', async () => {
      const res = await api(secretary.token)
        .post('/api/council-sessions', {
          councilId: council.id,
          heldOn: '2025-12-10',
          place: 'Phòng họp',
          attendees: present.slice(0, 19),
          nominationIds: [],
        })
        .expect(422);
      expect(res.body).toMatchObject({ code: 'COUNCIL_QUORUM_NOT_MET' });
      expect(res.body.message).toBe('Only 19 of 30 members present: the council meets with at least 20 (2/3 of all members).');
    });

    it('refuses to consider awards with 23 of 30 present (24 needed, 80 %), and leaves the nomination approved', async () => {
      const res = await api(secretary.token)
        .post('/api/council-sessions', {
          councilId: council.id,
          heldOn: '2025-12-10',
          place: 'Phòng họp',
          attendees: present.slice(0, 23),
          nominationIds: [nominations.A],
        })
        .expect(422);
      expect(res.body).toMatchObject({ code: 'COUNCIL_AWARDS_ATTENDANCE_NOT_MET' });
      expect(res.body.message).toContain('Only 23 of 30 members present');
      expect(res.body.message).toContain('at least 24 (80 % of all members)');
      expect(await states([nominations.A])).toEqual(['approved']);
      const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM council_sessions`)) as Array<{ n: number }>;
      expect(n).toBe(0);
    });

    it('meets with 23 of 30 (2/3 reached) when it considers no award, and says the 80 % is not met', async () => {
      const res = await api(secretary.token)
        .post('/api/council-sessions', {
          councilId: council.id,
          heldOn: '2025-12-10',
          place: 'Phòng họp',
          attendees: present.slice(0, 23),
          nominationIds: [],
        })
        .expect(201);
      expect((res.body as Session).attendance).toMatchObject({
        members: 30,
        present: 23,
        quorum: { required: 20, met: true },
        awards: { required: 24, met: false },
      });
    });

    it('refuses an attendee who is not a member on that date, and a session after today', async () => {
      const res = await api(secretary.token)
        .post('/api/council-sessions', {
          councilId: council.id,
          heldOn: '2025-12-15',
          place: 'Phòng họp',
          attendees: [...present.slice(0, 26), hr.id],
          nominationIds: [],
        })
        .expect(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'attendees.26', constraint: 'notAMember' })]);
      const future = await api(secretary.token)
        .post('/api/council-sessions', {
          councilId: council.id,
          heldOn: '2099-01-01',
          place: 'Phòng họp',
          attendees: present,
          nominationIds: [],
        })
        .expect(422);
      expect(future.body).toMatchObject({ code: 'COUNCIL_SESSION_IN_FUTURE' });
    });

    it('opens with 27 of 30: the nominations go on the agenda in the same transaction, the nominee and the proposer recused', async () => {
      const ids = Object.values(nominations);
      const res = await api(secretary.token)
        .post('/api/council-sessions', {
          councilId: council.id,
          heldOn: '2025-12-15',
          place: 'Phòng họp tầng 2, Thư viện tỉnh',
          attendees: present,
          nominationIds: ids,
        })
        .expect(201);
      session = res.body as Session;
      expect(session.attendance).toMatchObject({ members: 30, present: 27, quorum: { met: true }, awards: { required: 24, met: true } });
      expect(await states(ids)).toEqual(ids.map(() => 'on_agenda'));
      const byId = new Map(session.ballots.map((each) => [each.nominationId, each]));
      expect(byId.get(nominations.E)).toMatchObject({
        recused: [{ name: 'Đỗ Mạnh Hùng', conflict: 'own_nomination', present: true }],
        eligibleVoters: 29,
        required: 24,
      });
      expect(byId.get(nominations.F)).toMatchObject({ recused: [{ name: 'Hồ Thị Thu', conflict: 'proposed_by_actor' }], required: 16 });
      expect(byId.get(nominations.A)).toMatchObject({ recused: [], eligibleVoters: 30, required: 27 });
      const log = (await t.dataSource.query(`SELECT action, from_state, to_state FROM nomination_transitions WHERE nomination_id = $1`, [
        nominations.A,
      ])) as Array<{ action: string }>;
      expect(log).toEqual([{ action: 'put_on_agenda', from_state: 'approved', to_state: 'on_agenda' }]);
    });
  });

  describe('ballots: thresholds of ALL members, in integers', () => {
    it('27 of 30 at 90 % passes (25 present + 2 written) — NĐ 98/2023/NĐ-CP Điều 30 khoản 7', async () => {
      const res = await ballot(nominations.A, { for: 25, against: 2, writtenFor: 2 }).expect(200);
      expect(res.body).toMatchObject({ outcome: { passed: true, votesFor: 27, required: 27, members: 30 } });
    });

    it('26 of 30 at 90 % fails — NĐ 98/2023/NĐ-CP Điều 30 khoản 7', async () => {
      const res = await ballot(nominations.B, { for: 24, against: 3, writtenFor: 2 }).expect(200);
      expect(res.body).toMatchObject({ outcome: { passed: false, votesFor: 26, required: 27 } });
    });

    it('counts the threshold on all members, not on those present: 22 of 27 present (81 %) fails CSTĐCS at 80 % of 30 — NĐ 98/2023/NĐ-CP Điều 30 khoản 7', async () => {
      const res = await ballot(nominations.C, { for: 22, against: 5 }).expect(200);
      expect(res.body).toMatchObject({ outcome: { passed: false, votesFor: 22, required: 24, members: 30 } });
    });

    it('a simple majority of all members where the settings give no threshold (LĐTT: 16 of 30)', async () => {
      const res = await ballot(nominations.D, { for: 16, against: 11 }).expect(200);
      expect(res.body).toMatchObject({ outcome: { passed: true, required: 16, threshold: { kind: 'simple_majority_of_members' } } });
    });

    it('refuses totals above the members (422): 28 votes in a room of 27, 4 written votes from 3 absent, and writes nothing', async () => {
      const before = (await api(secretary.token).get(`/api/council-sessions/${session.id}`).expect(200)).body as Session;
      const room = await ballot(nominations.A, { for: 28, against: 0 }).expect(422);
      expect(room.body).toMatchObject({
        code: 'BALLOT_TOTALS_EXCEED_MEMBERS',
        message: 'The votes in the room are 28, more than the 27 members present who may vote.',
      });
      const written = await ballot(nominations.A, { for: 20, against: 0, writtenFor: 4 }).expect(422);
      expect(written.body.message).toBe('The written votes are 4, more than the 3 absent members who may vote.');
      const after = (await api(secretary.token).get(`/api/council-sessions/${session.id}`).expect(200)).body as Session;
      expect(after.ballots).toEqual(before.ballots);
    });

    it('the recused nominee present takes no vote: 27 votes in the room are more than the 26 others present; 24 of 30 pass CSTĐCS', async () => {
      const refused = await ballot(nominations.E, { for: 25, against: 2 }).expect(422);
      expect(refused.body.message).toBe('The votes in the room are 27, more than the 26 members present who may vote.');
      const res = await ballot(nominations.E, { for: 24, against: 2 }).expect(200);
      expect(res.body).toMatchObject({ outcome: { passed: true, votesFor: 24, recused: 1 } });
      await ballot(nominations.F, { for: 20, against: 6 }).expect(200);
    });

    it('a ballot recorded on a stale version is refused (409) naming the current one', async () => {
      const current = ((await api(secretary.token).get(`/api/council-sessions/${session.id}`).expect(200)).body as Session).ballots.find(
        (each) => each.nominationId === nominations.D,
      )!;
      await ballot(nominations.D, { for: 16, against: 11, version: current.version }).expect(200);
      const stale = await ballot(nominations.D, { for: 17, against: 10, version: current.version }).expect(409);
      expect(stale.body).toMatchObject({ code: 'COUNCIL_BALLOT_VERSION_STALE' });
      expect(stale.body.message).toContain(`version ${current.version + 1}`);
    });

    it('refuses a nomination not on the agenda (404), other roles (403)', async () => {
      await ballot('00000000-0000-4000-8000-000000000000', { for: 1, against: 0 }).expect(404);
      await api(hr.token)
        .put(`/api/council-sessions/${session.id}/ballots/${nominations.A}`, { for: 25, against: 2, writtenFor: 2 })
        .expect(403);
    });
  });

  describe('closing', () => {
    it('refuses to close before every ballot is recorded (422, naming them)', async () => {
      const staff = await insertStaff(t, subUnitId, ['Bùi Thị Hạnh']);
      const [extra] = await insertApprovedNominations(t, { unitId: subUnitId, awardType: 'LDTT', staffIds: staff, proposedBy: hr.id });
      const fresh = await api(secretary.token)
        .post('/api/council-sessions', {
          councilId: council.id,
          heldOn: '2025-12-20',
          place: 'Phòng họp',
          attendees: present,
          nominationIds: [extra],
        })
        .expect(201);
      const refused = await api(secretary.token)
        .post(`/api/council-sessions/${(fresh.body as Session).id}/close`)
        .expect(422);
      expect(refused.body).toMatchObject({
        code: 'COUNCIL_BALLOTS_MISSING',
        message: '1 nominations have no ballot recorded yet: Bùi Thị Hạnh.',
      });
    });

    it('moves each nomination to passed or failed with the tally and the threshold stored, logged, numbered 01 and 02/BB-HĐTĐKT', async () => {
      const res = await api(secretary.token).post(`/api/council-sessions/${session.id}/close`, { version: session.version }).expect(200);
      const closed = res.body as Session;
      expect(closed).toMatchObject({ state: 'closed', minutesNumber: '01/BB-HĐTĐKT', tallyNumber: '02/BB-HĐTĐKT' });
      const ids = [nominations.A, nominations.B, nominations.C, nominations.D, nominations.E, nominations.F];
      expect(await states(ids)).toEqual(['passed', 'failed', 'failed', 'passed', 'passed', 'passed']);
      const stored = (await t.dataSource.query(
        `SELECT nomination_id AS id, result, required, threshold FROM council_ballots WHERE session_id = $1 ORDER BY ordinal`,
        [session.id],
      )) as Array<{ id: string; result: string; required: number; threshold: { kind: string; percent: number | null; verified: boolean } }>;
      expect(stored.find((row) => row.id === nominations.A)).toMatchObject({
        result: 'passed',
        required: 27,
        threshold: { kind: 'percent_of_members', percent: 90, verified: false },
      });
      const log = (await t.dataSource.query(
        `SELECT nomination_id AS id, action, to_state AS "to", actor_id AS actor FROM nomination_transitions WHERE action IN ('pass', 'fail') ORDER BY id`,
      )) as Array<{ id: string; action: string; to: string; actor: string }>;
      expect(log).toHaveLength(6);
      expect(log.find((row) => row.id === nominations.B)).toEqual({ id: nominations.B, action: 'fail', to: 'failed', actor: secretary.id });
      const [audit] = (await t.dataSource.query(
        `SELECT after FROM audit_log WHERE entity = 'council-sessions' AND action = 'close'`,
      )) as Array<{
        after: { passed: number; failed: number; minutesNumber: string };
      }>;
      expect(audit.after).toMatchObject({ passed: 4, failed: 2, minutesNumber: '01/BB-HĐTĐKT' });
    });

    it('a closed session is frozen: ballots and a second close answer 409, and the database refuses a write around the service', async () => {
      const res = await ballot(nominations.A, { for: 10, against: 17 }).expect(409);
      expect(res.body).toMatchObject({
        code: 'COUNCIL_SESSION_CLOSED',
        message: 'The session of 15/12/2025 is closed: its results cannot change.',
      });
      await api(secretary.token).post(`/api/council-sessions/${session.id}/close`).expect(409);
      await expect(
        t.dataSource.query(`UPDATE council_ballots SET votes_for = 30 WHERE session_id = $1`, [session.id]),
      ).rejects.toMatchObject({
        driverError: expect.objectContaining({ hint: 'COUNCIL_SESSION_CLOSED' }),
      });
      await expect(t.dataSource.query(`DELETE FROM council_session_members WHERE session_id = $1`, [session.id])).rejects.toMatchObject({
        driverError: expect.objectContaining({ hint: 'COUNCIL_SESSION_CLOSED' }),
      });
      await expect(t.dataSource.query(`UPDATE council_sessions SET place = 'x' WHERE id = $1`, [session.id])).rejects.toMatchObject({
        driverError: expect.objectContaining({ hint: 'COUNCIL_SESSION_CLOSED' }),
      });
      await expect(t.dataSource.query(`DELETE FROM council_document_numbers`)).rejects.toMatchObject({
        driverError: expect.objectContaining({ hint: 'COUNCIL_NUMBER_IMMUTABLE' }),
      });
    });

    it('numbers run per council and year: the next session of 2025 takes 03 and 04, one of 2024 and another council’s start at 01', async () => {
      const [earlier] = (await t.dataSource.query(`SELECT id FROM council_sessions WHERE held_on = '2025-12-10'`)) as Array<{ id: string }>;
      const second = await api(secretary.token).post(`/api/council-sessions/${earlier.id}/close`).expect(200);
      expect(second.body).toMatchObject({ minutesNumber: '03/BB-HĐTĐKT', tallyNumber: '04/BB-HĐTĐKT' });
      const of2024 = await api(secretary.token)
        .post('/api/council-sessions', {
          councilId: council.id,
          heldOn: '2024-11-20',
          place: 'Phòng họp',
          attendees: present,
          nominationIds: [],
        })
        .expect(201);
      const closed2024 = await api(secretary.token)
        .post(`/api/council-sessions/${(of2024.body as Session).id}/close`)
        .expect(200);
      expect(closed2024.body).toMatchObject({ minutesNumber: '01/BB-HĐTĐKT', tallyNumber: '02/BB-HĐTĐKT' });
      const other = await createCouncil(t, secretary.token, {
        unitId: subUnitId,
        name: 'Hội đồng Thi đua – Khen thưởng Phòng Phục vụ bạn đọc',
        members: buildMembers(3, '2025-01-01'),
      });
      const otherSession = await api(secretary.token)
        .post('/api/council-sessions', {
          councilId: other.id,
          heldOn: '2025-12-16',
          place: 'Phòng đọc',
          attendees: other.members.map((m) => m.id),
          nominationIds: [],
        })
        .expect(201);
      const closedOther = await api(secretary.token)
        .post(`/api/council-sessions/${(otherSession.body as Session).id}/close`)
        .expect(200);
      expect(closedOther.body).toMatchObject({ minutesNumber: '01/BB-HĐTĐKT', tallyNumber: '02/BB-HĐTĐKT' });
      const register = (await t.dataSource.query(
        `SELECT year, number, kind FROM council_document_numbers WHERE council_id = $1 ORDER BY year, number`,
        [council.id],
      )) as Array<{ year: number; number: number; kind: string }>;
      expect(register.map((row) => `${row.year}/${row.number}/${row.kind}`)).toEqual([
        '2024/1/minutes',
        '2024/2/tally',
        '2025/1/minutes',
        '2025/2/tally',
        '2025/3/minutes',
        '2025/4/tally',
      ]);
    });

    it('a change of membership never rewrites what a session counted (409), a later one is recorded', async () => {
      const member = council.members.find((each) => each.name === 'Hồ Thị Thu')!;
      const ended = await api(secretary.token)
        .post(`/api/councils/${council.id}/members/${member.id}/end`, { to: '2025-12-01' })
        .expect(409);
      expect(ended.body).toMatchObject({ code: 'COUNCIL_MEMBERSHIP_COUNTED' });
      const added = await api(secretary.token)
        .post(`/api/councils/${council.id}/members`, { name: 'Mới', role: 'member', from: '2025-12-18' })
        .expect(409);
      expect(added.body.message).toBe(
        'The session of 20/12/2025 counted the council without this change for Mới: choose a date after that session.',
      );
      await api(secretary.token).post(`/api/councils/${council.id}/members/${member.id}/end`, { to: '2026-06-30' }).expect(200);
      const after = await api(secretary.token)
        .post(`/api/councils/${council.id}/members`, { name: 'Thành viên mới', role: 'member', from: '2026-01-02' })
        .expect(201);
      expect((after.body as { members: unknown[] }).members).toHaveLength(31);
    });
  });

  describe('the minutes and the ballot tally (documents engine)', () => {
    it('HTML read back: the number, the date, members present and absent, each nomination with its votes, threshold and result', async () => {
      const res = await api(secretary.token).get(`/api/council-sessions/${session.id}/minutes.html`).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/u);
      expect(res.headers['content-security-policy']).toContain("style-src 'sha256-");
      const html = res.text;
      for (const text of [
        'Số: 01/BB-HĐTĐKT',
        'Vĩnh Phúc, ngày 15 tháng 12 năm 2025',
        'BIÊN BẢN',
        'THƯ VIỆN TỈNH VĨNH PHÚC',
        'Thành viên có mặt (27):',
        'Thành viên vắng mặt (3):',
        'Nguyễn Thị Ngọc Ánh',
        '27 (25 + 2 bằng văn bản)',
        '27/30 (90,0\u00a0%)',
        '≥ 27/30 (90 % tổng số thành viên)',
        '26/30 (86,7\u00a0%)',
        'Không đạt',
        'Đỗ Mạnh Hùng',
        'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7',
        '(chưa xác minh)',
        'THƯ KÝ HỘI ĐỒNG',
        'CHỦ TỊCH HỘI ĐỒNG',
      ]) {
        expect(html).toContain(text);
      }
      expect(html).not.toContain('DỰ THẢO');
      const tally = await api(secretary.token).get(`/api/council-sessions/${session.id}/tally.html`).expect(200);
      expect(tally.text).toContain('Số: 02/BB-HĐTĐKT');
      expect(tally.text).toContain('Kiểm phiếu biểu quyết xét khen thưởng');
    });

    it('an open session’s documents are drafts: DỰ THẢO, the number blank', async () => {
      const [open] = (await t.dataSource.query(`SELECT id FROM council_sessions WHERE held_on = '2025-12-20'`)) as Array<{ id: string }>;
      const res = await api(secretary.token).get(`/api/council-sessions/${open.id}/minutes.html`).expect(200);
      expect(res.text).toContain('DỰ THẢO');
      expect(res.text).toContain('Số:      /BB-HĐTĐKT');
      expect(res.headers['content-disposition']).toContain('inline');
    });

    it('DOCX opened and read back: every text of the minutes, no tag left', async () => {
      const res = await binary(api(secretary.token).get(`/api/council-sessions/${session.id}/minutes.docx`)).expect(200);
      const zip = new PizZip(res.body as Buffer);
      const xml = zip.file('word/document.xml')!.asText();
      const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((match) => match[1]).join('\n');
      for (const expected of [
        'Số: 01/BB-HĐTĐKT',
        'Nguyễn Thị Ngọc Ánh',
        'Vũ Thị Kiều Oanh',
        '27/30 (90,0\u00a0%)',
        'Đạt',
        'Không đạt',
        'THƯ KÝ HỘI ĐỒNG',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toMatch(/[{}]/u);
      expect(text).toBe(text.normalize('NFC'));
      expect(decodeURIComponent(String(res.headers['content-disposition']).split("filename*=UTF-8''")[1])).toBe(
        'Biên bản họp Hội đồng 01-BB-HĐTĐKT.docx',
      );
    });

    it('the dossier sent upward carries the minutes and the tally of the closed sessions that voted on its nominations', async () => {
      const reader: AuthUser = {
        id: randomUUID(),
        username: 'doc',
        fullName: 'Người đọc',
        roles: ['viewer'],
        locale: 'vi',
        scopePaths: null,
      };
      const documents = t.app.get(CouncilDocumentsService);
      const files = await documents.closedSessionFiles(t.dataSource.manager, [nominations.A], reader);
      expect(files.map((file) => file.fileName)).toEqual([
        'Biên bản họp Hội đồng 01-BB-HĐTĐKT.docx',
        'Biên bản kiểm phiếu 02-BB-HĐTĐKT.docx',
      ]);
      const xml = new PizZip(files[0].content).file('word/document.xml')!.asText();
      expect(xml).toContain('Nguyễn Thị Ngọc Ánh');
      expect(await documents.closedSessionFiles(t.dataSource.manager, [randomUUID()], reader)).toEqual([]);
    });

    (sofficeFound ? it : it.skip)(
      'PDF/A through LibreOffice, read back with pdftotext',
      async () => {
        const res = await binary(api(secretary.token).get(`/api/council-sessions/${session.id}/tally.pdf`)).expect(200);
        const bytes = res.body as Buffer;
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const text = execFileSync('pdftotext', ['-raw', '-', '-'], { input: bytes, encoding: 'utf8' })
          .replace(/\s+/gu, ' ')
          .normalize('NFC');
        expect(text).toContain('Số: 02/BB-HĐTĐKT');
        expect(text).toContain('Nguyễn Thị Ngọc Ánh');
        expect(text).toContain('Lê Hoàng Quỳnh Hương');
      },
      120_000,
    );
  });

  describe('the pages', () => {
    it('the session page shows the quorum, each tally against its threshold, and records a ballot without script (CSRF form, 303)', async () => {
      const agent = await signInThroughForm(t, 'admin', 'admin-password-for-tests');
      const closedPage = await agent.get(`/council-sessions/${session.id}`).expect(200);
      expect(closedPage.text).toContain('Để họp: cần ít nhất 20/30 (2/3) — đạt.');
      expect(closedPage.text).toContain('Đồng ý 27/30 — cần 27: đạt');
      expect(closedPage.text).toContain('chưa xác minh');
      expect(closedPage.text).not.toContain('data-tally ');
      const [open] = (await t.dataSource.query(`SELECT id FROM council_sessions WHERE held_on = '2025-12-20'`)) as Array<{ id: string }>;
      const page = await agent.get(`/council-sessions/${open.id}`).expect(200);
      const [{ nomination_id: nominationId }] = (await t.dataSource.query(
        `SELECT nomination_id FROM council_ballots WHERE session_id = $1`,
        [open.id],
      )) as Array<{ nomination_id: string }>;
      const form = new URLSearchParams({
        _csrf: csrfFrom(page.text),
        for: '20',
        against: '7',
        abstain: '',
        writtenFor: '',
        writtenAgainst: '',
      });
      await agent.post(`/council-sessions/${open.id}/ballots/${nominationId}`).type('form').send(form.toString()).expect(303);
      const tooMany = new URLSearchParams({ _csrf: csrfFrom(page.text), for: '30', against: '0' });
      const refused = await agent
        .post(`/council-sessions/${open.id}/ballots/${nominationId}`)
        .type('form')
        .send(tooMany.toString())
        .expect(422);
      expect(refused.text).toContain('Số phiếu tại cuộc họp là 30, vượt quá 27 thành viên có mặt được biểu quyết.');
      const unconfirmed = await agent
        .post(`/council-sessions/${open.id}/close`)
        .type('form')
        .send(new URLSearchParams({ _csrf: csrfFrom(page.text) }).toString())
        .expect(400);
      expect(unconfirmed.text).toMatch(/id="close-confirm"[^>]*aria-invalid="true"/u);
      const confirmed = new URLSearchParams({ _csrf: csrfFrom(page.text), confirm: '1' });
      await agent.post(`/council-sessions/${open.id}/close`).type('form').send(confirmed.toString()).expect(303);
      const after = await agent.get(`/council-sessions/${open.id}`).expect(200);
      expect(after.text).toContain('data-session-state="closed"');
      expect(after.text).toContain('05/BB-HĐTĐKT');
    });

    it('the councils list and a council’s page', async () => {
      const agent = await signInThroughForm(t, 'admin', 'admin-password-for-tests');
      const list = await agent.get('/councils').expect(200);
      expect(list.text).toContain('Hội đồng Thi đua – Khen thưởng Thư viện tỉnh');
      const detail = await agent.get(`/councils/${council.id}`).expect(200);
      expect(detail.text).toContain('Đỗ Mạnh Hùng');
      expect(detail.text).toContain('15/12/2025');
    });
  });
});
