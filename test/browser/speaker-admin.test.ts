import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/store/password.js';
import { Store } from '../../src/store/store.js';
import { createApp } from '../../src/web/app.js';
import { attributionIn, meta, VENEZUELA_TEXT, venezuelaQuotes } from '../store/fixtures.js';
import { chromiumForTests, openBrowserSession, type BrowserSession } from './chromium.js';

/**
 * Managing speakers in headless Chromium: merging a misspelt duplicate into the right speaker
 * from the speaker page, and the counts and the speaker filter following. Set
 * SAIDBY_SCREENSHOTS=DIR to keep screenshots (spk-*.png) at 1440×900 and 390×844.
 */
const CHROMIUM = chromiumForTests();
const SHOTS = process.env['SAIDBY_SCREENSHOTS'];

/** Richard Grenell misspelt ("Grennell") in two more articles: a second speaker for one person. */
const MISSPELT = [
  '“Home at last, and the families are waiting at the airport,” Richard Grennell said on Saturday. The talks had taken a long week, Richard Grennell added.',
  '“We will go back if we have to,” Richard Grennell said. The flights would resume soon, Richard Grennell told reporters.',
];

let dir: string;
let store: Store;
let session: BrowserSession | undefined;
let base: string;
let page: Page;

async function shot(name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `spk-${name}.png`), fullPage: false });
}

const idOf = (name: string): number => store.db.prepare('SELECT id FROM speakers WHERE name = ?').pluck().get(name) as number;

beforeAll(async () => {
  if (CHROMIUM === null) return;
  dir = mkdtempSync(join(tmpdir(), 'saidby-spk-'));
  store = Store.open(join(dir, 'spk.db'));
  store.addUser('ana', await hashPassword('spk-test-pw'));
  store.addArticle({ text: VENEZUELA_TEXT, meta: meta('Six Americans head home') }, venezuelaQuotes());
  MISSPELT.forEach((text, i) => {
    const [quote] = /“[^”]+”/.exec(text) ?? [''];
    const claim = i === 0 ? 'The talks had taken a long week' : 'The flights would resume soon';
    store.addArticle({ text, meta: meta(`Grennell ${i + 1}`, `2025-02-0${i + 2}T00:00:00Z`) }, [
      attributionIn(text, quote, 'Richard Grennell', 'Richard Grennell', 'said'),
      { ...attributionIn(text, claim, 'Richard Grennell', 'Richard Grennell', i === 0 ? 'added' : 'told'), kind: 'indirect' },
    ]);
  });
  const app = createApp({ store, sessionSecret: 'spk-test-secret-spk-test-secret-spk-test', log: () => {} });
  session = await openBrowserSession({ app, executablePath: CHROMIUM, profileDir: join(dir, 'profile'), signIn: { name: 'ana', password: 'spk-test-pw' } });
  ({ base, page } = session);
}, 60_000);

afterAll(async () => {
  await session?.close();
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The speakers page as name -> the count shown. */
async function listedCounts(): Promise<Record<string, number>> {
  await page.goto(`${base}/speakers`);
  const rows = await page.locator('table.speakers tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('a.speaker')?.textContent ?? '', Number(tr.querySelector('td.num')?.textContent)] as const),
  );
  return Object.fromEntries(rows);
}

describe.skipIf(CHROMIUM === null)('managing speakers in a browser', () => {
  it('merges a misspelt duplicate into the right speaker; the counts and the filter follow', async () => {
    expect(await listedCounts()).toMatchObject({ 'Richard Grennell': 4, 'Richard Grenell': 1 });
    const from = idOf('Richard Grennell');
    const into = idOf('Richard Grenell');
    await page.goto(`${base}/speakers/${from}`);
    await expect(page.locator('#quotes tr.rec').count()).resolves.toBe(2);
    await expect(page.locator('#claims tr.rec').count()).resolves.toBe(2);
    await page.locator('#manage summary').click();
    await shot('manage-1440');
    await page.fill('input[name="into"]', 'Richard Grenell');
    await Promise.all([page.waitForURL(/\/merge\?into=/), page.click('button:has-text("Next: check and merge")')]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Merge “Richard Grennell” into “Richard Grenell”?');
    await shot('merge-confirm-1440');
    await page.check('input[name="confirm"]');
    await Promise.all([page.waitForURL(`${base}/speakers/${into}?done=merged`), page.click('button:has-text("Merge")')]);
    await expect(page.locator('p.done-notice').textContent()).resolves.toContain('Merged');
    await expect(page.locator('.stats strong').first().textContent()).resolves.toBe('5');
    await expect(page.locator('.aliases').textContent()).resolves.toContain('Richard Grennell');
    await expect(page.locator('ul.log li').first().textContent()).resolves.toContain('ana merged “Richard Grennell” into “Richard Grenell” (4 records moved)');

    const counts = await listedCounts();
    expect(counts['Richard Grenell']).toBe(5);
    expect(counts).not.toHaveProperty('Richard Grennell');

    // the old name in the filter now shows the kept speaker's five records
    await page.goto(`${base}/?speaker=${encodeURIComponent('Richard Grennell')}`);
    const names = await page.locator('table.claims td.c-speaker a.speaker').allTextContents();
    expect(names).toEqual(['Richard Grenell', 'Richard Grenell', 'Richard Grenell', 'Richard Grenell', 'Richard Grenell']);
  }, 90_000);

  it.runIf(SHOTS)('screenshots of a speaker page with the management forms', async () => {
    const id = idOf('Richard Grenell');
    for (const [width, height] of [[1440, 900], [390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${base}/speakers/${id}`);
      await page.locator('#manage summary').click();
      await shot(`speaker-${width}`);
      await page.locator('#quotes').scrollIntoViewIfNeeded();
      await shot(`speaker-${width}-sections`);
      await page.goto(`${base}/attributions/1`);
      await page.locator('details.move-record summary').click();
      await page.locator('details.move-record').scrollIntoViewIfNeeded();
      await shot(`record-move-${width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }, 60_000);
});
