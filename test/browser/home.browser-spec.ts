import type { Page } from 'playwright-core';
import { recordAward, setRating } from '../factories/eligibility.js';
import { createStaff, createUnit } from '../factories/index.js';
import { type ChromiumSession, describeBrowser, launchChromium, listen, PHONE, screenshotPath, screenshots } from '../support/browser.js';
import { currentRoundYear } from '../../src/kernel/index.js';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app.js';

describeBrowser('home page in Chromium', () => {
  let t: TestApp;
  let chromium: ChromiumSession;
  let page: Page;
  let baseUrl: string;
  const year = currentRoundYear(new Date());

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await listen(t);
    chromium = await launchChromium();
    page = await chromium.context.newPage();
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  }, 60_000);

  it('signs in to the home page, which shows the first-run checklist on an empty body', async () => {
    await page.goto(`${baseUrl}/`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${baseUrl}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Trang chủ');
    const steps = page.locator('ol.checklist li');
    await expect(steps.count()).resolves.toBe(5);
    await expect(page.locator('ol.checklist li.done').count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Khai báo đơn vị (cơ quan và các phòng, khoa)' }).getAttribute('href')).resolves.toBe(
      '/units',
    );
    await screenshots(page, 'home-checklist');
  }, 60_000);

  it('shows the round dashboard: counts, attention, deadlines and the chart, readable on a phone', async () => {
    const library = await createUnit(t, { name: 'Thư viện tỉnh Phú Thọ', code: 'HB-TV' });
    const units = [
      await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', code: 'HB-PV', parentId: library.id }),
      await createUnit(t, { name: 'Phòng Nghiệp vụ', code: 'HB-NV', parentId: library.id }),
      await createUnit(t, { name: 'Phòng Tin học và Thư viện số', code: 'HB-TH', parentId: library.id }),
    ];
    const names = ['Nguyễn Thị Hà', 'Trần Văn Bình', 'Lê Thị Cúc', 'Phạm Văn Dũng', 'Hoàng Thị Em', 'Vũ Văn Giang', 'Đỗ Thị Hoa'];
    for (const [i, fullName] of names.entries()) {
      const unit = units[i % units.length];
      const person = await createStaff(t, { unitId: unit.id, fullName });
      if (i !== 2) {
        await setRating(t, 'staff', person.id, year, i % 3 === 0 ? 'excellent' : 'good');
      }
      for (let back = 1; back <= 4; back++) {
        if ((i + back) % 2 === 0) {
          await recordAward(t, { awardType: 'LDTT', staffId: person.id, year: year - back });
        }
      }
      if (i === 0) {
        await recordAward(t, { awardType: 'LDTT', staffId: person.id, year });
      }
    }
    await setRating(t, 'units', units[0].id, year, 'excellent');
    await recordAward(t, { awardType: 'TTLDTT', unitId: units[0].id, year: year - 1 });

    await page.goto(`${baseUrl}/`);
    await expect(page.getByRole('heading', { level: 2, name: `Năm xét khen thưởng ${year}` }).count()).resolves.toBe(1);
    // The chart is an image with its title for a name; the same figures open as a table without script.
    const chart = page.getByRole('img', { name: `Khen thưởng theo năm và đơn vị, ${year - 4}–${year}` });
    await expect(chart.count()).resolves.toBe(1);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    await page.getByText('Xem số liệu dạng bảng').click();
    await expect(page.locator('details.chart-table table tfoot td').last().textContent()).resolves.toBe(String(1 + 14 + 1));
    await expect(page.getByRole('link', { name: new RegExp(`người gần đủ điều kiện LĐTT năm ${year}`, 'u') }).count()).resolves.toBe(1);
    await expect(page.locator('.deadlines .unverified').first().textContent()).resolves.toBe('chưa xác minh');
    await screenshots(page, 'home-dashboard');

    // On a phone the counts table becomes labelled lines and nothing overflows the screen sideways.
    await page.setViewportSize(PHONE);
    // Inside a sideways-scrolling box an element may be wider: the box scrolls, not the page.
    const wider = await page
      .locator('main *')
      .evaluateAll((elements) =>
        elements
          .filter(
            (element) =>
              element.closest('.scroll-x') === null &&
              element.getBoundingClientRect().right > element.ownerDocument.documentElement.clientWidth + 1,
          )
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
      );
    expect(wider).toEqual([]);
    await expect(page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).resolves.toBeLessThanOrEqual(
      0,
    );
    // What a phone shows first, and the chart as it shows it (one screen each, to look at in full size).
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: screenshotPath('home-dashboard-phone-top') });
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('home-dashboard-phone-chart') });
  }, 120_000);
});
