import type { Page } from 'playwright-core';
import { createUnit } from '../factories/index.js';
import { type ChromiumSession, describeBrowser, DESKTOP, launchChromium, listen, PHONE, screenshots } from '../support/browser.js';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app.js';

describeBrowser('staff pages in Chromium', () => {
  let t: TestApp;
  let chromium: ChromiumSession;
  let page: Page;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await listen(t);
    await createUnit(t, { name: 'Thư viện tỉnh Vĩnh Phúc', code: 'TVVP-BR' });
    chromium = await launchChromium();
    page = await chromium.context.newPage();
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  }, 60_000);

  it('signs in through the login page', async () => {
    await page.goto(`${baseUrl}/staff`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${baseUrl}/staff`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Cán bộ, viên chức');
  }, 60_000);

  it('shows the error for an impossible date beside Ngày sinh, keeping what was typed', async () => {
    await page.getByRole('link', { name: 'Thêm cán bộ' }).click();
    await page.waitForURL(`${baseUrl}/staff/new`);
    await page.getByLabel('Mã cán bộ').fill('BR001');
    await page.getByLabel('Họ và tên').fill('Nguyễn Thị Thu Hà');
    await page.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
    await page.getByLabel('Ngày sinh').fill('1988-02-30');
    await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Thư viện tỉnh Vĩnh Phúc' });
    await page.getByLabel('Chức vụ').fill('Thủ thư');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForLoadState();

    const dateOfBirth = page.getByLabel('Ngày sinh');
    const error = page.locator('#dateOfBirth-error');
    await expect(error.textContent()).resolves.toBe('1988-02-30: tháng 2 năm 1988 không có ngày 30.');
    await expect(error.isVisible()).resolves.toBe(true);
    await expect(dateOfBirth.getAttribute('aria-describedby')).resolves.toBe('dateOfBirth-error');
    await expect(dateOfBirth.inputValue()).resolves.toBe('1988-02-30');
    await expect(page.getByLabel('Họ và tên').inputValue()).resolves.toBe('Nguyễn Thị Thu Hà');
    // Beside the field: right under its input, not in a list at the top.
    const inputBox = await dateOfBirth.boundingBox();
    const errorBox = await error.boundingBox();
    expect(errorBox!.y).toBeGreaterThanOrEqual(inputBox!.y + inputBox!.height - 1);
    expect(errorBox!.y - (inputBox!.y + inputBox!.height)).toBeLessThan(30);
    // The focus went to the error summary (issue 8, item 13), whose link, named after the label, leads to the field.
    await expect(page.evaluate('document.activeElement?.className')).resolves.toBe('error-summary');
    await expect(page.locator('.error-summary a[href="#dateOfBirth"]').textContent()).resolves.toMatch(/^Ngày sinh: /u);
    await screenshots(page, 'staff-form-date-error');
    expect(await t.dataSource.query(`SELECT id FROM staff WHERE code = 'BR001'`)).toEqual([]);
  }, 60_000);

  it('saves once the date is corrected', async () => {
    await page.getByLabel('Ngày sinh').fill('1988-02-28');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/\/staff\/[0-9a-f-]{36}\?saved=1$/u);
    await expect(page.getByRole('status').textContent()).resolves.toBe('Đã lưu.');
    await expect(page.locator('dl.facts').textContent()).resolves.toContain('28/02/1988');
    await screenshots(page, 'staff-detail');
    expect(
      await t.dataSource.query(`SELECT full_name AS "fullName", date_of_birth AS "dateOfBirth" FROM staff WHERE code = 'BR001'`),
    ).toEqual([{ fullName: 'Nguyễn Thị Thu Hà', dateOfBirth: '1988-02-28' }]);
  }, 60_000);

  it('finds the person by searching without diacritics', async () => {
    await page.goto(`${baseUrl}/staff`);
    await page.getByLabel('Tìm theo họ tên hoặc mã').fill('nguyen thi');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/\/staff\?q=nguyen(\+|%20)thi/u);
    const link = page.getByRole('link', { name: 'Nguyễn Thị Thu Hà' });
    await expect(link.isVisible()).resolves.toBe(true);
    await expect(page.locator('.pager').textContent()).resolves.toContain('Trang 1/1 · 1 bản ghi');
    await screenshots(page, 'staff-search');
    // On a phone the table becomes labelled blocks, one per person.
    await page.setViewportSize(PHONE);
    await expect(page.locator('table.responsive thead').isVisible()).resolves.toBe(false);
    await expect(link.isVisible()).resolves.toBe(true);
    await page.setViewportSize(DESKTOP);
  }, 60_000);

  it('shows the record history and the admin pages', async () => {
    await page.getByRole('link', { name: 'Nguyễn Thị Thu Hà' }).click();
    await page.getByRole('link', { name: 'Lịch sử thay đổi' }).click();
    await page.waitForURL(/\/audit\?entity=staff&entityId=/u);
    await expect(page.locator('tbody tr').count()).resolves.toBe(1);
    await page.locator('details summary').click();
    // The audit page words the change: the field's label and the date as the pages write it.
    await expect(page.locator('.diff').textContent()).resolves.toMatch(/Ngày sinh[\s\S]*28\/02\/1988/u);
    await screenshots(page, 'audit');
    for (const name of ['units', 'users', 'issuers']) {
      await page.goto(`${baseUrl}/${name}`);
      await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
      await screenshots(page, name);
    }
  }, 60_000);
});
