import type { Request, Response } from 'express';
import { checkWebAddress } from '../../ingest/address-guard.js';
import { ArticleInputError } from '../../ingest/article-errors.js';
import { ReaderBusyError } from '../../ingest/article-reader.js';
import type { FeedContent } from '../../ingest/feed.js';
import type { FetchOptions } from '../../ingest/fetch-page.js';
import type { ArticleSource } from '../../ingest/ingest.js';
import { describeFeedRun, pollFeed, readWebArticle, type WebReader } from '../../ingest/web-import.js';
import type { AppContext, Handler } from '../context.js';
import { HttpError, wantsJson } from '../http-error.js';
import { AddressBody, ArticleDetailsBody, idParam, parseInput } from '../params.js';
import { currentUser } from '../session.js';

export interface WebImportOptions {
  fetch: FetchOptions;
  readPage: (html: string, url: string) => Promise<ArticleSource>;
  readFeed: (xml: string) => Promise<FeedContent>;
}

/** What the add form shows in its fields: a read article's text and details, as the reviewer will edit them. */
export function formValues(source: ArticleSource): Record<string, string> {
  return {
    text: source.text,
    title: source.title ?? '',
    outlet: source.outlet ?? '',
    authors: (source.authors ?? []).join(', '),
    published: source.published ?? '',
    url: source.url ?? '',
  };
}

function reader(ctx: AppContext, options: WebImportOptions): WebReader {
  return { fetch: options.fetch, readPage: options.readPage, readFeed: options.readFeed, extract: ctx.extract };
}

/**
 * The handlers of "Add by address" and "Watch a feed", and of changing an article's details,
 * built with how pages are fetched and read (app.ts passes the budgeted reader and the
 * private-hosts setting).
 */
export function webImportHandlers(options: WebImportOptions): Record<'fetchArticle' | 'showFeeds' | 'addFeed' | 'editDetails', Handler> {
  return {
    /**
     * POST /articles/fetch — fetches the page and shows the add form filled in with its text
     * and details, to check and change before storing. A refused or failed fetch shows the
     * form again with the reason (400).
     */
    async fetchArticle(ctx: AppContext, req: Request, res: Response) {
      const { url } = parseInput(AddressBody, req.body, 'address');
      let source: ArticleSource;
      try {
        source = await readWebArticle(url, reader(ctx, options));
      } catch (err) {
        if (err instanceof ReaderBusyError) throw new HttpError(503, err.message);
        if (!(err instanceof ArticleInputError)) throw err;
        if (wantsJson(req)) throw new HttpError(400, err.message);
        res.status(400).render('article-new', { title: 'Add an article', values: { address: url }, error: `That page could not be added: ${err.message}.`, notice: null });
        return;
      }
      if (wantsJson(req)) {
        res.json({ article: source });
        return;
      }
      res.render('article-new', {
        title: 'Add an article',
        values: formValues(source),
        error: null,
        notice: `Read from ${url}. Check the text and the details, then store it.`,
      });
    },

    /** GET /feeds — the watched feeds and what their last look found. */
    async showFeeds(ctx: AppContext, req: Request, res: Response) {
      const items = await ctx.store.listFeeds();
      if (wantsJson(req)) {
        res.json({ feeds: items });
        return;
      }
      res.render('feeds', { title: 'Watched feeds', items, notice: typeof req.query['added'] === 'string' ? 'The feed is watched; its first look is under way. Reload this page to see what it found.' : null, error: null });
    },

    /**
     * POST /feeds — watches a feed and takes its first look in the background (a feed of fifty
     * articles takes minutes to read); `saidby watch --every 15m` keeps looking after that.
     */
    async addFeed(ctx: AppContext, req: Request, res: Response) {
      const { url } = parseInput(AddressBody, req.body, 'feed');
      let href: string;
      try {
        href = checkWebAddress(url).href;
      } catch (err) {
        throw new HttpError(400, err instanceof Error ? err.message : String(err));
      }
      const feed = await ctx.store.watchFeed(href, currentUser(req));
      const look = pollFeed(ctx.store, feed.url, reader(ctx, options), { addedBy: currentUser(req) }).then(
        (run) => ctx.log(`saidby serve: ${describeFeedRun(run)}`),
        (err: unknown) => ctx.log(`saidby serve: ${feed.url}: ${err instanceof Error ? err.message : String(err)}`),
      );
      if (wantsJson(req)) {
        // JSON callers (scripts, tests) wait for the first look and get its summary.
        await look;
        res.status(201).json({ feed: (await ctx.store.listFeeds()).find((f) => f.id === feed.id) });
        return;
      }
      res.redirect(303, '/feeds?added=1');
    },

    /** POST /articles/:id/details — a reviewer corrects the title, outlet, authors, date or address; logged. */
    async editDetails(ctx: AppContext, req: Request, res: Response) {
      const id = idParam(req);
      const body = parseInput(ArticleDetailsBody, req.body, 'article details');
      const user = currentUser(req);
      if (!user) throw new HttpError(401, 'sign in to change an article');
      const changed = await ctx.store.editArticleDetails(id, user, {
        title: body.title ?? null,
        outlet: body.outlet ?? null,
        authors: body.authors ?? [],
        published: body.published ?? null,
        url: body.url ?? null,
      });
      if (wantsJson(req)) {
        res.json({ changed });
        return;
      }
      res.redirect(303, `/articles/${id}${changed.length > 0 ? '?details=1' : ''}`);
    },
  };
}
