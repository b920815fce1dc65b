import { cueBefore } from '../cues.js';
import { indexAt } from '../segment.js';
import { decideFromCue, type Sieve } from './sieve.js';

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
    // the quotation marks of an earlier quotation in that sentence are not cues
    const earlier = ctx.quotes.filter((p) => p.index < q.index && p.end > (sentence?.start ?? colon) && p.start < colon);
    if (!sentence || earlier.length > 0) return null;
    const cue = cueBefore(ctx.text, sentence, colon + 1, []);
    if (!cue?.adjacent) return null;
    return decideFromCue(ctx, cue, this.name, 0.6);
  },
};
