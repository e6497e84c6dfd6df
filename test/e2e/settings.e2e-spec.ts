import { DEFAULT_COUNCIL_MEETING_SETTINGS, DEFAULT_PROVINCE_RULES } from '../../src/law/index.js';
import { ProvinceSettingsService } from '../../src/settings/index.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('province settings as dated data (Luật TĐKT 2022 Điều 24 khoản 4: details delegated to the province)', () => {
  let t: TestApp;
  let settings: ProvinceSettingsService;

  beforeAll(async () => {
    t = await createTestApp();
    settings = t.app.get(ProvinceSettingsService);
  });
  afterAll(async () => {
    await t.close();
  });

  it('the seeded settings in force today are the code’s defaults, in one read', async () => {
    const inForce = await settings.inForceOn('2026-03-01');
    expect(inForce.rules).toEqual(DEFAULT_PROVINCE_RULES);
    expect(inForce.council).toEqual(DEFAULT_COUNCIL_MEETING_SETTINGS);
    expect(inForce.postingWorkingDays.stateLevel).toMatchObject({ value: 10, verified: true });
    expect(inForce.registrationRequired.value).toBe(false);
  });

  it('the database refuses two overlapping periods of one key, even written around the service', async () => {
    await expect(
      t.dataSource.query(
        `INSERT INTO province_settings (key, effective_from, effective_to, value, verified, source) VALUES ('moneyRounding', '2030-01-01', '2030-12-31', '{"step":1000,"mode":"up"}', true, 'x')`,
      ),
    ).rejects.toMatchObject({ driverError: expect.objectContaining({ hint: 'PROVINCE_SETTING_OVERLAP' }) });
  });
});
