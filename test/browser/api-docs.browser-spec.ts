import type { Page } from 'playwright-core';
import { describeBrowser, launchChromium, listen, screenshotPath, type ChromiumSession } from '../support/browser.js';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app.js';

describeBrowser('the API documentation in Chromium', () => {
  let t: TestApp;
  let chromium: ChromiumSession;
  let page: Page;
  let baseUrl: string;
  const problems: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    baseUrl = await listen(t);
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    // A script or style the security headers block shows up here (and Swagger UI would stay blank).
    page.on('console', (message) => {
      if (message.type() === 'error') {
        problems.push(message.text());
      }
    });
    page.on('pageerror', (error) => problems.push(error.message));
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  }, 60_000);

  it('asks for sign-in, then shows Swagger UI with every group of the API', async () => {
    await page.goto(`${baseUrl}/docs/api`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${baseUrl}/docs/api`);

    await page.locator('.swagger-ui .info .title').waitFor();
    await expect(page.locator('.swagger-ui .info .title').textContent()).resolves.toContain('Commendation tracker API');
    // Every group is in the document Swagger UI loaded.
    const groups = await page.evaluate(
      // Runs in the page, where Swagger UI is `window.ui`.
      'window.ui.specSelectors.taggedOperations().keySeq().toJS()',
    );
    expect(groups).toEqual(expect.arrayContaining(['auth', 'staff', 'history', 'eligibility', 'nominations', 'councils', 'postings']));
    await page.screenshot({ path: screenshotPath('api-docs'), fullPage: false });
    expect(problems).toEqual([]);
  }, 60_000);

  // KNOWN DEFECT (issue 10): since the workflow's routes joined the document, Swagger UI draws only the
  // first group ("history") although it loaded all of them (above), with no error in the console.
  // Marked `failing` so the suite says so on every run, and turns red the day it draws them all again.
  it.failing(
    'draws every group of operations',
    async () => {
      await page.goto(`${baseUrl}/docs/api`);
      await page.locator('.swagger-ui .info .title').waitFor();
      for (const tag of ['auth', 'staff', 'history', 'eligibility']) {
        await expect(page.locator(`#operations-tag-${tag}`).count()).resolves.toBe(1);
      }
    },
    60_000,
  );
});
