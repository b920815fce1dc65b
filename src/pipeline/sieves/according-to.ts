import { decideFromCue, type Sieve } from './sieve.js';

/**
 * `“…,” according to a campaign statement`: only when no other cue named a speaker, since
 * `X said … “…,” according to Reuters` names the relaying outlet, not the speaker.
 */
export const accordingTo: Sieve = {
  name: 'according-to',
  decide(ctx, q) {
    if (q.after?.position !== 'according-to' || !q.after.subject) return null;
    return decideFromCue(ctx, q.after, this.name, 0.5);
  },
};
