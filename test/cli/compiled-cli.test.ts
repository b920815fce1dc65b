import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheFileName, compiledArticleJobs, compiledBatchWorker, compiledCli } from '../../src/cli/compiled-cli.js';

const BUILT = new URL('../../dist/cli/compiled-cli.js', import.meta.url).href;

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A folder laid out like dist/cli/: one module the bundle was "made from", the bundle and its manifest. */
function fakeBuild(bundle: string, manifestSize?: number, name = 'compiled'): string {
  const dir = mkdtempSync(join(tmpdir(), 'saidby-compiled-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'module.js'), 'export const x = 1;\n');
  const { size, mtimeMs } = statSync(join(dir, 'module.js'));
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ inputs: { 'module.js': { size: manifestSize ?? size, mtimeMs } } }));
  writeFileSync(join(dir, `${name}.cjs`), bundle);
  return pathToFileURL(join(dir, 'compiled-cli.js')).href;
}

describe('the compiled bundle', () => {
  it('is used for extract and batch once npm run build has made it', () => {
    expect(compiledCli('extract', BUILT)).toBeTypeOf('function');
    expect(compiledCli('batch', BUILT)).toBeTypeOf('function');
  });

  it('is not used for the other commands, for help, or from the TypeScript sources', () => {
    for (const command of ['serve', 'ingest', 'export', '--help', undefined]) expect(compiledCli(command, BUILT)).toBeNull();
    expect(compiledCli('extract', new URL('../../src/cli/compiled-cli.ts', import.meta.url).href)).toBeNull();
  });

  it('gives its main while every module it was made from is unchanged', () => {
    expect(compiledCli('extract', fakeBuild('exports.main = async () => {};'))).toBeTypeOf('function');
  });

  it('is not used once a module it was made from has changed', () => {
    expect(compiledCli('extract', fakeBuild('exports.main = async () => {};', 1))).toBeNull();
  });

  it('is not used when it fails to load or holds no main', () => {
    expect(compiledCli('extract', fakeBuild('throw new Error("broken bundle");'))).toBeNull();
    expect(compiledCli('extract', fakeBuild('exports.other = 1;'))).toBeNull();
    expect(compiledCli('extract', fakeBuild('this is not JavaScript ('))).toBeNull();
  });

  it('is not used without a manifest', () => {
    const from = fakeBuild('exports.main = async () => {};');
    rmSync(new URL('compiled.json', from));
    expect(compiledCli('extract', from)).toBeNull();
  });

  it('gives a batch worker thread its loop from the worker bundle, under the same conditions', () => {
    expect(compiledBatchWorker(BUILT)?.serve).toBeTypeOf('function');
    expect(compiledBatchWorker(new URL('../../src/cli/compiled-cli.ts', import.meta.url).href)).toBeNull();
    const serve = 'exports.serveBatchLines = () => {};';
    expect(compiledBatchWorker(fakeBuild(serve, undefined, 'compiled-worker'))?.serve).toBeTypeOf('function');
    expect(compiledBatchWorker(fakeBuild(serve, 1, 'compiled-worker'))).toBeNull();
    expect(compiledBatchWorker(fakeBuild('exports.main = async () => {};', undefined, 'compiled-worker'))).toBeNull();
    // the CLI's bundle is not the worker's
    expect(compiledBatchWorker(fakeBuild(serve))).toBeNull();
    expect(compiledCli('batch', fakeBuild('exports.main = async () => {};', undefined, 'compiled-worker'))).toBeNull();
  });

  it('gives an article worker its file jobs from the worker bundle, under the same conditions', () => {
    const compiled = compiledArticleJobs(BUILT);
    expect(compiled).not.toBeNull();
    const jobs = compiled!.jobs;
    const job = jobs.ArticleJob.parse({ op: 'extract', text: '"We will vote on Friday," Senator Maria Lopez said.', quotesOnly: false });
    const answer = jobs.runFileJob(job)?.value as { quotes: { speaker: { name: string } | null }[] };
    expect(answer.quotes.map((q) => q.speaker?.name)).toEqual(['Maria Lopez']);
    expect(jobs.runFileJob(jobs.ArticleJob.parse({ op: 'feed', xml: '<rss/>' }))).toBeNull();
    // an unsupported file is the sender's mistake, though its error class is the bundle's copy
    let thrown: unknown;
    try {
      jobs.runFileJob(jobs.ArticleJob.parse({ op: 'source', content: 'x', kind: '.pdf', sourcePath: null }));
    } catch (err) {
      thrown = err;
    }
    expect(jobs.failureReply(thrown)).toMatchObject({ ok: false, inputError: true, tooComplex: false });
    expect(jobs.failureReply(new Error('disk on fire'))).toMatchObject({ ok: false, inputError: false });
    expect(compiledArticleJobs(new URL('../../src/cli/compiled-cli.ts', import.meta.url).href)).toBeNull();
    const fake = 'exports.articleJobs = { runFileJob: () => null };';
    expect(compiledArticleJobs(fakeBuild(fake, undefined, 'compiled-worker'))?.jobs).toBeTypeOf('object');
    expect(compiledArticleJobs(fakeBuild(fake, 1, 'compiled-worker'))).toBeNull();
    expect(compiledArticleJobs(fakeBuild('exports.serveBatchLines = () => {};', undefined, 'compiled-worker'))).toBeNull();
  });

  it('keeps the code cache of the short-run V8 flags apart from the default flags', () => {
    const before = process.env['SAIDBY_V8_FLAGS'];
    try {
      delete process.env['SAIDBY_V8_FLAGS'];
      const plain = cacheFileName(undefined, 'compiled-worker');
      process.env['SAIDBY_V8_FLAGS'] = '--interrupt-budget=540672';
      expect(cacheFileName(undefined, 'compiled-worker')).not.toBe(plain);
    } finally {
      if (before === undefined) delete process.env['SAIDBY_V8_FLAGS'];
      else process.env['SAIDBY_V8_FLAGS'] = before;
    }
  });

  it('keeps one code cache per Node version and set of flags', () => {
    expect(cacheFileName('v20.20.2 x64  ')).toBe(cacheFileName('v20.20.2 x64  '));
    expect(cacheFileName('v20.20.2 x64  ')).not.toBe(cacheFileName('v20.20.2 x64 --max-old-space-size=40 '));
    expect(cacheFileName('v20.20.2 x64  ')).toMatch(/^compiled-[0-9a-f]{8}\.cache$/);
    expect(cacheFileName('v20.20.2 x64  ', 'compiled-worker')).toMatch(/^compiled-worker-[0-9a-f]{8}\.cache$/);
  });
});
