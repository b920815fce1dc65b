import { ClusterSummary, APPEARANCES_PER_PAGE, clusterPage, otherThanMain, withMainWording, type ClusterAppearances, type KeptCounts } from '../cluster-reads.js';
import { NotFoundError } from '../errors.js';
import type { Queryable } from './transaction.js';

// Reading clusters on PostgreSQL: the answers of ../cluster-reads.ts, off the same tables
// (PostgreSQL migration 3).

/** The clusters of these records, by record id; a record alone (or whose cluster holds only it) has none. */
export async function clusterSummaries(q: Queryable, ids: readonly number[]): Promise<Map<number, ClusterSummary>> {
  const found = new Map<number, ClusterSummary>();
  if (ids.length === 0) return found;
  const { rows } = await q.query<{ aid: number; cluster: unknown }>(
    `SELECT m.attribution_id AS aid, json_build_object('id', c.id, 'size', c.size, 'articles', c.articles,
         'earliest', json_build_object('attributionId', c.first_id, 'articleId', fa.article_id, 'outlet', ar.outlet,
           'date', coalesce(ar.published, ar.created_at))) AS cluster
       FROM cluster_members m
       JOIN quote_clusters c ON c.id = m.cluster_id
       JOIN attributions fa ON fa.id = c.first_id
       JOIN articles ar ON ar.id = fa.article_id
       WHERE m.attribution_id = ANY($1::integer[]) AND c.size > 1`,
    [ids],
  );
  for (const row of rows) found.set(row.aid, ClusterSummary.parse(row.cluster));
  return found;
}

const APPEARANCE_COLUMNS = `a.id AS "attributionId", a.article_id AS "articleId", ar.title AS "articleTitle", ar.outlet, ar.published,
  ar.created_at AS "ingestedAt", ar.url, a.kind, a.text, a.speaker_id AS "speakerId", s.name AS "speakerName",
  a.speaker_mention AS "speakerMention", a.reported_by AS "reportedBy", a.position`;

/** A page of one cluster's appearances, earliest first, with its earliest, its variants and the other speakers' count (see ../cluster-reads.ts). */
export async function clusterAppearances(q: Queryable, id: number, from = 0, limit = APPEARANCES_PER_PAGE): Promise<ClusterAppearances> {
  const cluster = (
    await q.query<KeptCounts & { grp: string; size: number; articles: number; firstId: number | null }>(
      `SELECT grp, size, articles, first_id AS "firstId", main_kind AS "mainKind", main_text AS "mainText", main_count AS "mainCount",
         main_speaker AS "mainSpeaker", main_speaker_count AS "mainSpeakerCount"
       FROM quote_clusters WHERE id = $1`,
      [id],
    )
  ).rows[0];
  if (!cluster || cluster.size < 1 || cluster.firstId === null) throw new NotFoundError(`no cluster ${id}`);
  const first = (
    await q.query(
      `SELECT ${APPEARANCE_COLUMNS} FROM attributions a JOIN articles ar ON ar.id = a.article_id
       LEFT JOIN speakers s ON s.id = a.speaker_id WHERE a.id = $1`,
      [cluster.firstId],
    )
  ).rows[0] as { speakerId: number | null } | undefined;
  if (!first) throw new NotFoundError(`no cluster ${id}`);
  const { rows } = await q.query(
    `SELECT ${APPEARANCE_COLUMNS}
     FROM cluster_members m
     JOIN attributions a ON a.id = m.attribution_id
     JOIN articles ar ON ar.id = a.article_id
     LEFT JOIN speakers s ON s.id = a.speaker_id
     WHERE m.cluster_id = $1 AND a.status <> 'rejected'
     ORDER BY m.seen, m.attribution_id
     LIMIT $2 OFFSET $3`,
    [id, limit + 1, from],
  );
  const variants = withMainWording(cluster, (await q.query('SELECT kind, text, count FROM cluster_wordings WHERE cluster_id = $1', [id])).rows);
  const otherSpeakers =
    first.speakerId === null
      ? 0
      : Number(
          (
            await q.query<{ n: string | number | null }>(
              `SELECT coalesce(sum(count), 0) - coalesce(sum(count) FILTER (WHERE speaker_id = $2), 0) AS n
               FROM cluster_speakers WHERE cluster_id = $1`,
              [id, first.speakerId],
            )
          ).rows[0]?.n ?? 0,
        ) + otherThanMain(cluster, first.speakerId);
  return clusterPage(id, cluster, first, rows, from, limit, variants, otherSpeakers);
}
