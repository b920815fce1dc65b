import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromContent, ingestArticle } from '../../src/ingest/ingest.js';
import { hashPassword } from '../../src/store/password.js';
import { Store } from '../../src/store/store.js';
import { createApp } from '../../src/web/app.js';
import { chromiumForTests, openBrowserSession, type BrowserSession } from './chromium.js';

/**
 * Statements the real pipeline gives in pieces, in headless Chromium: a quotation running over
 * two paragraphs, one split by its attribution, a claim split around its own. Each
 * piece reads with its statement on the list, the record page, the article and the queue, and a
 * speaker typed on one piece in the queue goes to the whole statement. SAIDBY_SCREENSHOTS=DIR
 * keeps screenshots (statement-*.png) at 1440×900 and 390×844.
 */
const CHROMIUM = chromiumForTests();
const SHOTS = process.env['SAIDBY_SCREENSHOTS'];

const ARTICLE = [
  'Mayor promises safer streets',
  '',
  '"We will not stop until every family on this street feels safe again," Mayor Anna Smith said on Monday. "This is the first step.',
  '',
  '"Our officers worked through the night, and they deserve our thanks."',
  '',
  '"The new cameras," the mayor said, "will be on every corner by spring."',
  '',
  'The suspect, police said, had been arrested near the station.',
].join('\n');

let dir: string;
let store: Store;
let session: BrowserSession | undefined;
let base: string;
let page: Page;

beforeAll(async () => {
  if (CHROMIUM === null) return;
  dir = mkdtempSync(join(tmpdir(), 'saidby-statements-browser-'));
  store = Store.open(join(dir, 'statements.db'));
  store.addUser('ana', await hashPassword('statement-test-pw'));
  ingestArticle(store, articleFromContent(ARTICLE, '.txt', 'safer-streets.txt'));
  const app = createApp({ store, sessionSecret: 'statements-browser-secret-statements-browser', log: () => {} });
  session = await openBrowserSession({ app, executablePath: CHROMIUM, profileDir: join(dir, 'profile'), signIn: { name: 'ana', password: 'statement-test-pw' } });
  ({ base, page } = session);
}, 120_000);

afterAll(async () => {
  await session?.close();
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function shot(name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `statement-${name}.png`) });
}

const recordOf = (text: string) => {
  const found = store.listAttributions({ q: `"${text}"`, status: 'all' }, { limit: 5 }).items.find((r) => r.text.includes(text));
  if (!found) throw new Error(`no record with ${text}`);
  return found;
};

describe.skipIf(CHROMIUM === null)('statements given in pieces, in a browser', () => {
  it('reads each piece with its statement on the list, the record page and the article', async () => {
    const suspect = recordOf('The suspect');
    const arrested = recordOf('had been arrested');
    expect(arrested.group).toBe(suspect.group);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${base}/`);
    const row = page.locator(`tr.rec[data-id="${suspect.id}"]`);
    await expect(row.locator('.st-badge').textContent()).resolves.toBe('part 1 of 2');
    await expect(row.locator('.claim-text mark').textContent()).resolves.toBe('The suspect');
    await expect(row.locator('.claim-text').textContent()).resolves.toBe('The suspect … had been arrested near the station');
    await row.locator('summary').click();
    await expect(row.locator('.st-label').textContent()).resolves.toBe('Part 1 of 2 of one statement · the other part: part 2');
    await shot('list-1440');

    await Promise.all([page.waitForURL(`${base}/attributions/${arrested.id}`), row.locator('.st-whole a.st-part').click()]);
    await expect(page.locator('.statement .st-label strong').textContent()).resolves.toBe('Part 2 of 2 of one statement');
    await expect(page.locator('.statement mark.st-this').textContent()).resolves.toBe('had been arrested near the station');
    await expect(page.locator('.review-form .st-apply').textContent()).resolves.toContain('A new speaker goes to all 2 parts of the statement');
    await shot('record-1440');

    await page.goto(`${base}/articles/${suspect.articleId}`);
    await expect(page.locator(`#a${arrested.id} .st-of`).textContent()).resolves.toBe('Part 2 of 2 of one statement ›');
    await shot('article-1440');
  }, 60_000);

  it('a speaker typed on one piece in the queue goes to the whole statement, and its other card leaves the queue', async () => {
    const suspect = recordOf('The suspect');
    const arrested = recordOf('had been arrested');
    await page.goto(`${base}/review`);
    const card = page.locator(`#r${arrested.id}`);
    await expect(card.locator('.statement .st-label strong').textContent()).resolves.toBe('Part 2 of 2 of one statement');
    await expect(card.locator('input[name="parts"]').isChecked()).resolves.toBe(true);
    await card.scrollIntoViewIfNeeded();
    await shot('queue-1440');
    await card.locator('input[name="speaker"]').fill('Leeds Police');
    await card.locator('button[value="confirm"]').click();
    await expect(card.locator('.card-state')).toBeDefined();
    await page.locator(`#r${suspect.id}.done`).waitFor();
    await expect(page.locator(`#r${suspect.id} .card-state`).textContent()).resolves.toBe('✓ corrected with the rest of its statement');
    await expect(card.locator('.card-state').textContent()).resolves.toBe('✓ Saved: record ' + arrested.id + ' corrected, with the other part of its statement.');
    for (const id of [suspect.id, arrested.id]) expect(store.getAttribution(id)).toMatchObject({ speakerName: 'Leeds Police', status: 'corrected' });
  }, 60_000);

  it('fits a phone: nothing wider than the screen on the list, the queue and the record page', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const quote = recordOf('This is the first step');
    for (const [name, url] of [['list', '/'], ['queue', '/review'], ['record', `/attributions/${quote.id}`]] as const) {
      await page.goto(`${base}${url}`);
      if (name === 'list') await page.locator(`tr.rec[data-id="${quote.id}"] summary`).click();
      const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow, name).toBeLessThanOrEqual(0);
      await shot(`${name}-390`);
    }
  }, 60_000);
});
