import type { CueMatch } from '../cues.js';
import { phraseForward } from '../phrase-forward.js';
import { tokenize } from '../tokens.js';
import { decideFromCue, type QuoteContext, type ArticleContext, type Sieve } from './sieve.js';

/**
 * `“…,” according to a campaign statement`, or the phrase leading into the quotation
 * (`According to the newspaper, “America’s porous gun laws …”`): only when no other cue named a
 * speaker, since `X said … “…,” according to Reuters` names the relaying outlet, not the speaker.
 */
export const accordingTo: Sieve = {
  name: 'according-to',
  decide(ctx, q) {
    const cue = q.after?.position === 'according-to' && q.after.subject ? q.after : accordingBefore(ctx, q);
    if (!cue) return null;
    return decideFromCue(ctx, cue, this.name, 0.5);
  },
};

// "According to the newspaper, “" / "according to Reuters: “" right before the opening mark
const ACCORDING_LEAD = /\b(according to)\s+([^,:;“”"«»]{1,80}?)\s*[,:]\s*$/iu;

function accordingBefore(ctx: ArticleContext, q: QuoteContext): CueMatch | null {
  const sentence = ctx.segmentation.sentences[q.sentence];
  if (!sentence) return null;
  const from = Math.max(sentence.start, q.start - 120);
  const m = ACCORDING_LEAD.exec(ctx.text.slice(from, q.start));
  if (!m?.[1] || !m[2]) return null;
  const cueStart = from + m.index;
  const phraseStart = cueStart + m[0].indexOf(m[2], m[1].length);
  const toks = tokenize(ctx.text, phraseStart, phraseStart + m[2].length);
  const subject = phraseForward(ctx.text, toks, 0);
  if (!subject) return null;
  return { cue: { text: m[1], start: cueStart, end: cueStart + m[1].length }, subject, position: 'according-to', adjacent: true };
}
