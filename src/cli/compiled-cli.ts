/**
 * The pipeline commands from one compiled bundle with a V8 code cache, instead of some forty ES
 * modules each resolved, read and compiled at start-up. `npm run build` writes the bundle
 * (`compiled.cjs`, made by esbuild from the built modules), the list of modules it was made from
 * with their sizes and times (`compiled.json`) and the code cache (`compiled-*.cache`); and the same
 * for the worker threads (`compiled-worker.cjs`, `.json`, `-*.cache`): a `batch --jobs N` worker's loop and
 * an article worker's file jobs.
 *
 * The bundle is only a faster way to load the same code: it is used only when every module it
 * was made from is still the one on disk, and anything unexpected (no bundle, a module rebuilt
 * since, a cache V8 rejects, an error while loading) falls back to the modules themselves.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type * as ArticleJobs from '../ingest/article-jobs.js';
import type { ServeBatchLines } from './batch-serve.js';

export type Main = (argv: string[]) => Promise<void>;

/** The commands the bundle holds (compiled-entry.ts). */
const BUNDLED = new Set(['extract', 'batch']);

/** `compiled.json`: each module the bundle was made from (relative to it), with its size and time. */
interface Manifest {
  inputs: Record<string, { size: number; mtimeMs: number }>;
}

function isManifest(value: unknown): value is Manifest {
  if (typeof value !== 'object' || value === null) return false;
  const inputs = (value as { inputs?: unknown }).inputs;
  return typeof inputs === 'object' && inputs !== null && Object.values(inputs).every((v) => typeof v === 'object' && v !== null && typeof v.size === 'number' && typeof v.mtimeMs === 'number');
}

function unchanged(dir: string, manifest: Manifest): boolean {
  for (const [file, { size, mtimeMs }] of Object.entries(manifest.inputs)) {
    const info = statSync(join(dir, file), { throwIfNoEntry: false });
    if (!info || info.size !== size || info.mtimeMs !== mtimeMs) return false;
  }
  return true;
}

function readOptional(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The code cache's file name for this Node and these V8 flags: V8 rejects a cache made under
 * other flags (`--max-old-space-size`, `--cpu-prof`), so each set of flags keeps its own and runs
 * with and without them do not keep replacing one another's.
 */
export function cacheFileName(key: string = cacheKey(), bundle: string = 'compiled'): string {
  // FNV-1a, 32 bits: a name, not a security measure
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return `${bundle}-${hash.toString(16).padStart(8, '0')}.cache`;
}

/**
 * Node, its flags, and the V8 flags cli.ts set for a short run (SAIDBY_V8_FLAGS, which worker
 * threads inherit): `saidby serve`'s article workers and `saidby ingest`'s run under different
 * flags and keep their caches apart.
 */
function cacheKey(): string {
  return `${process.version} ${process.arch} ${process.execArgv.join(' ')} ${process.env['NODE_OPTIONS'] ?? ''} ${process.env['SAIDBY_V8_FLAGS'] ?? ''}`;
}

/** The code cache, written beside the bundle through a temporary file (a reader never sees half of one). */
function writeCache(script: Script, path: string): void {
  try {
    // the workers of one process may write at once: each its own temporary file (worker_threads is
    // required only here: a one-line `extract` that finds its cache current never loads it)
    const { threadId } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    const temporary = `${path}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, path);
  } catch {
    // a read-only install keeps working, only without the cache
  }
}

/** A bundle `npm run build` made: `compiled` (the CLI) or `compiled-worker` (a worker thread's: batch, article reading). */
type BundleName = 'compiled' | 'compiled-worker';

interface LoadedBundle {
  exports: Record<string, unknown>;
  /** Writes the code cache when it was missing or rejected (null when the one read was used). */
  saveCache: (() => void) | null;
}

/**
 * The exports of bundle `name` beside `from` when it is current; null otherwise. Its code cache is
 * read when there is one V8 accepts.
 */
function loadBundle(name: BundleName, from: string): LoadedBundle | null {
  if (!from.startsWith('file:') || from.endsWith('.ts')) return null;
  const dir = dirname(fileURLToPath(from));
  const bundlePath = join(dir, `${name}.cjs`);
  const cachePath = join(dir, cacheFileName(undefined, name));
  try {
    const manifest: unknown = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
    if (!isManifest(manifest) || !unchanged(dir, manifest)) return null;
    const source = readFileSync(bundlePath, 'utf8');
    const cachedData = readOptional(cachePath);
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundlePath, cachedData });
    const wrapper: unknown = script.runInThisContext();
    if (typeof wrapper !== 'function') return null;
    const module = { exports: {} as Record<string, unknown> };
    wrapper(module.exports, createRequire(bundlePath), module, bundlePath, dir);
    const stale = cachedData === undefined || script.cachedDataRejected === true;
    return { exports: module.exports, saveCache: stale ? () => writeCache(script, cachePath) : null };
  } catch {
    return null;
  }
}

/**
 * `main` of the bundle when `command` is one it holds and the bundle is current; null otherwise
 * (the caller then imports the modules). When the cache is missing or V8 rejects it (another
 * Node version, other V8 flags), a new one is written as the process exits, holding every
 * function the run compiled.
 */
export function compiledCli(command: string | undefined, from: string = import.meta.url): Main | null {
  if (command === undefined || !BUNDLED.has(command)) return null;
  const bundle = loadBundle('compiled', from);
  const main = bundle?.exports['main'];
  if (typeof main !== 'function') return null;
  const save = bundle?.saveCache;
  if (save) process.once('exit', save);
  return main as Main;
}

/**
 * The loop of a `batch --jobs N` worker thread (batch-serve.ts) from its own bundle, which holds
 * zod too (a third of the CPU a worker spent loading was `require('zod')`, all its locales
 * compiled afresh in each thread); null when that bundle is not current. `saveCache`, when not
 * null, writes the code cache and is called once the worker has read its first line, before it
 * answers it (a worker is ended with `terminate()`, which runs no exit handler).
 */
export function compiledBatchWorker(from: string = import.meta.url): { serve: ServeBatchLines; saveCache: (() => void) | null } | null {
  const bundle = loadBundle('compiled-worker', from);
  const serve = bundle?.exports['serveBatchLines'];
  return bundle && typeof serve === 'function' ? { serve: serve as ServeBatchLines, saveCache: bundle.saveCache } : null;
}

/**
 * An article worker's file jobs (ingest/article-jobs.ts) from the worker bundle, under the same
 * conditions; `saveCache` as for a batch worker, called once its first extraction is done.
 */
export function compiledArticleJobs(from: string = import.meta.url): { jobs: typeof ArticleJobs; saveCache: (() => void) | null } | null {
  const bundle = loadBundle('compiled-worker', from);
  const jobs = bundle?.exports['articleJobs'];
  return bundle && typeof jobs === 'object' && jobs !== null ? { jobs: jobs as typeof ArticleJobs, saveCache: bundle.saveCache } : null;
}
