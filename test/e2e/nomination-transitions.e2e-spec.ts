import { NominationTransitionsService, NominationsService } from '../../src/nominations/index.js';
import type { AuthUser, Role } from '../../src/kernel/index.js';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The transition service inside a caller's transaction (issue 10 "Nominations": one table of transitions, an immutable log). */
describe('nomination transitions (service)', () => {
  let t: TestApp;
  let unit: { id: string; name: string };
  let hr: AuthUser;
  let manager: AuthUser;

  const actor = async (roles: Role[]): Promise<AuthUser> => {
    const user = await createUserToken(t, roles, [unit.id]);
    const [{ path }] = (await t.dataSource.query(`SELECT path FROM units WHERE id = $1`, [unit.id])) as Array<{ path: string }>;
    return { id: user.id, username: user.username, fullName: 'Người Thử', roles, locale: 'vi', scopePaths: [path] };
  };
  // A person of their own each time: the same person, award and year is nominated once (the screening).
  const draft = async (proposedBy: AuthUser): Promise<string> => {
    const staffId = (await createStaff(t, { unitId: unit.id, fullName: 'Trần Thị Bình' })).id;
    const [{ id }] = (await t.dataSource.query(
      `INSERT INTO nominations (year, award_type, staff_id, proposed_by_unit_id, achievements, proposed_by)
       VALUES (2025, 'LDTT', $1, $2, 'Hoàn thành xuất sắc nhiệm vụ', $3) RETURNING id`,
      [staffId, unit.id, proposedBy.id],
    )) as Array<{ id: string }>;
    return id;
  };
  const apply = (who: AuthUser, request: Parameters<NominationTransitionsService['apply']>[2]) =>
    t.dataSource.transaction((manager) => t.app.get(NominationTransitionsService).apply(manager, who, request));

  beforeAll(async () => {
    t = await createTestApp();
    unit = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc' });
    hr = await actor(['hr_officer']);
    manager = await actor(['manager']);
  });
  afterAll(async () => {
    await t.close();
  });

  it('submits a draft: state, version, who submitted, one log line and one audit entry', async () => {
    const id = await draft(hr);
    const [result] = await apply(hr, { items: [{ id, version: 1 }], action: 'submit' });
    expect(result).toEqual({ id, action: 'submit', from: 'draft', to: 'submitted', version: 2 });
    const view = await t.app.get(NominationsService).get(id, hr);
    expect(view).toMatchObject({ state: 'submitted', version: 2, submittedBy: hr.id, subjectName: 'Trần Thị Bình' });
    expect(await t.app.get(NominationsService).log(id)).toMatchObject([
      { action: 'submit', from: 'draft', to: 'submitted', actorId: hr.id, version: 2 },
    ]);
    const audit = (await t.dataSource.query(`SELECT action, after FROM audit_log WHERE entity = 'nominations' AND entity_id = $1`, [
      id,
    ])) as Array<{
      action: string;
      after: { state: string };
    }>;
    expect(audit).toMatchObject([{ action: 'transition', after: { state: 'submitted' } }]);
  });

  it('refuses a stale version (409 code) naming the current one, and changes nothing', async () => {
    const id = await draft(hr);
    await expect(apply(hr, { items: [{ id, version: 7 }], action: 'submit' })).rejects.toMatchObject({
      code: 'NOMINATION_VERSION_STALE',
      params: { given: 7, current: 1 },
    });
    expect((await t.app.get(NominationsService).get(id, hr)).state).toBe('draft');
  });

  it('approves by the manager, refuses the proposer (four eyes, issue 10) and a return without a reason', async () => {
    const id = await draft(manager);
    await apply(hr, { items: [{ id }], action: 'submit' });
    // The manager drafted it: they may not approve it.
    await expect(apply(manager, { items: [{ id }], action: 'approve' })).rejects.toMatchObject({ code: 'NOMINATION_FOUR_EYES' });
    const other = await draft(hr);
    await apply(hr, { items: [{ id: other }], action: 'submit' });
    await expect(apply(manager, { items: [{ id: other }], action: 'return' })).rejects.toMatchObject({
      code: 'NOMINATION_REASON_REQUIRED',
    });
    const [approved] = await apply(manager, { items: [{ id: other, version: 2 }], action: 'approve' });
    expect(approved).toMatchObject({ from: 'submitted', to: 'approved', version: 3 });
  });

  it('is all or nothing: one refused row leaves every row as it was, and names the refused one', async () => {
    const ok = await draft(hr);
    const done = await draft(hr);
    await apply(hr, { items: [{ id: done }], action: 'submit' });
    await expect(apply(hr, { items: [{ id: ok }, { id: done }], action: 'submit' })).rejects.toMatchObject({
      code: 'NOMINATION_TRANSITION_NOT_ALLOWED',
      params: { nominationId: done },
    });
    expect((await t.app.get(NominationsService).get(ok, hr)).state).toBe('draft');
  });

  it('refuses a held nomination except its withdrawal; the log cannot be rewritten', async () => {
    const id = await draft(hr);
    await t.dataSource.query(`INSERT INTO nomination_holds (nomination_id, kind, reason) VALUES ($1, 'objection', 'Khiếu nại')`, [id]);
    await expect(apply(hr, { items: [{ id }], action: 'submit' })).rejects.toMatchObject({ code: 'NOMINATION_ON_HOLD' });
    await apply(hr, { items: [{ id }], action: 'withdraw', reason: 'Trùng đề nghị' });
    await expect(t.dataSource.query(`DELETE FROM nomination_transitions WHERE nomination_id = $1`, [id])).rejects.toMatchObject({
      driverError: expect.objectContaining({ hint: 'NOMINATION_LOG_IMMUTABLE' }),
    });
  });

  it('answers 404 for an id that names no nomination', async () => {
    await expect(apply(hr, { items: [{ id: '00000000-0000-4000-8000-000000000000' }], action: 'submit' })).rejects.toMatchObject({
      code: 'NOMINATION_NOT_FOUND',
    });
  });
});
