import type pg from 'pg';
import type { SourceType } from '../../schema/attribution.js';
import type { BulkResult, Pick } from '../bulk-review.js';
import { NotFoundError, VersionConflictError } from '../errors.js';
import { reviewedFields } from '../review-fields.js';
import { AttributionRow, ReviewRow, reviewableFields } from '../rows.js';
import { checkPart } from '../statements.js';
import type { ReviewInput } from '../store-types.js';
import { getAttribution } from './queries.js';
import { resolveSpeakerIds } from './speaker-resolve.js';
import { articlePeople } from './speakers.js';
import { inTransaction, type Queryable } from './transaction.js';

/** The version-conflict refusal, worded as on SQLite. */
export function staleVersion(id: number, given: number, stored: number): VersionConflictError {
  return new VersionConflictError(
    `record ${id} was changed by someone else after your page was loaded; reload it to see the change, then review again`,
    stored,
  );
}

/**
 * Confirms, corrects or rejects an attribution with its audit entry, in one transaction. The
 * row is locked (FOR UPDATE) before its version is compared, so of two servers saving the same
 * version at once, one saves and the other is refused with VersionConflictError.
 */
export function review(pool: pg.Pool, id: number, input: ReviewInput, userName: string): Promise<AttributionRow> {
  return inTransaction(pool, async (client) => {
    const parts = input.parts ?? [];
    if (parts.length === 0) return reviewIn(client, id, input, userName);
    // The record and its pieces locked in id order: two reviewers of one statement wait for each other, never deadlock.
    const pieces = new Map<number, AttributionRow>();
    for (const rowId of [...new Set([id, ...parts.map((p) => p.id)])].sort((x, y) => x - y)) pieces.set(rowId, await getAttribution(client, rowId, true));
    const before = pieces.get(id) as AttributionRow;
    const saved = await reviewIn(client, id, input, userName);
    await speakerToParts(client, before, saved, parts, pieces, userName);
    return saved;
  });
}

/** Each other piece of the statement gets the speaker `saved` now has (see ../reviews.ts). */
async function speakerToParts(
  client: pg.PoolClient,
  row: AttributionRow,
  saved: AttributionRow,
  parts: NonNullable<ReviewInput['parts']>,
  pieces: ReadonlyMap<number, AttributionRow>,
  userName: string,
): Promise<void> {
  for (const part of parts) checkPart(row, pieces.get(part.id) as AttributionRow);
  if (saved.speakerName === row.speakerName) return;
  for (const part of parts) {
    const piece = pieces.get(part.id) as AttributionRow;
    if (piece.speakerName === saved.speakerName && piece.sourceType === saved.sourceType) {
      if (piece.version !== part.version) throw staleVersion(part.id, part.version, piece.version);
      continue;
    }
    await reviewIn(client, part.id, { action: 'correct', version: part.version, changes: { speaker: saved.speakerName, sourceType: saved.sourceType } }, userName);
  }
}

/** One review inside the caller's transaction (see review). */
export async function reviewIn(client: pg.PoolClient, id: number, input: ReviewInput, userName: string): Promise<AttributionRow> {
  {
    const row = await getAttribution(client, id, true);
    if (row.version !== input.version) throw staleVersion(id, input.version, row.version);
    const before = reviewableFields(row);
    const { action, after } = reviewedFields(before, input);
    const speakerChanged = after.speaker !== before.speaker;
    const speakerId = !speakerChanged
      ? row.speakerId
      : after.speaker
        ? ((await resolveSpeakerIds(client, [{ name: after.speaker, type: after.sourceType ?? 'person' }], await articlePeople(client, row.articleId), row.articleId))[0] ?? null)
        : null;
    // A speaker named on a record of unknown type brings their type (see ../reviews.ts).
    if (speakerChanged && speakerId !== null && after.sourceType === null) {
      const { rows } = await client.query<{ type: SourceType }>('SELECT type FROM speakers WHERE id = $1', [speakerId]);
      after.sourceType = rows[0]?.type ?? null;
    }
    // The search columns follow speaker_id through the trigger.
    await client.query(
      `UPDATE attributions SET speaker_id = $1, kind = $2, source_type = $3, channel_type = $4, channel_platform = $5,
         reported_by = $6, reported_by_type = $7, status = $8, note = $9, version = version + 1 WHERE id = $10`,
      [speakerId, after.kind, after.sourceType, after.channelType, after.channelPlatform, after.reportedBy, after.reportedByType, after.status, after.note, id],
    );
    await client.query('INSERT INTO reviews (attribution_id, user_name, at, action, note, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      id,
      userName,
      new Date().toISOString(),
      action,
      after.note,
      JSON.stringify(before),
      JSON.stringify(after),
    ]);
    return getAttribution(client, id);
  }
}

/** The audit log of one attribution, oldest first. */
export async function reviews(q: Queryable, attributionId: number): Promise<ReviewRow[]> {
  const { rows } = await q.query(
    `SELECT id, attribution_id AS "attributionId", user_name AS "userName", at, action, note, before, after
     FROM reviews WHERE attribution_id = $1 ORDER BY id`,
    [attributionId],
  );
  return rows.map((r) => ReviewRow.parse(r));
}

/**
 * Confirms or rejects every picked record in ONE transaction, each audited like a single
 * review: a record changed since the page was loaded is left alone and reported, a record
 * that does not exist stops the whole action with NotFoundError and nothing is saved.
 */
export function bulkReview(pool: pg.Pool, picks: readonly Pick[], action: 'confirm' | 'reject', userName: string): Promise<BulkResult> {
  return inTransaction(pool, async (client) => {
    const result: BulkResult = { saved: [], conflicts: [] };
    for (const pick of picks) {
      const exists = await client.query('SELECT 1 FROM attributions WHERE id = $1', [pick.id]);
      if (exists.rowCount === 0) throw new NotFoundError(`no record ${pick.id}; nothing was changed`);
      await client.query('SAVEPOINT pick');
      try {
        result.saved.push(await reviewIn(client, pick.id, { action, version: pick.version }, userName));
        await client.query('RELEASE SAVEPOINT pick');
      } catch (err) {
        // A conflict undoes only its own record.
        await client.query('ROLLBACK TO SAVEPOINT pick');
        if (!(err instanceof VersionConflictError)) throw err;
        result.conflicts.push({ id: pick.id, yourVersion: pick.version, currentVersion: err.currentVersion });
      }
    }
    return result;
  });
}
