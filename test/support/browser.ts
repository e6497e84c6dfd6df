import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { ADMIN_PASSWORD, type TestApp } from './test-app.js';

/** Debian's Chromium (apt package `chromium`); browser specs never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const SCREENSHOTS_DIR = join(fileURLToPath(new URL('../..', import.meta.url)), 'test-results', 'screenshots');

// Quiet, reproducible runs: no network calls of Chromium's own, no first-run or sync prompts.
// Playwright adds --headless itself (headless: true) and the --user-data-dir it is given.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumAvailable = (): boolean => existsSync(CHROMIUM_PATH);

/**
 * `describe` when Chromium is installed. Without it the specs are skipped with a note on a
 * developer's machine, and fail on CI, where a silently skipped browser suite would hide regressions.
 */
function selectDescribe(): jest.Describe {
  if (chromiumAvailable()) {
    return describe;
  }
  if (process.env.CI === 'true') {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: browser specs cannot run on CI without it (apt-get install chromium)`);
  }
  console.warn(`Chromium not found at ${CHROMIUM_PATH}: browser specs skipped`);
  return describe.skip;
}

export const describeBrowser = selectDescribe();

export interface ChromiumSession {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Chromium with a fresh profile folder of its own, removed on close. */
export async function launchChromium(): Promise<ChromiumSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'ct-chromium-'));
  // launch() refuses a --user-data-dir argument; the persistent context passes ours as that flag.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Starts the test application on a free local port and answers its base address. */
export async function listen(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** Where a screenshot goes (the folder is git-ignored and created on demand). */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  return join(SCREENSHOTS_DIR, `${name}.png`);
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** A desktop and a phone-sized screenshot of the page as it is now, to look at as its user would. */
export async function screenshots(page: Page, name: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: screenshotPath(`${name}-phone`), fullPage: true });
  await page.setViewportSize(DESKTOP);
}

/** Signs in as the test app's admin through the login form, and waits for the home page it lands on. */
export async function signInAsAdmin(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(`${baseUrl}/`);
}
