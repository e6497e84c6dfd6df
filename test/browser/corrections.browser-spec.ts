import type { Page } from 'playwright-core';
import { insertLegacyAppraisal, putStaffAppraisal } from '../factories/history.js';
import { createStaff, createUnit } from '../factories/index.js';
import { type ChromiumSession, describeBrowser, launchChromium, listen, screenshots, signInAsAdmin } from '../support/browser.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Correcting a rating from the staff history page, as an HR officer does it in the browser. */
describeBrowser('corrections in Chromium: edit and remove a rating', () => {
  let t: TestApp;
  let chromium: ChromiumSession;
  let page: Page;
  let baseUrl: string;
  let person: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await listen(t);
    const unit = await createUnit(t, { name: 'Thư viện tỉnh', code: 'TV-CORR' });
    person = await createStaff(t, { unitId: unit.id, fullName: 'Nguyễn Thị Sửa' });
    await putStaffAppraisal(t, person.id, 2024, 'good');
    await insertLegacyAppraisal(t, person.id, 2030, 'good');
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    await signInAsAdmin(page, baseUrl);
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  }, 60_000);

  it('edits the 2024 rating from its row: the form is pre-filled, needs a reason, and saving returns to the section', async () => {
    await page.goto(`${baseUrl}/staff/${person.id}/history`);
    await page.getByRole('link', { name: 'Sửa: Xếp loại hằng năm 2024' }).click();
    await page.waitForLoadState();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sửa Xếp loại hằng năm 2024');
    await expect(page.getByLabel('Xếp loại', { exact: true }).inputValue()).resolves.toBe('good');
    await screenshots(page, 'correction-edit-rating');

    await page.getByLabel('Xếp loại', { exact: true }).selectOption('excellent');
    // Without a reason the browser itself refuses (required); the server refuses too (see the e2e spec).
    await expect(page.locator('#reason').getAttribute('required')).resolves.toBe('');
    await page.locator('#reason').fill('Hội đồng xếp loại lại');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.waitForLoadState();
    const url = new URL(page.url());
    expect([url.pathname, url.search, url.hash]).toEqual([`/staff/${person.id}/history`, '?saved=correct', '#timeline-title']);
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('Đã lưu thay đổi');
    await expect(page.locator('table.timeline tbody tr').nth(1).textContent()).resolves.toContain('Hoàn thành xuất sắc nhiệm vụ');
  }, 60_000);

  it('removes the wrong 2030 rating with a reason and a confirmation; an admin sees it struck through', async () => {
    await page.getByRole('link', { name: 'Xoá: Xếp loại hằng năm 2030' }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).hash).toBe('#remove');
    await page.locator('#remove-reason').fill('Năm 2030 nhập nhầm');
    await page.getByLabel('Xác nhận xoá').check();
    await screenshots(page, 'correction-remove-rating');
    await page.getByRole('button', { name: 'Xoá', exact: true }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).search).toBe('?saved=remove');
    const row2030 = page.locator('table.timeline tbody tr').first();
    await expect(row2030.locator('del.removed').textContent()).resolves.toBe('Hoàn thành tốt nhiệm vụ');
    await expect(row2030.textContent()).resolves.toContain('Đã xoá: Năm 2030 nhập nhầm');
    await screenshots(page, 'correction-history-after-removal');
    expect(
      await t.dataSource.query(`SELECT year, rating, deleted_reason FROM appraisals WHERE staff_id = $1 ORDER BY year`, [person.id]),
    ).toEqual([
      { year: 2024, rating: 'excellent', deleted_reason: null },
      { year: 2030, rating: 'good', deleted_reason: 'Năm 2030 nhập nhầm' },
    ]);
  }, 60_000);
});
