import type { Attribution, Diagnostic } from '../schema/attribution.js';
import type { ExtractResult } from '../schema/article.js';
import { cueAfter, cueBefore } from './cues.js';
import { buildEntityIndex } from './entities.js';
import { classifyQuote, findMarkedSpans, type MarkedSpan } from './quotes.js';
import { indexAt, splitParagraphs, splitSentences, type Segmentation, type TextRange } from './segment.js';
import { attribute } from './sieves/index.js';
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
  const { quotes, diagnostics } = extractQuotations(text);
  void options;
  return { article: { title: null, outlet: null, authors: [], published: null }, quotes, diagnostics };
}

/** Direct and mixed quotations with their speakers: the quotation half of `extract`. */
export function extractQuotations(text: string): { quotes: Attribution[]; diagnostics: Diagnostic[] } {
  const paragraphs = splitParagraphs(text);
  const marked = findMarkedSpans(text, paragraphs);
  const sentences = splitSentences(text, paragraphs, marked.spans);
  const segmentation: Segmentation = { paragraphs, sentences };
  const contexts = quoteContexts(text, segmentation, marked.spans);
  const entities = buildEntityIndex(text, outsideRanges(text, marked.spans), marked.spans);
  const decisions = attribute({ text, segmentation, entities, quotes: contexts });
  const groups = groupPieces(contexts, decisions);
  const quotes = contexts.map((q, i): Attribution => {
    const d = decisions[i] as Decision;
    return {
      id: `q${i + 1}`,
      kind: q.kind,
      text: text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      group: groups[i] ?? null,
      speaker: d.speaker,
      cue: d.cue,
      channel: null,
      reportedBy: null,
      confidence: d.confidence,
      rule: d.rule,
    };
  });
  return { quotes, diagnostics: marked.diagnostics };
}

/** The quotations that are reported speech, with the cues around each. */
function quoteContexts(text: string, seg: Segmentation, spans: readonly MarkedSpan[]): QuoteContext[] {
  const out: QuoteContext[] = [];
  spans.forEach((span, k) => {
    const si = indexAt(seg.sentences, span.start);
    const sentence = seg.sentences[si] ?? { start: span.start, end: span.end };
    const paragraph = seg.paragraphs[span.firstParagraph] ?? { start: span.start, end: span.end };
    const lastParagraph = seg.paragraphs[span.lastParagraph] ?? paragraph;
    const nextStart = spans[k + 1]?.start ?? text.length;
    const after = cueAfter(text, span.end, Math.min(nextStart, lastParagraph.end));
    const before = cueBefore(text, sentence, span.start, spans);
    const cls = classifyQuote(text, span, sentence, after !== null || before !== null);
    if (!cls.speech) return;
    out.push({
      index: out.length,
      start: span.start,
      end: span.end,
      kind: cls.kind,
      paragraph: span.firstParagraph,
      sentence: si,
      after,
      before,
      quoteOnlyParagraph: paragraph.start === span.start && lastParagraph.end <= span.end + 1,
      quoteOnlySentence: sentence.start === span.start && /^[\s.]*$/.test(text.slice(span.end, sentence.end)),
    });
  });
  return out;
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
