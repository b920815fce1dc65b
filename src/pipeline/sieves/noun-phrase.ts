import { MESSAGE_NOUNS } from '../claims/participle.js';
import type { CueMatch } from '../cues.js';
import { indexAt } from '../segment.js';
import { phraseBackward } from '../subject-phrase.js';
import { tokenize } from '../tokens.js';
import { decideFromCue, primaryCue, type ArticleContext, type Sieve } from './sieve.js';

/**
 * Any other subject of the cue is the speaker as written: `The State Department …, warning that “…”`,
 * `US officials said`, `a spokesman said`. The sources stage types it (government, anonymous, …).
 * A message the subject of a verb sent out speaks for its sender: `Hale's campaign sent out a
 * press release saying “…”` is the campaign's.
 */
export const nounPhrase: Sieve = {
  name: 'noun-phrase',
  decide(ctx, q) {
    const cue = primaryCue(q, ctx);
    if (!cue?.subject || cue.subject.kind === 'pronoun') return null;
    return decideFromCue(ctx, issuerCue(ctx, cue) ?? accountCue(ctx, cue) ?? cue, this.name, 0.6);
  },
};

/**
 * For `issued a statement saying`, `sent out a press release saying`: the cue with the issuer (the
 * subject of the verb whose object is the message) as its subject, or null when the cue's subject
 * is no message right after such a verb.
 */
function issuerCue(ctx: ArticleContext, cue: CueMatch): CueMatch | null {
  const subject = cue.subject;
  if (!subject || !/ing$/u.test(cue.cue.text)) return null;
  const m = /^(?:an?|the)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)$/u.exec(subject.text);
  if (!m?.[1] || !MESSAGE_NOUNS.has(m[1])) return null;
  const sentence = ctx.segmentation.sentences[indexAt(ctx.segmentation.sentences, subject.start)];
  if (!sentence) return null;
  const toks = tokenize(ctx.text, sentence.start, subject.start);
  // "put out a statement", "sent out a letter": a particle after the verb
  let v = toks.length - 1;
  if (/^(?:out|up)$/u.test(toks[v]?.text ?? '')) v--;
  const verb = toks[v];
  if (!verb || verb.kind !== 'word' || !/^\p{Ll}+(?:ed|ent|ut)$/u.test(verb.text)) return null;
  const issuer = phraseBackward(ctx.text, toks, v, 0);
  return issuer ? { ...cue, subject: issuer } : null;
}

/**
 * `One post on X, from an account called @HalversonHank, read: “…”`: a post whose account the text
 * names speaks for that account; the cue with the handle as its subject, or null.
 */
function accountCue(ctx: ArticleContext, cue: CueMatch): CueMatch | null {
  const subject = cue.subject;
  if (!subject || !POST_HEAD.test(subject.text)) return null;
  const m = ACCOUNT_AFTER.exec(ctx.text.slice(subject.end, Math.min(cue.cue.start, subject.end + 120)));
  if (!m?.[1]) return null;
  const start = subject.end + (m.index ?? 0) + m[0].length - m[1].length;
  return { ...cue, subject: { start, end: start + m[1].length, text: m[1], kind: 'name', role: null, apposition: false, titled: false } };
}
const POST_HEAD = /^(?:(?:one|a|an|the|another|this|that)\s+)?(?:[\p{Ll}-]+\s+)?(?:post|tweet|message|video|comment)\b/iu;
// ", from an account called @HalversonHank,", " by @HalversonHank", " on X from @Hank"
const ACCOUNT_AFTER = /^(?:\s+on\s+[\p{L}]+(?:\s+[\p{L}]+)?)?,?\s+(?:from|by)\s+(?:(?:an|the|one)\s+(?:\p{Ll}+\s+)?account\s+(?:called|named)\s+)?(@[\p{L}\p{N}_]+)/u;
