import { afterSentenceOf, otherSubjectSince } from './nearby-speaker.js';
import type { ArticleContext, Decision, QuoteContext, Sieve } from './sieve.js';

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
    // "“Did you see him?” the prosecutor asked. “No,” the witness replied. ¶ “Are you sure?”": in an
    // exchange of question and answer the turns alternate, and a question after the answer is the
    // asker's again (an answer after the next question, the answerer's)
    const turn = exchangeTurn(ctx, q);
    if (turn) return { speaker: turn.speaker, cue: turn.cue, rule: this.name, confidence: Math.min(0.7, turn.confidence) };
    return { speaker: d.speaker, cue: d.cue, rule: this.name, confidence: Math.min(0.7, d.confidence) };
  },
};

/**
 * The decision of the quotation two back when the two before `q` are an exchange: said by two
 * people, one of them a question and the other not, and `q` asks or answers as the one two back did.
 */
function exchangeTurn(ctx: ArticleContext, q: QuoteContext): Decision | null {
  const prev = ctx.quotes[q.index - 1];
  const back = ctx.quotes[q.index - 2];
  const d = ctx.decided[q.index - 1];
  const d2 = ctx.decided[q.index - 2];
  if (!prev || !back || !d?.speaker?.name || !d2?.speaker?.name || d.speaker.name === d2.speaker.name) return null;
  // (a paragraph of its own: within one speaker's paragraph a question may be rhetorical, "You
  // know, it happens, right? But you gotta get over it")
  if (!q.quoteOnlyParagraph || q.paragraph === prev.paragraph || prev.paragraph - back.paragraph > 1) return null;
  const asks = (r: QuoteContext): boolean => /\?[\s”"’'»]*$/u.test(ctx.text.slice(r.start, r.end));
  return asks(back) !== asks(prev) && asks(q) === asks(back) ? d2 : null;
}
