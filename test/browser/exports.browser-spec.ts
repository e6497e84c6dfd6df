import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { createStaff, createUnit } from '../factories/index.js';
import {
  type ChromiumSession,
  describeBrowser,
  DESKTOP,
  launchChromium,
  listen,
  screenshotPath,
  screenshots,
  signInAsAdmin,
} from '../support/browser.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Issue 8, item 8: the staff list's "Xuất Excel" link downloads a workbook Excel reads; "In" prints the list with its heading. */
describeBrowser('exports in Chromium', () => {
  let t: TestApp;
  let chromium: ChromiumSession;
  let page: Page;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await listen(t);
    const library = await createUnit(t, { name: 'Thư viện tỉnh Vĩnh Phúc', code: 'TVVP-EX' });
    const reading = await createUnit(t, { name: 'Phòng Phục vụ bạn đọc', code: 'TVVP-EX-PV', parentId: library.id });
    const names = ['Nguyễn Thị Thu Hà', 'Trần Văn Hùng', 'Lê Thị Ngọc Ánh', 'Phạm Quốc Bảo', 'Đỗ Minh Châu', 'Vũ Thị Lan'];
    for (const [index, fullName] of names.entries()) {
      await createStaff(t, {
        unitId: index < 4 ? reading.id : library.id,
        fullName,
        code: `EX-${index + 1}`,
        dateOfBirth: `198${index}-0${index + 1}-1${index}`,
        position: index === 0 ? '=1+2' : 'Thư viện viên',
        gender: [0, 2, 4, 5].includes(index) ? 'female' : 'male',
      });
    }
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    await signInAsAdmin(page, baseUrl);
    await page.goto(`${baseUrl}/staff`);
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  }, 60_000);

  it('clicks "Xuất Excel" on the filtered staff list and reads the file it saves', async () => {
    await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Phòng Phục vụ bạn đọc (Thư viện tỉnh Vĩnh Phúc)' });
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForLoadState();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Xuất Excel' }).click()]);
    // The Vietnamese name of filename*, as the browser saves it.
    expect(download.suggestedFilename()).toMatch(/^Danh sách cán bộ \d{4}-\d{2}-\d{2}\.xlsx$/u);
    const path = screenshotPath('exports-download').replace(/\.png$/u, '.xlsx');
    await download.saveAs(path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('Thư viện tỉnh Vĩnh Phúc');
    expect(sheet.getCell('A3').value).toBe('Bộ lọc: đơn vị Phòng Phục vụ bạn đọc (gồm đơn vị trực thuộc)');
    const names = [6, 7, 8, 9, 10].map((row) => sheet.getCell(row, 3).value);
    // Vietnamese name order by given name: Ánh, Bảo, Hà, Hùng; the library's own staff are outside the filter.
    expect(names).toEqual(['Lê Thị Ngọc Ánh', 'Phạm Quốc Bảo', 'Nguyễn Thị Thu Hà', 'Trần Văn Hùng', null]);
    expect(sheet.getCell(8, 7).value).toBe('=1+2');
    expect(sheet.getCell(8, 7).type).toBe(ExcelJS.ValueType.String);
  }, 60_000);

  it('"In" opens the print page: printed, it has the heading (body, title, filter, date), no menu, and the header row repeats', async () => {
    await page.getByRole('link', { name: 'In', exact: true }).click();
    await page.waitForURL(/\/staff\/print\?/u);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Danh sách cán bộ');
    // The script shows the print button; the page says what to do without it.
    await expect(page.getByRole('button', { name: 'In', exact: true }).isVisible()).resolves.toBe(true);
    await screenshots(page, 'exports-print-page');

    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1123, height: 794 }); // A4 landscape at 96 dpi
    await expect(page.locator('header.site').isVisible()).resolves.toBe(false);
    await expect(page.locator('.no-print').isVisible()).resolves.toBe(false);
    await expect(page.locator('.print-heading .organisation').textContent()).resolves.toBe('Thư viện tỉnh Vĩnh Phúc');
    await expect(page.locator('.print-heading').textContent()).resolves.toMatch(/Ngày xuất: \d{2}\/\d{2}\/\d{4}/u);
    await expect(page.evaluate("getComputedStyle(document.querySelector('table.print-list thead')).display")).resolves.toBe(
      'table-header-group',
    );
    await page.screenshot({ path: screenshotPath('exports-print-media'), fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(DESKTOP);
  }, 60_000);

  it('the staff list printed as it is: menu, filters and export links hidden', async () => {
    await page.goto(`${baseUrl}/staff`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header.site').isVisible()).resolves.toBe(false);
    await expect(page.locator('.export-links').isVisible()).resolves.toBe(false);
    await expect(page.locator('table').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await screenshots(page, 'exports-staff-list');
  }, 60_000);
});
