import type { Request, Response } from 'express';
import type { AppContext } from '../context.js';
import { ArticlesQuery, DeleteArticleBody } from '../desk-params.js';
import { HttpError, wantsJson } from '../http-error.js';
import { idParam, parseInput } from '../params.js';
import { currentUser } from '../session.js';

const ARTICLES_PER_PAGE = 50;
const LOG_ENTRIES = 10;

function userOf(req: Request): string {
  const user = currentUser(req);
  if (!user) throw new HttpError(401, 'sign in as a reviewer to make changes');
  return user;
}

/** GET /articles — every article, newest added first, with its records counted by status. */
export async function listArticlesPage(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const query = parseInput(ArticlesQuery, req.query, 'query');
  const page = query.page ?? 1;
  const rows = await ctx.store.listArticles({ limit: ARTICLES_PER_PAGE + 1, offset: (page - 1) * ARTICLES_PER_PAGE });
  const deleted = typeof req.query['deleted'] === 'string' && /^\d{1,16}$/.test(req.query['deleted']) ? req.query['deleted'] : null;
  res.render('articles', {
    title: 'Articles',
    items: rows.slice(0, ARTICLES_PER_PAGE),
    page,
    hasMore: rows.length > ARTICLES_PER_PAGE,
    entries: await ctx.store.articleLog({ limit: LOG_ENTRIES }),
    notice: deleted ? `Article ${deleted} deleted; the log below keeps the record of it.` : null,
  });
}

/** GET /articles/:id/delete — the confirmation step: what would go with the article. */
export async function confirmDeleteArticle(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const id = idParam(req);
  const article = await ctx.store.getArticle(id);
  res.render('article-delete', { title: 'Delete an article', article, stats: await ctx.store.articleCounts(id), error: null });
}

/**
 * POST /articles/:id/delete — deletes the article, its records and their history, logged in
 * the article log. The form carries how many reviewed records it showed (409 when more were
 * reviewed since).
 */
export async function deleteArticlePost(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const id = idParam(req);
  const body = parseInput(DeleteArticleBody, req.body, 'confirmation');
  const user = userOf(req);
  const done = await ctx.store.deleteArticle(id, user, body.reviewed);
  if (wantsJson(req)) {
    res.json({ deleted: id, ...done });
    return;
  }
  res.redirect(303, `/articles?deleted=${id}`);
}

/**
 * POST /articles/:id/rerun — reads the article again with this saidby's pipeline. Human decisions
 * stay on every record found again; the page lists the records no longer found.
 */
export async function rerunArticlePost(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const id = idParam(req);
  const user = userOf(req);
  const article = await ctx.store.getArticle(id);
  // read in a worker within the time budget, like an added article: a slow text holds up nobody
  const found = (await ctx.extract(article.text)).quotes;
  const result = await ctx.store.rerunArticle(id, found, user);
  if (wantsJson(req)) {
    res.json(result);
    return;
  }
  res.render('rerun-result', { title: 'Read again', article, result });
}
