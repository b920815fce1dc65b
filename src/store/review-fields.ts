import { correctsAnything, type ReviewableFields, type ReviewStatus } from './rows.js';
import type { ReviewInput } from './store-types.js';

/**
 * What a review makes of a record, on either engine: the fields after it and the action the
 * audit log keeps. A "correct" that changes no field (the form sent back as it was) is the
 * reviewer saying the record is right, so it is kept as a confirmation. Text fields are trimmed,
 * and an empty one is cleared.
 */
export function reviewedFields(before: ReviewableFields, input: ReviewInput): { action: ReviewInput['action']; after: ReviewableFields } {
  const changes = input.action === 'correct' ? (input.changes ?? {}) : {};
  const note = input.note === undefined ? before.note : input.note?.trim() || null;
  const corrected: ReviewableFields = {
    speaker: changes.speaker === undefined ? before.speaker : changes.speaker?.trim() || null,
    kind: changes.kind ?? before.kind,
    sourceType: changes.sourceType === undefined ? before.sourceType : changes.sourceType,
    channelType: changes.channelType === undefined ? before.channelType : changes.channelType,
    channelPlatform: changes.channelPlatform === undefined ? before.channelPlatform : changes.channelPlatform?.trim() || null,
    reportedBy: changes.reportedBy === undefined ? before.reportedBy : changes.reportedBy?.trim() || null,
    reportedByType: changes.reportedByType === undefined ? before.reportedByType : changes.reportedByType,
    status: before.status,
    note,
  };
  const action = input.action === 'correct' && !correctsAnything(before, corrected) ? 'confirm' : input.action;
  const status: ReviewStatus = action === 'confirm' ? 'confirmed' : action === 'reject' ? 'rejected' : 'corrected';
  return { action, after: { ...corrected, status } };
}
