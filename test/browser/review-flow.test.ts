import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/store/password.js';
import { Store } from '../../src/store/store.js';
import { createApp } from '../../src/web/app.js';
import { chromiumForTests, openBrowserSession, type BrowserSession } from './chromium.js';

/**
 * The whole review flow in headless Debian Chromium (the `chromium` package; .ci/run installs
 * it), against the real pipeline: sign in, add the seed article through the form, find
 * Trump's quotes by speaker, correct one, download the CSV. Skipped (with one line saying
 * why) when no Chromium is found, except under CI=true (see chromium.ts).
 * Set SAIDBY_SCREENSHOTS=DIR to keep screenshots of each page.
 */
const CHROMIUM = chromiumForTests();
const SEED = resolve('data/samples/cnn-2025-02-01-venezuela-detainees.txt');
const SHOTS = process.env['SAIDBY_SCREENSHOTS'];

let dir: string;
let store: Store;
let session: BrowserSession | undefined;
let base: string;
let page: Page;

async function shot(name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

beforeAll(async () => {
  if (CHROMIUM === null) return;
  dir = mkdtempSync(join(tmpdir(), 'saidby-browser-'));
  store = Store.open(join(dir, 'browser.db'));
  store.addUser('ana', await hashPassword('browser-test-pw'));
  const app = createApp({ store, sessionSecret: 'browser-test-secret-browser-test-secret', log: () => {} });
  session = await openBrowserSession({ app, executablePath: CHROMIUM, profileDir: join(dir, 'profile'), viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  ({ base, page } = session);
}, 60_000);

afterAll(async () => {
  await session?.close();
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const speakerCells = (p: Page) => p.locator('table.claims td.c-speaker a.speaker').allTextContents();

describe.skipIf(CHROMIUM === null)('the review flow in a browser', () => {
  it('sign in, ingest the seed article, search "trump", correct a quote, download the CSV', async () => {
    // an empty database still serves
    await page.goto(`${base}/`);
    await expect(page.locator('.empty').textContent()).resolves.toContain('No claims match');

    // sign in
    await page.click('text=Reviewer sign in');
    await page.fill('input[name="name"]', 'ana');
    await page.fill('input[name="password"]', 'browser-test-pw');
    await Promise.all([page.waitForURL(`${base}/`), page.click('button:has-text("Sign in")')]);
    await expect(page.locator('.top .user').textContent()).resolves.toBe('ana');

    // ingest the seed article through the upload form
    await page.click('text=Add article');
    await page.setInputFiles('input[name="file"]', SEED);
    await Promise.all([page.waitForURL(/\/articles\/\d+$/), page.click('button:has-text("Extract and store")')]);
    await shot('article');
    const marked = await page.locator('.article-text .hl-quote').count();
    expect(marked).toBeGreaterThan(0);
    await expect(page.locator('.article-text .hl-speaker').first().textContent()).resolves.toBeTruthy();

    // search by speaker: only Trump's quotes
    await page.goto(`${base}/`);
    await shot('claims');
    const everyone = await speakerCells(page);
    expect(new Set(everyone).size).toBeGreaterThan(1);
    await page.fill('input[name="speaker"]', 'trump');
    await Promise.all([page.waitForURL(/speaker=trump/), page.click('button:has-text("Filter")')]);
    await shot('claims-trump');
    const trumpOnly = await speakerCells(page);
    expect(trumpOnly.length).toBeGreaterThan(0);
    expect(new Set(trumpOnly)).toEqual(new Set(['Donald Trump']));
    // the client script dropped the empty fields from the URL
    expect(page.url()).toBe(`${base}/?speaker=trump`);

    // correct the first one: channel and platform, with a note
    const firstText = (await page.locator('table.claims .claim-text').first().textContent())!;
    // the line opens on a click, and links to the record
    await page.locator('table.claims td.c-text summary').first().click();
    await Promise.all([page.waitForURL(/\/attributions\/\d+$/), page.locator('table.claims a.claim').first().click()]);
    const attributionUrl = page.url();
    await page.check('input[name="action"][value="correct"]');
    await page.selectOption('select[name="channel"]', 'social-media');
    await page.fill('input[name="channel_platform"]', 'Truth Social');
    await page.fill('textarea[name="note"]', 'posted on Truth Social');
    await Promise.all([page.waitForURL(`${attributionUrl}?saved=1`), page.click('button:has-text("Save review")')]);
    await expect(page.locator('p.notice.saved').textContent()).resolves.toContain('Saved: this claim is now corrected');
    await shot('attribution');
    await expect(page.locator('.claim-title .status').textContent()).resolves.toBe('corrected');
    await expect(page.locator('table.audit-log tbody tr').count()).resolves.toBe(1);
    await expect(page.locator('table.audit-log').textContent()).resolves.toContain('Truth Social');

    // download the CSV of the filtered list
    await page.goto(`${base}/?speaker=trump`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download CSV')]);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8').slice(1));
    const header = rows[0]!;
    const records = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
    expect(records).toHaveLength(trumpOnly.length);
    expect(records.every((r) => r['Speaker'] === 'Donald Trump')).toBe(true);
    const corrected = records.filter((r) => r['Status'] === 'corrected');
    expect(corrected).toHaveLength(1);
    expect(corrected[0]).toMatchObject({
      'How it was said': 'Social media post', Platform: 'Truth Social', Note: 'posted on Truth Social', 'Quote or claim': firstText, 'Reviewed by': 'ana',
    });
  }, 120_000);
});

/** A small RFC 4180 reader for the check: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
