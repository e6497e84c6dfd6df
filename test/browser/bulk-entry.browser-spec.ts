import type { Page } from 'playwright-core';
import { setRating } from '../factories/eligibility.js';
import { createStaff, createUnit } from '../factories/index.js';
import { type ChromiumSession, describeBrowser, launchChromium, listen, PHONE, screenshots, signInAsAdmin } from '../support/browser.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The grid of a department's ratings and the decision with its list, as an HR officer uses them in Chromium. */
describeBrowser('bulk entry pages in Chromium', () => {
  let t: TestApp;
  let chromium: ChromiumSession;
  let page: Page;
  let baseUrl: string;
  let unit: { id: string };
  let people: Array<{ id: string; fullName: string }>;

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await listen(t);
    const library = await createUnit(t, { name: 'Thư viện tỉnh Vĩnh Phúc', code: 'TVVP-GRID' });
    unit = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', code: 'TVVP-GRID-PV', parentId: library.id });
    people = [];
    for (const fullName of ['Nguyễn Thị Lan', 'Trần Văn Minh', 'Lê Thị Ngọc Ánh', 'Phạm Quốc Bảo', 'Đặng Thu Hương']) {
      people.push(await createStaff(t, { unitId: unit.id, fullName }));
    }
    await setRating(t, 'staff', people[1].id, 2025, 'good');
    await setRating(t, 'staff', people[3].id, 2025, 'completed');
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    await signInAsAdmin(page, baseUrl);
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  }, 60_000);

  const ratingsOf = async (): Promise<Record<string, string>> => {
    const found = (await t.dataSource.query(
      `SELECT s.full_name AS name, a.rating FROM appraisals a JOIN staff s ON s.id = a.staff_id WHERE a.year = 2025 AND a.deleted_at IS NULL`,
    )) as Array<{
      name: string;
      rating: string;
    }>;
    return Object.fromEntries(found.map((row) => [row.name, row.rating]));
  };

  it('reaches the grid from the menu, picks the department and year, and shows each member’s current rating', async () => {
    await page.goto(`${baseUrl}/staff`);
    await page.getByRole('link', { name: 'Nhập theo đơn vị' }).click();
    await page.waitForURL(`${baseUrl}/bulk/appraisals`);
    await page.getByLabel('Đơn vị', { exact: true }).selectOption(unit.id);
    await page.getByLabel('Năm').fill('2025');
    await page.getByRole('button', { name: 'Hiển thị' }).click();
    await page.waitForURL(/\/bulk\/appraisals\?unitId=.*year=2025/u);
    await expect(page.locator('table.grid tbody tr').count()).resolves.toBe(5);
    await expect(page.getByLabel('Xếp loại của Trần Văn Minh').inputValue()).resolves.toBe('good');
    await expect(page.getByLabel('Xếp loại của Nguyễn Thị Lan').inputValue()).resolves.toBe('');
    await screenshots(page, 'bulk-appraisals-grid');
  }, 60_000);

  it('sets everyone’s rating and saves once: all written, back on the same list with what was done', async () => {
    await page.getByLabel('Xếp loại của Nguyễn Thị Lan').selectOption('excellent');
    await page.getByLabel('Xếp loại của Trần Văn Minh').selectOption('excellent');
    await page.getByLabel('Xếp loại của Lê Thị Ngọc Ánh').selectOption('good');
    await page.getByLabel('Xếp loại của Phạm Quốc Bảo').selectOption('');
    await page.getByLabel('Xếp loại của Đặng Thu Hương').selectOption('good');
    await page.getByRole('button', { name: 'Lưu tất cả' }).click();
    await page.waitForURL(/saved=3-1-1$/u);
    await expect(page.getByRole('status').first().textContent()).resolves.toBe('Đã lưu: 3 thêm mới, 1 sửa, 1 xoá.');
    await expect(page.getByLabel('Xếp loại của Nguyễn Thị Lan').inputValue()).resolves.toBe('excellent');
    expect(await ratingsOf()).toEqual({
      'Nguyễn Thị Lan': 'excellent',
      'Trần Văn Minh': 'excellent',
      'Lê Thị Ngọc Ánh': 'good',
      'Đặng Thu Hương': 'good',
    });
    await screenshots(page, 'bulk-appraisals-saved');
  }, 60_000);

  it('on a phone, each member is a block with the rating select at full width', async () => {
    await page.setViewportSize(PHONE);
    const select = page.getByLabel('Xếp loại của Nguyễn Thị Lan');
    const box = await select.boundingBox();
    expect(box!.width).toBeGreaterThan(PHONE.width * 0.6);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 60_000);

  it('records one decision for the people ticked with “select all”, the one who already has it left out', async () => {
    await page.getByRole('link', { name: 'Ghi quyết định khen thưởng theo danh sách' }).click();
    await page.getByLabel('Danh hiệu, hình thức khen thưởng').selectOption('LDTT');
    await page.getByRole('button', { name: 'Hiển thị' }).click();
    await page.waitForURL(/awardType=LDTT/u);
    await page.getByRole('link', { name: 'Chọn tất cả', exact: true }).click();
    await expect(page.getByLabel('Chọn Phạm Quốc Bảo').isChecked()).resolves.toBe(true);
    await page.getByLabel('Chọn Phạm Quốc Bảo').uncheck();
    await page.getByLabel('Số quyết định').fill('35/QĐ-TV');
    await page.getByLabel('Ngày quyết định').fill('15/01/2026');
    await page.getByLabel('Cơ quan, người ký quyết định').fill('Giám đốc Thư viện tỉnh');
    await screenshots(page, 'bulk-awards-form');
    await page.getByRole('button', { name: 'Ghi quyết định' }).click();
    await page.waitForURL(/recorded=4/u);
    await expect(page.getByRole('status').first().textContent()).resolves.toBe('Đã ghi 4 khen thưởng theo quyết định 35/QĐ-TV.');
    await expect(page.getByLabel('Chọn Nguyễn Thị Lan').isDisabled()).resolves.toBe(true);
    await expect(page.getByLabel('Chọn Phạm Quốc Bảo').isDisabled()).resolves.toBe(false);
    await screenshots(page, 'bulk-awards-recorded');
    const recorded = (await t.dataSource.query(
      `SELECT s.full_name AS name FROM award_records ar JOIN staff s ON s.id = ar.staff_id WHERE ar.decision_number = '35/QĐ-TV' ORDER BY 1`,
    )) as Array<{ name: string }>;
    expect(recorded.map((row) => row.name).sort()).toEqual(['Lê Thị Ngọc Ánh', 'Nguyễn Thị Lan', 'Trần Văn Minh', 'Đặng Thu Hương'].sort());
  }, 60_000);
});
