import type Database from 'better-sqlite3';
import { SourceType } from '../schema/attribution.js';
import { SqlSpeakerDirectory } from './speaker-directory.js';
import { isPronounName, parsePersonName, resolveSpeaker } from './speaker-identity.js';

/**
 * Every written form of a speaker: "Donald Trump", "Donald J. Trump" and "President Trump" for
 * one person. `exact` forms mean their speaker wherever they are written again (a full name, a
 * group's name); the others (a surname joined through its article) are only shown.
 */
const ALIASES_SQL = `
  CREATE TABLE speaker_aliases (
    id         INTEGER PRIMARY KEY,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,      -- as written: "Donald J. Trump"
    key        TEXT NOT NULL,      -- speakerKey(name): "donald j trump"
    -- a person's full name: given name and surname ("donald trump") and the surname, for finding
    -- the same person under another form; null for a surname alone, a group or a body
    person_key TEXT,
    surname    TEXT,
    exact      INTEGER NOT NULL,   -- 1: this form means this speaker wherever it is written
    UNIQUE (speaker_id, key)
  );
  CREATE UNIQUE INDEX speaker_aliases_exact ON speaker_aliases (key) WHERE exact = 1;
  CREATE INDEX speaker_aliases_person ON speaker_aliases (person_key) WHERE person_key IS NOT NULL;
  CREATE INDEX speaker_aliases_surname ON speaker_aliases (surname) WHERE surname IS NOT NULL;
`;

interface StoredSpeaker {
  id: number;
  name: string;
  type: SourceType;
}

/**
 * Brings the speakers stored before identities to one speaker per person, by the rules new
 * names follow (resolveSpeaker), with what the whole database tells:
 * 1. speakers named by a pronoun ("he", "they") become unknown speakers: their attributions keep
 *    the mention and lose the speaker (and its name in the search row), the speaker row goes;
 * 2. full names and every other name, first stored first, join the person they are the same
 *    person as ("Donald J. Trump" into "Donald Trump"); the attributions move, the row goes;
 * 3. a surname alone ("Trump", "President Trump") joins, article by article, the one full name
 *    with that surname its article gives; a titled surname left over joins the one stored person
 *    with that surname, if exactly one; a surname speaker left with no attributions goes.
 * The per-speaker counts follow through the triggers of migration 2.
 */
export function unifySpeakers(db: Database.Database): void {
  db.exec(ALIASES_SQL);
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const dir = new SqlSpeakerDirectory(prepare);
  const speakers = (db.prepare('SELECT id, name, type FROM speakers ORDER BY id').all() as { id: number; name: string; type: string }[]).map(
    (r): StoredSpeaker => ({ ...r, type: SourceType.safeParse(r.type).data ?? 'organization' }),
  );
  const move = (to: number | null, from: number) => prepare('UPDATE attributions SET speaker_id = ? WHERE speaker_id = ?').run(to, from);
  const drop = (id: number) => prepare('DELETE FROM speakers WHERE id = ?').run(id);

  const surnames: StoredSpeaker[] = [];
  for (const s of speakers) {
    if (isPronounName(s.name)) {
      forgetSpeakerInSearch(db, s.id);
      move(null, s.id);
      drop(s.id);
      continue;
    }
    const person = s.type === 'person' ? parsePersonName(s.name) : null;
    if (person !== null && person.given === null) {
      surnames.push(s);
      continue;
    }
    const to = person === null ? null : resolveSpeaker(s.name, 'person', [], dir);
    if (to && 'id' in to && to.id !== s.id) {
      move(to.id, s.id);
      dir.addAlias(to.id, s.name, s.type, true);
      drop(s.id);
    } else {
      dir.addAlias(s.id, s.name, s.type, true);
    }
  }

  for (const s of surnames) {
    const articles = prepare('SELECT DISTINCT article_id FROM attributions WHERE speaker_id = ?').pluck().all(s.id) as number[];
    for (const articleId of articles) {
      const names = prepare(
        `SELECT DISTINCT sp.name FROM attributions a JOIN speakers sp ON sp.id = a.speaker_id
         WHERE a.article_id = ? AND sp.type = 'person' AND sp.id <> ?`,
      )
        .pluck()
        .all(articleId, s.id) as string[];
      const to = resolveSpeaker(s.name, 'person', names, dir);
      if (to && 'id' in to && to.id !== s.id) {
        prepare('UPDATE attributions SET speaker_id = ? WHERE speaker_id = ? AND article_id = ?').run(to.id, s.id, articleId);
        dir.addAlias(to.id, s.name, s.type, false);
      }
    }
    const left = prepare('SELECT count(*) FROM attributions WHERE speaker_id = ?').pluck().get(s.id) as number;
    if (left === 0) drop(s.id);
    else dir.addAlias(s.id, s.name, s.type, true);
  }
}

/** The search rows of a speaker's attributions, re-written with no speaker name (FTS5 has no UPDATE of a contentless row). */
function forgetSpeakerInSearch(db: Database.Database, speakerId: number): void {
  const rows = db
    .prepare(
      `SELECT a.sort_key AS sortKey, a.text, ar.title FROM attributions a JOIN articles ar ON ar.id = a.article_id
       WHERE a.speaker_id = ?`,
    )
    .all(speakerId) as { sortKey: number; text: string; title: string | null }[];
  const remove = db.prepare('DELETE FROM attribution_search WHERE rowid = ?');
  const insert = db.prepare("INSERT INTO attribution_search (rowid, text, speaker, title) VALUES (?, ?, '', ?)");
  for (const r of rows) {
    remove.run(r.sortKey);
    insert.run(r.sortKey, r.text, r.title ?? '');
  }
}
