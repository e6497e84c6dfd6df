import type { Page } from 'playwright-core';
import { createStaff, createUnit } from '../factories/index.js';
import { putStaffAppraisal } from '../factories/history.js';
import { type ChromiumSession, describeBrowser, launchChromium, listen, screenshots, signInAsAdmin } from '../support/browser.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Issue 8, item 4: "Gộp hồ sơ trùng" from the detail page, both records side by side, then merged. */
describeBrowser('staff merge page in Chromium', () => {
  let t: TestApp;
  let chromium: ChromiumSession;
  let page: Page;
  let baseUrl: string;
  let keep: { id: string };
  let dup: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await listen(t);
    const unit = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', code: 'TVVP-PV' });
    keep = await createStaff(t, {
      unitId: unit.id,
      code: 'TVVP-101',
      fullName: 'Nguyễn Văn Hùng',
      dateOfBirth: '1985-03-21',
      position: 'Thủ thư',
    });
    dup = await createStaff(t, { unitId: unit.id, code: 'tvvp-101b', fullName: 'Nguyen Van Hung', dateOfBirth: '1985-03-21' });
    await putStaffAppraisal(t, dup.id, 2023, 'excellent');
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    await signInAsAdmin(page, baseUrl);
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  }, 60_000);

  it('finds the duplicate of the same name and birth date, shows both records, merges on confirmation', async () => {
    await page.goto(`${baseUrl}/staff/${keep.id}`);
    await page.getByRole('link', { name: 'Gộp hồ sơ trùng' }).click();
    await page.waitForURL(`${baseUrl}/staff/${keep.id}/merge`);
    await page.getByRole('link', { name: 'Nguyen Van Hung (tvvp-101b)' }).click();
    await page.waitForLoadState();
    const table = page.locator('table.merge-compare');
    await expect(table.locator('tbody tr').first().textContent()).resolves.toMatch(/TVVP-101\s*tvvp-101b/u);
    await expect(table.locator('tbody tr').last().textContent()).resolves.toMatch(/0\s*1/u);
    await screenshots(page, 'staff-merge');
    await page.getByRole('button', { name: 'Gộp hai hồ sơ' }).click();
    await page.waitForURL(`${baseUrl}/staff/${keep.id}?saved=1`);
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM appraisals WHERE staff_id = $1`, [keep.id])) as Array<{
      n: number;
    }>;
    expect(n).toBe(1);
  }, 90_000);
});
