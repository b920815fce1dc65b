import type { Writable } from 'node:stream';
import type pg from 'pg';
import { CLAIM_REVIEW_APPEARANCES, isReviewed, toClaimReview, type ClaimReview } from '../claim-review.js';
import { attributionFromCells, type ArticleRow, type AttributionRow } from '../rows.js';
import { getArticle } from './articles.js';
import { clusterAppearances, clusterSummaries } from './cluster-reads.js';
import { claimRating } from './desk.js';
import { ATTRIBUTION_CELLS_PG, ATTRIBUTION_JOINS_PG, getAttribution, type PgFilter } from './queries.js';
import { reviews } from './reviews.js';
import type { Queryable } from './transaction.js';

// ClaimReview JSON-LD on PostgreSQL (see claim-review.ts for the form).

async function reviewOf(q: Queryable, row: AttributionRow, article: ArticleRow, claimBase: string): Promise<ClaimReview> {
  const reviewedAt = (await reviews(q, row.id)).at(-1)?.at ?? null;
  const rating = (await claimRating(q, row.id))?.rating ?? null;
  // The articles its words appeared in, earliest first, from its cluster (as on SQLite).
  const cluster = (await clusterSummaries(q, [row.id])).get(row.id);
  const appearances = cluster
    ? (await clusterAppearances(q, cluster.id, 0, CLAIM_REVIEW_APPEARANCES)).appearances.map((a) => ({ url: a.url, title: a.articleTitle, outlet: a.outlet, published: a.published }))
    : [];
  return toClaimReview(row, article, `${claimBase}/attributions/${row.id}`, reviewedAt, rating, appearances);
}

/** The ClaimReview of a stored record, or null when nobody has reviewed it yet. */
export async function claimReviewOf(q: Queryable, id: number, claimBase: string): Promise<ClaimReview | null> {
  const row = await getAttribution(q, id);
  if (!isReviewed(row)) return null;
  return reviewOf(q, row, await getArticle(q, row.articleId), claimBase);
}

const BATCH = 500;

/**
 * Writes the reviewed records matching `f` as one JSON array of ClaimReview objects, one per
 * line, all read in one REPEATABLE READ, READ ONLY snapshot (storage order; list order for a
 * full-text search, as on SQLite). Answers how many were written.
 */
export async function writePgClaimReviews(pool: pg.Pool, f: PgFilter, out: Writable, claimBase: string): Promise<number> {
  let count = 0;
  const write = async (piece: string): Promise<void> => {
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', resolve));
  };
  if (!(f.speakerIds && f.speakerIds.length === 0)) {
    const client = await pool.connect();
    let open = false;
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      open = true;
      const search = f.where.some((w) => w.includes('@@'));
      const where = [...f.where, "a.status IN ('confirmed', 'corrected')"];
      await client.query(
        `DECLARE reviewed NO SCROLL CURSOR FOR SELECT ${ATTRIBUTION_CELLS_PG} FROM attributions a ${ATTRIBUTION_JOINS_PG}
         WHERE ${where.join(' AND ')} ORDER BY ${search ? 'a.sort_key DESC' : 'a.id'}`,
        f.params,
      );
      const articles = new Map<number, ArticleRow>();
      for (;;) {
        const { rows } = await client.query({ text: `FETCH ${BATCH} FROM reviewed`, rowMode: 'array' });
        for (const row of (rows as unknown[][]).map(attributionFromCells)) {
          let article = articles.get(row.articleId);
          if (!article) articles.set(row.articleId, (article = await getArticle(client, row.articleId)));
          const review = await reviewOf(client, row, article, claimBase);
          await write(`${count === 0 ? '[\n' : ',\n'}${JSON.stringify(review)}`);
          count++;
        }
        if (rows.length < BATCH) break;
      }
    } finally {
      if (open) await client.query('ROLLBACK').catch(() => undefined);
      client.release();
    }
  }
  out.write(count === 0 ? '[]\n' : '\n]\n');
  return count;
}
