import type { SourceType } from '../schema/attribution.js';
import { VersionConflictError } from './errors.js';
import { getAttribution } from './queries.js';
import { reviewedFields } from './review-fields.js';
import { AttributionRow, ReviewRow, reviewableFields } from './rows.js';
import type { SqliteConn } from './sqlite-sql.js';
import { checkPart } from './statements.js';
import type { ReviewInput } from './store-types.js';

// Reviews on SQLite: one transaction per review, the version checked, the audit entry written.

/**
 * Confirms, corrects or rejects an attribution and writes the audit entry (who, when, the
 * reviewable fields before and after), all in one transaction. Refuses with
 * VersionConflictError when `input.version` is not the stored version: someone changed it
 * since the reviewer's page was loaded, and their edit must not be overwritten silently.
 * A changed speaker goes to `input.parts` too (the rest of the statement), in the same transaction.
 */
export function review(c: SqliteConn, id: number, input: ReviewInput, userName: string): AttributionRow {
  const run = c.db.transaction((): AttributionRow => {
    const { row, saved } = reviewOne(c, id, input, userName);
    if (input.parts && input.parts.length > 0) speakerToParts(c, row, saved, input.parts, userName);
    return saved;
  });
  return run.immediate();
}

/**
 * Each other piece of the statement gets the speaker (and speaker type) `saved` now has, as a
 * correction of its own; a piece that already names it is left as it is. Only when the review
 * changed the speaker: confirming one piece says nothing about the others.
 */
function speakerToParts(c: SqliteConn, row: AttributionRow, saved: AttributionRow, parts: NonNullable<ReviewInput['parts']>, userName: string): void {
  for (const part of parts) checkPart(row, getAttribution(c.sql, part.id));
  if (saved.speakerName === row.speakerName) return;
  for (const part of parts) {
    const piece = getAttribution(c.sql, part.id);
    if (piece.speakerName === saved.speakerName && piece.sourceType === saved.sourceType) {
      if (piece.version !== part.version) throw staleVersion(part.id, part.version, piece.version);
      continue;
    }
    reviewOne(c, part.id, { action: 'correct', version: part.version, changes: { speaker: saved.speakerName, sourceType: saved.sourceType } }, userName);
  }
}

function staleVersion(id: number, given: number, stored: number): VersionConflictError {
  return new VersionConflictError(
    `record ${id} was changed by someone else after your page was loaded; reload it to see the change, then review again`,
    stored,
  );
}

/** One review inside the caller's transaction: the record before it, and as saved. */
function reviewOne(c: SqliteConn, id: number, input: ReviewInput, userName: string): { row: AttributionRow; saved: AttributionRow } {
  const row = getAttribution(c.sql, id);
  if (row.version !== input.version) throw staleVersion(id, input.version, row.version);
  const before = reviewableFields(row);
  const { action, after } = reviewedFields(before, input);
  const speakerChanged = after.speaker !== before.speaker;
  const speakerId = !speakerChanged
    ? row.speakerId
    : after.speaker
      ? c.speakers.speakerIdFor(after.speaker, after.sourceType ?? 'person', c.speakers.articlePeople(row.articleId), row.articleId)
      : null;
  // A speaker named on a record of unknown type brings their type: Donald Trump set on an
  // unknown "asked" is a person's claim, in the list's Speaker type filter and in the export.
  if (speakerChanged && speakerId !== null && after.sourceType === null) {
    after.sourceType = (c.sql('SELECT type FROM speakers WHERE id = ?', 'pluck').get(speakerId) as SourceType | undefined) ?? null;
  }
  const info = c.sql(
      `UPDATE attributions SET speaker_id = ?, kind = ?, source_type = ?, channel_type = ?, channel_platform = ?,
         reported_by = ?, reported_by_type = ?, status = ?, note = ?, version = version + 1
       WHERE id = ? AND version = ?`,
    )
    .run(
      speakerId,
      after.kind,
      after.sourceType,
      after.channelType,
      after.channelPlatform,
      after.reportedBy,
      after.reportedByType,
      after.status,
      after.note,
      id,
      input.version,
    );
  if (info.changes !== 1) throw new VersionConflictError(`attribution ${id} changed while saving; reload`, row.version);
  if (speakerChanged) {
    // Keep the search row in step: the speaker name is searchable.
    c.sql('DELETE FROM attribution_search WHERE rowid = ?').run(row.sortKey);
    c.sql('INSERT INTO attribution_search (rowid, text, speaker, title) VALUES (?, ?, ?, ?)')
      .run(row.sortKey, row.text, after.speaker ?? '', row.articleTitle ?? '');
  }
  c.sql(
      'INSERT INTO reviews (attribution_id, user_name, at, action, note, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)',
    )
    .run(id, userName, new Date().toISOString(), action, after.note, JSON.stringify(before), JSON.stringify(after));
  return { row, saved: getAttribution(c.sql, id) };
}

/** The audit log of one attribution, oldest first. */
export function reviews(c: SqliteConn, attributionId: number): ReviewRow[] {
  return c.sql(
      `SELECT id, attribution_id AS attributionId, user_name AS userName, at, action, note, before, after
       FROM reviews WHERE attribution_id = ? ORDER BY id`,
    )
    .all(attributionId)
    .map((r) => ReviewRow.parse(r));
}
