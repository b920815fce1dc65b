import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromContent, ingestArticle } from '../../src/ingest/ingest.js';
import { hashPassword } from '../../src/store/password.js';
import { Store } from '../../src/store/store.js';
import { createApp } from '../../src/web/app.js';
import { speakerLabel } from '../../src/web/plain-words.js';
import { chromiumForTests, openBrowserSession, type BrowserSession } from './chromium.js';

/**
 * The review desk in headless Chromium with the real pipeline: working through the queue with
 * the keyboard only, bulk rejection on the list, deleting an article. Set
 * SAIDBY_SCREENSHOTS=DIR to keep screenshots (desk-*.png) at 1440×900 and 390×844.
 */
const CHROMIUM = chromiumForTests();
const SEED = resolve('data/samples/cnn-2025-02-01-venezuela-detainees.txt');
const SHOTS = process.env['SAIDBY_SCREENSHOTS'];

/** An invented article: a byline, and quotations by three people, some with only "he said". */
function invented(n: number): string {
  const people = ['Derek Walsh', 'Omar Haddad', 'Lena Fischer'];
  const lines = [`Council weighs budget plan ${n}`, '', `Published: March ${n + 1}, 2025`, '', `By Sam Reed, Valley Tribune`, ''];
  for (let i = 0; i < 12; i++) {
    const who = people[i % 3]!;
    lines.push(
      i % 4 === 3
        ? `“We will look at item ${i} of plan ${n} again next week, and nobody should expect a quick answer,” he said.`
        : `“The budget line ${i} for plan ${n} is not what the council promised the voters in the spring,” ${who} said at the meeting.`,
      '',
    );
  }
  return lines.join('\n');
}

let dir: string;
let store: Store;
let session: BrowserSession | undefined;
let base: string;
let page: Page;

async function shot(name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `desk-${name}.png`), fullPage: false });
}

beforeAll(async () => {
  if (CHROMIUM === null) return;
  dir = mkdtempSync(join(tmpdir(), 'saidby-desk-'));
  store = Store.open(join(dir, 'desk.db'));
  store.addUser('ana', await hashPassword('desk-test-pw'));
  ingestArticle(store, articleFromContent(readFileSync(SEED, 'utf8'), '.txt', SEED));
  for (let n = 1; n <= 4; n++) ingestArticle(store, articleFromContent(invented(n), '.txt', `plan-${n}.txt`));
  const app = createApp({ store, sessionSecret: 'desk-test-secret-desk-test-secret-desk', log: () => {} });
  session = await openBrowserSession({ app, executablePath: CHROMIUM, profileDir: join(dir, 'profile'), signIn: { name: 'ana', password: 'desk-test-pw' } });
  ({ base, page } = session);
}, 120_000);

afterAll(async () => {
  await session?.close();
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const cardId = async (nth: number): Promise<number> => Number(await page.locator('.queue > .card').nth(nth).getAttribute('data-id'));
const currentId = async (): Promise<number> => Number(await page.locator('.queue > .card.current').getAttribute('data-id'));

describe.skipIf(CHROMIUM === null)('the review desk in a browser', () => {
  it('works through the queue with the keyboard only: confirm, reject, correct a speaker, next', async () => {
    await page.goto(`${base}/review`);
    await shot('queue-1440');
    const [first, second, third, fourth] = [await cardId(0), await cardId(1), await cardId(2), await cardId(3)];
    // unknown speakers come first
    expect(store.getAttribution(first).speakerId).toBeNull();
    await expect.poll(currentId).toBe(first);

    await page.keyboard.press('c');
    await expect.poll(() => page.locator(`#r${first} .card-state`).textContent()).toMatch(/Saved/);
    await expect.poll(() => page.locator(`#r${first}.done`).count()).toBe(1);
    await expect(page.locator('#toast').textContent()).resolves.toBe(`Saved: record ${first} confirmed.`);
    expect(store.getAttribution(first).status).toBe('confirmed');
    await expect.poll(currentId).toBe(second);

    await page.keyboard.press('x');
    await expect.poll(() => store.getAttribution(second).status).toBe('rejected');
    await expect.poll(currentId).toBe(third);

    // s: the speaker field; typed keys go into it, not to the shortcuts; Enter only leaves the
    // field (finishing a name never saves by itself), then c confirms with that speaker
    const was = store.getAttribution(third);
    // a name other than the one the record has, so the change is a correction
    const name = was.speakerName === 'Derek Walsh' ? 'Omar Haddad' : 'Derek Walsh';
    await page.keyboard.press('s');
    await page.keyboard.type(name);
    expect(store.getAttribution(third).status).toBe('unreviewed');
    await page.keyboard.press('Enter');
    await new Promise((r) => setTimeout(r, 300));
    expect(store.getAttribution(third).status).toBe('unreviewed');
    await page.keyboard.press('c');
    await expect.poll(() => store.getAttribution(third).speakerName).toBe(name);
    expect(store.getAttribution(third).status).toBe('corrected');
    await expect.poll(currentId).toBe(fourth);

    // j / k move; n writes a note; Esc leaves the field without saving
    await page.keyboard.press('j');
    await expect.poll(currentId).toBe(await cardId(4));
    await page.keyboard.press('k');
    await expect.poll(currentId).toBe(fourth);
    await page.keyboard.press('n');
    await page.keyboard.type('check the x and c keys');
    await page.keyboard.press('Escape');
    expect(store.getAttribution(fourth).status).toBe('unreviewed');
    await page.keyboard.press('?');
    await expect(page.locator('#keys-help').getAttribute('open')).resolves.toBe('');
    await page.keyboard.press('Escape');
    await page.keyboard.press('c');
    await expect.poll(() => store.getAttribution(fourth).status).toBe('confirmed');
    expect(store.getAttribution(fourth).note).toBe('check the x and c keys');

    // the reviewed ones have left the queue
    await page.reload();
    const left = await page.locator('.queue > .card').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-id'))));
    for (const id of [first, second, third, fourth]) expect(left).not.toContain(id);
    // the audit says it in words
    await page.goto(`${base}/attributions/${third}`);
    await expect(page.locator('table.audit-log td.what').textContent()).resolves.toContain(`ana changed the speaker from ${speakerLabel(was.speakerName, was.speakerMention)} to ${name}`);
  }, 120_000);

  it('bulk-rejects ticked rows on the list', async () => {
    await page.goto(`${base}/`);
    await shot('list-1440');
    const ids = await page.locator('tr.rec').evaluateAll((els) => els.slice(0, 3).map((e) => Number(e.getAttribute('data-id'))));
    await page.check(`tr[data-id="${ids[0]}"] input[name="pick"]`);
    await page.check(`tr[data-id="${ids[2]}"] input[name="pick"]`);
    await Promise.all([page.waitForURL(/bulk=rejected/), page.click('button:has-text("Reject ticked")')]);
    await expect(page.locator('#toast').textContent()).resolves.toBe('2 records rejected.');
    expect([ids[0], ids[1], ids[2]].map((id) => store.getAttribution(id!).status)).toEqual(['rejected', expect.any(String), 'rejected']);
    const shown = await page.locator('tr.rec').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-id'))));
    expect(shown).not.toContain(ids[0]);
    expect(shown).toContain(ids[1]);
    // the line clamps the text and opens on a click
    const summary = page.locator(`tr[data-id="${ids[1]}"] summary`);
    const closed = (await summary.boundingBox())!.height;
    await summary.click();
    await expect(page.locator(`tr[data-id="${ids[1]}"] a.claim`).isVisible()).resolves.toBe(true);
    expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(closed);
  }, 60_000);

  it('deletes an article from the index after the confirmation step', async () => {
    await page.goto(`${base}/articles`);
    await shot('articles-1440');
    const before = await page.locator('table.articles tbody tr').count();
    const row = page.locator('table.articles tbody tr', { hasText: 'Council weighs budget plan 2' });
    const articleId = Number(await row.getAttribute('data-article'));
    await Promise.all([page.waitForURL(/\/delete$/), row.locator('a:has-text("Delete")').click()]);
    await page.check('input[name="confirm"]');
    await Promise.all([page.waitForURL(/\/articles\?deleted=/), page.click('button:has-text("Delete the article")')]);
    await expect(page.locator('table.articles tbody tr').count()).resolves.toBe(before - 1);
    await expect(page.locator('.log').textContent()).resolves.toContain('ana deleted “Council weighs budget plan 2”');
    expect(() => store.getArticle(articleId)).toThrow(/no article/);
  }, 60_000);

  it('adds a missed claim by selecting its words in the article', async () => {
    const article = store.getArticle(1);
    await page.goto(`${base}/articles/${article.id}`);
    // the page's text is the stored text, character for character: selections give offsets
    await expect(page.locator('.article-text').textContent()).resolves.toBe(article.text);
    const words = 'Grenell’s picture shows four of the released Americans';
    const start = article.text.indexOf(words);
    await page.evaluate(`(() => {
      const root = document.querySelector('.article-text');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0, node;
      while ((node = walker.nextNode())) {
        const len = node.textContent.length;
        if (seen <= ${start} && ${start} < seen + len) range.setStart(node, ${start} - seen);
        if (seen < ${start + words.length} && ${start + words.length} <= seen + len) { range.setEnd(node, ${start + words.length} - seen); break; }
        seen += len;
      }
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    })()`);
    await expect(page.locator('#add-record').getAttribute('open')).resolves.toBe('');
    await expect(page.locator('#add-record textarea[name="words"]').inputValue()).resolves.toBe(words);
    await expect(page.locator('#add-record input[name="start"]').inputValue()).resolves.toBe(String(start));
    await page.selectOption('#add-record select[name="kind"]', 'indirect');
    await page.fill('#add-record input[name="speaker"]', 'Richard Grenell');
    await Promise.all([page.waitForURL(/\/attributions\/\d+$/), page.click('button:has-text("Add the record")')]);
    const id = Number(/\/attributions\/(\d+)$/.exec(page.url())?.[1]);
    expect(store.getAttribution(id)).toMatchObject({ start, end: start + words.length, text: words, speakerName: 'Richard Grenell', kind: 'indirect' });
    await expect(page.locator('table.audit-log td.what').textContent()).resolves.toBe('ana added it by hand');
  }, 60_000);

  it.runIf(SHOTS)('phone-sized screenshots', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [name, url] of [['queue', '/review'], ['list', '/'], ['articles', '/articles']] as const) {
      await page.goto(`${base}${url}`);
      await shot(`${name}-390`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${base}/articles/1`);
    await page.locator('#add-record summary').click();
    await shot('article-1440');
    await page.goto(`${base}/attributions/3`);
    await shot('attribution-1440');
    await page.goto(`${base}/`);
    await page.mouse.wheel(0, 900);
    await shot('list-1440-second-screen');
  }, 60_000);
});
