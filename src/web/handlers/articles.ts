import { extname } from 'node:path';
import type { Request, Response } from 'express';
import { ReaderBusyError } from '../../ingest/article-reader.js';
import { ArticleInputError, ArticleTooComplexError } from '../../ingest/article-errors.js';
import type { ArticleSource } from '../../ingest/article-source.js';
import { ingestArticleAsync } from '../../ingest/store-article.js';
import type { AppContext } from '../context.js';
import { HttpError, wantsJson } from '../http-error.js';
import { highlightArticle } from '../highlight.js';
import { articleName } from '../view-format.js';
import { statementViews } from '../statement.js';
import type { z } from 'zod';
import type { AddArticleResult } from '../../store/store-types.js';
import { ArticleBody, idParam } from '../params.js';

/** GET /articles/:id — the text with every attribution marked where it stands. */
export async function showArticle(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const id = idParam(req);
  const article = await ctx.store.getArticle(id);
  const attributions = await ctx.store.articleAttributions(id);
  res.render('article', {
    title: articleName(article.title, id),
    article,
    attributions,
    highlighted: highlightArticle(article.text, attributions),
    statements: statementViews(await ctx.store.statementParts(attributions.filter((a) => a.group !== null).map((a) => a.id))),
    duplicate: req.query['duplicate'] === '1',
    notice: req.query['details'] === '1' ? 'The article’s details are changed (see the log on the articles page).' : null,
  });
}

/** GET /articles/new — the paste-or-upload form. */
export function newArticleForm(_ctx: AppContext, _req: Request, res: Response): void {
  res.render('article-new', { title: 'Add an article', values: {}, error: null, notice: null });
}

/** The uploaded file as text plus the extension that says how to read it. */
function uploadedText(file: Express.Multer.File): { content: string; ext: string } {
  const name = file.originalname || 'upload.txt';
  const ext = extname(name).toLowerCase() || (file.mimetype === 'text/html' ? '.html' : '.txt');
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(file.buffer);
  } catch {
    throw new HttpError(400, `${name} is not valid UTF-8 text`);
  }
  return { content, ext };
}

/** An article the reader refused, as the answer to give: what to change, or when to come back. */
function readingError(err: unknown): unknown {
  // 422: the request was understood, this article cannot be read within the limits.
  if (err instanceof ArticleTooComplexError) return new HttpError(422, `This article cannot be read: ${err.message}.`);
  if (err instanceof ArticleInputError || err instanceof RangeError) return new HttpError(400, err.message);
  if (err instanceof ReaderBusyError) return new HttpError(503, err.message);
  return err;
}

/**
 * POST /articles — a pasted or uploaded article: extracted, stored, then shown. Markup and
 * extraction run in a worker thread within a time budget (ctx.toSource, ctx.extract): a
 * pathological file is answered with a reason while other requests go on being served.
 */
export async function createArticle(ctx: AppContext, req: Request, res: Response): Promise<void> {
  let result: AddArticleResult;
  try {
    result = await storeArticle(ctx, req);
  } catch (err) {
    // A browser gets the form back with the reason and everything typed in it: a long pasted
    // article is not lost to a wrong date or address.
    if (wantsJson(req) || !(err instanceof HttpError) || err.status >= 500) throw err;
    res.status(err.status).render('article-new', {
      title: 'Add an article',
      values: typedValues(req.body),
      error: `Not stored: ${err.message.replace(/\.$/, '')}. What you typed is still in the form below.`,
      notice: null,
    });
    return;
  }
  if (wantsJson(req)) {
    res.status(result.status === 'ingested' ? 201 : 200).json(result);
    return;
  }
  res.redirect(303, `/articles/${result.articleId}${result.status === 'duplicate' ? '?duplicate=1' : ''}`);
}

/** The add form's fields as the reviewer typed them (strings only; a file cannot be put back). */
function typedValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (typeof body !== 'object' || body === null) return values;
  for (const name of ['title', 'outlet', 'authors', 'published', 'url', 'text']) {
    const value = (body as Record<string, unknown>)[name];
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}

/** What is wrong with a field of the add form, in the form's own words. */
const ARTICLE_FIELD_PROBLEMS: Record<string, string> = {
  title: 'the title is too long (500 characters at most)',
  outlet: 'the outlet is too long (200 characters at most)',
  authors: 'the authors are too many or too long (50 names of 200 characters at most)',
  url: 'the address must be a whole web address starting with http:// or https://',
  text: 'the article text is too long (2 MB at most)',
};

function parseArticleBody(input: unknown): z.infer<typeof ArticleBody> {
  const parsed = ArticleBody.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => {
    const field = String(i.path[0] ?? '');
    // the date's own message already says what to write
    return field === 'published' ? i.message : (ARTICLE_FIELD_PROBLEMS[field] ?? i.message);
  });
  throw new HttpError(400, [...new Set(problems)].join('; '));
}

async function storeArticle(ctx: AppContext, req: Request): Promise<AddArticleResult> {
  const body = parseArticleBody(req.body);
  let source: ArticleSource;
  try {
    if (req.file && req.file.size > 0) {
      const { content, ext } = uploadedText(req.file);
      source = await ctx.toSource(content, ext, req.file.originalname || null);
    } else if (body.text) {
      source = await ctx.toSource(body.text, '.txt', null);
    } else {
      throw new HttpError(400, 'paste the article text or choose a file');
    }
  } catch (err) {
    throw readingError(err);
  }
  // What the reviewer wrote in the form wins over what the page or the text said.
  if (body.title) source.title = body.title;
  if (body.outlet) source.outlet = body.outlet;
  if (body.authors && body.authors.length > 0) source.authors = body.authors;
  if (body.published) source.published = body.published;
  if (body.url) source.url = body.url;
  if (!source.text.trim()) throw new HttpError(400, 'the article has no text');
  try {
    return await ingestArticleAsync(ctx.store, source, ctx.extract);
  } catch (err) {
    throw readingError(err);
  }
}
