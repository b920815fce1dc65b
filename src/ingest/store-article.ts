/**
 * Articles into the store with the extraction run elsewhere (a worker thread): reading files,
 * the duplicate check and the store. Imports neither the pipeline nor the markup readers' heavier
 * relatives, so `saidby ingest` starts without loading what its workers run.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ArticleMeta, ExtractResult } from '../schema/article.js';
import { contentHash } from '../store/content-hash.js';
import type { StoreBackend } from '../store/backend.js';
import { asBackend } from '../store/sqlite-backend.js';
import type { AddArticleResult, Store } from '../store/store.js';
import { ArticleInputError } from './article-errors.js';
import { ARTICLE_EXTENSIONS, articleFromContent, type ArticleSource } from './article-source.js';

/**
 * Reads one article file; throws ArticleInputError with the reason when it cannot. `toSource`
 * turns its content into text: in this thread by default, or an ArticleReader's worker.
 */
export async function readArticleFile(
  path: string,
  toSource: (content: string, kind: string, sourcePath: string) => ArticleSource | Promise<ArticleSource> = articleFromContent,
): Promise<ArticleSource> {
  const ext = extname(path).toLowerCase();
  if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new ArticleInputError(`unsupported file type "${ext || '(none)'}" (use ${ARTICLE_EXTENSIONS.join(', ')})`);
  }
  const bytes = await readFile(path);
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleInputError('not valid UTF-8');
  }
  if (content.includes('\u0000')) throw new ArticleInputError('looks binary (contains NUL bytes)');
  return toSource(content, ext, path);
}

/**
 * Every article file under the given paths: files as named, folders walked recursively for
 * the article extensions, in a stable (sorted) order. A path that does not exist is an error.
 */
export async function findArticleFiles(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile() && (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(e.name).toLowerCase())) found.push(full);
    }
  };
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (!s) throw new ArticleInputError(`${p}: no such file or folder`);
    if (s.isDirectory()) await walk(p);
    else found.push(p);
  }
  return found;
}

/** File metadata wins over what the pipeline read from the text: the HTML head is explicit. */
export function mergeMeta(source: ArticleSource, found: ArticleMeta): ArticleMeta {
  return {
    title: source.title ?? found.title,
    outlet: source.outlet ?? found.outlet,
    authors: source.authors && source.authors.length > 0 ? source.authors : found.authors,
    published: source.published ?? found.published,
  };
}

/**
 * ingestArticle with an extraction that runs elsewhere (a worker thread, see article-reader.ts):
 * the duplicate check and the store stay on the caller's thread, around the wait.
 */
export async function ingestArticleAsync(
  into: Store | StoreBackend,
  source: ArticleSource,
  extract: (text: string) => Promise<ExtractResult>,
): Promise<AddArticleResult> {
  const store = asBackend(into);
  if (source.text.trim().length === 0) throw new ArticleInputError('no article text');
  const existing = await store.findArticleByHash(contentHash(source.text));
  if (existing !== null) return { status: 'duplicate', articleId: existing, attributions: (await store.articleAttributions(existing)).length };
  // addArticle checks the hash again in its transaction: the same text sent twice at once is
  // stored once.
  const result = await extract(source.text);
  return store.addArticle(
    { text: source.text, meta: mergeMeta(source, result.article), url: source.url, sourcePath: source.sourcePath },
    result.quotes,
  );
}
