import { extname } from 'node:path';
import type { Request, Response } from 'express';
import { ArticleInputError, articleFromContent, ingestArticle, type ArticleSource } from '../../ingest/ingest.js';
import type { AppContext } from '../context.js';
import { HttpError, wantsJson } from '../http-error.js';
import { highlightArticle } from '../highlight.js';
import { ArticleBody, idParam, parseInput } from '../params.js';

/** GET /articles/:id — the text with every attribution marked where it stands. */
export function showArticle(ctx: AppContext, req: Request, res: Response): void {
  const id = idParam(req);
  const article = ctx.store.getArticle(id);
  const attributions = ctx.store.articleAttributions(id);
  res.render('article', {
    title: article.title ?? `Article ${id}`,
    article,
    attributions,
    highlighted: highlightArticle(article.text, attributions),
    duplicate: req.query['duplicate'] === '1',
  });
}

/** GET /articles/new — the paste-or-upload form. */
export function newArticleForm(_ctx: AppContext, _req: Request, res: Response): void {
  res.render('article-new', { title: 'Add an article', values: {}, error: null });
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

/** POST /articles — a pasted or uploaded article: extracted, stored, then shown. */
export function createArticle(ctx: AppContext, req: Request, res: Response): void {
  const body = parseInput(ArticleBody, req.body, 'article');
  let source: ArticleSource;
  try {
    if (req.file && req.file.size > 0) {
      const { content, ext } = uploadedText(req.file);
      source = articleFromContent(content, ext, req.file.originalname || null);
    } else if (body.text) {
      source = articleFromContent(body.text, '.txt');
    } else {
      throw new HttpError(400, 'paste the article text or choose a file');
    }
  } catch (err) {
    if (err instanceof ArticleInputError) throw new HttpError(400, err.message);
    throw err;
  }
  if (body.title) source.title = body.title;
  if (body.url) source.url = body.url;
  if (!source.text.trim()) throw new HttpError(400, 'the article has no text');
  let result;
  try {
    result = ingestArticle(ctx.store, source, ctx.extract);
  } catch (err) {
    if (err instanceof ArticleInputError || err instanceof RangeError) throw new HttpError(400, err.message);
    throw err;
  }
  if (wantsJson(req)) {
    res.status(result.status === 'ingested' ? 201 : 200).json(result);
    return;
  }
  res.redirect(303, `/articles/${result.articleId}${result.status === 'duplicate' ? '?duplicate=1' : ''}`);
}
