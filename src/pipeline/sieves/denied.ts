import { primaryCue, type Sieve } from './sieve.js';

/**
 * `Mayor Ben Ashford did not say police “will stop responding to burglaries.”`, `Ashford denied
 * saying “…”`, `There is no record of Ashford saying “…”`: the text says the subject did not say
 * the quoted words, or that nothing shows it, so nobody named said them here. The record stays, with no speaker and the reason, for the desk to see what was denied.
 */
export const deniedSpeech: Sieve = {
  name: 'denied',
  decide(ctx, q) {
    const cue = q.before;
    // ("…,” Ashford said of the claim he never made": a cue right after the quotation speaks for it,
    // not one opening the next sentence: "Ashford never said “I quit.” He said, “…”")
    if (!cue?.denied || primaryCue(q, ctx) === q.after) return null;
    const who = cue.subject?.text;
    const reason = !who ? 'The text says these words were not said.' : cue.denied === 'unrecorded' ? `The text says nothing shows ${who} said this.` : `The text says ${who} did not say this.`;
    return { speaker: null, cue: cue.cue, rule: this.name, confidence: 0.3, doubt: { code: 'no-speaker', reason } };
  },
};
