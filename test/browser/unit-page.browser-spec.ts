import type { Page } from 'playwright-core';
import { recordAward, setRating } from '../factories/eligibility.js';
import { createStaff, createUnit } from '../factories/index.js';
import { type ChromiumSession, describeBrowser, launchChromium, listen, PHONE, screenshots } from '../support/browser.js';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app.js';

/** The verdict of one collective award on the panel, as the reader sees it. */
const verdict = (page: Page, awardType: string): Promise<string> =>
  page
    .locator(`#award-${awardType} h3`)
    .textContent()
    .then((text) => (text ?? '').replace(/\s+/gu, ' ').trim());

describeBrowser('unit page in Chromium', () => {
  let t: TestApp;
  let chromium: ChromiumSession;
  let page: Page;
  let baseUrl: string;
  let department: { id: string };
  let staffId: string;

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await listen(t);
    const library = await createUnit(t, { name: 'Thư viện tỉnh Vĩnh Phúc', code: 'TVVP-UP' });
    department = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', code: 'TVVP-PVBD', parentId: library.id });
    await createUnit(t, { name: 'Tổ Thiếu nhi', code: 'TVVP-PVBD-TN', parentId: department.id });
    const names = ['Nguyễn Thị Thu Hà', 'Trần Văn Bình', 'Lê Thị Cúc', 'Phạm Văn Dũng', 'Hoàng Thị Em'];
    for (const [index, fullName] of names.entries()) {
      const person = await createStaff(t, { unitId: department.id, fullName, position: index === 0 ? 'Trưởng phòng' : 'Thư viện viên' });
      if (index === 0) {
        staffId = person.id;
      }
      await setRating(t, 'staff', person.id, 2025, index < 4 ? 'good' : 'completed');
    }
    await setRating(t, 'units', department.id, 2024, 'excellent');
    await setRating(t, 'units', department.id, 2025, 'good');
    await recordAward(t, { awardType: 'TTLDTT', unitId: department.id, year: 2024 });
    chromium = await launchChromium();
    page = await chromium.context.newPage();
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  }, 60_000);

  it('signs in and reaches the unit page from a staff member’s unit', async () => {
    await page.goto(`${baseUrl}/staff/${staffId}`);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${baseUrl}/staff/${staffId}`);
    await page.getByRole('link', { name: 'Phòng Phục vụ bạn đọc' }).click();
    await page.waitForURL(new RegExp(`/units/${department.id}$`, 'u'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Phòng Phục vụ bạn đọc');
    await expect(page.getByRole('region', { name: 'Thành viên' }).getByRole('link').count()).resolves.toBe(5);
    await expect(page.getByRole('region', { name: 'Đơn vị trực thuộc' }).getByRole('link', { name: 'Tổ Thiếu nhi' }).count()).resolves.toBe(
      1,
    );
  }, 60_000);

  it('shows the panel for 2025: TTLĐTT met, TTLĐXS not, with the articles and what fixes it', async () => {
    await page.goto(`${baseUrl}/units/${department.id}?year=2025`);
    await expect(verdict(page, 'TTLDTT')).resolves.toBe('Tập thể lao động tiên tiến: Đủ điều kiện');
    await expect(verdict(page, 'TTLDXS')).resolves.toBe('Tập thể lao động xuất sắc: Chưa đủ điều kiện');
    const rating = page.locator('#award-TTLDXS tr[data-code="rating_excellent"]');
    await expect(rating.locator('cite').textContent()).resolves.toBe('Luật Thi đua, khen thưởng 2022, Điều 27');
    await screenshots(page, 'unit-page');
  }, 60_000);

  it('fixes the collective rating from the panel, without script, and comes back to the panel', async () => {
    await page
      .locator('#award-TTLDXS tr[data-code="rating_excellent"]')
      .getByRole('link', { name: 'Ghi xếp loại tập thể năm 2025' })
      .click();
    await page.waitForURL(/open=appraisal/u);
    const form = page.locator('#form-appraisal');
    await expect(form.getAttribute('open')).resolves.toBe('');
    await expect(form.getByLabel('Năm').inputValue()).resolves.toBe('2025');
    await form.getByLabel('Xếp loại').selectOption({ label: 'Hoàn thành xuất sắc nhiệm vụ' });
    await screenshots(page, 'unit-page-fix-form');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(/saved=appraisal#eligibility$/u);
    await expect(page.locator('.flash').textContent()).resolves.toBe('Đã lưu xếp loại tập thể.');
    await expect(page.locator('#award-TTLDXS tr[data-code="rating_excellent"] .state').textContent()).resolves.toContain('Đạt');
    // The section asked for is where the browser scrolled to, not the top.
    await expect(page.evaluate('window.scrollY')).resolves.toBeGreaterThan(100);
  }, 60_000);

  it('reads on a phone: the criteria tables become labelled rows, nothing wider than the screen', async () => {
    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}/units/${department.id}?year=2025`);
    await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(PHONE.width);
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 60_000);
});
