import { z } from 'zod';
import type { SourceType } from '../schema/attribution.js';
import { VersionConflictError } from './errors.js';
import type { ReviewableFields, SpeakerRow } from './rows.js';
import { SqlSpeakerDirectory } from './speaker-directory.js';
import { aliasKey, aliasPersonFields } from './speaker-identity.js';
import type { Store } from './store.js';

/**
 * What a reviewer does to speakers as a whole: merge two, rename one, add a name, move one
 * record to another speaker, or say a "speaker" is nobody. Each runs in one transaction, moves
 * the records' search rows with them, writes one speaker_log entry and, for every record whose
 * speaker changed, an entry in the record's own history (reviews, action `speaker`). The
 * per-speaker counts follow through the triggers of migrations 2 and 6.
 */

/** A name another speaker already has, or a merge into itself: the reviewer must choose again (HTTP 409). */
export class SpeakerConflictError extends Error {
  override readonly name = 'SpeakerConflictError';
}

/** A name that cannot be a speaker's (empty, a form this speaker already has) (HTTP 400). */
export class SpeakerInputError extends Error {
  override readonly name = 'SpeakerInputError';
}

export type SpeakerLogAction = 'merge' | 'rename' | 'alias' | 'split' | 'not-speaker';

/** One entry of a speaker's log, with what the sentence about it needs. */
export const SpeakerLogRow = z.object({
  id: z.number().int().positive(),
  speakerId: z.number().int().positive(),
  otherId: z.number().int().positive().nullable(),
  userName: z.string(),
  at: z.string(),
  action: z.enum(['merge', 'rename', 'alias', 'split', 'not-speaker']),
  detail: z.string().transform((s) =>
    z
      .object({
        from: z.string().optional(),
        to: z.string().optional(),
        name: z.string().optional(),
        records: z.number().int().nonnegative().optional(),
        text: z.string().optional(),
      })
      .parse(JSON.parse(s)),
  ),
});
export type SpeakerLogRow = z.infer<typeof SpeakerLogRow>;

interface LogEntry {
  speakerId: number;
  otherId?: number | null;
  action: SpeakerLogAction;
  detail: SpeakerLogRow['detail'];
}

function writeLog(store: Store, userName: string, entry: LogEntry): void {
  store.db
    .prepare('INSERT INTO speaker_log (speaker_id, other_id, user_name, at, action, detail) VALUES (?, ?, ?, ?, ?, ?)')
    .run(entry.speakerId, entry.otherId ?? null, userName, new Date().toISOString(), entry.action, JSON.stringify(entry.detail));
}

/** A speaker's log, newest first: what was done to it, and merges and moves into it. */
export function speakerLog(store: Store, speakerId: number, limit = 50): SpeakerLogRow[] {
  return store.db
    .prepare(
      `SELECT id, speaker_id AS speakerId, other_id AS otherId, user_name AS userName, at, action, detail
       FROM speaker_log WHERE speaker_id = @id OR other_id = @id ORDER BY id DESC LIMIT @limit`,
    )
    .all({ id: speakerId, limit })
    .map((r) => SpeakerLogRow.parse(r));
}

/** A name as a reviewer typed it, trimmed; refused when nothing is left or it is too long. */
export function cleanName(name: string): string {
  const trimmed = name.trim().replace(/\s+/gu, ' ');
  if (!trimmed) throw new SpeakerInputError('type a name');
  if (trimmed.length > 200) throw new SpeakerInputError('a name is at most 200 characters');
  return trimmed;
}

/** The speaker another written form means exactly (an exact alias, or a speaker stored under that key), or null. */
export function speakerByExactName(store: Store, name: string): number | null {
  const key = aliasKey(name);
  const id = store.db
    .prepare(
      `SELECT speaker_id FROM speaker_aliases WHERE key = ? AND exact = 1
       UNION ALL SELECT id FROM speakers WHERE key = ? LIMIT 1`,
    )
    .pluck()
    .get(key, key);
  return typeof id === 'number' ? id : null;
}

interface MovedRecord {
  id: number;
  sortKey: number;
  text: string;
  title: string | null;
  before: ReviewableFields;
}

/** The records of a speaker (every status) with what their history and search rows need. */
function recordsOf(store: Store, where: string, ...params: unknown[]): MovedRecord[] {
  const rows = store.db
    .prepare(
      `SELECT a.id, a.sort_key AS sortKey, a.text, ar.title, s.name AS speaker, a.kind, a.source_type AS sourceType,
         a.channel_type AS channelType, a.channel_platform AS channelPlatform, a.reported_by AS reportedBy,
         a.reported_by_type AS reportedByType, a.status, a.note
       FROM attributions a JOIN articles ar ON ar.id = a.article_id LEFT JOIN speakers s ON s.id = a.speaker_id
       WHERE ${where} ORDER BY a.id`,
    )
    .all(...params) as (Omit<ReviewableFields, 'text'> & { id: number; sortKey: number; text: string; title: string | null })[];
  return rows.map(({ id, sortKey, text, title, ...before }) => ({ id, sortKey, text, title, before }));
}

/**
 * After records changed speaker: their search rows carry the new name (FTS5 has no UPDATE of a
 * contentless row), and their history says who changed it from what to what.
 */
function afterMove(store: Store, moved: readonly MovedRecord[], userName: string, note: string | null): void {
  const now = new Date().toISOString();
  const read = store.db.prepare(
    `SELECT s.name AS speaker, a.status FROM attributions a LEFT JOIN speakers s ON s.id = a.speaker_id WHERE a.id = ?`,
  );
  const remove = store.db.prepare('DELETE FROM attribution_search WHERE rowid = ?');
  const insert = store.db.prepare('INSERT INTO attribution_search (rowid, text, speaker, title) VALUES (?, ?, ?, ?)');
  const audit = store.db.prepare(
    `INSERT INTO reviews (attribution_id, user_name, at, action, note, before, after) VALUES (?, ?, ?, 'speaker', ?, ?, ?)`,
  );
  for (const r of moved) {
    const current = read.get(r.id) as { speaker: string | null; status: ReviewableFields['status'] };
    remove.run(r.sortKey);
    insert.run(r.sortKey, r.text, current.speaker ?? '', r.title ?? '');
    const after: ReviewableFields = { ...r.before, speaker: current.speaker, status: current.status };
    audit.run(r.id, userName, now, note, JSON.stringify(r.before), JSON.stringify(after));
  }
}

/** The speakers' index is read afresh here and, through a new generation, by other connections. */
function reshaped(store: Store): void {
  store.db
    .prepare(
      `INSERT INTO settings (key, value) VALUES ('speaker_generation', '1')
       ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`,
    )
    .run();
  store.speakersReshaped();
}

function countOf(store: Store, id: number): number {
  return store.db.prepare('SELECT attribution_count FROM speakers WHERE id = ?').pluck().get(id) as number;
}

/** A speaker and how many records (not rejected) name it: what a confirmation step shows. */
export function speakerWithCount(store: Store, id: number): SpeakerRow & { attributions: number } {
  const speaker = store.getSpeaker(id);
  return { ...speaker, attributions: countOf(store, id) };
}

/** Every written form of a speaker, with its flags, to move or copy them. */
function aliasesOf(store: Store, id: number): { name: string; exact: number }[] {
  return store.db.prepare('SELECT name, exact FROM speaker_aliases WHERE speaker_id = ? ORDER BY id').all(id) as { name: string; exact: number }[];
}

/**
 * Records a written form for a speaker: a form it had already stays, but becomes exact when
 * asked (a name the reviewer gave means this speaker wherever it is written).
 */
function putAlias(store: Store, speakerId: number, name: string, type: SourceType, exact: boolean): void {
  const key = aliasKey(name);
  const { personKey, surname } = aliasPersonFields(name, type);
  store.db
    .prepare(
      `INSERT INTO speaker_aliases (speaker_id, name, key, person_key, surname, exact) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (speaker_id, key) DO UPDATE SET exact = max(exact, excluded.exact)`,
    )
    .run(speakerId, name, key, personKey, surname, exact ? 1 : 0);
}

/**
 * Merges speaker `fromId` into `intoId`: every record moves, every written form of the first
 * (its name too) becomes a form of the second, the first speaker goes. "Ric Grenell" merged into
 * "Richard Grenell": the filter `speaker=Ric Grenell` then shows Richard Grenell's records.
 */
export function mergeSpeakers(store: Store, fromId: number, intoId: number, userName: string): { records: number } {
  const run = store.db.transaction(() => {
    if (fromId === intoId) throw new SpeakerConflictError('a speaker cannot be merged into itself; choose another speaker');
    const from = store.getSpeaker(fromId);
    const into = store.getSpeaker(intoId);
    const forms = aliasesOf(store, fromId);
    const moved = recordsOf(store, 'a.speaker_id = ?', fromId);
    store.db.prepare('UPDATE attributions SET speaker_id = ?, version = version + 1 WHERE speaker_id = ?').run(intoId, fromId);
    // The old forms go first: an exact form is unique across speakers, so it cannot be on both at once.
    store.db.prepare('DELETE FROM speaker_aliases WHERE speaker_id = ?').run(fromId);
    store.db.prepare('DELETE FROM speakers WHERE id = ?').run(fromId);
    putAlias(store, intoId, from.name, from.type, true);
    for (const form of forms) putAlias(store, intoId, form.name, from.type, form.exact === 1);
    afterMove(store, moved, userName, `merged “${from.name}” into “${into.name}”`);
    writeLog(store, userName, { speakerId: intoId, otherId: fromId, action: 'merge', detail: { from: from.name, to: into.name, records: moved.length } });
    reshaped(store);
    return { records: moved.length };
  });
  return run.immediate();
}

/**
 * Renames a speaker; the old name stays one of its written forms. A name another speaker has
 * is refused (SpeakerConflictError): two speakers with one name are one person, a merge.
 */
export function renameSpeaker(store: Store, id: number, name: string, userName: string): SpeakerRow {
  const run = store.db.transaction(() => {
    const speaker = store.getSpeaker(id);
    const clean = cleanName(name);
    if (clean === speaker.name) throw new SpeakerInputError(`the speaker is already called “${clean}”`);
    const owner = speakerByExactName(store, clean);
    if (owner !== null && owner !== id) {
      const other = store.getSpeaker(owner);
      throw new SpeakerConflictError(`“${other.name}” is another speaker’s name; if they are one person, use merge instead`);
    }
    putAlias(store, id, speaker.name, speaker.type, true);
    store.db.prepare('UPDATE speakers SET name = ?, key = ? WHERE id = ?').run(clean, aliasKey(clean), id);
    putAlias(store, id, clean, speaker.type, true);
    // Same records, new name in their search rows; their history is unchanged (the speaker is the same).
    const rows = recordsOf(store, 'a.speaker_id = ?', id);
    const remove = store.db.prepare('DELETE FROM attribution_search WHERE rowid = ?');
    const insert = store.db.prepare('INSERT INTO attribution_search (rowid, text, speaker, title) VALUES (?, ?, ?, ?)');
    for (const r of rows) {
      remove.run(r.sortKey);
      insert.run(r.sortKey, r.text, clean, r.title ?? '');
    }
    writeLog(store, userName, { speakerId: id, action: 'rename', detail: { from: speaker.name, to: clean } });
    reshaped(store);
    return store.getSpeaker(id);
  });
  return run.immediate();
}

/** Adds another name a speaker goes by ("Ric Grenell" for Richard Grenell); it means this speaker wherever it is written. */
export function addAlias(store: Store, id: number, name: string, userName: string): void {
  const run = store.db.transaction(() => {
    const speaker = store.getSpeaker(id);
    const clean = cleanName(name);
    const owner = speakerByExactName(store, clean);
    if (owner === id) throw new SpeakerInputError(`“${clean}” is already a name of ${speaker.name}`);
    if (owner !== null) {
      const other = store.getSpeaker(owner);
      throw new SpeakerConflictError(`“${clean}” is a name of another speaker, ${other.name}; if they are one person, use merge instead`);
    }
    putAlias(store, id, clean, speaker.type, true);
    writeLog(store, userName, { speakerId: id, action: 'alias', detail: { name: clean } });
    reshaped(store);
  });
  run.immediate();
}

/**
 * Moves one record to another speaker: the one with exactly this name, or a new one (a record
 * wrongly merged into someone else's). `version` is the record as the reviewer's page showed it.
 */
export function splitRecord(
  store: Store,
  attributionId: number,
  newName: string,
  userName: string,
  version?: number,
): { speakerId: number; created: boolean } {
  const run = store.db.transaction(() => {
    const row = store.getAttribution(attributionId);
    if (version !== undefined && row.version !== version) {
      throw new VersionConflictError(
        `record ${attributionId} was changed by someone else after your page was loaded; reload it to see the change, then try again`,
        row.version,
      );
    }
    const clean = cleanName(newName);
    const existing = speakerByExactName(store, clean);
    if (existing !== null && existing === row.speakerId) throw new SpeakerInputError(`the record is already ${clean}’s`);
    const type = row.sourceType ?? (row.speakerId !== null ? store.getSpeaker(row.speakerId).type : 'person');
    const target = existing ?? new SqlSpeakerDirectory((sql) => store.db.prepare(sql)).create(clean, type);
    const moved = recordsOf(store, 'a.id = ?', attributionId);
    // A person decided who said it: corrected, like a speaker correction on the review form.
    store.db
      .prepare(
        `UPDATE attributions SET speaker_id = ?, version = version + 1,
           status = CASE WHEN status = 'rejected' THEN status ELSE 'corrected' END WHERE id = ?`,
      )
      .run(target, attributionId);
    afterMove(store, moved, userName, null);
    const text = row.text.length > 120 ? `${row.text.slice(0, 119)}…` : row.text;
    const detail = { from: row.speakerName ?? undefined, to: store.getSpeaker(target).name, records: 1, text };
    writeLog(store, userName, { speakerId: target, otherId: row.speakerId, action: 'split', detail });
    reshaped(store);
    return { speakerId: target, created: existing === null };
  });
  return run.immediate();
}

/** The reason an unknown-speaker record shows after "not a speaker". */
export function notSpeakerReason(name: string): string {
  return `A reviewer marked “${name}” as not a speaker`;
}

/**
 * Says a "speaker" is nobody ("Reuters Graphics", "Getty Images"): its records become
 * unknown-speaker records (the words the article used kept, doubt `unresolved-speaker` with the
 * reason in words) and go back to the review queue (rejected ones stay rejected); the speaker
 * and its written forms go.
 */
export function markNotSpeaker(store: Store, id: number, userName: string): { records: number } {
  const run = store.db.transaction(() => {
    const speaker = store.getSpeaker(id);
    const moved = recordsOf(store, 'a.speaker_id = ?', id);
    store.db
      .prepare(
        `UPDATE attributions SET speaker_id = NULL, doubt_code = 'unresolved-speaker', doubt_reason = ?, version = version + 1,
           status = CASE WHEN status = 'rejected' THEN status ELSE 'unreviewed' END
         WHERE speaker_id = ?`,
      )
      .run(notSpeakerReason(speaker.name), id);
    store.db.prepare('DELETE FROM speakers WHERE id = ?').run(id);
    afterMove(store, moved, userName, null);
    writeLog(store, userName, { speakerId: id, action: 'not-speaker', detail: { name: speaker.name, records: moved.length } });
    reshaped(store);
    return { records: moved.length };
  });
  return run.immediate();
}
