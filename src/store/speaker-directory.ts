import type Database from 'better-sqlite3';
import type { SourceType } from '../schema/attribution.js';
import { aliasKey, aliasPersonFields, resolveSpeaker, type AliasEntry, type SpeakerDirectory } from './speaker-identity.js';

/**
 * The stored speakers and their written forms (`speakers`, `speaker_aliases`) as the identity
 * resolver asks about them, and the two writes that follow from its answer. Used by the store on
 * every ingest and correction, and by the migration that merged the speakers stored before.
 * `prepare` may hand out cached statements: each read sets the row mode it needs.
 */
export class SqlSpeakerDirectory implements SpeakerDirectory {
  constructor(private readonly prepare: (sql: string) => Database.Statement) {}

  byKey(key: string): number | null {
    const id = this.prepare('SELECT speaker_id FROM speaker_aliases WHERE key = ? AND exact = 1').pluck().get(key);
    return typeof id === 'number' ? id : null;
  }

  byPersonKeys(keys: readonly string[]): AliasEntry[] {
    return this.prepare(
      'SELECT speaker_id AS speakerId, name FROM speaker_aliases WHERE person_key IN (SELECT value FROM json_each(?))',
    )
      .pluck(false)
      .all(JSON.stringify(keys)) as AliasEntry[];
  }

  bySurname(surname: string): AliasEntry[] {
    return this.prepare('SELECT speaker_id AS speakerId, name FROM speaker_aliases WHERE surname = ?')
      .pluck(false)
      .all(surname) as AliasEntry[];
  }

  fullNamesOf(speakerId: number): string[] {
    return this.prepare('SELECT name FROM speaker_aliases WHERE speaker_id = ? AND person_key IS NOT NULL')
      .pluck()
      .all(speakerId) as string[];
  }

  /**
   * Records a written form of a speaker. A form already recorded for the speaker is left as it
   * is; an exact form another speaker already owns is kept as a non-exact one.
   */
  addAlias(speakerId: number, name: string, type: SourceType, exact: boolean, key = aliasKey(name)): void {
    const { personKey, surname } = aliasPersonFields(name, type);
    const owner = exact ? this.byKey(key) : null;
    this.prepare(
      `INSERT INTO speaker_aliases (speaker_id, name, key, person_key, surname, exact) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    ).run(speakerId, name.trim(), key, personKey, surname, exact && (owner === null || owner === speakerId) ? 1 : 0);
  }

  /** Stores a new speaker under `name` with that name as its first exact form; its id. */
  create(name: string, type: SourceType, key = aliasKey(name)): number {
    const info = this.prepare('INSERT INTO speakers (name, key, type) VALUES (?, ?, ?)').run(name.trim(), key, type);
    const id = Number(info.lastInsertRowid);
    this.addAlias(id, name, type, true, key);
    return id;
  }

  /**
   * The speaker id for a name as the pipeline or a reviewer gave it (see resolveSpeaker), the
   * speaker and its written forms stored as needed; null for a pronoun. Call inside a transaction.
   */
  speakerIdFor(name: string, type: SourceType, articleNames: readonly string[] = [], articleId?: number): number | null {
    const resolution = resolveSpeaker(name, type, articleNames, this, articleId);
    if (resolution === null) return null;
    if ('id' in resolution) {
      // Most names are a form seen before: nothing to record (one lookup per name, as ever).
      if (!resolution.seen) this.addAlias(resolution.id, name, type, resolution.exact);
      return resolution.id;
    }
    const key = resolution.key ?? aliasKey(resolution.create);
    const existing = this.byKey(key);
    const id = existing ?? this.create(resolution.create, type, key);
    // A bare surname joined to its article's full name is shown with it, never looked up by key.
    if (resolution.key === undefined && aliasKey(resolution.create) !== aliasKey(name)) this.addAlias(id, name, type, false);
    return id;
  }
}
