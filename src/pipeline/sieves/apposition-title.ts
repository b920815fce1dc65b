import { decideFromCue, primaryCue, type Sieve } from './sieve.js';

/**
 * A name with titles or an apposition next to the cue: `President Donald Trump said`,
 * `Hugh Hill, a doctor, said:`, `Trump’s envoy Richard Grenell wrote`. The name, not the title, is the speaker.
 */
export const appositionTitle: Sieve = {
  name: 'apposition-title',
  decide(ctx, q) {
    const cue = primaryCue(q, ctx);
    if (cue?.subject?.kind !== 'name') return null;
    return decideFromCue(ctx, cue, this.name, 0.85);
  },
};
