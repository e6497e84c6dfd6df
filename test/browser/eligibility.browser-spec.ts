import type { Page } from 'playwright-core';
import { recordAward, setRatings } from '../factories/eligibility.js';
import { createStaff, createUnit } from '../factories/index.js';
import { type ChromiumSession, describeBrowser, launchChromium, listen, PHONE, screenshots } from '../support/browser.js';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app.js';

const LAW = 'Luật Thi đua, khen thưởng 2022';

/** The criteria table of the panel: one row per criterion, its result in words and its article. */
async function criteriaRows(page: Page): Promise<Array<{ code: string; result: string; basis: string }>> {
  return page.locator('#eligibility table.criteria tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      code: row.getAttribute('data-code') ?? '',
      result: (row.querySelector('td:nth-of-type(1)')?.textContent ?? '').replace(/\s+/gu, ' ').trim(),
      basis: (row.querySelector('cite')?.textContent ?? '').trim(),
    })),
  );
}

describeBrowser('eligibility panel in Chromium', () => {
  let t: TestApp;
  let chromium: ChromiumSession;
  let page: Page;
  let baseUrl: string;
  let staffId: string;

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await listen(t);
    const unit = await createUnit(t, { name: 'Thư viện tỉnh Vĩnh Phúc', code: 'TVVP-EL' });
    const staff = await createStaff(t, { unitId: unit.id, fullName: 'Nguyễn Thị Thu Hà', gender: 'female' });
    staffId = staff.id;
    await setRatings(t, staffId, { 2023: 'excellent', 2024: 'excellent', 2025: 'good' });
    await recordAward(t, { awardType: 'CSTDCS', staffId, year: 2023 });
    await recordAward(t, { awardType: 'CSTDCS', staffId, year: 2024 });
    chromium = await launchChromium();
    page = await chromium.context.newPage();
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  }, 60_000);

  it('signs in and opens the staff member’s history page', async () => {
    await page.goto(`${baseUrl}/staff/${staffId}/history`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${baseUrl}/staff/${staffId}/history`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Quá trình thi đua, khen thưởng: Nguyễn Thị Thu Hà');
  }, 60_000);

  it('CSTĐ cấp tỉnh 2025: ✗ for the missing third CSTĐCS and the provincial initiative, with the articles (Law Art. 22(1))', async () => {
    const panel = page.getByRole('region', { name: 'Xét điều kiện khen thưởng' });
    await panel.getByLabel('Danh hiệu, hình thức khen thưởng').selectOption({ label: 'Chiến sĩ thi đua cấp tỉnh' });
    await panel.getByLabel('Năm xét').fill('2025');
    await panel.getByRole('button', { name: 'Xét', exact: true }).click();
    await page.waitForURL(/awardType=CSTD_TINH/u);
    await expect(page.locator('#eligibility .verdict').textContent()).resolves.toBe(
      'Chiến sĩ thi đua cấp tỉnh năm 2025: Chưa đủ điều kiện',
    );
    const rows = await criteriaRows(page);
    expect(rows.find((row) => row.code === 'cstdcs_3_consecutive')).toEqual({
      code: 'cstdcs_3_consecutive',
      result: '✗ Chưa đạt',
      basis: `${LAW}, Điều 22 khoản 1`,
    });
    expect(rows.find((row) => row.code === 'no_freeze')).toMatchObject({ result: '✓ Đạt', basis: 'Nghị định 152/2025/NĐ-CP, Điều 4' });
    await expect(page.locator('tr[data-code="cstdcs_3_consecutive"]').textContent()).resolves.toContain('thiếu 2025');
    await screenshots(page, 'eligibility-panel-cstd-tinh');
  }, 60_000);

  it('LĐTT 2024: ✓ rows and ? where a person must confirm (Law Art. 24(1))', async () => {
    const panel = page.getByRole('region', { name: 'Xét điều kiện khen thưởng' });
    await panel.getByLabel('Danh hiệu, hình thức khen thưởng').selectOption({ label: 'Lao động tiên tiến' });
    await panel.getByLabel('Năm xét').fill('2024');
    await panel.getByRole('button', { name: 'Xét', exact: true }).click();
    await page.waitForURL(/awardType=LDTT/u);
    await expect(page.locator('#eligibility .verdict').textContent()).resolves.toBe('Lao động tiên tiến năm 2024: Đủ điều kiện');
    const rows = await criteriaRows(page);
    expect(rows.find((row) => row.code === 'rating_good_or_better')).toEqual({
      code: 'rating_good_or_better',
      result: '✓ Đạt',
      basis: `${LAW}, Điều 24 khoản 1 điểm a`,
    });
    expect(rows.find((row) => row.code === 'solidarity_and_participation')).toMatchObject({
      result: '? Cần xác nhận',
      basis: `${LAW}, Điều 24 khoản 1 điểm b`,
    });
    // The symbol is decoration; the words are what a screen reader reads.
    await expect(page.locator('tr[data-code="rating_good_or_better"] [aria-hidden="true"]').textContent()).resolves.toBe('✓');
    // Readable on a phone: the table turns into labelled blocks that fit the screen.
    await page.setViewportSize(PHONE);
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await screenshots(page, 'eligibility-panel-ldtt');
  }, 60_000);

  it('the candidates page links back to the panel for the same award and year (Bằng khen tỉnh: 2 CSTĐCS in a row, Law Art. 74(1)(d))', async () => {
    await page.goto(`${baseUrl}/eligibility?awardType=BANG_KHEN_TINH&year=2024`);
    await expect(page.locator('p.counts').textContent()).resolves.toContain('Đủ điều kiện: 1');
    await expect(page.locator('.rules-legend').textContent()).resolves.toContain('chưa xác minh');
    await screenshots(page, 'eligibility-candidates');
    await page.getByRole('link', { name: 'Nguyễn Thị Thu Hà' }).click();
    await page.waitForURL(/\/history\?year=2024&awardType=BANG_KHEN_TINH#eligibility$/u);
    await expect(page.locator('#eligibility .verdict').textContent()).resolves.toBe(
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2024: Đủ điều kiện',
    );
  }, 60_000);
});
