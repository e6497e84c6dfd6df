import { DEFAULT_COUNCIL_MEETING_SETTINGS, DEFAULT_PROVINCE_RULES } from '../../src/law/index.js';
import { ProvinceSettingsService } from '../../src/settings/index.js';
import { csrfFrom, signInThroughForm } from '../factories/import.js';
import { createUnit, createUserToken } from '../factories/index.js';
import { ADMIN_PASSWORD, bearer, createTestApp, ENGLISH, type TestApp } from '../support/test-app.js';

interface Period {
  key: string;
  group: string;
  value: unknown;
  verified: boolean;
  source: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));
const NEXT_YEAR = `${year + 1}-01-01`;
const LAST_DAY = `${year}-12-31`;
const SOURCE = 'Quyết định 99/2026/QĐ-UBND tỉnh A, Điều 5';

describe('province settings as dated data (Luật TĐKT 2022 Điều 24 khoản 4: details delegated to the province)', () => {
  let t: TestApp;
  let settings: ProvinceSettingsService;
  let viewer: string;

  const on = (date: string, token = viewer) => t.http().get('/api/settings/province').query({ on: date }).set(bearer(token));
  const valueOn = async (date: string, key: string): Promise<Period | undefined> =>
    ((await on(date).expect(200)).body.settings as Period[]).find((setting) => setting.key === key);
  const put = (body: object, token = t.adminToken) => t.http().put('/api/settings/province').set(bearer(token)).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    settings = t.app.get(ProvinceSettingsService);
    const unit = await createUnit(t, { name: 'Thư viện tỉnh', code: 'SET-TV' });
    viewer = (await createUserToken(t, ['viewer'], [unit.id])).token;
  });
  afterAll(async () => {
    await t.close();
  });

  it('the seeded settings in force are the code’s defaults, in one read (example deadlines unverified)', async () => {
    const inForce = await settings.inForceOn('2026-03-01');
    expect({ ...inForce.rules, deadlines: null }).toEqual({ ...DEFAULT_PROVINCE_RULES, deadlines: null });
    expect(inForce.rules.deadlines.annualDossier).toMatchObject({ value: { day: 10, month: 12 }, verified: false });
    expect(inForce.council).toEqual(DEFAULT_COUNCIL_MEETING_SETTINGS);
    expect(inForce.postingWorkingDays.stateLevel).toMatchObject({ value: 10, verified: true });
    expect(inForce.registrationRequired.value).toBe(false);
  });

  it('GET answers any signed-in user the settings in force, each with value, source, verified and period', async () => {
    const res = await on('2026-03-01').expect(200);
    expect(res.body.on).toBe('2026-03-01');
    expect((res.body.settings as Period[]).find((s) => s.key === 'stateLevelPostingWorkingDays')).toEqual({
      key: 'stateLevelPostingWorkingDays',
      group: 'posting',
      value: 10,
      verified: true,
      source: expect.stringContaining('Nghị định 152/2025/NĐ-CP, Điều 44 khoản 2') as string,
      effectiveFrom: '1900-01-01',
      effectiveTo: null,
    });
    await t.http().get('/api/settings/province').expect(401);
  });

  it('PUT from next year: this year keeps its value up to 31/12, the new one applies from 1/1; audited before/after', async () => {
    const res = await put({
      effectiveFrom: NEXT_YEAR,
      settings: {
        'councilThresholdPercent.CSTDCS': { value: 75, verified: true, source: SOURCE },
        'quota.CSTDCS': { value: { kind: 'percent_of_staff', percent: 15, rounding: 'down' }, verified: false, source: SOURCE },
      },
    }).expect(200);
    expect(res.body.on).toBe(NEXT_YEAR);
    expect(await valueOn(LAST_DAY, 'councilThresholdPercent.CSTDCS')).toMatchObject({
      value: 80,
      effectiveFrom: '1900-01-01',
      effectiveTo: LAST_DAY,
    });
    expect(await valueOn(NEXT_YEAR, 'councilThresholdPercent.CSTDCS')).toMatchObject({
      value: 75,
      verified: true,
      source: SOURCE,
      effectiveTo: null,
    });
    expect(await valueOn(LAST_DAY, 'quota.CSTDCS')).toBeUndefined();
    const inForce = await settings.inForceOn(NEXT_YEAR);
    expect(inForce.quotas.CSTDCS?.value).toEqual({ kind: 'percent_of_staff', percent: 15, rounding: 'down' });

    const audit = await t.dataSource.query<Array<{ action: string; before: unknown; after: { periods: Period[] } }>>(
      `SELECT action, before, after FROM audit_log WHERE entity = 'province_settings' AND entity_id = 'councilThresholdPercent.CSTDCS'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].action).toBe('update');
    expect(audit[0].before).toMatchObject({ periods: [{ value: 80, effectiveTo: null }] });
    expect(audit[0].after.periods.map((p) => [p.value, p.effectiveFrom, p.effectiveTo])).toEqual([
      [80, '1900-01-01', LAST_DAY],
      [75, NEXT_YEAR, null],
    ]);
    const created = await t.dataSource.query<Array<{ action: string }>>(
      `SELECT action FROM audit_log WHERE entity = 'province_settings' AND entity_id = 'quota.CSTDCS'`,
    );
    expect(created).toEqual([{ action: 'create' }]);
  });

  it('a change planned between two periods ends the day before the later one; the history lists every period, latest first', async () => {
    const midYear = `${year + 1}-07-01`;
    await put({
      effectiveFrom: `${year + 2}-01-01`,
      settings: { 'councilThresholdPercent.CSTDCS': { value: 70, verified: true, source: SOURCE } },
    }).expect(200);
    await put({
      effectiveFrom: midYear,
      settings: { 'councilThresholdPercent.CSTDCS': { value: 72, verified: true, source: SOURCE } },
    }).expect(200);
    const history = await t.http().get('/api/settings/province/councilThresholdPercent.CSTDCS/history').set(bearer(viewer)).expect(200);
    expect((history.body as Period[]).map((p) => [p.value, p.effectiveFrom, p.effectiveTo])).toEqual([
      [70, `${year + 2}-01-01`, null],
      [72, midYear, `${year + 1}-12-31`],
      [75, NEXT_YEAR, `${year + 1}-06-30`],
      [80, '1900-01-01', LAST_DAY],
    ]);
    expect((history.body as Array<{ updatedBy: string | null }>)[0].updatedBy).toBe('admin');
    await t.http().get('/api/settings/province/noSuchKey/history').set(bearer(viewer)).expect(404);
  });

  it('never silently rewrites the past: a date before today is refused (422) unless the change says so, then audited', async () => {
    const body = { effectiveFrom: '2025-01-01', settings: { inUnitPostingWorkingDays: { value: 7, verified: true, source: SOURCE } } };
    const refused = await put(body).expect(422);
    expect(refused.body).toMatchObject({ code: 'SETTING_CHANGES_PAST' });
    expect(refused.body.message).toContain('2025-01-01');
    expect((await valueOn('2025-06-01', 'inUnitPostingWorkingDays'))?.value).toBe(5);

    await put({ ...body, acknowledgePast: true }).expect(200);
    expect((await valueOn('2024-12-31', 'inUnitPostingWorkingDays'))?.value).toBe(5);
    expect((await valueOn('2025-06-01', 'inUnitPostingWorkingDays'))?.value).toBe(7);
  });

  it('refuses (422) values that do not fit their keys, all at once, naming each key; nothing is written', async () => {
    const res = await put({
      effectiveFrom: NEXT_YEAR,
      settings: {
        councilQuorum: { value: { numerator: 4, denominator: 3 }, verified: true, source: SOURCE },
        'deadlines.annualDossier': { value: { day: 31, month: 11 }, verified: true, source: SOURCE },
        moneyRounding: { value: { step: 10_000, mode: 'up' }, verified: true },
        noSuchSetting: { value: 1, verified: true, source: SOURCE },
        reminderDaysBefore: { value: 3, verified: true, source: SOURCE },
      },
    })
      .set(ENGLISH)
      .expect(422);
    expect(res.body.code).toBe('INVALID_SETTINGS');
    const details = res.body.details as Array<{ field: string; constraint: string; message: string }>;
    expect(details.map((d) => [d.field, d.constraint])).toEqual([
      ['settings.councilQuorum.value', 'fraction'],
      ['settings.deadlines.annualDossier.value', 'dayMonth'],
      ['settings.moneyRounding', 'shape'],
      ['settings.noSuchSetting', 'unknownKey'],
    ]);
    expect(details[0].message).toContain('numerator');
    expect((await valueOn(NEXT_YEAR, 'reminderDaysBefore'))?.value).toBe(7);
  });

  it('only an admin changes settings (403 for a viewer); a malformed body is a 400', async () => {
    await put({ effectiveFrom: NEXT_YEAR, settings: { reminderDaysBefore: { value: 3, verified: true, source: SOURCE } } }, viewer).expect(
      403,
    );
    await put({ effectiveFrom: '2027-02-30', settings: {} }).expect(400);
    await put({ effectiveFrom: NEXT_YEAR, settings: 'all' }).expect(400);
  });

  it('reward money is rounded by the setting in force on the decision date (NĐ 152/2025 Điều 49 khoản 2)', async () => {
    await put({
      effectiveFrom: NEXT_YEAR,
      settings: { moneyRounding: { value: { step: 1_000, mode: 'up' }, verified: true, source: SOURCE } },
    }).expect(200);
    const amountOn = async (date: string) =>
      (await t.http().get('/api/rewards/amount').query({ awardType: 'LDTT', subject: 'individual', date }).set(bearer(viewer)).expect(200))
        .body as { baseSalary: number; amount: number; rounding: { step: number } };
    const before = await amountOn(LAST_DAY);
    const after = await amountOn(`${year + 1}-03-01`);
    // 0.3 × base salary: up to 10,000 VND this year, up to 1,000 VND from next year.
    expect([before.rounding.step, before.amount]).toEqual([10_000, Math.ceil((before.baseSalary * 3) / 100_000) * 10_000]);
    expect([after.rounding.step, after.amount]).toEqual([1_000, Math.ceil((after.baseSalary * 3) / 10_000) * 1_000]);
  });

  it('the admin page groups the settings in force with their sources, "chưa xác minh" where unverified, without JavaScript', async () => {
    const admin = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
    const page = await admin.get('/settings?on=01/03/2026').expect(200);
    for (const text of [
      'Thiết lập của tỉnh',
      'Hội đồng',
      'Chỉ tiêu',
      'Công khai',
      'Thời hạn',
      'Tiền thưởng',
      'Tiêu chí',
      'chưa xác minh',
    ]) {
      expect(page.text).toContain(text);
    }
    expect(page.text).toContain('2/3 số thành viên');
    expect(page.text).toContain('Ngày 10/12 hằng năm');
    expect(page.text).toContain('Nghị định 152/2025/NĐ-CP, Điều 44 khoản 2');
    expect(page.text).toContain('href="/settings"');
  });

  it('the form sets a value from a date (dd/mm/yyyy), shows refusals beside the value, and lists the history', async () => {
    const admin = await signInThroughForm(t, 'admin', ADMIN_PASSWORD);
    const form = await admin.get('/settings/edit?key=reminderDaysBefore').expect(200);
    expect(form.text).toContain('Nhắc người đề nghị trước hạn');
    const send = (fields: Record<string, string>) =>
      admin
        .post('/settings/edit')
        .type('form')
        .send(new URLSearchParams({ _csrf: csrfFrom(form.text), key: 'reminderDaysBefore', ...fields }).toString());
    const refused = await send({ effectiveFrom: `01/01/${year + 1}`, value: 'bảy', source: SOURCE }).expect(422);
    expect(refused.text).toContain('Cần một số nguyên từ 0 đến 365.');
    const past = await send({ effectiveFrom: '01/01/2025', value: '10', source: SOURCE }).expect(422);
    expect(past.text).toContain('đánh dấu ô xác nhận');
    const saved = await send({ effectiveFrom: `01/01/${year + 1}`, value: '10', source: SOURCE, verified: 'on' }).expect(303);
    expect(saved.headers.location).toBe('/settings/edit?key=reminderDaysBefore&saved=1#history');
    const history = await admin.get('/settings/edit?key=reminderDaysBefore').expect(200);
    expect(history.text).toContain(`Từ 01/01/${year + 1}`);
    expect(history.text).toContain(`Từ 01/01/1900 đến 31/12/${year}`);
    expect((await valueOn(NEXT_YEAR, 'reminderDaysBefore'))?.value).toBe(10);
    await admin.get('/settings/edit?key=nothing').expect(404);
  });

  it('only admins open the settings pages (403 for a viewer)', async () => {
    const unit = await createUnit(t, { name: 'Phòng đọc', code: 'SET-PD' });
    const user = await createUserToken(t, ['viewer'], [unit.id]);
    const agent = await signInThroughForm(t, user.username, 'password-123');
    await agent.get('/settings').expect(403);
    await agent.get('/settings/edit?key=reminderDaysBefore').expect(403);
  });

  it('the database refuses two overlapping periods of one key, even written around the service', async () => {
    await expect(
      t.dataSource.query(
        `INSERT INTO province_settings (key, effective_from, effective_to, value, verified, source) VALUES ('moneyRounding', '2030-01-01', '2030-12-31', '{"step":1000,"mode":"up"}', true, 'x')`,
      ),
    ).rejects.toMatchObject({ driverError: expect.objectContaining({ hint: 'PROVINCE_SETTING_OVERLAP' }) });
  });
});
