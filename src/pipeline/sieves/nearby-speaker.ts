import { resolvePronoun } from '../coref.js';
import { mentionStarts } from '../mention-starts.js';
import { speaksAround } from '../speaks-around.js';
import { entityAt, lastIndexBefore, mentionsBefore, type Entity } from '../entities.js';
import type { Speaker } from '../../schema/attribution.js';
import type { NameMention } from '../name-mentions.js';
import type { CueMatch } from '../cues.js';
import { isReportingVerb, phraseBackward, type SubjectPhrase } from '../subject-phrase.js';
import { tokenize } from '../tokens.js';
import { indexAt } from '../segment.js';
import { decideFromCue, priorSpeakers, type ArticleContext, type QuoteContext, type Sieve } from './sieve.js';

/**
 * A sentence just before the quotation, in its paragraph and after any earlier quotation, that ends
 * in its reporting verb (`Iowa State University's Dianne Bystrom agreed. “…”`, `Or maybe Jeb Bush,
 * digital consultant Phil Musser says. “…”`): a verb with nothing reported after it announces the
 * quotation that follows. Null when that sentence holds a quotation mark or reports a clause
 * (`Smith said the plan failed.` reports its own content).
 */
function announcedBy(ctx: ArticleContext, q: QuoteContext): CueMatch | null {
  const s = ctx.segmentation.sentences[q.sentence - 1];
  const para = ctx.segmentation.paragraphs[q.paragraph];
  const prev = ctx.quotes[q.index - 1];
  if (!s || !para || s.start < para.start || (prev && prev.end > s.start) || s.end > q.start) return null;
  const body = ctx.text.slice(s.start, s.end);
  if (body.length > 300 || /["“”«»]|''/.test(body) || !/[.:]\s*$/.test(body)) return null;
  const toks = tokenize(ctx.text, s.start, s.end).filter((t) => t.kind === 'word');
  const v = toks.length - 1;
  if (v < 1 || !isReportingVerb(toks[v])) return null;
  const subject = phraseBackward(ctx.text, toks, v);
  if (!subject || subject.kind === 'pronoun') return null;
  const verb = toks[v];
  return verb ? { cue: { text: verb.text, start: verb.start, end: verb.end }, subject, position: 'before', adjacent: false } : null;
}

/**
 * Is someone named as a speaker between `from` and `to` (`…, said Bart Naylor, an advocate.`)? Then
 * a quotation right after is no longer the previous quotation's speaker's by proximity.
 */
function speakerSince(ctx: ArticleContext, from: number, to: number): boolean {
  for (let k = lastIndexBefore(mentionStarts(ctx.entities), to); k >= 0; k--) {
    const { mention } = ctx.entities.mentions[k] as ArticleContext['entities']['mentions'][number];
    if (mention.start < from) break;
    if (!mention.inQuote && speaksAround(ctx.text, mention.start, mention.end)) return true;
  }
  return false;
}

/**
 * Is someone other than `except` (the previous speaker, "Ann Berg and Tom Hale") the subject of a
 * verb of saying between `from` and `to`, opening their sentence ("Tom Vail said the road was
 * closed", "Reporter Kate Lindqvist says …")? A name inside another's report ("She said Tom Vail
 * told her …") is not.
 */
export function otherSubjectSince(ctx: ArticleContext, from: number, to: number, except: string | null): boolean {
  const sentences = ctx.segmentation.sentences;
  for (let k = lastIndexBefore(mentionStarts(ctx.entities), to); k >= 0; k--) {
    const { mention, entity } = ctx.entities.mentions[k] as ArticleContext['entities']['mentions'][number];
    if (mention.start < from) break;
    if (mention.inQuote || except?.includes(entity.name)) continue;
    const opening = sentences[indexAt(sentences, mention.start)]?.start ?? mention.start;
    if (/^(?:\p{Lu}[\p{L}.’'-]*\s+)*$/u.test(ctx.text.slice(opening, mention.start)) && speaksAround(ctx.text, mention.start, mention.end)) return true;
  }
  return false;
}

/**
 * Last resort for a quotation no cue attributes: the speaker of the previous quotation in the same
 * or previous paragraph, else the person named in subject position just before it (`Larry Noble,
 * an attorney, said it was unusual. “It's a hard thing to do …”`). Low confidence by design: it
 * is a guess from proximity, stamped so a reviewer can see it.
 */
export const nearbySpeaker: Sieve = {
  name: 'nearby-speaker',
  decide(ctx, q) {
    const announcing = announcedBy(ctx, q);
    if (announcing) {
      const decided = decideFromCue(ctx, announcing, this.name, 0.45);
      if (decided) return decided;
    }
    const prev = ctx.quotes[q.index - 1];
    const d = ctx.decided[q.index - 1];
    // ("“…,” Jones said. Vail said the road was closed. ¶ “…”": the words may be either's; no guess.
    // Someone speaking in the quotation's own paragraph is the guess below: "Bystrom said the race
    // was open. “Rubio may be the alternative.”")
    // "Daniel Okafor smiled. “Maybe.”": the one whose gesture the sentence before gives, in the
    // quotation's own paragraph, is the one answering (not the speaker of the paragraph before)
    const gesture = gesturedBefore(ctx, q);
    if (gesture) return { speaker: gesture, cue: null, rule: this.name, confidence: 0.45 };
    const paragraphStart = ctx.segmentation.paragraphs[q.paragraph]?.start ?? q.start;
    if (prev && d?.speaker && q.paragraph - prev.paragraph <= 1 && otherSubjectSince(ctx, afterSentenceOf(ctx, prev.end), Math.min(q.start, paragraphStart), d.speaker.name)) return null;
    if (prev && d?.speaker && q.paragraph - prev.paragraph <= 1 && !speakerSince(ctx, Math.max(prev.end, ctx.segmentation.paragraphs[q.paragraph]?.start ?? 0), q.start)) {
      return { speaker: d.speaker, cue: null, rule: this.name, confidence: 0.35 };
    }
    // "He went on to describe the atmosphere inside the Fed. ¶ “…”": the sentence right before the
    // quotation opens with a subject pronoun; the quotation is likeliest that person's
    const lead = pronounLeadBefore(ctx, q);
    if (lead) {
      const said = resolvePronoun(ctx.text, ctx.entities, ctx.segmentation, lead, priorSpeakers(ctx, lead.start), 1);
      if (said?.speaker.name) return { speaker: { name: said.speaker.name, type: said.speaker.type, mention: lead.text, start: lead.start, end: lead.end }, cue: null, rule: this.name, confidence: 0.3 };
    }
    // an unwritten "he or she": any earlier person in subject position close by
    const implicit = { start: q.start, end: q.start, text: 'they-person', kind: 'pronoun' as const, role: null, apposition: false, titled: false };
    const found = resolvePronoun(ctx.text, ctx.entities, ctx.segmentation, implicit, priorSpeakers(ctx, q.start), 1);
    if (!found) return null;
    const { name, type } = found.speaker;
    const mention = found.entity ? lastOutsideBefore(found.entity, q.start) : undefined;
    if (!mention) return null;
    return { speaker: { name, type, mention: mention.text, start: mention.start, end: mention.end }, cue: null, rule: this.name, confidence: 0.3 };
  },
};

/**
 * Where the sentence holding offset `end - 1` ends (or `end`, if later): the words of a quotation's
 * own attribution may name others ("…,” said Turry, who remembered Freddy claiming …) and are no
 * one else speaking after it.
 */
export function afterSentenceOf(ctx: ArticleContext, end: number): number {
  const sentences = ctx.segmentation.sentences;
  return Math.max(end, sentences[indexAt(sentences, end - 1)]?.end ?? end);
}

/** The entity's last mention outside quotations that starts before `before` (its mentions are sorted by start). */
function lastOutsideBefore(entity: Entity, before: number): NameMention | undefined {
  for (let i = mentionsBefore(entity, before) - 1; i >= 0; i--) {
    const m = entity.mentions[i] as NameMention;
    if (!m.inQuote) return m;
  }
  return undefined;
}

/**
 * "He" or "She" opening the sentence right before the quotation, in its paragraph or the one before,
 * after any earlier quotation and holding no quotation mark itself; null otherwise.
 */
function pronounLeadBefore(ctx: ArticleContext, q: QuoteContext): SubjectPhrase | null {
  const sentences = ctx.segmentation.sentences;
  const s = sentences[indexAt(sentences, q.start) - 1];
  const prev = ctx.quotes[q.index - 1];
  if (!s || s.end > q.start || q.paragraph - s.paragraph > 1 || (prev && prev.end > s.start)) return null;
  const body = ctx.text.slice(s.start, s.end);
  if (body.length > 300 || /["“”«»]|''/.test(body)) return null;
  const m = /^(\s*)(He|She)\s+\p{Ll}/u.exec(body);
  if (!m?.[2]) return null;
  const start = s.start + (m[1]?.length ?? 0);
  return { start, end: start + m[2].length, text: m[2], kind: 'pronoun', role: null, apposition: false, titled: false };
}

/**
 * The person named as the subject of a sentence of gesture alone right before the quotation, in its
 * paragraph ("Daniel Okafor smiled.", "Hale shrugged and looked away."), as a speaker; or null.
 */
function gesturedBefore(ctx: ArticleContext, q: QuoteContext): Speaker | null {
  const sentences = ctx.segmentation.sentences;
  const k = indexAt(sentences, q.start) - 1;
  const s = sentences[k];
  if (!s || s.end > q.start || s.paragraph !== q.paragraph) return null;
  const m = GESTURE.exec(ctx.text.slice(s.start, s.end));
  if (!m?.[1]) return null;
  const at = s.start + (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
  const entity = entityAt(ctx.entities, at);
  if (!entity || entity.type !== 'person') return null;
  const mention = entity.mentions.find((x) => x.start === at);
  if (!mention) return null;
  return { name: entity.name, type: entity.type, mention: mention.text, start: mention.start, end: mention.end };
}
// (the gesture alone, or with a few words of manner: "Bell shrugged, and the reporter pressed again"
// and "Hale nodded as Bell spoke" tell of someone else too)
const GESTURE = /^\s*((?:\p{Lu}[\p{L}.’'-]*\s+){1,4})(?:\p{Ll}+ly\s+)?(?:smiled|smiles|laughed|laughs|shrugged|shrugs|nodded|nods|sighed|sighs|grinned|grins|chuckled|chuckles|paused|pauses|hesitated|winced|frowned|smirked|blushed)(?:\s+(?!(?:as|while|when|and|but|after|before|at|to)\b)\p{Ll}+){0,3}[.!?]\s*$/u;
