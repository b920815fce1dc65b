import type pg from 'pg';
import type { SourceType } from '../../schema/attribution.js';
import { VersionConflictError } from '../errors.js';
import type { ReviewableFields, SpeakerRow } from '../rows.js';
import {
  cleanName,
  notSpeakerReason,
  SpeakerConflictError,
  SpeakerInputError,
  SpeakerLogRow,
  type SpeakerLogAction,
} from '../speaker-admin.js';
import { aliasKey, aliasPersonFields } from '../speaker-identity.js';
import { phoneticCodesOf } from './copy-from-sqlite.js';
import { getAttribution } from './queries.js';
import { SPEAKER_LOCK } from './speaker-resolve.js';
import { getSpeaker } from './speakers.js';
import { inTransaction, type Queryable } from './transaction.js';

// The speaker desk on PostgreSQL (see speaker-admin.ts): merge, rename, another name, move a
// record, "not a speaker". Each one transaction under SPEAKER_LOCK, one speaker_log entry, an
// entry in each moved record's history, and a new speaker generation so every server reads its
// speaker index afresh. Counts and search columns follow through the triggers.

interface LogEntry {
  speakerId: number;
  otherId?: number | null;
  action: SpeakerLogAction;
  detail: SpeakerLogRow['detail'];
}

async function writeLog(q: Queryable, userName: string, entry: LogEntry): Promise<void> {
  await q.query('INSERT INTO speaker_log (speaker_id, other_id, user_name, at, action, detail) VALUES ($1, $2, $3, $4, $5, $6)', [
    entry.speakerId,
    entry.otherId ?? null,
    userName,
    new Date().toISOString(),
    entry.action,
    JSON.stringify(entry.detail),
  ]);
}

/** A speaker's log, newest first: what was done to it, and merges and moves into it. */
export async function speakerLog(q: Queryable, speakerId: number, limit = 50): Promise<SpeakerLogRow[]> {
  const { rows } = await q.query(
    `SELECT id, speaker_id AS "speakerId", other_id AS "otherId", user_name AS "userName", at, action, detail
     FROM speaker_log WHERE speaker_id = $1 OR other_id = $1 ORDER BY id DESC LIMIT $2`,
    [speakerId, limit],
  );
  return rows.map((r) => SpeakerLogRow.parse(r));
}

/** The speaker another written form means exactly (an exact alias, or a speaker stored under that key), or null. */
export async function speakerByExactName(q: Queryable, name: string): Promise<number | null> {
  const key = aliasKey(name);
  const { rows } = await q.query<{ id: number }>(
    '(SELECT speaker_id AS id FROM speaker_aliases WHERE key = $1 AND exact = 1) UNION ALL (SELECT id FROM speakers WHERE key = $1) LIMIT 1',
    [key],
  );
  return rows[0]?.id ?? null;
}

/** A speaker and how many records (not rejected) name it. */
export async function speakerWithCount(q: Queryable, id: number): Promise<SpeakerRow & { attributions: number }> {
  const speaker = await getSpeaker(q, id);
  const { rows } = await q.query<{ n: number }>('SELECT attribution_count AS n FROM speakers WHERE id = $1', [id]);
  return { ...speaker, attributions: rows[0]!.n };
}

interface MovedRecord {
  id: number;
  before: ReviewableFields;
}

/** The records matching `where` (every status) with their reviewable fields before the move. */
async function recordsOf(q: Queryable, where: string, param: number): Promise<MovedRecord[]> {
  const { rows } = await q.query<Omit<ReviewableFields, 'text'> & { id: number }>(
    `SELECT a.id, s.name AS speaker, a.kind, a.source_type AS "sourceType", a.channel_type AS "channelType",
       a.channel_platform AS "channelPlatform", a.reported_by AS "reportedBy", a.reported_by_type AS "reportedByType", a.status, a.note
     FROM attributions a LEFT JOIN speakers s ON s.id = a.speaker_id WHERE ${where} ORDER BY a.id`,
    [param],
  );
  return rows.map(({ id, ...before }) => ({ id, before }));
}

/** The moved records' history: who changed their speaker from what to what. */
async function afterMove(q: Queryable, moved: readonly MovedRecord[], userName: string, note: string | null): Promise<void> {
  const now = new Date().toISOString();
  for (const r of moved) {
    const { rows } = await q.query<{ speaker: string | null; status: ReviewableFields['status'] }>(
      'SELECT s.name AS speaker, a.status FROM attributions a LEFT JOIN speakers s ON s.id = a.speaker_id WHERE a.id = $1',
      [r.id],
    );
    const current = rows[0]!;
    const after: ReviewableFields = { ...r.before, speaker: current.speaker, status: current.status };
    await q.query(`INSERT INTO reviews (attribution_id, user_name, at, action, note, before, after) VALUES ($1, $2, $3, 'speaker', $4, $5, $6)`, [
      r.id,
      userName,
      now,
      note,
      JSON.stringify(r.before),
      JSON.stringify(after),
    ]);
  }
}

/** Every server reads its speaker index afresh (a new speaker generation). */
async function reshaped(q: Queryable): Promise<void> {
  await q.query(
    `INSERT INTO settings (key, value) VALUES ('speaker_generation', '1')
     ON CONFLICT (key) DO UPDATE SET value = (settings.value::integer + 1)::text`,
  );
}

/** Records a written form for a speaker: a form it had already stays, but becomes exact when asked. */
async function putAlias(q: Queryable, speakerId: number, name: string, type: SourceType, exact: boolean): Promise<void> {
  const { personKey, surname } = aliasPersonFields(name, type);
  await q.query(
    `INSERT INTO speaker_aliases (speaker_id, name, key, person_key, surname, exact, phonetic) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (speaker_id, key) DO UPDATE SET exact = GREATEST(speaker_aliases.exact, excluded.exact)`,
    [speakerId, name, aliasKey(name), personKey, surname, exact ? 1 : 0, phoneticCodesOf(name)],
  );
}

/** One unit of speaker work: a transaction holding SPEAKER_LOCK. */
function speakerWork<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SPEAKER_LOCK]);
    return work(client);
  });
}

/** Merges speaker `fromId` into `intoId`: every record moves, every written form of the first becomes the second's, the first goes. */
export function mergeSpeakers(pool: pg.Pool, fromId: number, intoId: number, userName: string): Promise<{ records: number }> {
  return speakerWork(pool, async (client) => {
    if (fromId === intoId) throw new SpeakerConflictError('a speaker cannot be merged into itself; choose another speaker');
    const from = await getSpeaker(client, fromId);
    const into = await getSpeaker(client, intoId);
    const forms = (await client.query<{ name: string; exact: number }>('SELECT name, exact FROM speaker_aliases WHERE speaker_id = $1 ORDER BY id', [fromId])).rows;
    const moved = await recordsOf(client, 'a.speaker_id = $1', fromId);
    await client.query('UPDATE attributions SET speaker_id = $1, version = version + 1 WHERE speaker_id = $2', [intoId, fromId]);
    // The old forms go first: an exact form is unique across speakers, so it cannot be on both at once.
    await client.query('DELETE FROM speaker_aliases WHERE speaker_id = $1', [fromId]);
    await client.query('DELETE FROM speakers WHERE id = $1', [fromId]);
    await putAlias(client, intoId, from.name, from.type, true);
    for (const form of forms) await putAlias(client, intoId, form.name, from.type, form.exact === 1);
    await afterMove(client, moved, userName, `merged “${from.name}” into “${into.name}”`);
    await writeLog(client, userName, { speakerId: intoId, otherId: fromId, action: 'merge', detail: { from: from.name, to: into.name, records: moved.length } });
    await reshaped(client);
    return { records: moved.length };
  });
}

/** Renames a speaker; the old name stays one of its written forms; another speaker's name is refused. */
export function renameSpeaker(pool: pg.Pool, id: number, name: string, userName: string): Promise<SpeakerRow> {
  return speakerWork(pool, async (client) => {
    const speaker = await getSpeaker(client, id);
    const clean = cleanName(name);
    if (clean === speaker.name) throw new SpeakerInputError(`the speaker is already called “${clean}”`);
    const owner = await speakerByExactName(client, clean);
    if (owner !== null && owner !== id) {
      const other = await getSpeaker(client, owner);
      throw new SpeakerConflictError(`“${other.name}” is another speaker’s name; if they are one person, use merge instead`);
    }
    await putAlias(client, id, speaker.name, speaker.type, true);
    await client.query('UPDATE speakers SET name = $1, key = $2 WHERE id = $3', [clean, aliasKey(clean), id]);
    await putAlias(client, id, clean, speaker.type, true);
    await writeLog(client, userName, { speakerId: id, action: 'rename', detail: { from: speaker.name, to: clean } });
    await reshaped(client);
    return getSpeaker(client, id);
  });
}

/** Adds another name a speaker goes by; it means this speaker wherever it is written. */
export function addAlias(pool: pg.Pool, id: number, name: string, userName: string): Promise<void> {
  return speakerWork(pool, async (client) => {
    const speaker = await getSpeaker(client, id);
    const clean = cleanName(name);
    const owner = await speakerByExactName(client, clean);
    if (owner === id) throw new SpeakerInputError(`“${clean}” is already a name of ${speaker.name}`);
    if (owner !== null) {
      const other = await getSpeaker(client, owner);
      throw new SpeakerConflictError(`“${clean}” is a name of another speaker, ${other.name}; if they are one person, use merge instead`);
    }
    await putAlias(client, id, clean, speaker.type, true);
    await writeLog(client, userName, { speakerId: id, action: 'alias', detail: { name: clean } });
    await reshaped(client);
  });
}

/** Moves one record to another speaker: the one with exactly this name, or a new one. */
export function splitRecord(pool: pg.Pool, attributionId: number, newName: string, userName: string, version?: number): Promise<{ speakerId: number; created: boolean }> {
  return speakerWork(pool, async (client) => {
    const row = await getAttribution(client, attributionId, true);
    if (version !== undefined && row.version !== version) {
      throw new VersionConflictError(
        `record ${attributionId} was changed by someone else after your page was loaded; reload it to see the change, then try again`,
        row.version,
      );
    }
    const clean = cleanName(newName);
    const existing = await speakerByExactName(client, clean);
    if (existing !== null && existing === row.speakerId) throw new SpeakerInputError(`the record is already ${clean}’s`);
    const type = row.sourceType ?? (row.speakerId !== null ? (await getSpeaker(client, row.speakerId)).type : 'person');
    let target = existing;
    if (target === null) {
      const made = await client.query<{ id: number }>('INSERT INTO speakers (name, key, type) VALUES ($1, $2, $3) RETURNING id', [clean, aliasKey(clean), type]);
      target = made.rows[0]!.id;
      await putAlias(client, target, clean, type, true);
    }
    const moved = await recordsOf(client, 'a.id = $1', attributionId);
    // A person decided who said it: corrected, like a speaker correction on the review form.
    await client.query(
      `UPDATE attributions SET speaker_id = $1, version = version + 1,
         status = CASE WHEN status = 'rejected' THEN status ELSE 'corrected' END WHERE id = $2`,
      [target, attributionId],
    );
    await afterMove(client, moved, userName, null);
    const text = row.text.length > 120 ? `${row.text.slice(0, 119)}…` : row.text;
    const detail = { from: row.speakerName ?? undefined, to: (await getSpeaker(client, target)).name, records: 1, text };
    await writeLog(client, userName, { speakerId: target, otherId: row.speakerId, action: 'split', detail });
    await reshaped(client);
    return { speakerId: target, created: existing === null };
  });
}

/** Says a "speaker" is nobody: its records become unknown-speaker records back in the queue; the speaker goes. */
export function markNotSpeaker(pool: pg.Pool, id: number, userName: string): Promise<{ records: number }> {
  return speakerWork(pool, async (client) => {
    const speaker = await getSpeaker(client, id);
    const moved = await recordsOf(client, 'a.speaker_id = $1', id);
    await client.query(
      `UPDATE attributions SET speaker_id = NULL, doubt_code = 'unresolved-speaker', doubt_reason = $1, version = version + 1,
         status = CASE WHEN status = 'rejected' THEN status ELSE 'unreviewed' END
       WHERE speaker_id = $2`,
      [notSpeakerReason(speaker.name), id],
    );
    await client.query('DELETE FROM speakers WHERE id = $1', [id]);
    await afterMove(client, moved, userName, null);
    await writeLog(client, userName, { speakerId: id, action: 'not-speaker', detail: { name: speaker.name, records: moved.length } });
    await reshaped(client);
    return { records: moved.length };
  });
}
