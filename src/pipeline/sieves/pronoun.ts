import { decideFromCue, primaryCue, type Sieve } from './sieve.js';

/** `“…,” he said`: the most recent earlier speaker (or named person) of compatible gender. */
export const pronoun: Sieve = {
  name: 'pronoun',
  decide(ctx, q) {
    const cue = primaryCue(q, ctx);
    if (cue?.subject?.kind !== 'pronoun') return null;
    return decideFromCue(ctx, cue, this.name, 0.7, q.start);
  },
};
