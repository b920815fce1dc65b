import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { createArticleReader, DEFAULT_READ_BUDGET_MS, type ArticleReader } from '../ingest/article-reader.js';
import { articleFromContent, type ArticleSource } from '../ingest/article-source.js';
import { findArticleFiles, ingestArticleAsync, readArticleFile } from '../ingest/store-article.js';
import type { ExtractResult } from '../schema/article.js';
import { contentHash } from '../store/content-hash.js';
import type { StoreBackend } from '../store/backend.js';
import { CliError, ExitStatus } from './cli-error.js';
import { dbOption, describeDb, openBackendForCli } from './db-option.js';
import { jobsOf } from './jobs-option.js';

/** Articles stored in one run from which the full-text index is merged afterwards. */
const BULK_INGEST = 100;

interface IngestOptions {
  db: string;
  /** Seconds one file may take to read (markup and extraction) before it is skipped. */
  timeLimit?: string | number | undefined;
  /** Fetch from private, loopback and link-local addresses too. */
  allowPrivateHosts?: boolean | undefined;
  /** Files read and extracted at once, each on a worker thread; default one per core. */
  jobs?: string | undefined;
}

/** Files read ahead per job: two keep a worker busy while the main thread stores the one before. */
const FILES_PER_JOB = 2;

/** A file read into an article, and its extraction under way (or not started: already stored, or no text). */
interface PreparedFile {
  source: ArticleSource;
  extraction: Promise<ExtractResult>;
}

/**
 * Reads `file` and starts extracting it ahead of its turn to be stored. A text already in the
 * store is not extracted (ingestArticleAsync finds it a duplicate again before asking); nor is
 * an empty one (it is refused there, as with one job).
 */
async function prepareFile(file: string, store: StoreBackend, reader: ArticleReader): Promise<PreparedFile> {
  // plain text needs no parser: read here, as the web app does, without a round trip to a worker
  const source = await readArticleFile(file, (content, kind, path) => (kind === '.txt' ? articleFromContent(content, kind, path) : reader.toSource(content, kind, path)));
  const known = source.text.trim().length === 0 || (await store.findArticleByHash(contentHash(source.text))) !== null;
  const extraction = known ? Promise.reject(new Error('not extracted: no text, or stored already')) : reader.extract(source.text);
  // Awaited in the file's turn; a failure meanwhile must not count as unhandled.
  extraction.catch(() => {});
  return { source, extraction };
}

/** `https://…`, `ftp://…`: an address, not a file name (a refused scheme is then named as such). */
export function isWebAddress(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);
}

function timeLimitMs(raw: string | number | undefined): number {
  if (raw === undefined) return DEFAULT_READ_BUDGET_MS;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new CliError(`bad option --time-limit: ${String(raw)} is not a number of seconds above 0`);
  return Math.round(seconds * 1000);
}

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  failed: number;
  attributions: number;
}

/**
 * `saidby ingest PATH...`: every .txt/.html/.md article under the paths, extracted and stored,
 * one transaction per article. A file that cannot be read or extracted is reported on stderr
 * and skipped; the summary goes to stdout. Exit 1 when any file failed.
 */
export async function runIngest(args: string[], options: IngestOptions): Promise<IngestSummary> {
  const urls = args.filter(isWebAddress);
  const paths = args.filter((a) => !isWebAddress(a));
  if (urls.length > 0 && paths.length > 0) throw new CliError('give web addresses or files, not both in one run');
  // the fetcher, Readability and the feed parser load only for a run over web addresses
  if (urls.length > 0) {
    const { runIngestWeb } = await import('./ingest-web.js');
    return reportSummary(await runIngestWeb(urls, { db: options.db, budgetMs: timeLimitMs(options.timeLimit), allowPrivateHosts: options.allowPrivateHosts ?? false }), options.db);
  }
  let files: string[];
  try {
    files = await findArticleFiles(paths);
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message : String(err));
  }
  if (files.length === 0) throw new CliError(`no .txt, .html or .md files under ${paths.join(', ')}`);

  const budgetMs = timeLimitMs(options.timeLimit);
  const jobs = jobsOf(options.jobs);
  const store = await openBackendForCli(options.db);
  // Files are read and extracted `jobs` at a time on worker threads (one that takes too long is
  // terminated and skipped) and stored one by one in the order found, so the database ends up
  // the same, article for article, whatever the number of jobs.
  const window = jobs * FILES_PER_JOB;
  const reader = createArticleReader({ workers: jobs, budgetMs, maxWaiting: window });
  const summary: IngestSummary = { ingested: 0, duplicates: 0, failed: 0, attributions: 0 };
  const bar = process.stderr.isTTY
    ? new SingleBar({
        stream: process.stderr,
        format: 'ingest [{bar}] {value}/{total} files | {ingested} new, {duplicates} duplicate, {failed} failed',
        hideCursor: true,
        clearOnComplete: true,
      })
    : null;
  const problems: string[] = [];
  const report = (line: string): void => {
    // With a bar on screen, messages wait until it is gone so they are not overdrawn.
    if (bar) problems.push(line);
    else process.stderr.write(`${line}\n`);
  };
  bar?.start(files.length, 0, summary);
  const store1 = async (file: string, prepared: Promise<PreparedFile>): Promise<void> => {
    try {
      const { source, extraction } = await prepared;
      const result = await ingestArticleAsync(store, source, () => extraction);
      if (result.status === 'ingested') {
        summary.ingested++;
        summary.attributions += result.attributions;
      } else {
        summary.duplicates++;
      }
    } catch (err) {
      summary.failed++;
      report(`saidby: ${file}: skipped: ${reasonOf(err)}`);
    }
    bar?.increment(1, summary);
  };
  try {
    const inFlight: Array<{ file: string; prepared: Promise<PreparedFile> }> = [];
    for (const file of files) {
      const prepared = prepareFile(file, store, reader);
      // Awaited in the file's turn; a failure meanwhile must not count as unhandled.
      prepared.catch(() => {});
      inFlight.push({ file, prepared });
      if (inFlight.length >= window) {
        const oldest = inFlight.shift() as (typeof inFlight)[number];
        await store1(oldest.file, oldest.prepared);
      }
    }
    for (const { file, prepared } of inFlight) await store1(file, prepared);
    // After a bulk load the full-text index is dozens of segments: merge them into one so searches
    // read one b-tree. The merge rewrites the whole index in one write transaction (about 6 s per
    // million attributions, while a server beside it waits), so only when this run brought a
    // good share of what is stored, not for a hundred articles added to a million rows.
    if (summary.ingested >= BULK_INGEST && summary.attributions * 5 >= (await store.totalAttributions())) await store.optimizeSearch();
  } finally {
    bar?.stop();
    await store.close();
    await reader.close();
  }
  for (const line of problems) process.stderr.write(`${line}\n`);
  return reportSummary(summary, options.db);
}

/** One problem line: the reason, never a stack. */
export function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The summary line on stdout; exit status 1 when any file or page was skipped. */
function reportSummary(summary: IngestSummary, db: string): IngestSummary {
  process.stdout.write(
    `ingested ${summary.ingested} article${summary.ingested === 1 ? '' : 's'} (${summary.attributions} attributions), ` +
      `${summary.duplicates} duplicate${summary.duplicates === 1 ? '' : 's'}, ${summary.failed} failed -> ${describeDb(db)}\n`,
  );
  if (summary.failed > 0) process.exitCode = ExitStatus.partialFailure;
  return summary;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('extract and store articles (.txt, .html, .md files or folders of them, web pages, RSS or Atom feeds) in the review database')
    .argument('<paths...>', 'article files or folders (searched recursively), or http(s) addresses of pages or feeds')
    .addOption(dbOption())
    .option('--allow-private-hosts', 'fetch from private, loopback and link-local addresses too (tests, an intranet)', false)
    .option('--time-limit <seconds>', 'time one file may take to read before it is skipped', String(DEFAULT_READ_BUDGET_MS / 1000))
    .option('-j, --jobs <n>', 'files read and extracted at once, each on a worker thread (default: one per core)')
    .addHelpText(
      'after',
      `
Each article and its attributions are stored in one transaction: an interrupted
ingest leaves every article whole or absent. The same text ingested twice is
stored once (matched by a hash of its normalized text). HTML is turned into text
by an HTML parser; Markdown markup is removed.

With --jobs N (default: one per core) N files are read and extracted at once on
worker threads; they are stored one by one in the order found, so the database
ends up the same whatever the number of jobs.

A file that cannot be read within the time limit (HTML nested a thousand
elements deep, a crafted text) is skipped like any other bad file.

A web address is fetched (http and https only; at most 5 redirects, 5 MB and
20 seconds) and its article body read with Mozilla's Readability; title,
outlet, authors, date and address come from the page's JSON-LD, OpenGraph and
<meta> tags. Addresses on private, loopback or link-local networks are refused
unless --allow-private-hosts is given. A feed address is watched: its new
items are imported (see saidby watch).

Exit status: 0 when every file was stored or already there; 1 when some files
or pages were skipped (each is named on stderr); 2 when a path does not exist,
or an address is not http(s) or is on a private network.

Examples:
  $ saidby ingest data/samples
  $ saidby ingest --db /tmp/review.db articles/ extra.html
  $ saidby ingest https://news.example/2026/12/04/budget-vote
  $ saidby ingest https://news.example/politics/rss.xml`,
    )
    .action(async (paths: string[], options: IngestOptions) => {
      await runIngest(paths, options);
    });
}
