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

/**
 * An appearance's cells, in the order appearanceOf reads them, but its ingest time. Read as
 * arrays (better-sqlite3's raw mode): building each row as an object of fourteen named columns
 * cost more than the query (0.21 against 0.14 ms for a page of 51).
 */
const APPEARANCE_CELLS = `a.id, a.article_id, ar.title, ar.outlet, ar.published, ar.url, a.kind, a.text, a.speaker_id, s.name,
  a.speaker_mention, a.reported_by, a.position`;

/** An appearance from its cells (APPEARANCE_CELLS, then its ingest time), checked by clusterPage. */
function appearanceOf(r: readonly unknown[], ingestedAt: unknown): Record<keyof Appearance, unknown> {
  return {
    attributionId: r[0],
    articleId: r[1],
    articleTitle: r[2],
    outlet: r[3],
    published: r[4],
    url: r[5],
    kind: r[6],
    text: r[7],
    speakerId: r[8],
    speakerName: r[9],
    speakerMention: r[10],
    reportedBy: r[11],
    position: r[12],
    ingestedAt,
  };
}

/**
 * An appearance's ingest time from its member's `seen` (its article's date, else ingest time,
 * then its ingest time: SEEN_SQL in clusters.ts). The article row keeps it past the article's
 * text, which reading it for every appearance walked through.
 */
function ingestTimeOf(seen: unknown): unknown {
  return typeof seen === 'string' ? seen.slice(seen.lastIndexOf(' ') + 1) : seen;
}

export const VariantRow = z.object({ kind: z.string(), text: z.string(), count: z.number().int() });

/**
 * A page of one cluster's appearances, earliest first (rejected records left out), with its
 * earliest appearance and its variants; NotFoundError when there is no such cluster. The page
 * is read off the cluster's members in time order, the variants and the other speakers' count off
 * the counts each cluster keeps (cluster_wordings, cluster_speakers): a statement every copy of a
 * text carries (1,352 appearances on the bench store) reads a page and a few rows, not every member.
 */
export function clusterAppearances(db: Database.Database, id: number, from = 0, limit = APPEARANCES_PER_PAGE): ClusterAppearances {
  const cluster = prepared(
    db,
    'cluster',
    `SELECT grp, size, articles, first_id AS firstId, main_kind AS mainKind, main_text AS mainText, main_count AS mainCount,
       main_speaker AS mainSpeaker, main_speaker_count AS mainSpeakerCount
     FROM quote_clusters WHERE id = ?`,
  ).get(id) as (KeptCounts & { grp: string; size: number; articles: number; firstId: number | null }) | undefined;
  if (!cluster || cluster.size < 1 || cluster.firstId === null) throw new NotFoundError(`no cluster ${id}`);
  const cells = prepared(
    db,
    'appearances',
    `SELECT ${APPEARANCE_CELLS}, m.seen
     FROM cluster_members m
     JOIN attributions a ON a.id = m.attribution_id
     JOIN articles ar ON ar.id = a.article_id
     LEFT JOIN speakers s ON s.id = a.speaker_id
     WHERE m.cluster_id = ? AND a.status <> 'rejected'
     ORDER BY m.seen, m.attribution_id
     LIMIT ? OFFSET ?`,
  )
    .raw(true)
    .all(id, limit + 1, from) as unknown[][];
  const rows = cells.map((r) => appearanceOf(r, ingestTimeOf(r[13])));
  // The first page starts with the earliest appearance (the same order picks it): no read of its own.
  let first = from === 0 && rows[0]?.attributionId === cluster.firstId ? rows[0] : undefined;
  if (!first) {
    const r = prepared(
      db,
      'first',
      `SELECT ${APPEARANCE_CELLS}, ar.created_at FROM attributions a JOIN articles ar ON ar.id = a.article_id
       LEFT JOIN speakers s ON s.id = a.speaker_id WHERE a.id = ?`,
    )
      .raw(true)
      .get(cluster.firstId) as unknown[] | undefined;
    if (!r) throw new NotFoundError(`no cluster ${id}`);
    first = appearanceOf(r, r[13]);
  }
  const variants = withMainWording(cluster, prepared(db, 'variants', 'SELECT kind, text, count FROM cluster_wordings WHERE cluster_id = ?').all(id));
  const speakerId = first.speakerId;
  const otherSpeakers =
    speakerId === null
      ? 0
      : (prepared(
          db,
          'otherSpeakers',
          `SELECT total(count) - total(CASE WHEN speaker_id = @speaker THEN count END) FROM cluster_speakers WHERE cluster_id = @id`,
        )
          .pluck(true)
          .get({ id, speaker: speakerId }) as number) + otherThanMain(cluster, Number(speakerId));
  return clusterPage(id, cluster, first, rows, from, limit, variants, otherSpeakers);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The counts a cluster's row keeps: its main wording and speaker (see CLUSTER_MAIN_WORDING in cluster-counts.ts). */
export interface KeptCounts {
  mainKind: string | null;
  mainText: string | null;
  mainCount: number;
  mainSpeaker: number | null;
  mainSpeakerCount: number;
}

/** A cluster's wordings: those counted apart, and its main one when members still carry it. */
export function withMainWording(kept: KeptCounts, others: readonly unknown[]): unknown[] {
  return kept.mainKind !== null && kept.mainText !== null && kept.mainCount > 0
    ? [...others, { kind: kept.mainKind, text: kept.mainText, count: kept.mainCount }]
    : [...others];
}

/** The members given to the cluster's main speaker when that is not `speakerId`. */
export function otherThanMain(kept: KeptCounts, speakerId: number): number {
  return kept.mainSpeaker !== null && kept.mainSpeaker !== speakerId ? kept.mainSpeakerCount : 0;
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
    // in one order on both engines, whichever is the cluster's main wording
    variants: variants.map((v) => VariantRow.parse(v)).sort((a, b) => (a.kind === b.kind ? compareText(a.text, b.text) : compareText(a.kind, b.kind))),
    otherSpeakers,
  };
}
