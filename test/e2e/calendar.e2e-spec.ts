import { addWorkingDays, ANNOUNCED_DAYS, ANNOUNCED_YEARS, workingCalendar } from '../../src/law/index.js';
import { signInThroughForm } from '../factories/import.js';
import { createUnit, createUserToken } from '../factories/index.js';
import { ADMIN_PASSWORD } from '../support/test-app.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';

interface Day {
  date: string;
  kind: string;
  name: string;
  source: string;
  verified: boolean;
}

describe('the working-day calendar (API): Labour Code 2019 Art. 112 and the announced days of 2025–2027', () => {
  let t: TestApp;
  let viewer: string;

  const endsOn = (from: string, days: number | string, token = viewer) =>
    t.http().get('/api/calendar/working-days').query({ from, days }).set(bearer(token));

  beforeAll(async () => {
    t = await createTestApp();
    const unit = await createUnit(t, { name: 'Thư viện tỉnh', code: 'CAL-TV' });
    viewer = (await createUserToken(t, ['viewer'], [unit.id])).token;
  });
  afterAll(async () => {
    await t.close();
  });

  it('counts across Tết Bính Ngọ 2026 (off 14/2–22/2): 10 working days from Wednesday 11/2 end on 3/3, for any signed-in user', async () => {
    const res = await endsOn('2026-02-11', 10).expect(200);
    expect(res.body).toEqual({ endsOn: '2026-03-03' });
  });

  it('counts the make-up Saturday 26/4/2025 and skips 30/4–4/5/2025; a start on a Saturday counts from Monday', async () => {
    expect((await endsOn('2025-04-25', 3).expect(200)).body).toEqual({ endsOn: '2025-04-28' });
    expect((await endsOn('2025-04-28', 3).expect(200)).body).toEqual({ endsOn: '2025-05-05' });
    expect((await endsOn('2025-03-01', 1).expect(200)).body).toEqual({ endsOn: '2025-03-03' });
  });

  it('answers what the law module answers on the seeded table, for starts all over 2025–2027', async () => {
    const calendar = workingCalendar(ANNOUNCED_DAYS, ANNOUNCED_YEARS);
    const starts = ['2025-01-22', '2025-04-03', '2025-08-27', '2025-12-30', '2026-01-08', '2026-02-13', '2026-04-23', '2026-08-28'];
    starts.push('2027-02-03', '2027-04-28', '2027-09-01');
    for (const from of starts) {
      for (const days of [1, 5, 10]) {
        expect([from, days, (await endsOn(from, days).expect(200)).body]).toEqual([
          from,
          days,
          { endsOn: addWorkingDays(from, days, calendar) },
        ]);
      }
    }
  });

  it('refuses (422) a count that runs into a year with no days entered, naming the year', async () => {
    const res = await endsOn('2099-03-02', 5).expect(422);
    expect(res.body).toMatchObject({ statusCode: 422, code: 'CALENDAR_YEAR_NOT_COVERED' });
    expect(res.body.message).toContain('2099');
  });

  it('refuses (400) a malformed start or count', async () => {
    for (const [from, days] of [
      ['2026-02-30', 5],
      ['11/02/2026', 5],
      ['2026-02-11', 0],
      ['2026-02-11', 251],
      ['2026-02-11', 'ten'],
      ['2026-02-11', 2.5],
    ] as const) {
      const res = await endsOn(from, days).expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
  });

  it('lists one year with each day, its source and whether it is verified', async () => {
    const res = await t.http().get('/api/calendar/holidays').query({ year: 2026 }).set(bearer(viewer)).expect(200);
    const days = res.body as Day[];
    expect(days.every((day) => day.date.startsWith('2026-'))).toBe(true);
    expect(days.find((day) => day.date === '2026-02-17')).toMatchObject({ kind: 'holiday', name: 'Tết Nguyên đán', verified: true });
    expect(days.find((day) => day.date === '2026-01-10')).toMatchObject({ kind: 'make_up_workday', verified: true });
    expect(days.find((day) => day.date === '2026-09-01')).toMatchObject({ verified: false });
    expect(days.map((day) => day.date)).toEqual([...days.map((day) => day.date)].sort());
  });

  it('lets an admin add a day and replace it, audited, and counts with it at once', async () => {
    await t.dataSource.query(`DELETE FROM calendar_days WHERE extract(year FROM day) = 2031`);
    const day = {
      date: '2031-01-01',
      kind: 'holiday',
      name: 'Tết Dương lịch',
      source: 'BLLĐ 2019 Điều 112 khoản 1 điểm a',
      verified: false,
    };
    const created = await t.http().post('/api/calendar/holidays').set(bearer(t.adminToken)).send(day).expect(201);
    expect(created.body).toEqual(day);
    expect((await endsOn('2031-01-01', 1).expect(200)).body).toEqual({ endsOn: '2031-01-02' });

    await t
      .http()
      .post('/api/calendar/holidays')
      .set(bearer(t.adminToken))
      .send({ ...day, verified: true })
      .expect(201);
    const listed = (await t.http().get('/api/calendar/holidays').query({ year: 2031 }).set(bearer(viewer)).expect(200)).body as Day[];
    expect(listed).toEqual([{ ...day, verified: true }]);
    const audit = (await t.dataSource.query(
      `SELECT action, before, after FROM audit_log WHERE entity = 'calendar_days' AND entity_id = '2031-01-01' ORDER BY id DESC LIMIT 2`,
    )) as Array<{ action: string; before: Day | null; after: Day }>;
    expect(audit.map((entry) => entry.action)).toEqual(['update', 'create']);
    expect(audit[0]).toMatchObject({ before: { verified: false }, after: { verified: true } });
  });

  it('refuses a make-up working day on a weekday, a bad kind, and anyone but an admin', async () => {
    const base = { date: '2031-01-06', kind: 'make_up_workday', name: 'Làm bù', source: 'Thông báo thử', verified: true };
    const weekday = await t.http().post('/api/calendar/holidays').set(bearer(t.adminToken)).send(base).expect(400);
    expect(weekday.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'kind' })] });
    await t
      .http()
      .post('/api/calendar/holidays')
      .set(bearer(t.adminToken))
      .send({ ...base, kind: 'weekend' })
      .expect(400);
    const forbidden = await t
      .http()
      .post('/api/calendar/holidays')
      .set(bearer(viewer))
      .send({ ...base, date: '2031-01-04' })
      .expect(403);
    expect(forbidden.body).toMatchObject({ code: 'FORBIDDEN' });
    const rows = (await t.dataSource.query(`SELECT day FROM calendar_days WHERE day IN ('2031-01-06', '2031-01-04')`)) as unknown[];
    expect(rows).toEqual([]);
  });

  it('shows admins one year of the calendar, with "chưa xác minh" beside the unverified days', async () => {
    const admin = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
    const page = await admin.get('/calendar?year=2026').expect(200);
    expect(page.text).toContain('Lịch ngày làm việc');
    expect(page.text).toContain('17/02/2026');
    expect(page.text).toMatch(/01\/09\/2026[\s\S]*?chưa xác minh/u);
    expect(page.text).not.toContain('25/01/2025');
  });
});
