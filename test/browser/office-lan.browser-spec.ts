import { networkInterfaces } from 'node:os';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { describeBrowser, launchChromium, screenshotPath, type ChromiumSession } from '../support/browser.js';
import { ADMIN_PASSWORD, createTestApp, type TestApp } from '../support/test-app.js';

/** This machine's first IPv4 address that is not loopback: what colleagues on the office LAN would type. */
function lanAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((address) => address !== undefined && address.family === 'IPv4' && !address.internal)?.address;
}

const address = lanAddress();
if (!address) {
  console.warn('No non-loopback IPv4 address on this machine: the office-LAN browser spec is skipped');
}
const describeLan = address ? describeBrowser : describe.skip;

/**
 * The office LAN: the service started with HOST set to a network address and reached as
 * http://192.168.x.y:3000 — plain HTTP, not localhost. The page must arrive styled (the stylesheet
 * fetched over the same HTTP) and signing in must work; with HSTS or upgrade-insecure-requests the
 * browser would fetch both over an HTTPS nobody serves.
 */
describeLan('the service on an office LAN address, over plain HTTP, in Chromium', () => {
  let t: TestApp;
  let chromium: ChromiumSession;
  let page: Page;
  let baseUrl: string;
  const requested: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, address!);
    baseUrl = `http://${address}:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    page.on('request', (request) => requested.push(request.url()));
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await t?.close();
  }, 60_000);

  it('serves the sign-in page styled, with every resource over the same HTTP address', async () => {
    const response = await page.goto(`${baseUrl}/login`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['strict-transport-security']).toBeUndefined();
    expect(response?.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
    // The site header's accent border comes from /assets/app.css: only there if the stylesheet loaded.
    // (a string: these specs are compiled without the DOM's types)
    const border = await page.evaluate("getComputedStyle(document.querySelector('header.site')).borderBottomColor");
    expect(border).toBe('rgb(164, 22, 26)');
    expect(requested.filter((url) => !url.startsWith(`${baseUrl}/`))).toEqual([]);
    expect(requested).toContain(`${baseUrl}/assets/app.css`);
    await page.screenshot({ path: screenshotPath('office-lan-login'), fullPage: true });
  }, 60_000);

  it('signs in with the form, lands on the home page, then opens the staff list', async () => {
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    // Signed in, the home page of the round; then the staff list.
    await page.waitForURL(`${baseUrl}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Trang chủ');
    await page.goto(`${baseUrl}/staff`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Cán bộ, viên chức');
    const cookies = await chromium.context.cookies(baseUrl);
    expect(cookies.map((cookie) => cookie.name).sort()).toEqual(['_csrf', 'ct_session']);
    expect(cookies.every((cookie) => !cookie.secure)).toBe(true);
  }, 60_000);
});
