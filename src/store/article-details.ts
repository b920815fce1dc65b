import { z } from 'zod';
import { writeLog } from './articles-admin.js';
import { renumber } from './record-edit.js';
import type { Store } from './store.js';

/** The details of an article a reviewer may change; null clears one. */
export const ArticleDetails = z.object({
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  authors: z.array(z.string()),
  published: z.string().nullable(),
  url: z.string().nullable(),
});
export type ArticleDetails = z.infer<typeof ArticleDetails>;

/** '2024-01-01T00:00:00Z' and '2024-01-01T00:00:00.000Z' are the same moment: not a change. */
function sameValue(key: keyof ArticleDetails, a: unknown, b: unknown): boolean {
  if (key === 'published' && typeof a === 'string' && typeof b === 'string') return Date.parse(a) === Date.parse(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields that differ, with their values before and after: `{ before: { title: 'A' }, after: { title: 'B' } }`. */
export function detailChanges(before: ArticleDetails, after: ArticleDetails): { before: Partial<ArticleDetails>; after: Partial<ArticleDetails> } {
  const changed = (Object.keys(after) as (keyof ArticleDetails)[]).filter((k) => !sameValue(k, before[k], after[k]));
  return {
    before: Object.fromEntries(changed.map((k) => [k, before[k]])),
    after: Object.fromEntries(changed.map((k) => [k, after[k]])),
  };
}

/**
 * Changes an article's title, outlet, authors, date and address in one transaction, logged in
 * article_log as `edit` with the values before and after (nothing is logged when nothing
 * changed). The title is in every record's search row and the date orders the lists, so both
 * are brought up to date. Returns the fields changed.
 */
export function editArticleDetails(store: Store, articleId: number, userName: string, details: ArticleDetails): string[] {
  const run = store.db.transaction((): string[] => {
    const article = store.getArticle(articleId);
    const before: ArticleDetails = { title: article.title, outlet: article.outlet, authors: article.authors, published: article.published, url: article.url };
    const changes = detailChanges(before, details);
    const fields = Object.keys(changes.after);
    if (fields.length === 0) return [];
    store.db
      .prepare('UPDATE articles SET title = ?, outlet = ?, authors = ?, published = ?, url = ? WHERE id = ?')
      .run(details.title, details.outlet, JSON.stringify(details.authors), details.published, details.url, articleId);
    if (fields.includes('title') || fields.includes('published')) renumber(store, articleId, details.published, article.createdAt, details.title);
    writeLog(store, articleId, details.title ?? article.title, userName, 'edit', changes);
    return fields;
  });
  return run.immediate();
}
