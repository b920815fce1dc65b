import { resolvePronoun } from '../coref.js';
import { priorSpeakers, type Sieve } from './sieve.js';

/**
 * Last resort for a quotation no cue attributes: the speaker of the previous quotation in the same
 * or previous paragraph, else the person named in subject position just before it (`Larry Noble,
 * an attorney, said it was unusual. “It's a hard thing to do …”`). Low confidence by design: it
 * is a guess from proximity, stamped so a reviewer can see it.
 */
export const nearbySpeaker: Sieve = {
  name: 'nearby-speaker',
  decide(ctx, q) {
    const prev = ctx.quotes[q.index - 1];
    const d = ctx.decided[q.index - 1];
    if (prev && d?.speaker && q.paragraph - prev.paragraph <= 1) {
      return { speaker: d.speaker, cue: null, rule: this.name, confidence: 0.35 };
    }
    // an unwritten "he or she": any earlier person in subject position close by
    const implicit = { start: q.start, end: q.start, text: 'they-person', kind: 'pronoun' as const, role: null, apposition: false, titled: false };
    const found = resolvePronoun(ctx.text, ctx.entities, ctx.segmentation, implicit, priorSpeakers(ctx, q.start), 1);
    if (!found) return null;
    const { name, type } = found.speaker;
    const mention = found.entity?.mentions.filter((m) => m.start < q.start && !m.inQuote).pop();
    if (!mention) return null;
    return { speaker: { name, type, mention: mention.text, start: mention.start, end: mention.end }, cue: null, rule: this.name, confidence: 0.3 };
  },
};
