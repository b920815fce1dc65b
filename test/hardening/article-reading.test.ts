import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createArticleReader, type ArticleReader } from '../../src/ingest/article-reader.js';
import { runCli, SAMPLE } from '../cli/run-cli.js';
import { makeHarness, signedIn, type Harness } from '../web/app-harness.js';

// Articles added through the web app are read (markup to text, then extraction) in a worker
// thread with a time budget: a pathological upload of under 2 MB is answered with a reason
// while the server goes on answering everyone else.

let h: Harness | null = null;
let reader: ArticleReader | null = null;
afterEach(async () => {
  h?.close();
  h = null;
  await reader?.close();
  reader = null;
});

/** A harness with the real pipeline behind a reader of its own (a short budget for the tests). */
async function realPipeline(budgetMs = 10_000): Promise<Harness> {
  reader = createArticleReader({ workers: 1, budgetMs });
  h = await makeHarness({ extract: undefined, articleReader: reader });
  return h;
}

/**
 * Runs `work` while asking /healthz again and again, and watches the event loop: the slowest
 * health answer and the longest the loop stood still. A blocked server shows in both.
 */
async function whileServing<T>(app: Harness['app'], work: Promise<T>): Promise<{ result: T; slowestHealthMs: number; loopStalledMs: number }> {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let done = false;
  const settled = work.finally(() => {
    done = true;
  });
  let slowestHealthMs = 0;
  let answers = 0;
  while (!done) {
    const started = performance.now();
    const health = await request(app).get('/healthz');
    expect(health.status).toBe(200);
    answers++;
    slowestHealthMs = Math.max(slowestHealthMs, performance.now() - started);
  }
  const result = await settled;
  loop.disable();
  expect(answers).toBeGreaterThan(0);
  return { result, slowestHealthMs, loopStalledMs: loop.max / 1e6 };
}

describe('reading an added article does not hold up the server', () => {
  it('650,000 unclosed <i> tags (1.95 MB) get a 422 with a reason while /healthz keeps answering fast', async () => {
    const app = (await realPipeline()).app;
    const { agent, token } = await signedIn(app);
    const html = '<html><body><p>' + '<i>'.repeat(650_000) + 'x</p></body></html>';
    const upload = agent
      .post('/articles')
      .set('Accept', 'application/json')
      .field('_csrf', token)
      .attach('file', Buffer.from(html), { filename: 'nested.html', contentType: 'text/html' });
    const { result, slowestHealthMs, loopStalledMs } = await whileServing(app, Promise.resolve(upload));
    expect(result.status).toBe(422);
    expect(result.body.error).toMatch(/nested more than 1,000 deep/);
    expect(slowestHealthMs).toBeLessThan(1000);
    expect(loopStalledMs).toBeLessThan(1000);
  }, 120_000);

  it('a pasted text that reads past the time budget gets a 422 saying so, and the next article is read', async () => {
    // A budget of a few seconds, not one: the fresh worker that reads the next article must load
    // and warm up within it on a loaded machine too.
    const app = (await realPipeline(4000)).app;
    const { agent, token } = await signedIn(app);
    // "Ann said" 220,000 times: 2 MB of one sentence with a cue every two words, that takes the
    // pipeline several seconds
    const paste = agent.post('/articles').set('Accept', 'application/json').field('_csrf', token).field('text', 'Ann said '.repeat(220_000));
    const { result, slowestHealthMs, loopStalledMs } = await whileServing(app, Promise.resolve(paste));
    expect(result.status).toBe(422);
    expect(result.body.error).toMatch(/took longer than 4 seconds/);
    expect(slowestHealthMs).toBeLessThan(1000);
    expect(loopStalledMs).toBeLessThan(1000);

    const html = '<html><head><title>Fine</title></head><body><article><h1>A normal story</h1><p>“We are ready,” Maria Lopez said on Monday.</p></article></body></html>';
    const normal = await agent
      .post('/articles')
      .set('Accept', 'application/json')
      .field('_csrf', token)
      .attach('file', Buffer.from(html), { filename: 'fine.html', contentType: 'text/html' });
    expect(normal.status).toBe(201);
    expect(normal.body.attributions).toBeGreaterThan(0);
    expect(h?.store.articleAttributions(normal.body.articleId).map((a) => a.speakerName)).toContain('Maria Lopez');
  }, 120_000);

  it('a reader already busy with as many articles as it may queue answers 503, not a longer wait', async () => {
    reader = createArticleReader({ workers: 1, maxWaiting: 0, budgetMs: 5000 });
    h = await makeHarness({ extract: undefined, articleReader: reader });
    const { agent, token } = await signedIn(h.app);
    const slow = reader.extract('Ann said '.repeat(100_000)).catch((err: unknown) => err);
    const res = await agent.post('/articles').set('Accept', 'application/json').field('_csrf', token).field('text', '“Fine,” Ann Lee said.');
    expect(res.status).toBe(503);
    expect(res.body.error).toMatch(/busy/);
    await slow;
  }, 60_000);
});

describe('createArticleReader', () => {
  it('a worker past its budget is terminated, and the next job gets a fresh one', async () => {
    // (a second, not less: the fresh worker's first article, read cold on a busy two-core machine,
    // must fit in it; the 1.8 MB paste needs several)
    reader = createArticleReader({ workers: 1, budgetMs: 1000 });
    await expect(reader.extract('Ann said '.repeat(200_000))).rejects.toThrow(/took longer than 1 second,/);
    const result = await reader.extract('“We are ready,” Maria Lopez said.');
    expect(result.quotes[0]?.speaker?.name).toBe('Maria Lopez');
  }, 60_000);

  it('HTML is turned into text in the worker, input errors keep their reason', async () => {
    reader = createArticleReader({ workers: 1 });
    await expect(reader.toSource('<p>Hi &amp; bye</p>', '.html')).resolves.toMatchObject({ text: 'Hi & bye' });
    await expect(reader.toSource('x', '.pdf')).rejects.toThrow(/unsupported file type/);
  }, 60_000);
});

describe('saidby ingest', () => {
  it('a file that is nested too deep or reads past --time-limit is reported and skipped (exit 1); the others are stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'saidby-reading-'));
    try {
      writeFileSync(join(dir, 'nested.html'), '<p>' + '<i>'.repeat(650_000) + 'x</p>');
      writeFileSync(join(dir, 'slow.txt'), 'Ann said '.repeat(200_000));
      const db = join(dir, 'r.db');
      // One job, and two seconds: the limit is wall-clock time, and the sample, read cold beside
      // the slow file on a busy two-core machine, once took longer than one (the paste needs several).
      const run = await runCli(['ingest', dir, SAMPLE, '--db', db, '--time-limit', '2', '--jobs', '1']);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`saidby: ${join(dir, 'nested.html')}: skipped: the HTML has elements nested more than 1,000 deep`);
      expect(run.stderr).toContain(`saidby: ${join(dir, 'slow.txt')}: skipped: reading it took longer than 2 seconds, the limit`);
      expect(run.stdout).toMatch(/^ingested 1 article \(\d+ attributions\), 0 duplicates, 2 failed/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
