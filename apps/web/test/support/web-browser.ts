import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import { TEST_PASSWORD } from '../../../api/test/support/keystone-test-app';

const REPOSITORY = join(__dirname, '../../../..');
const SCREENSHOTS = join(REPOSITORY, 'test-artifacts/screenshots');
export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** Builds apps/web when its sources are newer than its build (the script skips an up-to-date build). */
export function buildWebApp(): void {
  execFileSync('bash', [join(REPOSITORY, 'infra/dev/build-web.sh')], { stdio: 'inherit' });
}

/**
 * Debian's chromium, driven by playwright-core: nothing is downloaded at test time. Every page it opens is
 * watched for uncaught errors, which fail the test that caused them.
 */
export class WebBrowser {
  readonly pageErrors: string[] = [];

  private constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
  ) {
    mkdirSync(SCREENSHOTS, { recursive: true });
  }

  static async launch(baseUrl: string): Promise<WebBrowser> {
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    return new WebBrowser(browser, baseUrl);
  }

  /**
   * A separate browser profile (its own storage, so its own signed-in account), as a second person's laptop;
   * `streamRefused` answers the live event stream with a 404, as a proxy that does not pass it would.
   */
  async newContext({ streamRefused = false } = {}): Promise<BrowserContext> {
    // A zone far from Beijing: the app must show the county's dates and deadlines whatever the device is set to.
    const context = await this.browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'America/Los_Angeles' });
    if (streamRefused) await context.route('**/api/events/stream?*', (route) => route.fulfill({ status: 404, body: '' }));
    return context;
  }

  async open(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (error) => this.pageErrors.push(`${path}: ${error.message}`));
    await page.goto(`${this.baseUrl}${path}`);
    return page;
  }

  /** Signs in through the login form and waits for the page the role lands on. */
  async signIn(context: BrowserContext, username: string, landing: string): Promise<Page> {
    const page = await this.open(context, '/');
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${this.baseUrl}${landing}`);
    return page;
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

/** The page as it is now, on a laptop and on a phone, into test-artifacts/screenshots/<name>-desktop|phone.png. */
export async function capture(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  await settled(page);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
  await settled(page);
}

// The snippets below run in the page; as strings they need no DOM types in this Node program.

/** Two animation frames: the layout and the chart have followed a change of size. */
async function settled(page: Page): Promise<void> {
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
}

/** Marks the document, so a test can tell that what changed on the page changed without a reload. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate("document.documentElement.setAttribute('data-not-reloaded', 'yes')");
}

export async function isSameDocument(page: Page): Promise<boolean> {
  return (await page.evaluate("document.documentElement.getAttribute('data-not-reloaded')")) === 'yes';
}

export interface NavigationEntry {
  name: string;
  /** Lines its text takes. */
  lines: number;
  /** Whether it ends within the window's width. */
  onScreen: boolean;
}

/** The masthead's entries as laid out now. */
export async function navigationEntries(page: Page): Promise<NavigationEntry[]> {
  return page.evaluate(`[...document.querySelectorAll('.masthead-nav a')].map((link) => {
    const text = document.createRange();
    text.selectNodeContents(link);
    return { name: link.textContent, lines: text.getClientRects().length, onScreen: link.getBoundingClientRect().right <= window.innerWidth };
  })`);
}
