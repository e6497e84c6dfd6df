import type { Page } from 'playwright-core';
import { setRating } from '../factories/eligibility.js';
import { createStaff, createUnit, createUserToken } from '../factories/index.js';
import { type ChromiumSession, describeBrowser, launchChromium, listen, screenshots } from '../support/browser.js';
import { bearer, createTestApp, type TestApp } from '../support/test-app.js';

/** The nomination pages in Chromium: the form with the live panel, the list, the review queue, each photographed. */
describeBrowser('nomination pages in Chromium', () => {
  let t: TestApp;
  let chromium: ChromiumSession;
  let page: Page;
  let baseUrl: string;
  let staffId: string;
  let hr: { username: string; token: string };
  let manager: { username: string };

  const signIn = async (username: string): Promise<void> => {
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill('password-123');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForLoadState();
  };

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await listen(t);
    const unit = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc' });
    hr = await createUserToken(t, ['hr_officer'], [unit.id]);
    manager = await createUserToken(t, ['manager'], [unit.id]);
    staffId = (await createStaff(t, { unitId: unit.id, fullName: 'Nguyễn Thị Thu Hà' })).id;
    await setRating(t, 'staff', staffId, 2025, 'good');
    for (const fullName of ['Trần Văn Bình', 'Lê Thị Cúc']) {
      const other = (await createStaff(t, { unitId: unit.id, fullName })).id;
      const created = await t
        .http()
        .post('/api/nominations')
        .set(bearer(hr.token))
        .send({ year: 2025, awardType: 'LDTT', staffId: other, achievements: 'Hoàn thành tốt nhiệm vụ' })
        .expect(201);
      await t
        .http()
        .post(`/api/nominations/${(created.body as { id: string }).id}/submit`)
        .set(bearer(hr.token))
        .send({ version: 1 })
        .expect(200);
    }
    chromium = await launchChromium();
    page = await chromium.context.newPage();
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  }, 60_000);

  it('an HR officer finds the person, sees the eligibility panel, and submits without script', async () => {
    await signIn(hr.username);
    await page.goto(`${baseUrl}/nominations/new`);
    await page.getByLabel('Tìm cán bộ (họ tên hoặc mã)').fill('thu ha');
    await page.getByRole('button', { name: 'Xem điều kiện' }).click();
    await page.getByLabel('Cán bộ', { exact: true }).selectOption(staffId);
    await page.getByLabel('Năm', { exact: true }).fill('2025');
    await page.getByRole('button', { name: 'Xem điều kiện' }).click();
    await page.waitForURL(/staffId=/u);
    await expect(page.locator('#panel .verdict').textContent()).resolves.toContain('Lao động tiên tiến');
    await page.getByLabel(/Tóm tắt thành tích/u).fill('Hoàn thành tốt nhiệm vụ năm 2025; hướng dẫn bạn đọc tra cứu số.');
    await screenshots(page, 'nomination-form');
    await page.getByRole('button', { name: 'Trình lãnh đạo đơn vị' }).click();
    await page.waitForURL(/\/nominations\/[0-9a-f-]{36}/u);
    await expect(page.locator('#state').textContent()).resolves.toBe('Đã trình');
    await screenshots(page, 'nomination-detail');
    await page.goto(`${baseUrl}/nominations`);
    await expect(page.locator('table.nominations tbody tr').count()).resolves.toBe(3);
    await screenshots(page, 'nomination-list');
  }, 120_000);

  it('the manager approves two from the review queue with one comment', async () => {
    await signIn(manager.username);
    await page.goto(`${baseUrl}/nominations/review`);
    await page.getByLabel(/Trần Văn Bình/u).check();
    await page.getByLabel(/Lê Thị Cúc/u).check();
    await page.getByLabel('Ý kiến (bắt buộc khi trả lại)').fill('Đồng ý đề nghị');
    await screenshots(page, 'nomination-review');
    await page.getByRole('button', { name: 'Duyệt các đề nghị đã chọn' }).click();
    await page.waitForURL(/saved=reviewed/u);
    await expect(page.locator('p.flash').textContent()).resolves.toBe('Đã xử lý các đề nghị đã chọn.');
    await expect(page.locator('table.nominations tbody tr').count()).resolves.toBe(1);
  }, 120_000);
});
