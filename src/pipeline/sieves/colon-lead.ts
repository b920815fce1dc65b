import { cueBefore } from '../cues.js';
import { indexAt } from '../segment.js';
import { nameBeforeColon, speakerNamedAt } from './colon-name.js';
import { decideFromCue, type ArticleContext, type Sieve } from './sieve.js';

/**
 * Does an earlier quotation (before the `index`-th) reach into `from`..`to`? Its marks are no cue.
 * Walks back from the quotation and stops at the first that ends before `from`, so that each
 * quotation looks at its neighbours only (a scan of the whole list for each would be quadratic).
 */
function quotedIn(ctx: ArticleContext, index: number, from: number, to: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const p = ctx.quotes[i];
    if (!p || p.end <= from) return false;
    if (p.start < to) return true;
  }
  return false;
}

// "The senator was asked by reporters:" / "was told:": the subject of a passive cue is its
// listener, not the speaker of what follows
const PASSIVE_LEAD = /\b(?:was|were|is|are|been|being|be|got|gets)\s+(?:\p{Ll}+ly\s+)?$/u;

function passiveBefore(text: string, sentenceStart: number, cueStart: number): boolean {
  return PASSIVE_LEAD.test(text.slice(Math.max(sentenceStart, cueStart - 40), cueStart));
}

/**
 * A quotation that opens its paragraph right after a paragraph ending in its reporting verb and a
 * colon: `The New York Times made these allegations in February, and Breitbart News responded:`
 * then the quoted paragraph. The colon hands the next paragraph to that verb's subject, so this runs
 * before `continuation` would give the paragraph to the previous quotation's speaker.
 */
export const colonLead: Sieve = {
  name: 'colon-lead',
  decide(ctx, q) {
    const { paragraphs, sentences } = ctx.segmentation;
    const para = paragraphs[q.paragraph];
    const prevPara = paragraphs[q.paragraph - 1];
    if (!para || !prevPara || ctx.text.slice(para.start, q.start).trim() !== '') return null;
    const lead = ctx.text.slice(prevPara.start, prevPara.end).trimEnd();
    if (!lead.endsWith(':')) return null;
    const colon = prevPara.start + lead.length - 1;
    const sentence = sentences[indexAt(sentences, colon)];
    if (!sentence || quotedIn(ctx, q.index, sentence.start, colon)) return null;
    // "Pollsters agree - Carl Bialik:": a roundup's topic line, then the name of the one quoted
    const named = nameBeforeColon(lead);
    if (named && /\s[-–—]\s*$/u.test(lead.slice(0, named.index))) return speakerNamedAt(ctx, prevPara.start + named.index, named.name, q.start, this.name, true);
    const cue = cueBefore(ctx.text, sentence, colon + 1, []);
    if (!cue?.adjacent || passiveBefore(ctx.text, sentence.start, cue.cue.start)) return null;
    return decideFromCue(ctx, cue, this.name, 0.6);
  },
};
