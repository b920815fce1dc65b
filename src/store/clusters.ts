/**
 * Clusters of one statement across articles, kept in SQLite. Each stored wording is looked up
 * by its exact key and its winnowed fingerprints (src/cluster/fingerprints.ts) in cluster_keys,
 * the few best candidates are read back and compared word by word (sameStatement), and the
 * wording joins the first candidate's cluster that passes, or stays alone. A wording joins one
 * cluster and clusters never merge: a short common phrase inside two unrelated quotations cannot
 * chain them into one. Called inside the transaction that stores the records.
 */
import type Database from 'better-sqlite3';
import type { ClusterGroup } from '../cluster/fingerprints.js';
import { rankedCandidates, wordingToCluster } from '../cluster/joining.js';

export { clusterGroupOf } from '../cluster/joining.js';

/**
 * Postings read per key, newest first. A key every unrelated quotation shares ("we are going to")
 * costs this many reads at most, and the newest postings of a statement quoted everywhere are all
 * in its cluster anyway.
 */
export const POSTINGS_PER_KEY = 16;
/** Candidates compared word by word, most shared keys first. */
export const CANDIDATES = 4;
/** Records of one exact wording that store its keys; later copies are found through them. */
export const ANCHORS = 4;

/**
 * A cluster's counts and earliest appearance computed afresh from its members (records not
 * rejected), for the clusters chosen by `where` (SQL on quote_clusters). Joining a cluster updates
 * them in step (Clusterer.join); this runs when a member leaves, is rejected or brought back, or
 * its article's date changes: rare, and a cluster is small.
 */
const RECOUNT = (where: string): string => `
  UPDATE quote_clusters SET
    size = (SELECT count(*) FROM cluster_members m JOIN attributions a ON a.id = m.attribution_id
            WHERE m.cluster_id = quote_clusters.id AND a.status <> 'rejected'),
    articles = (SELECT count(DISTINCT m.article_id) FROM cluster_members m JOIN attributions a ON a.id = m.attribution_id
                WHERE m.cluster_id = quote_clusters.id AND a.status <> 'rejected'),
    first_id = (SELECT m.attribution_id FROM cluster_members m JOIN attributions a ON a.id = m.attribution_id
                WHERE m.cluster_id = quote_clusters.id AND a.status <> 'rejected' ORDER BY m.seen, m.attribution_id LIMIT 1),
    first_key = (SELECT m.seen FROM cluster_members m JOIN attributions a ON a.id = m.attribution_id
                 WHERE m.cluster_id = quote_clusters.id AND a.status <> 'rejected' ORDER BY m.seen, m.attribution_id LIMIT 1)
  WHERE ${where};`;

/** When an appearance was seen, as one sortable text: the article's date (else its ingest time), then its ingest time. */
const SEEN_SQL = `coalesce(ar.published, ar.created_at) || ' ' || ar.created_at`;

/** Migration 12: the tables, then every stored record clustered (see backfillClusters). */
export const CLUSTER_TABLES = `
  CREATE TABLE quote_clusters (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,   -- never reused: a link to a cluster stays its own
    grp       TEXT NOT NULL,                       -- 'quote' (direct and partial) | 'claim' (paraphrase)
    -- kept by Clusterer.join and the triggers below, so a list page reads them off one row:
    size      INTEGER NOT NULL DEFAULT 0,          -- members not rejected
    articles  INTEGER NOT NULL DEFAULT 0,          -- distinct articles among them
    first_id  INTEGER,                             -- the earliest appearance (attribution id)
    first_key TEXT                                 -- when it was seen (SEEN_SQL)
  );
  CREATE TABLE cluster_members (
    attribution_id INTEGER PRIMARY KEY REFERENCES attributions(id) ON DELETE CASCADE,
    cluster_id     INTEGER NOT NULL REFERENCES quote_clusters(id),
    article_id     INTEGER NOT NULL,
    -- when its article was seen (SEEN_SQL), kept here: the article's ingest time lies past its
    -- text in the articles row, and reading it for every appearance of a large cluster read
    -- every article's text (12 ms for a cluster page at 1,352 appearances, 0.1 ms from here)
    seen           TEXT NOT NULL
  );
  -- a cluster's appearances in time order, a page at a time, read off the index alone
  CREATE INDEX cluster_members_cluster ON cluster_members (cluster_id, seen, attribution_id, article_id);
  -- Lookup keys of each clustered wording. No foreign key: a deleted record's keys stay behind
  -- (an index by record would double the table) and are skipped when read, since every
  -- candidate is read back from attributions and compared.
  CREATE TABLE cluster_keys (
    key            INTEGER NOT NULL,
    attribution_id INTEGER NOT NULL,
    PRIMARY KEY (key, attribution_id)
  ) WITHOUT ROWID;

  CREATE TRIGGER cluster_member_gone AFTER DELETE ON cluster_members
  BEGIN ${RECOUNT('id = OLD.cluster_id')} END;
  CREATE TRIGGER cluster_member_status AFTER UPDATE OF status ON attributions
  WHEN (OLD.status = 'rejected') IS NOT (NEW.status = 'rejected')
  BEGIN ${RECOUNT('id = (SELECT cluster_id FROM cluster_members WHERE attribution_id = NEW.id)')} END;
  CREATE TRIGGER cluster_article_date AFTER UPDATE OF published ON articles
  WHEN OLD.published IS NOT NEW.published
  BEGIN
    UPDATE cluster_members SET seen = coalesce(NEW.published, NEW.created_at) || ' ' || NEW.created_at
    WHERE attribution_id IN (SELECT id FROM attributions WHERE article_id = NEW.id);
    ${RECOUNT('id IN (SELECT m.cluster_id FROM attributions a JOIN cluster_members m ON m.attribution_id = a.id WHERE a.article_id = NEW.id)')} END;
`;

/** The record to cluster: its id, kind, words, stored speaker, article and when that was seen (SEEN_SQL). */
export interface ClusterInput {
  id: number;
  kind: string;
  text: string;
  speakerId: number | null;
  articleId: number;
  seen: string;
  /** A rejected record joins but is not counted among its cluster's wordings (1 from SQL); new records are not. */
  rejected?: boolean | number;
}

interface CandidateRow extends Omit<ClusterInput, 'seen'> {
  clusterId: number | null;
  /** Whether its words, and its speaker, are its cluster's main ones (see CLUSTER_MAIN_WORDING; 0 when in none). */
  mainWording: number;
  mainSpeaker: number;
}

/**
 * A candidate as the clusterer reads it: id, kind, text, speaker, article, cluster, main wording,
 * main speaker. Not when its article was seen: that is read only for a candidate in no cluster
 * yet (seenOf), the one whose member row is written with the new cluster.
 */
type CandidateCells = [number, string, string, number | null, number, number | null, number, number];

/** How many records hold an exact key (up to ANCHORS), the newest one's id and its candidate cells (null kind: deleted or rejected). */
type ExactHead = [
  count: number, newest: number | null, kind: string | null, text: string, speakerId: number | null, articleId: number,
  clusterId: number | null, mainWording: number, mainSpeaker: number,
];

function candidateFrom(r: CandidateCells): CandidateRow {
  return { id: r[0], kind: r[1], text: r[2], speakerId: r[3], articleId: r[4], clusterId: r[5], mainWording: r[6], mainSpeaker: r[7] };
}

/**
 * Whether a candidate's words and speaker are its cluster's main ones, read with it (the
 * cluster's row is the page a join writes next), and the join that reads them; before
 * migration 14 (its backfill) there are none.
 */
function mainOf(counting: boolean): { cells: string; join: string } {
  return counting
    ? {
        cells: 'coalesce(q.main_kind = a.kind AND q.main_text = a.text, 0), coalesce(q.main_speaker = a.speaker_id, 0)',
        join: 'LEFT JOIN quote_clusters q ON q.id = m.cluster_id',
      }
    : { cells: '0, 0', join: '' };
}

/** SEEN_SQL from an article's date and ingest time, as ingest knows them. */
export function seenKey(published: string | null, createdAt: string): string {
  return `${published ?? createdAt} ${createdAt}`;
}

/** Puts stored records into clusters, one statement set per connection. */
export class Clusterer {
  private readonly postings: Database.Statement;
  private readonly exactPostings: Database.Statement;
  private readonly exactHead: Database.Statement;
  private readonly anchors: Database.Statement;
  private readonly candidate: Database.Statement;
  private readonly addKey: Database.Statement;
  private readonly addMember: Database.Statement;
  private readonly addCluster: Database.Statement;
  private readonly hasArticle: Database.Statement;
  private readonly grow: Database.Statement;
  private readonly dropMember: Database.Statement;
  private readonly readInput: Database.Statement;
  private readonly seenOf: Database.Statement;
  /**
   * Counting a joining member's words and speaker when they are not its cluster's main ones
   * (null before migration 14: the backfills of 13 and 14 count them).
   */
  private readonly countWording: Database.Statement | null;
  private readonly countSpeaker: Database.Statement | null;
  private readonly counting: boolean;
  /** Whether words and a speaker are a cluster's main ones (null before migration 14). */
  private readonly isMain: Database.Statement | null;
  /** The article being clustered, whether it is new (none of its records clustered before), and the clusters its records joined. */
  private article = -1;
  private articleIsNew = false;
  private joinedByArticle = new Set<number>();

  constructor(db: Database.Database, countWordings = true) {
    this.counting = countWordings;
    this.countWording = countWordings
      ? db.prepare('INSERT INTO cluster_wordings (cluster_id, kind, text, count) VALUES (?, ?, ?, 1) ON CONFLICT DO UPDATE SET count = count + 1')
      : null;
    this.countSpeaker = countWordings
      ? db.prepare('INSERT INTO cluster_speakers (cluster_id, speaker_id, count) VALUES (?, ?, 1) ON CONFLICT DO UPDATE SET count = count + 1')
      : null;
    this.postings = db
      .prepare(`SELECT attribution_id FROM cluster_keys WHERE key = ? ORDER BY attribution_id DESC LIMIT ${POSTINGS_PER_KEY}`)
      .pluck(true);
    // An exact key's postings decide only whether ANCHORS records hold it and which CANDIDATES
    // to compare: no need to read POSTINGS_PER_KEY of them.
    this.exactPostings = db
      .prepare(`SELECT attribution_id FROM cluster_keys WHERE key = ? ORDER BY attribution_id DESC LIMIT ${Math.max(ANCHORS, CANDIDATES)}`)
      .pluck(true);
    // How many of those there are, with the newest one's record (as candidateOf reads it): a
    // verbatim copy, the common case, is decided by this one read.
    const main = mainOf(countWordings);
    this.exactHead = db
      .prepare(
        `SELECT p.n, p.top, a.kind, a.text, a.speaker_id, a.article_id, m.cluster_id, ${main.cells}
         FROM (SELECT count(*) AS n, max(attribution_id) AS top
               FROM (SELECT attribution_id FROM cluster_keys WHERE key = ? ORDER BY attribution_id DESC LIMIT ${Math.max(ANCHORS, CANDIDATES)})) p
         LEFT JOIN attributions a ON a.id = p.top AND a.status <> 'rejected'
         LEFT JOIN cluster_members m ON m.attribution_id = a.id ${main.join}`,
      )
      .raw(true);
    // Whether ANCHORS records hold a key, for a wording that joins none (its candidates unread).
    this.anchors = db.prepare(`SELECT count(*) FROM (SELECT 1 FROM cluster_keys WHERE key = ? LIMIT ${ANCHORS})`).pluck(true);
    // Cells, not an object (see candidateOf): read for nearly every record stored.
    this.candidate = db
      .prepare(
        `SELECT a.id, a.kind, a.text, a.speaker_id, a.article_id, m.cluster_id, ${main.cells}
         FROM attributions a LEFT JOIN cluster_members m ON m.attribution_id = a.id ${main.join} WHERE a.id = ? AND a.status <> 'rejected'`,
      )
      .raw(true);
    this.isMain = countWordings
      ? db.prepare('SELECT main_kind IS ? AND main_text IS ?, main_speaker IS ? FROM quote_clusters WHERE id = ?').raw(true)
      : null;
    this.seenOf = db.prepare(`SELECT ${SEEN_SQL} FROM articles ar WHERE ar.id = ?`).pluck(true);
    this.addKey = db.prepare('INSERT OR IGNORE INTO cluster_keys (key, attribution_id) VALUES (?, ?)');
    this.addMember = db.prepare('INSERT INTO cluster_members (attribution_id, cluster_id, article_id, seen) VALUES (?, ?, ?, ?)');
    // A new cluster's main wording and speaker are its first member's (never rejected: see candidateOf).
    this.addCluster = countWordings
      ? db.prepare(
          `INSERT INTO quote_clusters (grp, size, articles, first_id, first_key, main_kind, main_text, main_count, main_speaker, main_speaker_count)
           VALUES (?, 1, 1, ?, ?, ?, ?, 1, ?, ? IS NOT NULL)`,
        )
      : db.prepare('INSERT INTO quote_clusters (grp, size, articles, first_id, first_key) VALUES (?, 1, 1, ?, ?)');
    this.hasArticle = db
      .prepare('SELECT 1 FROM cluster_members WHERE cluster_id = ? AND article_id = ? LIMIT 1')
      .pluck(true);
    // With the member's words and speaker counted when they are the cluster's main ones (the
    // others are counted apart). Not UPDATE ... RETURNING: that cost 9 µs more a join.
    this.grow = db.prepare(
      `UPDATE quote_clusters SET size = size + 1, articles = articles + ?,
         first_id = CASE WHEN ? < first_key THEN ? ELSE first_id END,
         first_key = CASE WHEN ? < first_key THEN ? ELSE first_key END
         ${countWordings ? ', main_count = main_count + ?, main_speaker_count = main_speaker_count + ?' : ''}
       WHERE id = ?`,
    );
    this.dropMember = db.prepare('DELETE FROM cluster_members WHERE attribution_id = ?');
    this.readInput = db.prepare(
      `SELECT a.id, a.kind, a.text, a.speaker_id AS speakerId, a.article_id AS articleId, ${SEEN_SQL} AS seen,
         a.status = 'rejected' AS rejected
       FROM attributions a JOIN articles ar ON ar.id = a.article_id WHERE a.id = ?`,
    );
  }

  /** Clusters one stored record; returns its cluster id, or null when it stays alone. */
  add(input: ClusterInput): number | null {
    const wording = wordingToCluster(input);
    if (!wording) return null;
    const { group, exact, matches } = wording;
    if (wording.joinsNone) {
      if ((this.anchors.get(exact) as number) < ANCHORS) this.addKeys(exact, wording.fingerprints(), input.id);
      return null;
    }

    // The same words already stored: join them. A few records per wording hold its keys
    // (ANCHORS): a statement carried by a thousand articles is found by its first copies, and
    // its later ones write no key (each key is a random page of the index written at commit).
    // The newest record holding the exact key comes with their count; the next CANDIDATES - 1
    // are read only when it is not the same statement.
    const h = this.exactHead.get(exact) as ExactHead;
    const count = h[0];
    const anchored = count >= ANCHORS;
    if (h[1] !== null && h[1] !== input.id && h[2] !== null) {
      const c: CandidateRow = { id: h[1], kind: h[2], text: h[3], speakerId: h[4], articleId: h[5], clusterId: h[6], mainWording: h[7], mainSpeaker: h[8] };
      if (matches(c)) {
        if (!anchored) this.addKey.run(exact, input.id);
        return this.join(input, group, c);
      }
    }
    if (count > 1) {
      for (const id of (this.exactPostings.all(exact) as number[]).slice(1, CANDIDATES)) {
        if (id === input.id) continue;
        const c = this.candidateOf(id);
        if (c && matches(c)) {
          if (!anchored) this.addKey.run(exact, input.id);
          return this.join(input, group, c);
        }
      }
    }
    const fingerprints = wording.fingerprints();
    const shared = new Map<number, number>();
    for (const key of fingerprints) {
      for (const id of this.postings.all(key) as number[]) if (id !== input.id) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    let cluster: number | null = null;
    for (const id of rankedCandidates(shared, CANDIDATES)) {
      const c = this.candidateOf(id);
      if (c && matches(c)) {
        cluster = this.join(input, group, c);
        break;
      }
    }
    // Words stored ANCHORS times already ("thank you very much", said by many) are findable.
    if (!anchored) this.addKeys(exact, fingerprints, input.id);
    return cluster;
  }

  private addKeys(exact: number, fingerprints: readonly number[], id: number): void {
    this.addKey.run(exact, id);
    for (const key of fingerprints) this.addKey.run(key, id);
  }

  /** A stored record not rejected, with its cluster when it has one; undefined when deleted or rejected. */
  private candidateOf(id: number): CandidateRow | undefined {
    const r = this.candidate.get(id) as CandidateCells | undefined;
    return r && candidateFrom(r);
  }

  /**
   * The records of one article follow: `isNew` when none of its records was clustered before (a
   * new article, or the backfill), so whether a cluster already has this article is known here
   * and not looked up.
   */
  startArticle(articleId: number, isNew: boolean): void {
    this.article = articleId;
    this.articleIsNew = isNew;
    this.joinedByArticle = new Set();
  }

  /** Clusters stored records of articles clustered before, by id, in the order given. */
  addById(ids: readonly number[]): void {
    for (const id of ids) {
      const row = this.readInput.get(id) as ClusterInput | undefined;
      if (!row) continue;
      if (row.articleId !== this.article || this.articleIsNew) this.startArticle(row.articleId, false);
      this.add(row);
    }
  }

  /** A record whose words changed (re-read, span moved) leaves its cluster and is clustered again. */
  again(ids: readonly number[]): void {
    for (const id of ids) this.dropMember.run(id);
    this.addById(ids);
  }

  private join(input: ClusterInput, group: ClusterGroup, c: CandidateRow): number {
    const here = input.articleId === this.article;
    let cluster = c.clusterId;
    let { mainWording, mainSpeaker } = c;
    if (cluster === null) {
      const seen = this.seenOf.get(c.articleId) as string;
      const made = this.counting
        ? this.addCluster.run(group, c.id, seen, c.kind, c.text, c.speakerId, c.speakerId)
        : this.addCluster.run(group, c.id, seen);
      cluster = Number(made.lastInsertRowid);
      this.addMember.run(c.id, cluster, c.articleId, seen);
      mainWording = 1;
      mainSpeaker = 1;
      if (here && c.articleId === input.articleId) this.joinedByArticle.add(cluster);
    }
    const newArticle =
      here && this.articleIsNew ? !this.joinedByArticle.has(cluster) : this.hasArticle.get(cluster, input.articleId) === undefined;
    if (here) this.joinedByArticle.add(cluster);
    this.addMember.run(input.id, cluster, input.articleId, input.seen);
    if (!this.counting) {
      this.grow.run(newArticle ? 1 : 0, input.seen, input.id, input.seen, input.seen, cluster);
      return cluster;
    }
    // A verbatim copy with the candidate's speaker (the common case) is main or not as the
    // candidate is; anything else asks the cluster's row.
    if (input.kind !== c.kind || input.text !== c.text || input.speakerId !== c.speakerId) {
      [mainWording, mainSpeaker] = this.isMain!.get(input.kind, input.text, input.speakerId, cluster) as [number, number];
    }
    const words = input.rejected ? 0 : mainWording ? 1 : 0;
    const speaker = input.rejected || input.speakerId === null ? 0 : mainSpeaker ? 1 : 0;
    this.grow.run(newArticle ? 1 : 0, input.seen, input.id, input.seen, input.seen, words, speaker, cluster);
    if (!input.rejected) {
      // The words or the speaker of a variant: counted apart (see CLUSTER_MAIN_WORDING).
      if (!mainWording) this.countWording?.run(cluster, input.kind, input.text);
      if (!mainSpeaker && input.speakerId !== null) this.countSpeaker?.run(cluster, input.speakerId);
    }
    return cluster;
  }
}

const clusterers = new WeakMap<Database.Database, Clusterer>();

/** The connection's clusterer (its statements compiled once). */
export function clustererFor(db: Database.Database): Clusterer {
  let c = clusterers.get(db);
  if (!c) clusterers.set(db, (c = new Clusterer(db)));
  return c;
}

/**
 * Clusters every stored record, earliest article first (article date, then ingest time), as
 * ingest would have: the migration that adds clusters to a database already full.
 */
export function backfillClusters(db: Database.Database): void {
  db.exec(CLUSTER_TABLES);
  // Articles first (a statement being read cannot be written beside on one connection), each
  // article's time read once; then each article's records read and clustered in reading order.
  const articles = db
    .prepare(`SELECT ar.id, ${SEEN_SQL} AS seen FROM articles ar ORDER BY seen, ar.id`)
    .all() as { id: number; seen: string }[];
  const records = db.prepare(
    'SELECT id, kind, text, speaker_id AS speakerId FROM attributions WHERE article_id = ? ORDER BY position',
  );
  // Its wordings are counted by migrations 13 and 14, whose tables and columns do not exist yet.
  const clusterer = new Clusterer(db, false);
  for (const article of articles) {
    clusterer.startArticle(article.id, true);
    for (const r of records.all(article.id) as Omit<ClusterInput, 'articleId' | 'seen'>[]) {
      // Written out: a spread followed by more properties costs V8 (Node 20) a microsecond or more a record.
      clusterer.add({ id: r.id, kind: r.kind, text: r.text, speakerId: r.speakerId, articleId: article.id, seen: article.seen });
    }
  }
}
