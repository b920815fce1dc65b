import { createArticleReader } from '../ingest/article-reader.js';
import { ArticleInputError } from '../ingest/article-errors.js';
import { checkWebAddress, FetchRefusedError } from '../ingest/address-guard.js';
import { fetchPage } from '../ingest/fetch-page.js';
import { looksLikeFeed } from '../ingest/feed.js';
import { ingestArticleAsync } from '../ingest/store-article.js';
import { articleFromFetched, describeFeedRun, pollFeed, type WebReader } from '../ingest/web-import.js';
import { CliError } from './cli-error.js';
import { openBackendForCli } from './db-option.js';
import { reasonOf, type IngestSummary } from './ingest.js';

export interface WebIngestOptions {
  db: string;
  /** Milliseconds one page may take to read. */
  budgetMs: number;
  /** Fetch from private, loopback and link-local addresses too. */
  allowPrivateHosts: boolean;
}

/** Counts one stored article (or duplicate) in the summary. */
function count(summary: IngestSummary, result: { status: 'ingested' | 'duplicate'; attributions: number }): void {
  if (result.status === 'ingested') {
    summary.ingested++;
    summary.attributions += result.attributions;
  } else summary.duplicates++;
}

/**
 * `saidby ingest URL...`: each address fetched within the guard's limits; a page is read and
 * stored, a feed is watched and its new items imported. Every address is checked before any is
 * fetched, and a refused one (scheme, private host) ends the run with exit 2; a page that fails
 * to arrive or read is reported and counted (the caller exits 1).
 */
export async function runIngestWeb(urls: string[], options: WebIngestOptions): Promise<IngestSummary> {
  for (const url of urls) {
    try {
      checkWebAddress(url);
    } catch (err) {
      throw new CliError(reasonOf(err));
    }
  }
  const store = await openBackendForCli(options.db);
  const articleReader = createArticleReader({ workers: 1, budgetMs: options.budgetMs });
  const reader: WebReader = {
    fetch: { allowPrivateHosts: options.allowPrivateHosts },
    readPage: (html, url) => articleReader.fromPage(html, url),
    extract: (text) => articleReader.extract(text),
    readFeed: (xml) => articleReader.readFeed(xml),
  };
  const summary: IngestSummary = { ingested: 0, duplicates: 0, failed: 0, attributions: 0 };
  try {
    for (const url of urls) {
      process.stderr.write(`saidby: fetching ${url}\n`);
      try {
        const page = await fetchPage(url, { ...reader.fetch, headers: { accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,*/*;q=0.1' } });
        if (!page.notModified && looksLikeFeed(page.contentType, page.body)) {
          const run = await pollFeed(store, page.url, reader, { fetched: page, progress: (line) => process.stderr.write(`saidby: ${line}\n`) });
          for (const line of run.problems) process.stderr.write(`saidby: ${line}\n`);
          process.stderr.write(`saidby: ${describeFeedRun(run)}\n`);
          summary.ingested += run.imported;
          summary.duplicates += run.known;
          summary.failed += run.failed;
          continue;
        }
        const source = await articleFromFetched(page, reader);
        count(summary, await ingestArticleAsync(store, source, reader.extract));
      } catch (err) {
        if (err instanceof FetchRefusedError) throw new CliError(`${url}: ${err.message}`);
        if (!(err instanceof ArticleInputError)) throw err;
        summary.failed++;
        process.stderr.write(`saidby: ${url}: skipped: ${reasonOf(err)}\n`);
      }
    }
  } finally {
    await store.close();
    await articleReader.close();
  }
  return summary;
}
