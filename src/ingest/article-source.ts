/**
 * A file's content as an article's plain text and details: what the article-reader's worker
 * thread runs for a file, so it imports only the markup readers, never the store or the web
 * stack (each worker thread loads what this imports before its first job).
 */
import { ArticleInputError } from './article-errors.js';
import { htmlToText, type HtmlMeta } from './html-to-text.js';
import { markdownToText } from './markdown-to-text.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.md', '.markdown'] as const;

/** An article ready for extraction: plain text plus whatever the file itself told us. */
export interface ArticleSource {
  text: string;
  title?: string | null | undefined;
  outlet?: string | null | undefined;
  authors?: string[] | undefined;
  published?: string | null | undefined;
  url?: string | null | undefined;
  sourcePath?: string | null | undefined;
}

/** Plain text of a .txt, .md or .html document; `kind` is the file extension. */
export function articleFromContent(content: string, kind: string, sourcePath: string | null = null): ArticleSource {
  const body = content.replace(/^\uFEFF/, '');
  const ext = kind.toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const { text, meta } = htmlToText(body);
    return { text, ...metaFromHtml(meta), sourcePath };
  }
  if (ext === '.md' || ext === '.markdown') {
    const { text, title } = markdownToText(body);
    return { text, title, sourcePath };
  }
  if (ext === '.txt' || ext === '') return { text: body.replace(/\r\n?/g, '\n'), sourcePath };
  throw new ArticleInputError(`unsupported file type "${kind}" (use ${ARTICLE_EXTENSIONS.join(', ')})`);
}

function metaFromHtml(meta: HtmlMeta): Partial<ArticleSource> {
  const published = meta.published && !Number.isNaN(Date.parse(meta.published)) ? new Date(meta.published).toISOString() : null;
  return { title: meta.title, outlet: meta.outlet, authors: meta.authors, published, url: meta.url };
}
