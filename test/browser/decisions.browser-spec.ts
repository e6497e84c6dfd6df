import type { Page } from 'playwright-core';
import { createStaff, createUnit } from '../factories/index.js';
import { setRating } from '../factories/eligibility.js';
import { createIssuer } from '../factories/revocations.js';
import { type ChromiumSession, describeBrowser, launchChromium, listen, screenshots, signInAsAdmin } from '../support/browser.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The decisions wizard in Chromium, as an officer goes through it without any script of ours:
 * choose issuer, award and year → add everyone eligible → preview links → issue (the number) →
 * revoke one line, then issue the revocation and see the line shown revoked with its link.
 */
describeBrowser('the decisions wizard in Chromium', () => {
  let t: TestApp;
  let chromium: ChromiumSession;
  let page: Page;
  let baseUrl: string;
  let issuer: { id: string; name: string; symbol: string };
  let unit: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await listen(t);
    issuer = await createIssuer(t);
    unit = await createUnit(t, { name: 'Nhà hát Ca múa nhạc', code: 'NH-WIZ' });
    for (const fullName of ['Nguyễn Thị Ánh', 'Trần Văn Bảo', 'Lê Thị Cúc']) {
      const person = await createStaff(t, { unitId: unit.id, fullName });
      await setRating(t, 'staff', person.id, 2025, 'good');
    }
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    await signInAsAdmin(page, baseUrl);
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  }, 60_000);

  const currentStep = () => page.locator('ol.steps li[aria-current="step"]').textContent();

  it('drafts, adds the eligible people, issues with a number, revokes one line', async () => {
    // 1. Choose the issuer, the award and the year.
    await page.goto(`${baseUrl}/decisions/new`);
    await page.getByLabel('Cơ quan ban hành').selectOption(issuer.id);
    await page.getByLabel('Danh hiệu, hình thức khen thưởng').selectOption('LDTT');
    await page.getByLabel('Năm').fill('2025');
    await screenshots(page, 'decisions-wizard-new');
    await page.getByRole('button', { name: 'Lập dự thảo' }).click();
    await page.waitForURL(/\/decisions\/[0-9a-f-]{36}\?saved=1$/u);
    const decisionUrl = page.url().replace(/\?.*$/u, '');
    await expect(currentStep()).resolves.toContain('Thêm người');
    // The eligible people, to tick one by one (the officer here adds them all at once instead).
    await expect(page.locator('input[name="staffIds"]').count()).resolves.toBe(3);
    await screenshots(page, 'decisions-wizard-empty-draft');

    // 2. Everyone eligible of the unit, in one go.
    await page.locator('#unitId').fill(unit.id);
    await page.getByRole('button', { name: 'Thêm' }).first().click();
    await page.waitForLoadState();
    const names = await page.locator('table.responsive tbody td[data-label="Họ và tên"]').allTextContents();
    expect(names.map((name) => name.trim()).sort()).toEqual(['Lê Thị Cúc', 'Nguyễn Thị Ánh', 'Trần Văn Bảo']);
    // 3. The preview: its link to the print view, and the downloads.
    await expect(currentStep()).resolves.toContain('Xem trước');
    await expect(page.getByRole('link', { name: 'Xem trước bản in (HTML)' }).getAttribute('href')).resolves.toMatch(/\/document\.html$/u);
    await expect(page.getByRole('link', { name: 'Tải Word (DOCX)' }).first().getAttribute('href')).resolves.toMatch(/\/document\.docx$/u);
    await screenshots(page, 'decisions-wizard-draft');

    // 4. Issue: today's date is offered; the system register gives the number.
    await page.getByRole('link', { name: 'Ban hành quyết định' }).click();
    await page.waitForLoadState();
    await page.getByRole('button', { name: 'Ban hành' }).click();
    await page.waitForLoadState();
    await expect(page.locator('#issued').textContent()).resolves.toContain(`01/QĐ-${issuer.symbol}`);
    await page.goto(decisionUrl);
    await expect(page.locator('[data-decision-number]').textContent()).resolves.toBe(`01/QĐ-${issuer.symbol}`);
    await expect(currentStep()).resolves.toContain('Tải về');
    await screenshots(page, 'decisions-wizard-issued');

    // 5. Revoke one line: a revocation draft referencing the original.
    await page.getByLabel(/Trần Văn Bảo/u).check();
    await page.getByLabel('Lý do thu hồi').fill('Hồ sơ đề nghị khen thưởng không trung thực');
    await page.getByRole('button', { name: 'Lập dự thảo thu hồi' }).click();
    // The fragment of the form's action (#revoke) stays on the address the browser is redirected to.
    await page.waitForURL(/\/decisions\/[0-9a-f-]{36}\?saved=1(#revoke)?$/u);
    const revocationUrl = page.url().replace(/\?.*$/u, '');
    expect(revocationUrl).not.toBe(decisionUrl);
    await expect(page.getByRole('link', { name: /Quyết định được thu hồi/u }).getAttribute('href')).resolves.toBe(
      new URL(decisionUrl).pathname,
    );
    await screenshots(page, 'decisions-wizard-revocation-draft');
    await page.getByRole('link', { name: 'Ban hành quyết định' }).click();
    await page.waitForLoadState();
    await page.getByRole('button', { name: 'Ban hành' }).click();
    await page.waitForLoadState();
    await expect(page.locator('#issued').textContent()).resolves.toContain(`02/QĐ-${issuer.symbol}`);

    // The original stays readable, its line shown revoked with the link to the revocation.
    await page.goto(decisionUrl);
    const revoked = page.locator('tr.revoked');
    await expect(revoked.count()).resolves.toBe(1);
    await expect(revoked.textContent()).resolves.toContain('Trần Văn Bảo');
    await expect(revoked.getByRole('link', { name: `02/QĐ-${issuer.symbol}` }).getAttribute('href')).resolves.toBe(
      new URL(revocationUrl).pathname,
    );
    await screenshots(page, 'decisions-wizard-original-revoked');
  }, 120_000);
});
