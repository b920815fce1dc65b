import { cueKindOf } from './cue-kinds.js';
import type { Attribution, Diagnostic } from '../schema/attribution.js';
import type { ExtractResult } from '../schema/article.js';
import { readArticleMeta } from './article-meta.js';
import { addClaimsAndSources } from './claims-stage.js';
import { characterizes, clauseVerb } from './clause-verb.js';
import { cueAfter, cueBefore, MAX_CROSSED, type CueMatch } from './cues.js';
import { contrastedSubjectBefore } from './contrast-subject.js';
import { buildEntityIndex } from './entities.js';
import { classifyQuote, findMarkedSpans, mixedContentSpan, type MarkedSpan } from './quotes.js';
import { indexAt, splitParagraphs, splitSentences, type Segmentation, type TextRange } from './segment.js';
import { settleSpeakers } from './doubts.js';
import { interviewAnswers } from './interview.js';
import { swapSingleQuotes } from './single-quotes.js';
import { attribute } from './sieves/index.js';
import type { ArticleAnalysis } from './speakers.js';
import type { Decision, QuoteContext } from './sieves/sieve.js';

export interface ExtractOptions {
  /** Skip indirect-speech claims and return quotations only. */
  quotesOnly?: boolean;
}

/** Thrown for input extract() cannot work on (not a string); the only error it throws. */
export class ExtractInputError extends TypeError {
  override readonly name = 'ExtractInputError';
}

export { segment, splitParagraphs, splitSentences, type Paragraph, type Sentence, type Segmentation } from './segment.js';
export { analyzeArticle, canonicalSpeakerName, resolveSpeakerMention, type ArticleAnalysis, type PriorSpeaker } from './speakers.js';

/**
 * Every quotation (and, with the claims stage, reported claim) in a news article, each with its
 * speaker. Offsets are UTF-16 offsets into `text`, end-exclusive; quotation spans include their
 * marks. Empty text gives an empty list; unbalanced marks give a diagnostic and the rest of the
 * text is still extracted. Runs in time linear in the text's length.
 *
 * Does not fill `channel` or `reportedBy` (the sources stage does), nor indirect claims
 * (the claims stage, skipped when `options.quotesOnly`).
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  if (typeof text !== 'string') throw new ExtractInputError('extract() needs a string');
  // an article quoting with single marks is read with single and double marks swapped (same offsets)
  const swapped = swapSingleQuotes(text);
  const work = swapped ?? text;
  const found = extractQuotations(work);
  const { diagnostics, analysis } = found;
  const article = readArticleMeta(text);
  // an interview printed as questions and answers: the answers are quotations without marks
  const answers = interviewAnswers(work, analysis.segmentation.paragraphs, analysis.entities, analysis.quotations, article.authors);
  const quotes = answers.length === 0 ? found.quotes : [...found.quotes, ...answers].sort((a, b) => a.start - b.start);
  // The claims/sources stage, skipped when options.quotesOnly: it appends indirect claims and
  // fills speaker.type, channel and reportedBy on every record. Metadata either way.
  const records = settleSpeakers(work, options.quotesOnly ? quotes : addClaimsAndSources(work, quotes, analysis), analysis.entities.sharedPicks);
  return { article, quotes: swapped === null ? records : records.map((r) => asWritten(text, work, r)), diagnostics };
}

/**
 * A record read off the swapped text, its strings as the article writes them: each string read at
 * its offsets is sliced from the original instead (the marks swapped are one unit each way).
 */
function asWritten(text: string, work: string, r: Attribution): Attribution {
  const at = (s: string, start: number, end: number): string => (work.slice(start, end) === s ? text.slice(start, end) : s);
  return {
    ...r,
    text: at(r.text, r.start, r.end),
    speaker: r.speaker ? { ...r.speaker, mention: at(r.speaker.mention, r.speaker.start, r.speaker.end) } : null,
    cue: r.cue ? { ...r.cue, text: at(r.cue.text, r.cue.start, r.cue.end) } : null,
  };
}

/**
 * Direct and mixed quotations with their speakers: the quotation half of `extract`. `analysis` is
 * what `analyzeArticle(text)` would build (same segmentation, spans and name index): hand it to the
 * claims stage so an article is segmented and its names indexed once.
 */
export function extractQuotations(text: string): { quotes: Attribution[]; diagnostics: Diagnostic[]; analysis: ArticleAnalysis } {
  const paragraphs = splitParagraphs(text);
  const marked = findMarkedSpans(text, paragraphs);
  const sentences = splitSentences(text, paragraphs, marked.spans);
  const segmentation: Segmentation = { paragraphs, sentences };
  const contexts = quoteContexts(text, segmentation, marked.spans);
  const entities = buildEntityIndex(text, outsideRanges(text, marked.spans), marked.spans);
  const decisions = attribute({ text, segmentation, entities, quotes: contexts });
  const groups = groupPieces(contexts, decisions);
  const kept = contexts.filter((q, i) => q.kind === 'direct' || attributedInSentence(decisions[i] as Decision));
  const keptGroups = soleGroupsCleared(kept.map((q) => groups[q.index] ?? null));
  const quotes = kept.map((q, n): Attribution => {
    const i = q.index;
    const d = decisions[i] as Decision;
    return {
      id: `q${n + 1}`,
      kind: q.kind,
      text: text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      group: keptGroups[n] ?? null,
      speaker: d.speaker,
      cue: d.cue,
      cueKind: d.cue ? cueKindOf(d.cue.text) : null,
      channel: null,
      reportedBy: d.reportedBy ?? null,
      confidence: d.confidence,
      rule: d.rule,
      doubt: d.doubt ?? null,
    };
  });
  const quotations = marked.spans.map((s) => ({ start: s.start, end: s.end }));
  const diagnostics = [...marked.diagnostics, ...unresolvedPronouns(quotes)].sort((a, b) => a.start - b.start);
  return { quotes, diagnostics, analysis: { text, segmentation, entities, quotations } };
}

/**
 * A partial quotation is reported speech only when its own sentence attributes it (a cue, a name,
 * a pronoun or a role tied to it). Quoted words in a sentence that attributes nothing ("the crowd
 * loudly reprised the caustic chant “Lock her up!”", "For now, the administration waves off the
 * delay as having “minimal” impact") are the writer's borrowed words, not a quotation: the
 * proximity guess (`nearby-speaker`) and no answer at all (`unattributed`) both leave them out.
 * Whole quotations stay, attributed or not: a fact-checker still wants to see an unattributed quote.
 */
function attributedInSentence(d: Decision): boolean {
  return d.rule !== 'nearby-speaker' && d.rule !== 'unattributed';
}

/**
 * `“…,” he said` with nobody of that gender named or quoted in this or the previous paragraph: the
 * speaker is unknown, the pronoun kept as written (a guess from further back is wrong too often),
 * and the reviewer is told where to look. One diagnostic per pronoun, not per piece of a split quotation.
 */
function unresolvedPronouns(quotes: readonly Attribution[]): Diagnostic[] {
  const seen = new Set<number>();
  const out: Diagnostic[] = [];
  for (const q of quotes) {
    const s = q.speaker;
    if (!s || s.name !== null || !/^(?:he|she|they|it)$/i.test(s.mention) || seen.has(s.start)) continue;
    seen.add(s.start);
    out.push({ code: 'unresolved-pronoun', message: `speaker "${s.mention}" of quotation ${q.id}: nobody named nearby fits it, or more than one does (a person only described, such as "one farmer", is followed only from the sentence just before): left unknown`, start: s.start, end: s.end });
  }
  return out;
}

const ASKED_OPENING = /^(?:When\s+|If\s+)?[Aa]sked\b/u;

/** Group ids left with one member once quotations were dropped are no groups. */
function soleGroupsCleared(groups: readonly (string | null)[]): (string | null)[] {
  const count = new Map<string, number>();
  for (const g of groups) if (g) count.set(g, (count.get(g) ?? 0) + 1);
  return groups.map((g) => (g && (count.get(g) ?? 0) > 1 ? g : null));
}

/** The quotations that are reported speech, with the cues around each. */
function quoteContexts(text: string, seg: Segmentation, spans: readonly MarkedSpan[]): QuoteContext[] {
  const out: QuoteContext[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as MarkedSpan;
    const si = indexAt(seg.sentences, span.start);
    const sentence = seg.sentences[si] ?? { start: span.start, end: span.end };
    const paragraph = seg.paragraphs[span.firstParagraph] ?? { start: span.start, end: span.end };
    const lastParagraph = seg.paragraphs[span.lastParagraph] ?? paragraph;
    const limit = (end: number): number => {
      let n = k + 1; // spans are sorted: the next one starting after `end` is a few steps ahead at most
      while (n < spans.length && (spans[n]?.start ?? 0) < end) n++;
      return Math.min(spans[n]?.start ?? text.length, lastParagraph.end);
    };
    let after = cueAfter(text, span.end, limit(span.end));
    const around = spansIn(spans, k, sentence);
    let before = cueBefore(text, sentence, span.start, around);
    // "Ministers said the economy was “turning a corner”, but economists remained “sceptical”"
    if (before && contrastedSubjectBefore(text, around.slice(0, -1), before.cue.end, span.start)) before = null;
    let cls = classifyQuote(text, span, sentence, after !== null || before !== null);
    let clause: CueMatch | null = null;
    // quoted words in the object of the sentence's main verb, no verb of saying around them
    const clauseTried = !before && !after && (cls.speech ? cls.kind === 'mixed' : cls.reason === 'scare-quote') && around.length === 1;
    if (clauseTried) clause = clauseVerb(text, sentence, span.start);
    if (!cls.speech && clause && (quotedWords(text, span) >= MIN_CLAUSE_WORDS || characterizes(text, clause.cue, span.start))) cls = { speech: true, kind: 'mixed' };
    if (!cls.speech) continue;
    let range: TextRange = span;
    if (cls.kind === 'mixed') {
      const content = mixedContentSpan(text, spans, k, sentence, before?.cue ?? clause?.cue ?? null);
      // "Asked what would happen if the “no” side won, Eklund told reporters: …": the question put
      // to the speaker, quoted words and all, is not what the speaker said
      if (!before && !clause && ASKED_OPENING.test(text.slice(content.start, content.start + 16))) {
        k = content.last;
        continue;
      }
      range = content;
      k = content.last;
      if (content.end > span.end) after = cueAfter(text, content.end, limit(content.end));
      // "telling reporters that Trump is a “faker” and questioning how he has “gotten away …”": a
      // later piece whose clause runs from the same cue over an earlier piece's, joined to it by
      // "and" or "or", is one paraphrase, given once (not the earlier words alone and again inside
      // the longer clause); after "but" or "while" another subject may speak ("Ministers said the
      // economy was “turning a corner”, but economists remained “sceptical”"), and both stay
      const prev = out[out.length - 1];
      const cue = before ?? clause;
      if (prev?.kind === 'mixed' && cue && prev.start === range.start && prev.end <= range.end && (prev.before ?? prev.clause)?.cue.start === cue.cue.start && SAME_CLAUSE_GOES_ON.test(text.slice(prev.end, prev.end + 12))) out.pop();
    }
    out.push({
      index: out.length,
      start: range.start,
      end: range.end,
      kind: cls.kind,
      paragraph: span.firstParagraph,
      sentence: si,
      after,
      before,
      clause,
      quoteOnlyParagraph: paragraph.start === span.start && lastParagraph.end <= span.end + 1,
      quoteOnlySentence: sentence.start === span.start && sentence.end - span.end < 8 && /^[\s.]*$/.test(text.slice(span.end, sentence.end)),
    });
  }
  return out;
}

/**
 * What joins a second piece to the same paraphrase: "… and has “…”", "…, and that …", "… or …",
 * and "but" before a verb with no subject of its own ("the club “admires” Vidal but would not “pay
 * crazy money”": the same subject goes on; "but economists remained “sceptical”" has another).
 */
const SAME_CLAUSE_GOES_ON = /^[\s,]*(?:and|or|but\s+(?:would|will|could|can|should|must|might|may|did|does|do|had|has|have|was|is|were|are|not|never|also|still)\b)/u;

/** Fewer quoted words than this in a verb's object are the writer's scare quotes ("defended the “deal”"). */
const MIN_CLAUSE_WORDS = 3;

function quotedWords(text: string, span: TextRange): number {
  return text.slice(span.start, span.end).split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The quotations inside `sentence`, found by walking out from the k-th one (no scan of the whole list). */
function spansIn(spans: readonly MarkedSpan[], k: number, sentence: TextRange): MarkedSpan[] {
  // only the stretch a cue search looks at (400 characters back, across at most MAX_CROSSED
  // quotations: the one before those bounds it) matters: keeps long sentences linear
  const from = Math.max(sentence.start, (spans[k]?.start ?? 0) - 400);
  let a = k;
  while (a > 0 && k - a <= MAX_CROSSED && (spans[a - 1]?.end ?? -1) > from) a--;
  return spans.slice(a, k + 1);
}

/**
 * `“A,” he said, “B.”` — both pieces share one group; so does a quote-only sentence right after
 * an attributed quotation in the same paragraph (`“…,” Trump wrote. “Thank you …”`).
 */
function groupPieces(quotes: readonly QuoteContext[], decisions: readonly Decision[]): (string | null)[] {
  const groups: (string | null)[] = quotes.map(() => null);
  let next = 1;
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i] as QuoteContext;
    const p = quotes[i - 1] as QuoteContext;
    const sharedCue = q.before?.adjacent && p.after && q.before.cue.start === p.after.cue.start;
    const continued = decisions[i]?.rule === 'continuation' && q.paragraph === p.paragraph;
    if (!sharedCue && !continued) continue;
    const id = groups[i - 1] ?? `g${next++}`;
    groups[i - 1] = id;
    groups[i] = id;
  }
  return groups;
}

/** The stretches of text outside quotations: where speakers and cues are written. */
function outsideRanges(text: string, spans: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  let from = 0;
  for (const s of spans) {
    if (s.start > from) out.push({ start: from, end: s.start });
    from = s.end;
  }
  if (from < text.length) out.push({ start: from, end: text.length });
  return out;
}
