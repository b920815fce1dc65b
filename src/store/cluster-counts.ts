/**
 * The counts each cluster keeps for its page's flags: how many members not rejected carry each
 * distinct wording and each known speaker (migrations 13 and 14). Clusterer.join counts a member
 * joining; triggers count every other event.
 */
import type Database from 'better-sqlite3';

/**
 * What a cluster page's flags need, kept per cluster (migration 13): its distinct wordings and
 * its known speakers, each with how many members not rejected carry it. Reading them off every
 * member's record cost a cluster of 1,352 appearances 1.5 ms a page; a few wordings and the
 * speakers' counts are a few rows. A member joining is counted by Clusterer.join, which has its
 * words at hand (a trigger reading them back cost ingest 7% of its speed); every other event is
 * counted by a trigger: a member leaves, a record is rejected or brought back, re-read (its words
 * or kind changed), given to another speaker, or deleted (before it goes: its member row leaves
 * after it).
 */
const ADD_WORDING = (cluster: string, kind: string, text: string): string => `
    INSERT INTO cluster_wordings (cluster_id, kind, text, count) SELECT ${cluster}, ${kind}, ${text}, 1
    WHERE ${cluster} IS NOT NULL AND ${kind} IS NOT NULL AND ${text} IS NOT NULL
    ON CONFLICT DO UPDATE SET count = count + 1;`;
const DROP_WORDING = (cluster: string, kind: string, text: string): string => `
    UPDATE cluster_wordings SET count = count - 1 WHERE cluster_id = ${cluster} AND kind = ${kind} AND text = ${text};
    DELETE FROM cluster_wordings WHERE cluster_id = ${cluster} AND kind = ${kind} AND text = ${text} AND count <= 0;`;
const ADD_SPEAKER = (cluster: string, speaker: string): string => `
    INSERT INTO cluster_speakers (cluster_id, speaker_id, count) SELECT ${cluster}, ${speaker}, 1 WHERE ${cluster} IS NOT NULL AND ${speaker} IS NOT NULL
    ON CONFLICT DO UPDATE SET count = count + 1;`;
const DROP_SPEAKER = (cluster: string, speaker: string): string => `
    UPDATE cluster_speakers SET count = count - 1 WHERE cluster_id = ${cluster} AND speaker_id = ${speaker};
    DELETE FROM cluster_speakers WHERE cluster_id = ${cluster} AND speaker_id = ${speaker} AND count <= 0;`;
const CLUSTER_OF = (id: string): string => `(SELECT cluster_id FROM cluster_members WHERE attribution_id = ${id})`;
/** The member's record, when it is not rejected (a deleted one is gone already: see attribution_left_cluster). */
const LIVE = (field: string, id: string): string => `(SELECT ${field} FROM attributions WHERE id = ${id} AND status <> 'rejected')`;

/** The SQL that keeps a cluster's counts of wordings and speakers, one function a count. */
interface CountSql {
  addWording(cluster: string, kind: string, text: string): string;
  dropWording(cluster: string, kind: string, text: string): string;
  addSpeaker(cluster: string, speaker: string): string;
  dropSpeaker(cluster: string, speaker: string): string;
}

/**
 * The four triggers that count every event but a member joining (Clusterer.join counts that): a
 * member leaves, a record is deleted, its words or kind change (or it is rejected or brought
 * back), its speaker changes. Migrations 13 and 14 count in different places with the same events.
 */
const countTriggers = (c: CountSql): string => `
  CREATE TRIGGER member_left_cluster AFTER DELETE ON cluster_members
  BEGIN ${c.dropWording('OLD.cluster_id', LIVE('kind', 'OLD.attribution_id'), LIVE('text', 'OLD.attribution_id'))}
    ${c.dropSpeaker('OLD.cluster_id', LIVE('speaker_id', 'OLD.attribution_id'))} END;
  CREATE TRIGGER attribution_left_cluster BEFORE DELETE ON attributions
  WHEN OLD.status <> 'rejected'
  BEGIN ${c.dropWording(CLUSTER_OF('OLD.id'), 'OLD.kind', 'OLD.text')} ${c.dropSpeaker(CLUSTER_OF('OLD.id'), 'OLD.speaker_id')} END;
  CREATE TRIGGER cluster_wording_changed AFTER UPDATE OF status, kind, text ON attributions
  WHEN ((OLD.status = 'rejected') IS NOT (NEW.status = 'rejected') OR OLD.kind IS NOT NEW.kind OR OLD.text IS NOT NEW.text)
    AND EXISTS (SELECT 1 FROM cluster_members WHERE attribution_id = NEW.id)
  BEGIN
    ${c.dropWording(CLUSTER_OF('NEW.id'), "(SELECT OLD.kind WHERE OLD.status <> 'rejected')", 'OLD.text')}
    ${c.addWording(CLUSTER_OF('NEW.id'), "(SELECT NEW.kind WHERE NEW.status <> 'rejected')", 'NEW.text')} END;
  CREATE TRIGGER cluster_speaker_changed AFTER UPDATE OF status, speaker_id ON attributions
  WHEN ((OLD.status = 'rejected') IS NOT (NEW.status = 'rejected') OR OLD.speaker_id IS NOT NEW.speaker_id)
    AND EXISTS (SELECT 1 FROM cluster_members WHERE attribution_id = NEW.id)
  BEGIN
    ${c.dropSpeaker(CLUSTER_OF('NEW.id'), "(SELECT OLD.speaker_id WHERE OLD.status <> 'rejected')")}
    ${c.addSpeaker(CLUSTER_OF('NEW.id'), "(SELECT NEW.speaker_id WHERE NEW.status <> 'rejected')")} END;
`;

/** Migration 13: the tables and their triggers, then filled from the members (clusterWordingsBackfill). */
export const CLUSTER_WORDING_TABLES = `
  CREATE TABLE cluster_wordings (
    cluster_id INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL,
    count      INTEGER NOT NULL,     -- members not rejected with these words
    PRIMARY KEY (cluster_id, kind, text)
  ) WITHOUT ROWID;
  CREATE TABLE cluster_speakers (
    cluster_id INTEGER NOT NULL,
    speaker_id INTEGER NOT NULL,
    count      INTEGER NOT NULL,     -- members not rejected given to this speaker
    PRIMARY KEY (cluster_id, speaker_id)
  ) WITHOUT ROWID;

${countTriggers({ addWording: ADD_WORDING, dropWording: DROP_WORDING, addSpeaker: ADD_SPEAKER, dropSpeaker: DROP_SPEAKER })}`;

/** Migration 13: the wordings and speakers of every cluster, counted from its members in two statements. */
export function clusterWordingsBackfill(db: Database.Database): void {
  db.exec(`${CLUSTER_WORDING_TABLES}
    INSERT INTO cluster_wordings (cluster_id, kind, text, count)
      SELECT m.cluster_id, a.kind, a.text, count(*) FROM cluster_members m JOIN attributions a ON a.id = m.attribution_id
      WHERE a.status <> 'rejected' GROUP BY m.cluster_id, a.kind, a.text;
    INSERT INTO cluster_speakers (cluster_id, speaker_id, count)
      SELECT m.cluster_id, a.speaker_id, count(*) FROM cluster_members m JOIN attributions a ON a.id = m.attribution_id
      WHERE a.status <> 'rejected' AND a.speaker_id IS NOT NULL GROUP BY m.cluster_id, a.speaker_id;`);
}


/**
 * Migration 14: the wording and the speaker most members of a cluster carry (the words every
 * outlet copied, given to the same person) are counted on the cluster's row, which a member
 * joining updates anyway for its size, and cluster_wordings and cluster_speakers keep only the
 * others. A verbatim copy joining its cluster then updates one row, not three (each a random
 * page of its table, written again at every commit), and makes two fewer statements. The main
 * wording and speaker are chosen once, when the cluster is made (its
 * first member's) or by this migration (the most counted), and never change: when no member
 * carries them any more their counts are 0. A wording is never counted both on the row and in
 * cluster_wordings, nor a speaker on the row and in cluster_speakers.
 */
const ADD_WORDING_14 = (cluster: string, kind: string, text: string): string => `
    UPDATE quote_clusters SET main_count = main_count + 1 WHERE id = ${cluster} AND main_kind = ${kind} AND main_text = ${text};
    INSERT INTO cluster_wordings (cluster_id, kind, text, count) SELECT ${cluster}, ${kind}, ${text}, 1
    WHERE ${cluster} IS NOT NULL AND ${kind} IS NOT NULL AND ${text} IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM quote_clusters WHERE id = ${cluster} AND main_kind = ${kind} AND main_text = ${text})
    ON CONFLICT DO UPDATE SET count = count + 1;`;
const DROP_WORDING_14 = (cluster: string, kind: string, text: string): string => `
    UPDATE quote_clusters SET main_count = main_count - 1 WHERE id = ${cluster} AND main_kind = ${kind} AND main_text = ${text};
    ${DROP_WORDING(cluster, kind, text)}`;
const ADD_SPEAKER_14 = (cluster: string, speaker: string): string => `
    UPDATE quote_clusters SET main_speaker_count = main_speaker_count + 1 WHERE id = ${cluster} AND main_speaker = ${speaker};
    INSERT INTO cluster_speakers (cluster_id, speaker_id, count) SELECT ${cluster}, ${speaker}, 1
    WHERE ${cluster} IS NOT NULL AND ${speaker} IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM quote_clusters WHERE id = ${cluster} AND main_speaker = ${speaker})
    ON CONFLICT DO UPDATE SET count = count + 1;`;
const DROP_SPEAKER_14 = (cluster: string, speaker: string): string => `
    UPDATE quote_clusters SET main_speaker_count = main_speaker_count - 1 WHERE id = ${cluster} AND main_speaker = ${speaker};
    ${DROP_SPEAKER(cluster, speaker)}`;

/** Migration 14's columns, the main wording and speaker moved onto each cluster's row, and the triggers of migration 13 made again to count them there. */
export const CLUSTER_MAIN_WORDING = `
  ALTER TABLE quote_clusters ADD COLUMN main_kind TEXT;
  ALTER TABLE quote_clusters ADD COLUMN main_text TEXT;
  ALTER TABLE quote_clusters ADD COLUMN main_count INTEGER NOT NULL DEFAULT 0;     -- members not rejected with these words
  ALTER TABLE quote_clusters ADD COLUMN main_speaker INTEGER;
  ALTER TABLE quote_clusters ADD COLUMN main_speaker_count INTEGER NOT NULL DEFAULT 0;
  UPDATE quote_clusters SET (main_kind, main_text, main_count) =
    (SELECT kind, text, count FROM cluster_wordings w WHERE w.cluster_id = quote_clusters.id ORDER BY count DESC, kind, text LIMIT 1)
  WHERE EXISTS (SELECT 1 FROM cluster_wordings w WHERE w.cluster_id = quote_clusters.id);
  DELETE FROM cluster_wordings AS w
  WHERE EXISTS (SELECT 1 FROM quote_clusters q WHERE q.id = w.cluster_id AND q.main_kind = w.kind AND q.main_text = w.text);
  UPDATE quote_clusters SET (main_speaker, main_speaker_count) =
    (SELECT speaker_id, count FROM cluster_speakers s WHERE s.cluster_id = quote_clusters.id ORDER BY count DESC, speaker_id LIMIT 1)
  WHERE EXISTS (SELECT 1 FROM cluster_speakers s WHERE s.cluster_id = quote_clusters.id);
  DELETE FROM cluster_speakers AS s
  WHERE EXISTS (SELECT 1 FROM quote_clusters q WHERE q.id = s.cluster_id AND q.main_speaker = s.speaker_id);

  DROP TRIGGER member_left_cluster;
  DROP TRIGGER attribution_left_cluster;
  DROP TRIGGER cluster_wording_changed;
  DROP TRIGGER cluster_speaker_changed;
${countTriggers({ addWording: ADD_WORDING_14, dropWording: DROP_WORDING_14, addSpeaker: ADD_SPEAKER_14, dropSpeaker: DROP_SPEAKER_14 })}`;
