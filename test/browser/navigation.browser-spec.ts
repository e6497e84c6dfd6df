import type { Page } from 'playwright-core';
import { createStaff, createUnit } from '../factories/index.js';
import { type ChromiumSession, describeBrowser, launchChromium, listen, screenshots, signInAsAdmin } from '../support/browser.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';

describeBrowser('menu, breadcrumbs, unit filter and the audit page in Chromium', () => {
  let t: TestApp;
  let chromium: ChromiumSession;
  let page: Page;
  let baseUrl: string;
  let person: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await listen(t);
    const library = await createUnit(t, { name: 'Thư viện tỉnh', code: 'TV-NAVB' });
    const reading = await createUnit(t, { name: 'Phòng Đọc', code: 'PD-NAVB', parentId: library.id });
    await createUnit(t, { name: 'Phòng Hành chính', code: 'HC-NAVB', parentId: library.id });
    person = await createStaff(t, { unitId: library.id, code: 'NAVB-1', fullName: 'Nguyễn Thị Hạnh' });
    await t.http().patch(`/api/staff/${person.id}`).set(bearer(t.adminToken)).send({ unitId: reading.id, position: 'Thủ thư' }).expect(200);
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    await signInAsAdmin(page, baseUrl);
    await page.goto(`${baseUrl}/staff`);
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  }, 60_000);

  it('marks the current menu entry and shows the trail to a person’s history page', async () => {
    const menu = page.getByRole('navigation', { name: 'menu' });
    await expect(menu.getByRole('link', { name: 'Cán bộ, viên chức' }).getAttribute('aria-current')).resolves.toBe('page');
    await page.goto(`${baseUrl}/staff/${person.id}/history`);
    await expect(menu.getByRole('link', { name: 'Cán bộ, viên chức' }).getAttribute('aria-current')).resolves.toBe('true');
    const trail = page.getByRole('navigation', { name: 'Vị trí trang' });
    await expect(trail.getByRole('listitem').allTextContents()).resolves.toEqual([
      'Trang chủ',
      'Cán bộ, viên chức',
      'Nguyễn Thị Hạnh',
      'Quá trình thi đua, khen thưởng: Nguyễn Thị Hạnh',
    ]);
    // The current entry looks different from the others.
    const weights = (await page.evaluate(
      "[...document.querySelectorAll('header.site nav a')].map((link) => getComputedStyle(link).fontWeight)",
    )) as string[];
    expect(new Set(weights).size).toBeGreaterThan(1);
    await screenshots(page, 'navigation-breadcrumbs');
    await trail.getByRole('link', { name: 'Nguyễn Thị Hạnh' }).click();
    await page.waitForURL(`${baseUrl}/staff/${person.id}`);
  }, 60_000);

  it('after saving a rating, stays at the rating form with the message beside it', async () => {
    await page.goto(`${baseUrl}/staff/${person.id}/history`);
    await page.locator('#form-appraisal summary').click();
    await page.locator('#appraisal-year').fill('2024');
    await page.locator('#appraisal-rating').selectOption('good');
    await page.locator('#form-appraisal button[type="submit"]').click();
    await page.waitForURL(/#form-appraisal$/u);
    await expect(page.locator('#form-appraisal').getAttribute('open')).resolves.toBe('');
    await expect(page.locator('#form-appraisal [role="status"]').textContent()).resolves.toBe('Đã lưu xếp loại.');
    // The page did not open at the top: the form is in view.
    const box = await page.locator('#form-appraisal').boundingBox();
    const scrolled = (await page.evaluate('window.scrollY')) as number;
    expect(scrolled).toBeGreaterThan(0);
    expect(box!.y).toBeLessThan(900);
    await screenshots(page, 'navigation-saved-rating');
  }, 60_000);

  it('filters a unit drop-down as one types part of a sub-unit’s name, without diacritics', async () => {
    await page.goto(`${baseUrl}/staff`);
    const filter = page.getByLabel('Lọc đơn vị theo tên');
    await filter.fill('hanh chinh');
    const visible = (await page.evaluate(
      "[...document.querySelectorAll('#unitId option')].filter((option) => !option.hidden).map((option) => option.textContent)",
    )) as string[];
    expect(visible).toEqual(['Tất cả đơn vị', 'Phòng Hành chính (Thư viện tỉnh)']);
    await expect(page.evaluate("document.querySelector('#unitId').selectedOptions[0].textContent")).resolves.toBe(
      'Phòng Hành chính (Thư viện tỉnh)',
    );
    await screenshots(page, 'navigation-unit-filter');
  }, 60_000);

  it('reads the audit log with names and Vietnamese labels, filtered by record type', async () => {
    await page.goto(`${baseUrl}/audit`);
    await page.getByLabel('Loại đối tượng').selectOption({ label: 'Cán bộ, viên chức' });
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/entity=staff/u);
    const first = page.locator('table.audit tbody tr').first();
    await expect(first.locator('td').nth(2).textContent()).resolves.toContain('Nguyễn Thị Hạnh (NAVB-1)');
    await first.locator('summary').click();
    await expect(first.locator('.diff').textContent()).resolves.toMatch(/Đơn vị: Thư viện tỉnh → Phòng Đọc/u);
    await expect(first.locator('.diff').textContent()).resolves.toMatch(/Chức vụ: .*Thủ thư/u);
    await screenshots(page, 'navigation-audit');
  }, 60_000);
});
