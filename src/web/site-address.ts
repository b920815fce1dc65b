import type { Request } from 'express';
import type { z } from 'zod';
import type { StoreBackend } from '../store/backend.js';
import type { FilterQuery } from './params.js';

/**
 * The site's own address as the request reached it ("https://saidby.example"), for links that
 * leave the site: CSV claim links, feed entries, ClaimReview URLs. Behind a trusted proxy
 * (trust-proxy.ts) Express reads the scheme and host it forwarded.
 */
export function siteBase(req: Request): string {
  return `${req.protocol}://${req.host}`;
}

/**
 * What a filter narrows the list to, in words, for a file name or a feed title: the speaker's
 * name as stored (a typed "grenel" is Richard Grenell), the search words, the kind, the speaker
 * type, the status.
 */
export async function filterWords(store: StoreBackend, q: z.infer<typeof FilterQuery>): Promise<string[]> {
  const speaker = q.speaker_id !== undefined
    ? (await store.getSpeaker(q.speaker_id)).name
    : q.speaker
      ? ((await store.speakerChoice(q.speaker)).chosen[0]?.name ?? q.speaker)
      : undefined;
  return [speaker, q.q, q.kind, q.source, q.status].filter((w): w is string => w !== undefined && w !== '');
}
