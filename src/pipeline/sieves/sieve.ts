import type { Cue, Doubt, ReportedBy, Speaker } from '../../schema/attribution.js';
import type { SubjectPhrase } from '../subject-phrase.js';
import { tagsOfLower } from '../claims/verbless.js';
import { writtenPronounGender, type PriorSpeaker } from '../coref.js';
import { resolveSubject } from '../resolve-subject.js';
import type { CueMatch } from '../cues.js';
import type { Entity, EntityIndex } from '../entities.js';
import type { QuoteKind } from '../quotes.js';
import { indexAt, type Segmentation, type TextRange } from '../segment.js';

/** One quotation as the sieves see it: its span, place and the cues found around it. */
export interface QuoteContext extends TextRange {
  index: number;
  kind: QuoteKind;
  paragraph: number;
  sentence: number;
  /** Cue right after the closing mark (`,” Trump wrote`), if any. */
  after: CueMatch | null;
  /** Nearest cue before the opening mark in the same sentence, if any. */
  before: CueMatch | null;
  /**
   * A partial quotation with neither cue: its sentence's subject and main verb when the quoted
   * words sit in that verb's object (`Ryan worried that the net was becoming “a hammock …”`).
   */
  clause: CueMatch | null;
  /** The quotation is all its paragraph holds (a continuation paragraph, or a paragraph of speech). */
  quoteOnlyParagraph: boolean;
  /** The quotation is all its sentence holds (`“Thank you to Ric Grenell …”` after an attributed quote). */
  quoteOnlySentence: boolean;
}

/** A sieve's answer for one quotation. `speaker: null` is a decision too: nobody is named. */
export interface Decision {
  speaker: Speaker | null;
  cue: Cue | null;
  rule: string;
  confidence: number;
  /** Why the reader should check this one ("“she” could be Ana Ortiz or Maria Lopez"). */
  doubt?: Doubt;
  /** Who retells the speaker's words (`Okafor said Obama told her: “…”`: Okafor). */
  reportedBy?: ReportedBy;
}

/** What every sieve may read. Nothing in it changes while a sieve runs except `decided`. */
export interface ArticleContext {
  text: string;
  segmentation: Segmentation;
  entities: EntityIndex;
  quotes: readonly QuoteContext[];
  /** Decisions so far, by quote index (quotes are decided in document order). */
  decided: (Decision | undefined)[];
}

/** One attribution rule. It looks only at a quotation still open and answers, or passes (null). */
export interface Sieve {
  name: string;
  decide(ctx: ArticleContext, quote: QuoteContext): Decision | null;
}

/**
 * The cue the sieves trust for a quotation: the one right after it (`,” he said`) beats one
 * before it in the sentence; `according to` is only used when nothing else is there.
 */
export function primaryCue(q: QuoteContext, ctx: ArticleContext): CueMatch | null {
  // "Hill told staff that the plan was “dead in the water,” the Financial Times reported": a partial
  // quotation inside what the verb before it reports is that verb's subject's; the one reporting the
  // whole sentence after it relays
  if (q.kind === 'mixed' && q.before?.subject && q.after?.position === 'after' && q.after.subject && q.before.cue.end <= q.start && REPORTED.test(q.after.cue.text)) return { ...q.before, relay: q.after.subject };
  if (q.after && q.after.position === 'after' && q.after.subject && !(q.before?.subject && (afterNextSentence(ctx, q, q.after) || quotedAsObject(ctx, q, q.before, q.after)))) return q.after;
  if (q.before?.subject) return q.before;
  return null;
}

/**
 * `Hale called Berg “unhinged.” Sen. Ann Lutz called the statement …`: the quotation closes its
 * sentence, and the cue after it opens the next one, whose subject speaks of something else; the
 * cue before the quotation, in its own sentence, is its cue.
 */
function afterNextSentence(ctx: ArticleContext, q: QuoteContext, after: CueMatch): boolean {
  const at = after.subject?.start ?? after.cue.start;
  const sentences = ctx.segmentation.sentences;
  const own = indexAt(sentences, q.end - 1);
  return own >= 0 && indexAt(sentences, at) > own && /[.!?][”"’']*$/u.test(ctx.text.slice(Math.max(q.start, q.end - 3), q.end));
}

/**
 * `In what Bay Buchanan called “the fight of a generation,” conservative groups have pledged …`:
 * the quotation is the object of the verb right before it, whose subject said the words; a verb
 * after it belongs to the clause that follows.
 */
function quotedAsObject(ctx: ArticleContext, q: QuoteContext, before: CueMatch, after: CueMatch): boolean {
  const { text } = ctx;
  if (before.denied || !(before.cue.end < q.start && q.start - before.cue.end <= 2 && text.slice(before.cue.end, q.start).trim() === '' && OPENING_MARK.test(text.charAt(q.start)))) return false;
  // (", the Florida senator said." closes the sentence and reports it; "have pledged to spend" has
  // its own object; "said to reporters", "said that evening" do not)
  const m = OWN_COMPLEMENT.exec(text.slice(after.cue.end, after.cue.end + 30));
  if (!m) return false;
  return m[1] === 'that' ? !TIME_NOUN.test(m[2] ?? '') : (tagsOfLower(m[2] ?? '')?.[0] ?? '') === 'VB';
}
const OPENING_MARK = /^["“‘']$/u;
const REPORTED = /^(?:reported|reports|reporting)$/iu;
const OWN_COMPLEMENT = /^\s+(to|that)\s+(\p{Ll}+)/u;
const TIME_NOUN = /^(?:morning|afternoon|evening|night|day|week|month|year|time)$/u;

/** Confidence scaled by how close the cue is: adjacent cues are surer than a verb earlier in the sentence. */
export function cueConfidence(cue: CueMatch, base: number): number {
  return cue.adjacent ? base : Math.max(0.3, base - 0.15);
}

/** Earlier decided speakers, in document order, for pronoun resolution. */
export function priorSpeakers(ctx: ArticleContext, before: number): PriorSpeaker[] {
  const out: PriorSpeaker[] = [];
  // only the last few quotations can be "recent": pronouns look back a paragraph or so
  let i = ctx.decided.length - 1;
  while (i >= 0 && (ctx.quotes[i]?.start ?? 0) >= before) i--;
  for (let n = 0; i >= 0 && n < PRIOR_WINDOW; i--, n++) {
    const q = ctx.quotes[i];
    const d = ctx.decided[i];
    if (!q || !d?.speaker?.name) continue;
    const pronoun = writtenPronounGender(d.speaker.mention);
    out.unshift({ at: Math.max(q.start, d.speaker.start), entity: entityFor(ctx, d.speaker.name), name: d.speaker.name, type: d.speaker.type, ...(pronoun ? { pronoun } : {}) });
  }
  return out;
}

const PRIOR_WINDOW = 12;
const byName = new WeakMap<EntityIndex, Map<string, Entity>>();

function entityFor(ctx: ArticleContext, name: string): Entity | null {
  let names = byName.get(ctx.entities);
  if (!names) {
    names = new Map();
    for (const e of ctx.entities.entities) if (!names.has(e.name)) names.set(e.name, e);
    byName.set(ctx.entities, names);
  }
  return names.get(name) ?? null;
}

/**
 * Resolve a cue's subject and turn it into a decision stamped with `rule`. `quoteStart`: where the
 * quotation opens, when it runs over paragraphs before the cue's ("Gloria Estrada took the microphone.
 * ¶ “We have waited ten years … ¶ Tonight the excuses end,” she said"): a pronoun then looks back
 * from the quotation's first paragraph, not from its last.
 */
export function decideFromCue(ctx: ArticleContext, cue: CueMatch, rule: string, base: number, quoteStart?: number): Decision | null {
  if (!cue.subject) return null;
  const { paragraphs } = ctx.segmentation;
  const spanned = quoteStart === undefined ? 0 : Math.max(0, indexAt(paragraphs, cue.subject.start) - indexAt(paragraphs, quoteStart));
  const resolved = resolveSubject(ctx.text, ctx.entities, ctx.segmentation, cue.subject, priorSpeakers(ctx, cue.subject.start), 1 + spanned);
  if (!resolved) return null;
  // an unresolved pronoun is an answer too, but a weak one
  const unsure = resolved.note === 'unresolved' || resolved.note === 'ambiguous';
  const confidence = unsure ? 0.3 : cueConfidence(cue, base);
  const doubt: Doubt | undefined = resolved.askedBy
    ? { code: 'ambiguous-speaker', reason: `“${resolved.speaker.mention}” answers the question ${inRunningText(resolved.askedBy)} put just before, and the text does not say who answered.` }
    : resolved.described
    ? { code: 'ambiguous-speaker', reason: `“${resolved.speaker.mention}” could be the person described just before (“${resolved.described}”) or ${resolved.rivals?.join(' or ') ?? 'someone named earlier'}.` }
    : resolved.rivals && resolved.rivals.length > 1
      ? { code: 'ambiguous-speaker', reason: `“${resolved.speaker.mention}” could be ${resolved.rivals.map(inRunningText).join(' or ')}: both are named just before.` }
      : resolved.rivals
        ? { code: 'ambiguous-speaker', reason: `“${resolved.speaker.mention}” could be ${inRunningText(resolved.rivals[0] ?? '')} or someone named before: the text does not settle it.` }
        : undefined;
  const reportedBy = cue.relay ? relayOf(ctx, cue.relay) : null;
  return { speaker: resolved.speaker, cue: cue.cue, rule, confidence, ...(doubt ? { doubt } : {}), ...(reportedBy ? { reportedBy } : {}) };
}

/** A description as it reads inside a sentence: "The police officer" → "the police officer" (names stay as written). */
function inRunningText(name: string): string {
  return name.replace(/^(?:A|An|The|One|Another)\s/u, (d) => d.toLowerCase());
}

/** The one who retells a speaker's words, resolved as a speaker is ("Okafor" → "Amara Okafor"). */
function relayOf(ctx: ArticleContext, relay: SubjectPhrase): ReportedBy | null {
  const resolved = resolveSubject(ctx.text, ctx.entities, ctx.segmentation, relay, priorSpeakers(ctx, relay.start));
  const name = resolved?.speaker.name;
  return name ? { name, type: resolved.speaker.type } : null;
}
