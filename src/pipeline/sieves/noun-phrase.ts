import { decideFromCue, primaryCue, type Sieve } from './sieve.js';

/**
 * Any other subject of the cue is the speaker as written: `The State Department …, warning that “…”`,
 * `US officials said`, `a spokesman said`. The sources stage types it (government, anonymous, …).
 */
export const nounPhrase: Sieve = {
  name: 'noun-phrase',
  decide(ctx, q) {
    const cue = primaryCue(q, ctx);
    if (!cue?.subject || cue.subject.kind === 'pronoun') return null;
    return decideFromCue(ctx, cue, this.name, 0.6);
  },
};
