import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createArticleReader, prestartArticleWorker, type ArticleReader } from '../../src/ingest/article-reader.js';
import { startModuleWorker } from '../../src/worker-module.js';
import { runCli, SAMPLE } from '../cli/run-cli.js';

// Every worker the reader starts goes through startModuleWorker: counted here.
vi.mock('../../src/worker-module.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/worker-module.js')>();
  return { ...actual, startModuleWorker: vi.fn(actual.startModuleWorker) };
});

const started = vi.mocked(startModuleWorker);
const dir = mkdtempSync(join(tmpdir(), 'saidby-prestart-'));
let reader: ArticleReader | null = null;
afterEach(async () => {
  await reader?.close();
  reader = null;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an article worker started before its reader', () => {
  it('is the worker the next reader reads with: no second one is started, and the answer is the same', async () => {
    const text = readFileSync(SAMPLE, 'utf8');
    started.mockClear();
    prestartArticleWorker();
    prestartArticleWorker();
    expect(started).toHaveBeenCalledTimes(1);
    reader = createArticleReader({ workers: 1 });
    const fromPrestarted = await reader.extract(text);
    expect(started).toHaveBeenCalledTimes(1);
    await reader.close();
    reader = createArticleReader({ workers: 1 });
    const fromOwn = await reader.extract(text);
    expect(started).toHaveBeenCalledTimes(2);
    expect(fromPrestarted).toEqual(fromOwn);
    expect(fromPrestarted.quotes.length).toBeGreaterThan(0);
  }, 60_000);

  it('is not taken by a reader whose workers get another heap, which starts its own', async () => {
    started.mockClear();
    prestartArticleWorker();
    reader = createArticleReader({ workers: 1, heapMb: 512 });
    await reader.extract('"We will vote on Friday," Senator Maria Lopez said.');
    expect(started).toHaveBeenCalledTimes(2);
    await reader.close();
    // the prestarted one (the default heap) is still there for the next reader
    reader = createArticleReader({ workers: 1 });
    await reader.extract('"We will vote on Friday," Senator Maria Lopez said.');
    expect(started).toHaveBeenCalledTimes(2);
  }, 60_000);

  it('keeps no process alive: saidby ingest that fails before reading anything exits at once', async () => {
    const run = await runCli(['ingest', join(dir, 'no-such-folder'), '--db', join(dir, 'db.sqlite')], { killAfterMs: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no-such-folder/);
  }, 40_000);
});
