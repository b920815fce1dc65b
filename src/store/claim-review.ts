import type { Writable } from 'node:stream';
import type { SourceType } from '../schema/attribution.js';
import { claimRating } from './claim-rating.js';
import type { ArticleRow, AttributionRow } from './rows.js';
import type { AttributionFilter, Store } from './store.js';

/**
 * A reviewed record as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), the
 * form fact-checkers publish and search engines read. saidby fills the Claim half — what was
 * said, by whom, where it appeared — and the verdict (reviewRating) only when a fact-checker gave
 * one on the record's page; the fact-checking organisation (author) is theirs to add.
 */
export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  /** The record's page on the review site. */
  url: string;
  claimReviewed: string;
  /** When the record was last reviewed (YYYY-MM-DD). */
  datePublished?: string;
  itemReviewed: Claim;
  /** The fact-checker's verdict in their words, when they gave one on the record's page. */
  reviewRating?: { '@type': 'Rating'; alternateName: string };
}

export interface Claim {
  '@type': 'Claim';
  author?: { '@type': 'Person' | 'Organization'; name: string };
  datePublished?: string;
  appearance: Appearance[];
  firstAppearance: Appearance;
}

export interface Appearance {
  '@type': 'NewsArticle';
  url?: string;
  headline?: string;
  datePublished?: string;
  publisher?: { '@type': 'Organization'; name: string };
}

/** Records a ClaimReview is made of: a person confirmed or corrected them. */
export function isReviewed(row: Pick<AttributionRow, 'status'>): boolean {
  return row.status === 'confirmed' || row.status === 'corrected';
}

/** A person, or an anonymous source (still a person); governments, outlets, documents are organisations. */
function authorType(type: SourceType | null): 'Person' | 'Organization' {
  return type === null || type === 'person' || type === 'anonymous' ? 'Person' : 'Organization';
}

/** An ISO 8601 date and time as its day ("2025-02-01T05:07:00Z" -> "2025-02-01"); undefined when unreadable. */
export function isoDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/** Drops the keys whose value is undefined: JSON-LD with no empty properties. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** At most this many articles in a ClaimReview's `appearance`, earliest first. */
export const CLAIM_REVIEW_APPEARANCES = 100;

/** An article a claim appeared in, as ClaimReview needs it. */
export type AppearingIn = Pick<ArticleRow, 'url' | 'title' | 'outlet' | 'published'>;

function appearanceOf(article: AppearingIn): Appearance {
  return defined({
    '@type': 'NewsArticle' as const,
    url: article.url ?? undefined,
    headline: article.title ?? undefined,
    datePublished: isoDay(article.published),
    publisher: article.outlet ? { '@type': 'Organization' as const, name: article.outlet } : undefined,
  });
}

/**
 * The ClaimReview of one record. `claimUrl` is its page ("https://saidby.example/attributions/12"),
 * `reviewedAt` the time of its latest review; `cluster` the articles its words appeared in,
 * earliest first (its own among them): `appearance` lists them and `firstAppearance` is the
 * earliest. Without a cluster, the record's own article is both.
 */
export function toClaimReview(
  row: AttributionRow,
  article: AppearingIn,
  claimUrl: string,
  reviewedAt: string | null,
  rating: string | null = null,
  cluster: readonly AppearingIn[] = [],
): ClaimReview {
  const own = appearanceOf(article);
  // The same words in other articles (the record's cluster, earliest first): each article once.
  const seen = new Set<string>();
  const appearances = (cluster.length > 0 ? cluster.map(appearanceOf) : [own]).filter((a) => {
    const key = JSON.stringify(a);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const first = appearances[0] ?? own;
  const claim: Claim = defined({
    '@type': 'Claim' as const,
    author: row.speakerName ? { '@type': authorType(row.sourceType), name: row.speakerName } : undefined,
    datePublished: first.datePublished,
    appearance: appearances,
    firstAppearance: first,
  });
  return defined({
    '@context': 'https://schema.org' as const,
    '@type': 'ClaimReview' as const,
    url: claimUrl,
    claimReviewed: row.text,
    datePublished: isoDay(reviewedAt),
    itemReviewed: claim,
    reviewRating: rating ? { '@type': 'Rating' as const, alternateName: rating } : undefined,
  });
}

/** The ClaimReview of a stored record, or null when nobody has reviewed it yet. */
export function claimReviewOf(store: Store, id: number, claimBase: string): ClaimReview | null {
  const row = store.getAttribution(id);
  if (!isReviewed(row)) return null;
  return reviewOf(store, row, store.getArticle(row.articleId), claimBase);
}

function reviewOf(store: Store, row: AttributionRow, article: ArticleRow, claimBase: string): ClaimReview {
  const reviewedAt = store.reviews(row.id).at(-1)?.at ?? null;
  const rating = claimRating(store.db, row.id)?.rating ?? null;
  const cluster = store.clusterSummaries([row.id]).get(row.id);
  const appearances = cluster
    ? store.clusterAppearances(cluster.id, 0, CLAIM_REVIEW_APPEARANCES).appearances.map((a) => ({ url: a.url, title: a.articleTitle, outlet: a.outlet, published: a.published }))
    : [];
  return toClaimReview(row, article, `${claimBase}/attributions/${row.id}`, reviewedAt, rating, appearances);
}

/**
 * Writes the reviewed records matching `filter` as one JSON array of ClaimReview objects, one
 * per line. Unreviewed and rejected records are left out. Reviewed records are a reviewer's
 * day's work, not a million rows: each reads its article and review history on its own.
 */
export async function writeClaimReviews(store: Store, filter: AttributionFilter, out: Writable, claimBase: string): Promise<number> {
  const exported = store.exportAttributions(filter);
  const articles = new Map<number, ArticleRow>();
  let count = 0;
  try {
    for (const row of exported.rows) {
      if (!isReviewed(row)) continue;
      let article = articles.get(row.articleId);
      if (!article) articles.set(row.articleId, (article = store.getArticle(row.articleId)));
      const review = reviewOf(store, row, article, claimBase);
      const piece = `${count === 0 ? '[\n' : ',\n'}${JSON.stringify(review)}`;
      count++;
      if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', resolve));
    }
  } finally {
    exported.close();
  }
  out.write(count === 0 ? '[]\n' : '\n]\n');
  return count;
}
