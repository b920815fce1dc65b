import type { SubjectPhrase } from '../cues.js';
import { resolveSubject } from '../coref.js';
import { entityAt } from '../entities.js';
import { priorSpeakers, type Sieve } from './sieve.js';

/**
 * A name and a colon right before the quotation, with no verb: transcript and roundup style
 * (`he tweeted about ... Donald Trump: “Appreciate the congrats …”`, `More from Jones: “The …”`).
 * The name must be a known person (a given name, an honorific, or seen speaking) or a written
 * full name, so that a label such as `Update: “…”` or `Q: “…”` names nobody.
 */
export const colonName: Sieve = {
  name: 'colon-name',
  decide(ctx, q) {
    const before = ctx.text.slice(Math.max(0, q.start - 80), q.start);
    const m = /([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s*:\s*$/u.exec(before);
    if (!m?.[1] || /\n\s*$/.test(before)) return null;
    const start = q.start - before.length + m.index;
    const entity = entityAt(ctx.entities, start + m[1].length - 1);
    const written = m[1];
    const mention = entity?.mentions.find((x) => x.end === start + written.length);
    if (!entity || !mention || mention.inQuote || !(entity.known || mention.name.length >= 2)) return null;
    const subject: SubjectPhrase = { start: mention.start, end: mention.end, text: mention.text, kind: 'name', role: null, apposition: false, titled: mention.titles.length > 0 };
    const resolved = resolveSubject(ctx.text, ctx.entities, ctx.segmentation, subject, priorSpeakers(ctx, q.start));
    if (!resolved) return null;
    return { speaker: resolved.speaker, cue: null, rule: this.name, confidence: 0.6 };
  },
};
