import type pg from 'pg';
import type { ClusterGroup } from '../../cluster/fingerprints.js';
import { rankedCandidates, wordingToCluster } from '../../cluster/joining.js';
import { ANCHORS, CANDIDATES, POSTINGS_PER_KEY, type ClusterInput } from '../clusters.js';
import { SPEAKER_LOCK } from './speaker-resolve.js';

// Clusters of one statement on PostgreSQL: the SQLite Clusterer's steps (../clusters.ts) on the
// transaction's client, its decisions from the same pure functions (../../cluster/joining.ts).
// Only the statements differ.

/** When an article was seen, as SQLite's SEEN_SQL: its date (else its ingest time), then its ingest time. */
const SEEN_PG = `coalesce(ar.published, ar.created_at) || ' ' || ar.created_at`;

interface CandidateRow extends Omit<ClusterInput, 'seen'> {
  clusterId: number | null;
  seen: string | null;
}

/**
 * Puts stored records into clusters inside the caller's transaction. Clustering takes the
 * transaction-scoped speaker lock (also taken by ingest's speaker resolution), so the records of
 * two servers' articles are clustered one transaction after the other, each seeing the other's
 * committed clusters: one statement gets one cluster, as on one server.
 */
export class PgClusterer {
  private article = -1;
  private articleIsNew = false;
  private joinedByArticle = new Set<number>();
  private locked = false;

  constructor(private readonly client: pg.PoolClient) {}

  private async lock(): Promise<void> {
    if (this.locked) return;
    await this.client.query('SELECT pg_advisory_xact_lock($1)', [SPEAKER_LOCK]);
    this.locked = true;
  }

  private async postings(key: number): Promise<number[]> {
    const { rows } = await this.client.query<{ id: number }>(
      `SELECT attribution_id AS id FROM cluster_keys WHERE key = $1 ORDER BY attribution_id DESC LIMIT ${POSTINGS_PER_KEY}`,
      [key],
    );
    return rows.map((r) => r.id);
  }

  private async candidate(id: number): Promise<CandidateRow | undefined> {
    const { rows } = await this.client.query<CandidateRow>(
      `SELECT a.id, a.kind, a.text, a.speaker_id AS "speakerId", a.article_id AS "articleId", m.seen, m.cluster_id AS "clusterId"
       FROM attributions a LEFT JOIN cluster_members m ON m.attribution_id = a.id WHERE a.id = $1 AND a.status <> 'rejected'`,
      [id],
    );
    return rows[0];
  }

  private async addKeys(keys: readonly number[], id: number): Promise<void> {
    if (keys.length === 0) return;
    await this.client.query(
      'INSERT INTO cluster_keys (key, attribution_id) SELECT k, $2 FROM unnest($1::bigint[]) AS k ON CONFLICT DO NOTHING',
      [keys, id],
    );
  }

  /** Clusters one stored record; returns its cluster id, or null when it stays alone. */
  async add(input: ClusterInput): Promise<number | null> {
    const wording = wordingToCluster(input);
    if (!wording) return null;
    await this.lock();
    const { group, exact, matches } = wording;

    // The same words already stored: join them (see Clusterer.add for the anchors).
    const copies = await this.postings(exact);
    const anchored = copies.length >= ANCHORS;
    if (wording.joinsNone) {
      if (!anchored) await this.addKeys([exact, ...wording.fingerprints()], input.id);
      return null;
    }
    for (const id of copies.slice(0, CANDIDATES)) {
      if (id === input.id) continue;
      const c = await this.candidate(id);
      if (c && matches(c)) {
        if (!anchored) await this.addKeys([exact], input.id);
        return this.join(input, group, c);
      }
    }
    const fingerprints = wording.fingerprints();
    // The postings of every fingerprint in one round trip, each key's newest as in postings().
    const { rows: postings } = await this.client.query<{ id: number }>(
      `SELECT p.attribution_id AS id FROM unnest($1::bigint[]) AS k(key) CROSS JOIN LATERAL (
         SELECT attribution_id FROM cluster_keys WHERE key = k.key ORDER BY attribution_id DESC LIMIT ${POSTINGS_PER_KEY}) p`,
      [fingerprints],
    );
    const shared = new Map<number, number>();
    for (const { id } of postings) if (id !== input.id) shared.set(id, (shared.get(id) ?? 0) + 1);
    let cluster: number | null = null;
    for (const id of rankedCandidates(shared, CANDIDATES)) {
      const c = await this.candidate(id);
      if (c && matches(c)) {
        cluster = await this.join(input, group, c);
        break;
      }
    }
    if (!anchored) await this.addKeys([exact, ...fingerprints], input.id);
    return cluster;
  }

  /** The records of one article follow; `isNew` when none of its records was clustered before. */
  startArticle(articleId: number, isNew: boolean): void {
    this.article = articleId;
    this.articleIsNew = isNew;
    this.joinedByArticle = new Set();
  }

  /** Clusters stored records of articles clustered before, by id, in the order given. */
  async addById(ids: readonly number[]): Promise<void> {
    for (const id of ids) {
      const { rows } = await this.client.query<ClusterInput>(
        `SELECT a.id, a.kind, a.text, a.speaker_id AS "speakerId", a.article_id AS "articleId", ${SEEN_PG} AS seen
         FROM attributions a JOIN articles ar ON ar.id = a.article_id WHERE a.id = $1`,
        [id],
      );
      const row = rows[0];
      if (!row) continue;
      if (row.articleId !== this.article || this.articleIsNew) this.startArticle(row.articleId, false);
      await this.add(row);
    }
  }

  /** Records whose words changed (re-read, span moved, added by hand) leave their cluster and are clustered again. */
  async again(ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.lock();
    await this.client.query('DELETE FROM cluster_members WHERE attribution_id = ANY($1::integer[])', [ids]);
    await this.addById(ids);
  }

  private async join(input: ClusterInput, group: ClusterGroup, c: CandidateRow): Promise<number> {
    const here = input.articleId === this.article;
    let cluster = c.clusterId;
    if (cluster === null) {
      const seen =
        c.seen ?? (await this.client.query<{ seen: string }>(`SELECT ${SEEN_PG} AS seen FROM articles ar WHERE ar.id = $1`, [c.articleId])).rows[0]!.seen;
      cluster = (
        await this.client.query<{ id: number }>(
          // Its main wording and speaker are its first member's, counted when that joins (see migration 5).
          `INSERT INTO quote_clusters (grp, size, articles, first_id, first_key, main_kind, main_text, main_speaker)
           VALUES ($1, 1, 1, $2, $3, $4, $5, $6) RETURNING id`,
          [group, c.id, seen, c.kind, c.text, c.speakerId],
        )
      ).rows[0]!.id;
      await this.addMember(c.id, cluster, c.articleId, seen);
      if (here && c.articleId === input.articleId) this.joinedByArticle.add(cluster);
    }
    const newArticle =
      here && this.articleIsNew
        ? !this.joinedByArticle.has(cluster)
        : (await this.client.query('SELECT 1 FROM cluster_members WHERE cluster_id = $1 AND article_id = $2 LIMIT 1', [cluster, input.articleId])).rowCount === 0;
    if (here) this.joinedByArticle.add(cluster);
    await this.addMember(input.id, cluster, input.articleId, input.seen);
    await this.client.query(
      `UPDATE quote_clusters SET size = size + 1, articles = articles + $1,
         first_id = CASE WHEN $2 < first_key THEN $3 ELSE first_id END,
         first_key = CASE WHEN $2 < first_key THEN $2 ELSE first_key END
       WHERE id = $4`,
      [newArticle ? 1 : 0, input.seen, input.id, cluster],
    );
    return cluster;
  }

  private async addMember(id: number, cluster: number, articleId: number, seen: string): Promise<void> {
    await this.client.query('INSERT INTO cluster_members (attribution_id, cluster_id, article_id, seen) VALUES ($1, $2, $3, $4)', [
      id,
      cluster,
      articleId,
      seen,
    ]);
  }
}
