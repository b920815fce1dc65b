import type { ExtractResult } from '../schema/article.js';
import { extract as pipelineExtract } from '../pipeline/index.js';
import { contentHash } from '../store/content-hash.js';
import type { AddArticleResult, Store } from '../store/store.js';
import { ArticleInputError } from './article-errors.js';
import type { ArticleSource } from './article-source.js';
import { mergeMeta } from './store-article.js';

export { ARTICLE_EXTENSIONS, articleFromContent, type ArticleSource } from './article-source.js';
export { findArticleFiles, ingestArticleAsync, readArticleFile } from './store-article.js';

export type ExtractFn = (text: string) => ExtractResult;

export { ArticleInputError, ArticleTooComplexError } from './article-errors.js';

/**
 * Extracts and stores one article (article and attributions in one transaction). A text
 * already in the store is recognised by its content hash before extraction and reported as
 * a duplicate.
 */
export function ingestArticle(store: Store, source: ArticleSource, extract: ExtractFn = pipelineExtract): AddArticleResult {
  return duplicateOf(store, source) ?? storeArticle(store, source, extract(source.text));
}

function duplicateOf(store: Store, source: ArticleSource): AddArticleResult | null {
  if (source.text.trim().length === 0) throw new ArticleInputError('no article text');
  const existing = store.findArticleByHash(contentHash(source.text));
  if (existing === null) return null;
  return { status: 'duplicate', articleId: existing, attributions: store.articleAttributions(existing).length };
}

function storeArticle(store: Store, source: ArticleSource, result: ExtractResult): AddArticleResult {
  return store.addArticle(
    { text: source.text, meta: mergeMeta(source, result.article), url: source.url, sourcePath: source.sourcePath },
    result.quotes,
  );
}
