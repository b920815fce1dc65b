import { afterSentenceOf, otherSubjectSince } from './nearby-speaker.js';
import type { Sieve } from './sieve.js';

/**
 * A quotation with no cue of its own that is all its paragraph (or sentence) holds continues the
 * previous quotation's speaker when that quotation is in the same or the previous paragraph:
 * `“…,” Trump wrote in a post. “Thank you to Ric Grenell …”`. Not when someone else speaks in
 * between as the subject of a sentence (`“…,” Jones said. Vail said the road was closed. ¶ “…”`):
 * the words may be either's, or a third person's.
 */
export const continuation: Sieve = {
  name: 'continuation',
  decide(ctx, q) {
    if (!q.quoteOnlyParagraph && !q.quoteOnlySentence) return null;
    const prev = ctx.quotes[q.index - 1];
    const d = ctx.decided[q.index - 1];
    if (!prev || !d?.speaker) return null;
    if (q.paragraph - prev.paragraph > 1) return null;
    if (q.paragraph !== prev.paragraph && !q.quoteOnlyParagraph) return null;
    if (otherSubjectSince(ctx, afterSentenceOf(ctx, prev.end), q.start, d.speaker.name)) return null;
    return { speaker: d.speaker, cue: d.cue, rule: this.name, confidence: Math.min(0.7, d.confidence) };
  },
};
