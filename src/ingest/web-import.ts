import type { ExtractResult } from '../schema/article.js';
import { contentHash } from '../store/content-hash.js';
import type { StoreBackend } from '../store/backend.js';
import type { FeedRow } from '../store/feeds.js';
import { asBackend } from '../store/sqlite-backend.js';
import type { Store } from '../store/store.js';
import { ArticleInputError } from './article-errors.js';
import { fetchPage, type FetchedPage, type FetchOptions } from './fetch-page.js';
import { readFeed, type FeedContent } from './feed.js';
import type { ArticleSource } from './article-source.js';
import { ingestArticleAsync } from './store-article.js';

/** How pages are fetched and read: the fetch limits, and the budgeted reader (article-reader.ts). */
export interface WebReader {
  fetch: FetchOptions;
  readPage: (html: string, url: string) => Promise<ArticleSource>;
  extract: (text: string) => Promise<ExtractResult>;
  /** Reads a feed's items; default here, in this thread (the app and the CLI pass the worker's). */
  readFeed?: ((xml: string) => Promise<FeedContent>) | undefined;
}

const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1';
const FEED_ACCEPT = 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1';

function isHtml(page: FetchedPage): boolean {
  return /html/i.test(page.contentType) || (!page.contentType && /^\s*(<!doctype html|<html)/i.test(page.body));
}

/** A fetched page as an article, or ArticleInputError when it is not an HTML page. */
export async function articleFromFetched(page: FetchedPage, reader: WebReader): Promise<ArticleSource> {
  if (!isHtml(page)) throw new ArticleInputError(`${page.url} is not a web page (${page.contentType || 'no content type'})`);
  return reader.readPage(page.body, page.url);
}

/** Fetches `url` and reads its article (body and details), not stored. */
export async function readWebArticle(url: string, reader: WebReader): Promise<ArticleSource> {
  const page = await fetchPage(url, { ...reader.fetch, headers: { accept: PAGE_ACCEPT } });
  return articleFromFetched(page, reader);
}

/** What one look at a feed did. */
export interface FeedRunSummary {
  feed: string;
  /** The feed answered 304: nothing changed since the last run. */
  unchanged: boolean;
  items: number;
  imported: number;
  /** Items imported by an earlier run (by address), or whose text was already stored (by content hash). */
  known: number;
  failed: number;
  problems: string[];
}

/** The summary in words: "https://x/feed.xml: 3 items, 2 imported, 1 already known, 0 failed". */
export function describeFeedRun(s: FeedRunSummary): string {
  if (s.unchanged) return `${s.feed}: unchanged since the last look`;
  return `${s.feed}: ${s.items} item${s.items === 1 ? '' : 's'}, ${s.imported} imported, ${s.known} already known, ${s.failed} failed`;
}

/**
 * Looks at a feed once: fetched with the ETag and Last-Modified of the last run (a 304 ends the
 * run), each item not imported before fetched, read and stored, and the feed's new validators
 * saved. An item that fails is reported and tried again next run. The feed is watched from now on.
 */
export async function pollFeed(
  into: Store | StoreBackend,
  feedUrl: string,
  reader: WebReader,
  options: { addedBy?: string | null; progress?: (line: string) => void; fetched?: FetchedPage } = {},
): Promise<FeedRunSummary> {
  const store = asBackend(into);
  const feed: FeedRow = await store.watchFeed(feedUrl, options.addedBy ?? null);
  const summary: FeedRunSummary = { feed: feed.url, unchanged: false, items: 0, imported: 0, known: 0, failed: 0, problems: [] };
  const conditional: Record<string, string> = { accept: FEED_ACCEPT };
  if (feed.etag) conditional['if-none-match'] = feed.etag;
  if (feed.lastModified) conditional['if-modified-since'] = feed.lastModified;
  let page: FetchedPage;
  let content: FeedContent;
  try {
    page = options.fetched ?? (await fetchPage(feed.url, { ...reader.fetch, headers: conditional }));
    content = page.notModified ? { title: null, items: [] } : await (reader.readFeed ?? (async (xml: string) => readFeed(xml)))(page.body);
  } catch (err) {
    // The feeds page says why the last look found nothing; the validators stay for next time.
    if (err instanceof ArticleInputError) await store.saveFeedCheck(feed.id, { etag: feed.etag, lastModified: feed.lastModified, result: `${feed.url}: ${err.message}` });
    throw err;
  }
  if (page.notModified) {
    summary.unchanged = true;
    await store.saveFeedCheck(feed.id, { etag: page.etag ?? feed.etag, lastModified: page.lastModified ?? feed.lastModified, result: describeFeedRun(summary) });
    return summary;
  }
  summary.items = content.items.length;
  for (const item of content.items) {
    if (await store.feedItemImported(feed.id, item.url)) {
      summary.known++;
      continue;
    }
    options.progress?.(`reading ${item.url}`);
    try {
      const source = await readWebArticle(item.url, reader);
      const result = await ingestArticleAsync(store, source, reader.extract);
      await store.recordFeedItem(feed.id, item.url, result.articleId, contentHash(source.text));
      if (result.status === 'ingested') summary.imported++;
      else summary.known++;
    } catch (err) {
      if (!(err instanceof ArticleInputError)) throw err;
      summary.failed++;
      summary.problems.push(`${item.url}: ${err.message}`);
    }
  }
  await store.saveFeedCheck(feed.id, { title: content.title, etag: page.etag, lastModified: page.lastModified, result: describeFeedRun(summary) });
  return summary;
}

