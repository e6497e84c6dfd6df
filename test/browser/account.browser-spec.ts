import type { Page } from 'playwright-core';
import { totpCode } from '../../src/auth/two-factor/totp.js';
import { type ChromiumSession, describeBrowser, launchChromium, listen, screenshots, signInAsAdmin } from '../support/browser.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describeBrowser('the account pages in Chromium', () => {
  let t: TestApp;
  let chromium: ChromiumSession;
  let page: Page;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await listen(t);
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    await signInAsAdmin(page, baseUrl);
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  }, 60_000);

  it('reaches "my account" from the name in the header', async () => {
    await page.getByRole('link', { name: 'Quản trị hệ thống' }).click();
    await page.waitForURL(`${baseUrl}/account`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Tài khoản của tôi');
    await screenshots(page, 'account');
  }, 60_000);

  it('turns the second factor on with a code of the shown key, then shows the recovery codes once', async () => {
    await page.goto(`${baseUrl}/account/two-factor`);
    await page.getByRole('button', { name: 'Bắt đầu cài đặt' }).click();
    await page.waitForLoadState();
    const secret = (await page.locator('[data-secret]').textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/u);
    await screenshots(page, 'account-two-factor-setup');

    await page.getByLabel('Mã 6 chữ số').fill(totpCode(secret, Date.now()));
    await page.getByRole('button', { name: 'Bật xác thực hai bước' }).click();
    await page.waitForLoadState();
    await expect(page.getByRole('heading', { name: 'Mã khôi phục' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('li code').count()).resolves.toBe(10);
    await screenshots(page, 'account-recovery-codes');
  }, 60_000);
});
