import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromContent, ingestArticle } from '../../src/ingest/ingest.js';
import { Store } from '../../src/store/store.js';
import { createApp } from '../../src/web/app.js';
import { STORIES, storyText } from '../cluster/stories.js';
import { chromiumForTests, openBrowserSession, type BrowserSession } from './chromium.js';

/**
 * One statement carried by six outlets, in headless Chromium: from "also in 5 articles" on the
 * claims list to the cluster page, at 1440×900 and on a phone. SAIDBY_SCREENSHOTS=DIR keeps
 * screenshots (clusters-*.png).
 */
const CHROMIUM = chromiumForTests();
const SHOTS = process.env['SAIDBY_SCREENSHOTS'];

let dir: string;
let store: Store;
let session: BrowserSession | undefined;
let base: string;
let page: Page;

beforeAll(async () => {
  if (CHROMIUM === null) return;
  dir = mkdtempSync(join(tmpdir(), 'saidby-clusters-browser-'));
  store = Store.open(join(dir, 'clusters.db'));
  for (const s of STORIES) ingestArticle(store, articleFromContent(storyText(s), '.txt', s.file));
  const app = createApp({ store, sessionSecret: 'clusters-browser-secret-clusters-browser', log: () => {} });
  session = await openBrowserSession({ app, executablePath: CHROMIUM, profileDir: join(dir, 'profile') });
  ({ base, page } = session);
}, 120_000);

afterAll(async () => {
  await session?.close();
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(CHROMIUM === null)('one statement across outlets, in a browser', () => {
  it('goes from "also in 5 articles" on the list to the appearances, earliest first, with the changes marked', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${base}/`);
    const also = page.locator('tr.rec a.also-in');
    await expect(also.count()).resolves.toBe(6);
    await expect(also.first().textContent()).resolves.toBe('also in 5 articles');
    await Promise.all([page.waitForURL(/\/clusters\/\d+$/), also.first().click()]);

    await expect(page.locator('h1').textContent()).resolves.toBe('One quotation in 6 articles');
    const outlets = await page.locator('.app-outlet').allTextContents();
    expect(outlets).toEqual(['Harbor Gazette', 'Valley Tribune', 'River Post', 'Coast Herald', 'Metro Daily', 'Lake Courier']);
    const card = (outlet: string) => page.locator('.appearance', { has: page.locator('.app-outlet', { hasText: outlet }) });
    await expect(card('Harbor Gazette').locator('.tag').allTextContents()).resolves.toEqual(['earliest']);
    await expect(card('River Post').locator('.app-words del.sig').textContent()).resolves.toBe('40');
    await expect(card('River Post').locator('.app-words ins.sig').textContent()).resolves.toBe('14');
    await expect(card('Coast Herald').locator('.app-words del.sig').textContent()).resolves.toBe('not');
    await expect(card('Metro Daily').locator('.tag').allTextContents()).resolves.toEqual(['part of the longer quotation']);
    await expect(card('Lake Courier').locator('.tag').allTextContents()).resolves.toEqual(['another speaker']);
    // the changed words stand out: a red outline on the significant ones
    // the test is compiled without the DOM's types; the browser runs this
    type Styles = { getComputedStyle(el: unknown): { outlineStyle: string } };
    const outline = await card('River Post').locator('.app-words del.sig').evaluate((el) => (globalThis as unknown as Styles).getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'clusters-page-1440.png') });

    // on a phone: nothing wider than the screen
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'clusters-page-390.png') });
  }, 120_000);
});
