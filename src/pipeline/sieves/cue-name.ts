import { decideFromCue, primaryCue, type Sieve } from './sieve.js';

/** `“…,” Trump wrote` / `said Maduro` / `Grenell wrote in his post: “…”`: a bare name next to the cue. */
export const cueName: Sieve = {
  name: 'cue-name',
  decide(ctx, q) {
    const cue = primaryCue(q, ctx);
    if (cue?.subject?.kind !== 'name' || cue.subject.titled || cue.subject.apposition) return null;
    return decideFromCue(ctx, cue, this.name, 0.9);
  },
};
