/**
 * Reading clusters (clusters.ts keeps them): a list page's "also in N articles" for each of its
 * records, off the counts each cluster keeps, and one cluster's appearances for its page.
 */
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { Appearance, Variant } from '../cluster/provenance.js';
import { NotFoundError } from './errors.js';

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A statement compiled once per connection (a list page asks for its clusters on every view). */
function prepared(db: Database.Database, name: string, sql: string): Database.Statement {
  let byName = statements.get(db);
  if (!byName) statements.set(db, (byName = new Map()));
  let statement = byName.get(name);
  if (!statement) byName.set(name, (statement = db.prepare(sql)));
  return statement;
}

/** Appearances per cluster page (a statement quoted everywhere has pages of them). */
export const APPEARANCES_PER_PAGE = 50;

/** A record's cluster, as the list, the queue and the API show it. */
export const ClusterSummary = z.object({
  id: z.number().int(),
  /** Records in the cluster, not rejected, this one included. */
  size: z.number().int(),
  /** Distinct articles among them, this record's included. */
  articles: z.number().int(),
  earliest: z.object({
    attributionId: z.number().int(),
    articleId: z.number().int(),
    outlet: z.string().nullable(),
    /** The article's date, else when it was stored (ISO). */
    date: z.string(),
  }),
});
export type ClusterSummary = z.infer<typeof ClusterSummary>;

/**
 * The clusters of these records, by record id; a record alone (or whose cluster holds only it)
 * has none. One statement: the page's ids as one JSON array.
 */
export function clusterSummaries(db: Database.Database, ids: readonly number[]): Map<number, ClusterSummary> {
  const found = new Map<number, ClusterSummary>();
  if (ids.length === 0) return found;
  const rows = prepared(
    db,
    'summaries',
    `SELECT m.attribution_id AS aid, json_object('id', c.id, 'size', c.size, 'articles', c.articles,
         'earliest', json_object('attributionId', c.first_id, 'articleId', fa.article_id, 'outlet', ar.outlet,
           'date', coalesce(ar.published, ar.created_at))) AS cluster
       FROM json_each(@ids) k
       JOIN cluster_members m ON m.attribution_id = k.value
       JOIN quote_clusters c ON c.id = m.cluster_id
       JOIN attributions fa ON fa.id = c.first_id
       JOIN articles ar ON ar.id = fa.article_id
       WHERE c.size > 1`)
    .all({ ids: JSON.stringify(ids) }) as { aid: number; cluster: string }[];
  for (const row of rows) found.set(row.aid, ClusterSummary.parse(JSON.parse(row.cluster)));
  return found;
}

export const AppearanceRow = z.object({
  attributionId: z.number().int(),
  articleId: z.number().int(),
  articleTitle: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  ingestedAt: z.string(),
  url: z.string().nullable(),
  kind: z.string(),
  text: z.string(),
  speakerId: z.number().int().nullable(),
  speakerName: z.string().nullable(),
  speakerMention: z.string().nullable(),
  reportedBy: z.string().nullable(),
  position: z.number().int(),
});

export interface ClusterAppearances {
  id: number;
  group: 'quote' | 'claim';
  /** Every appearance not rejected, counted. */
  total: number;
  /** Distinct articles among them. */
  articles: number;
  earliest: Appearance;
  /** APPEARANCES_PER_PAGE of them from `from`, earliest first. */
  appearances: Appearance[];
  from: number;
  /** Where the next page starts; null on the last. */
  next: number | null;
  /** Every appearance grouped by its words (see provenanceOf). */
  variants: Variant[];
  /** Appearances given to a known speaker other than the earliest's (0 when the earliest's is unknown). */
  otherSpeakers: number;
}

/** An appearance's columns but its ingest time (see withIngestTime). */
const APPEARANCE_COLUMNS = `a.id AS attributionId, a.article_id AS articleId, ar.title AS articleTitle, ar.outlet, ar.published,
  ar.url, a.kind, a.text, a.speaker_id AS speakerId, s.name AS speakerName,
  a.speaker_mention AS speakerMention, a.reported_by AS reportedBy, a.position`;

export const VariantRow = z.object({ kind: z.string(), text: z.string(), count: z.number().int() });

/**
 * A page of one cluster's appearances, earliest first (rejected records left out), with its
 * earliest appearance and its variants; NotFoundError when there is no such cluster. The page
 * is read off the cluster's members in time order, the variants and the other speakers' count off
 * the counts each cluster keeps (cluster_wordings, cluster_speakers): a statement every copy of a
 * text carries (1,352 appearances on the bench store) reads a page and a few rows, not every member.
 */
export function clusterAppearances(db: Database.Database, id: number, from = 0, limit = APPEARANCES_PER_PAGE): ClusterAppearances {
  const cluster = prepared(db, 'cluster', 'SELECT grp, size, articles, first_id AS firstId FROM quote_clusters WHERE id = ?').get(id) as
    | { grp: string; size: number; articles: number; firstId: number | null }
    | undefined;
  if (!cluster || cluster.size < 1 || cluster.firstId === null) throw new NotFoundError(`no cluster ${id}`);
  const rows = (
    prepared(
      db,
      'appearances',
      `SELECT ${APPEARANCE_COLUMNS}, m.seen
       FROM cluster_members m
       JOIN attributions a ON a.id = m.attribution_id
       JOIN articles ar ON ar.id = a.article_id
       LEFT JOIN speakers s ON s.id = a.speaker_id
       WHERE m.cluster_id = ? AND a.status <> 'rejected'
       ORDER BY m.seen, m.attribution_id
       LIMIT ? OFFSET ?`,
    ).all(id, limit + 1, from) as { seen: string; ingestedAt?: string }[]
  ).map(withIngestTime);
  // The first page starts with the earliest appearance (the same order picks it): no read of its own.
  const first =
    from === 0 && (rows[0] as { attributionId?: number } | undefined)?.attributionId === cluster.firstId
      ? rows[0]
      : prepared(
          db,
          'first',
          `SELECT ${APPEARANCE_COLUMNS}, ar.created_at AS ingestedAt FROM attributions a JOIN articles ar ON ar.id = a.article_id
           LEFT JOIN speakers s ON s.id = a.speaker_id WHERE a.id = ?`,
        ).get(cluster.firstId);
  if (!first) throw new NotFoundError(`no cluster ${id}`);
  const variants = prepared(db, 'variants', 'SELECT kind, text, count FROM cluster_wordings WHERE cluster_id = ?').all(id);
  const speakerId = (first as { speakerId: number | null }).speakerId;
  const otherSpeakers =
    speakerId === null
      ? 0
      : (prepared(
          db,
          'otherSpeakers',
          `SELECT total(count) - total(CASE WHEN speaker_id = @speaker THEN count END) FROM cluster_speakers WHERE cluster_id = @id`,
        )
          .pluck(true)
          .get({ id, speaker: speakerId }) as number);
  return clusterPage(id, cluster, first, rows, from, limit, variants, otherSpeakers);
}

/**
 * An appearance's ingest time from its member's `seen` (its article's date, else ingest time,
 * then its ingest time: SEEN_SQL in clusters.ts). The article row keeps it past the article's
 * text, which reading it for every appearance walked through.
 */
function withIngestTime<T extends { seen: string; ingestedAt?: string }>(row: T): T {
  row.ingestedAt = row.seen.slice(row.seen.lastIndexOf(' ') + 1);
  return row;
}

/**
 * A cluster page from the rows either engine read: its kept counts, the earliest appearance,
 * `limit + 1` appearances from `from` (one more than a page tells whether another follows), its
 * wordings and the other speakers' count.
 */
export function clusterPage(
  id: number,
  cluster: { grp: string; size: number; articles: number },
  first: unknown,
  rows: readonly unknown[],
  from: number,
  limit: number,
  variants: readonly unknown[],
  otherSpeakers: number,
): ClusterAppearances {
  return {
    id,
    group: cluster.grp === 'claim' ? 'claim' : 'quote',
    total: cluster.size,
    articles: cluster.articles,
    earliest: AppearanceRow.parse(first),
    appearances: rows.slice(0, limit).map((r) => AppearanceRow.parse(r)),
    from,
    next: rows.length > limit ? from + limit : null,
    variants: variants.map((v) => VariantRow.parse(v)),
    otherSpeakers,
  };
}
