import { decideFromCue, primaryCue, type Sieve } from './sieve.js';

/**
 * `The US President told reporters`, `the envoy said`: a definite role noun stands for the person
 * the article introduced with that role ("President Donald Trump"). When nobody was introduced
 * with it, the phrase is left for the `noun-phrase` sieve.
 */
export const roleNoun: Sieve = {
  name: 'role-noun',
  decide(ctx, q) {
    const cue = primaryCue(q, ctx);
    if (cue?.subject?.kind !== 'role') return null;
    const d = decideFromCue(ctx, cue, this.name, 0.75);
    return d && d.speaker?.name !== cue.subject.text ? d : null;
  },
};
