import type { Command } from 'commander';
import { z } from 'zod';
import { checkWebAddress } from '../ingest/address-guard.js';
import { createArticleReader, DEFAULT_READ_BUDGET_MS } from '../ingest/article-reader.js';
import { ArticleInputError } from '../ingest/article-errors.js';
import { describeFeedRun, pollFeed, type WebReader } from '../ingest/web-import.js';
import { CliError, ExitStatus } from './cli-error.js';
import { dbOption, openBackendForCli } from './db-option.js';

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000 } as const;

/**
 * An interval in words: `15m` -> 900000, `1h` -> 3600000, `90s` -> 90000. At least 10 seconds
 * (a feed asked more often than that learns nothing new and may block the reader).
 */
export function parseInterval(raw: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([smh])$/.exec(raw.trim());
  if (!m?.[1] || !m[2]) throw new CliError(`bad option --every: ${raw} is not a time like 30s, 15m or 1h`);
  const ms = Math.round(Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS]);
  if (ms < 10_000) throw new CliError(`bad option --every: ${raw} is shorter than 10 seconds`);
  return ms;
}

const WatchOptions = z.object({
  db: z.string(),
  every: z.string().optional(),
  allowPrivateHosts: z.boolean().default(false),
});

export interface WatchRun {
  feeds: number;
  imported: number;
  failed: number;
}

/**
 * `saidby watch [FEED_URL...]`: adds the feeds named, then looks at every watched feed once, or
 * every `--every` until stopped. One summary line per feed on stderr and one per run on stdout.
 * Exit 1 when an item failed in the last run.
 */
export async function runWatch(feedUrls: string[], raw: Record<string, unknown>, rounds = Infinity): Promise<WatchRun> {
  const parsed = WatchOptions.safeParse(raw);
  if (!parsed.success) throw new CliError(`bad options: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const options = parsed.data;
  const everyMs = options.every === undefined ? null : parseInterval(options.every);
  for (const url of feedUrls) {
    try {
      checkWebAddress(url);
    } catch (err) {
      throw new CliError(err instanceof Error ? err.message : String(err));
    }
  }
  const store = await openBackendForCli(options.db);
  const articleReader = createArticleReader({ workers: 1, budgetMs: DEFAULT_READ_BUDGET_MS });
  const reader: WebReader = {
    fetch: { allowPrivateHosts: options.allowPrivateHosts },
    readPage: (html, url) => articleReader.fromPage(html, url),
    extract: (text) => articleReader.extract(text),
    readFeed: (xml) => articleReader.readFeed(xml),
  };
  let last: WatchRun = { feeds: 0, imported: 0, failed: 0 };
  try {
    for (const url of feedUrls) await store.watchFeed(checkWebAddress(url).href, null);
    const feeds = await store.listFeeds();
    if (feeds.length === 0) throw new CliError('no feeds to watch: name one (saidby watch https://…/feed.xml) or add one with saidby ingest');
    for (let round = 0; round < (everyMs === null ? 1 : rounds); round++) {
      if (round > 0 && everyMs !== null) await new Promise((r) => setTimeout(r, everyMs));
      last = { feeds: 0, imported: 0, failed: 0 };
      for (const feed of await store.listFeeds()) {
        last.feeds++;
        try {
          const run = await pollFeed(store, feed.url, reader, { progress: (line) => process.stderr.write(`saidby: ${line}\n`) });
          for (const line of run.problems) process.stderr.write(`saidby: ${line}\n`);
          process.stderr.write(`saidby: ${describeFeedRun(run)}\n`);
          last.imported += run.imported;
          last.failed += run.failed;
        } catch (err) {
          if (!(err instanceof ArticleInputError)) throw err;
          last.failed++;
          process.stderr.write(`saidby: ${feed.url}: ${err.message}\n`);
        }
      }
      process.stdout.write(
        `${new Date().toISOString()} watched ${last.feeds} feed${last.feeds === 1 ? '' : 's'}: ${last.imported} new article${last.imported === 1 ? '' : 's'}, ${last.failed} failed\n`,
      );
    }
  } finally {
    await store.close();
    await articleReader.close();
  }
  process.exitCode = last.failed > 0 ? ExitStatus.partialFailure : process.exitCode;
  return last;
}

export function register(program: Command): void {
  program
    .command('watch')
    .description('import new articles from watched RSS and Atom feeds, once or every so often')
    .argument('[feeds...]', 'feed addresses to add to the watched feeds first')
    .addOption(dbOption())
    .option('--every <time>', 'look again every so often (30s, 15m, 1h) until stopped')
    .option('--allow-private-hosts', 'fetch from private, loopback and link-local addresses too (tests, an intranet)', false)
    .addHelpText(
      'after',
      `
Each feed is asked with the ETag and Last-Modified of the last look, so an
unchanged feed costs one short answer. An item is imported once, by its
address and by a hash of its text; an item that fails is tried again next time.

Examples:
  $ saidby watch https://news.example/politics/rss.xml
  $ saidby watch --every 15m`,
    )
    .action(async (feeds: string[], options: Record<string, unknown>) => {
      await runWatch(feeds, options);
    });
}
