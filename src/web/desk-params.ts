import { z } from 'zod';
import { AttributionKind, SourceType } from '../schema/attribution.js';
import { FilterQuery, PartsField } from './params.js';

/** A blank form field means "not set". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());
}

/**
 * Where a desk form goes back to after saving: a path on this site ("/review?kind=direct",
 * "/?status=unreviewed"), never another host ("//evil.example", "https://…").
 */
const ReturnPath = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])[^\s]*$/, 'must be a path on this site');

/** GET /review: the claims list's filter, a cursor, and which record was just saved. */
export const QueueQuery = FilterQuery.extend({
  after: optional(z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)),
  saved: optional(z.coerce.number().int().positive()),
  done: optional(z.enum(['confirmed', 'corrected', 'rejected'])),
});
export type QueueQuery = z.infer<typeof QueueQuery>;

/** POST /review/:id: one decision from the queue (confirm, reject, or a new speaker). */
export const QueueReviewBody = z
  .object({
    action: z.enum(['confirm', 'correct', 'reject'], { message: 'choose confirm, reject or a new speaker' }),
    version: z.coerce.number().int().positive(),
    speaker: optional(z.string().trim().max(200)),
    note: optional(z.string().max(2000)),
    return: optional(ReturnPath),
    next_id: optional(z.coerce.number().int().positive()),
    parts: PartsField,
  })
  .refine((b) => b.action !== 'correct' || b.speaker !== undefined, {
    message: 'type the speaker’s name to correct it',
    path: ['speaker'],
  });
export type QueueReviewBody = z.infer<typeof QueueReviewBody>;

/** "12:3": record 12 as the page showed it, at version 3. */
const PickField = z.string().regex(/^[1-9]\d{0,15}:[1-9]\d{0,9}$/, 'a picked record is written id:version');

/** POST /review/bulk: the ticked records and what to do with all of them. */
export const BulkBody = z.object({
  action: z.enum(['confirm', 'reject'], { message: 'choose confirm or reject' }),
  pick: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(PickField).min(1, 'tick at least one record').max(100, 'at most 100 records at once'),
  ),
  return: optional(ReturnPath),
});
export type BulkBody = z.infer<typeof BulkBody>;

export const ArticlesQuery = z.object({
  page: optional(z.coerce.number().int().min(1).max(100_000)),
});

/** POST /articles/:id/delete: the confirmation, with how many reviewed records the reviewer saw. */
export const DeleteArticleBody = z.object({
  confirm: z.literal('yes', { message: 'tick “Yes, delete this article” to delete it' }),
  reviewed: z.coerce.number().int().nonnegative(),
});

/** `?bulk=confirmed:12` after a bulk action: the notice the page shows, built here, never echoed. */
const BulkNotice = z.string().regex(/^(confirmed|rejected):(\d{1,4})$/);

export function bulkNotice(raw: unknown): string | null {
  const parsed = BulkNotice.safeParse(raw);
  if (!parsed.success) return null;
  const [verb, n] = parsed.data.split(':') as [string, string];
  return `${n} record${n === '1' ? '' : 's'} ${verb}.`;
}

const Words = z.string().min(1, 'give the words as they stand in the article').max(20_000);
const Offset = optional(z.coerce.number().int().nonnegative().max(100_000_000));

/** POST /articles/:id/records: a quotation or claim saidby missed, by its words (and where a selection put them). */
export const AddRecordBody = z.object({
  words: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), Words),
  start: Offset,
  kind: AttributionKind,
  speaker: optional(z.string().trim().max(200)),
  speaker_type: optional(SourceType),
  note: optional(z.string().max(2000)),
});
export type AddRecordBody = z.infer<typeof AddRecordBody>;

/** POST /attributions/:id/span: the record's new words, at the version the page showed. */
export const SpanBody = z.object({
  words: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), Words),
  start: Offset,
  version: z.coerce.number().int().positive(),
});
