import { z } from 'zod';
import { ListQuery } from './params.js';

/** A blank form field means "not set". */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());
}

const Name = z.string().trim().min(1, 'type a name').max(200, 'a name is at most 200 characters');

/** GET /speakers/:id: which section the pager moves (the other shows its newest), and what was just done. */
export const SpeakerPageQuery = ListQuery.and(
  z.object({
    section: optional(z.enum(['quotes', 'claims'])),
    done: optional(z.enum(['renamed', 'alias', 'merged'])),
  }),
);
export type SpeakerPageQuery = z.infer<typeof SpeakerPageQuery>;

/** POST /speakers/:id/rename and /speakers/:id/aliases: the name. */
export const SpeakerNameBody = z.object({ name: Name });

/** GET /speakers/:id/merge: the speaker to merge into, by name (the datalist offers them). */
export const MergeQuery = z.object({ into: Name });

/** POST /speakers/:id/merge: the speaker the confirmation showed, and the tick. */
export const MergeBody = z.object({
  into_id: z.coerce.number().int().positive(),
  confirm: z.literal('yes', { message: 'tick “Yes, merge them” to merge' }),
});

/** POST /speakers/:id/not-speaker: the tick of the confirmation step. */
export const NotSpeakerBody = z.object({
  confirm: z.literal('yes', { message: 'tick “Yes, this is not a speaker” to go on' }),
});

/** POST /attributions/:id/speaker: the speaker the record moves to, at the version the page showed. */
export const MoveRecordBody = z.object({
  speaker: Name,
  version: z.coerce.number().int().positive(),
});

/** `?done=…` after a change: the notice the page shows, built here, never echoed. */
export function speakerNotice(done: SpeakerPageQuery['done']): string | null {
  if (done === 'renamed') return 'Renamed. The old name is kept as another name of this speaker.';
  if (done === 'alias') return 'Name added: it means this speaker wherever it is written.';
  if (done === 'merged') return 'Merged: the records moved here, and the other speaker’s names are kept as names of this one.';
  return null;
}
