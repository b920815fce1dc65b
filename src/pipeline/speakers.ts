import type { Speaker } from '../schema/attribution.js';
import type { PriorSpeaker } from './coref.js';
import { resolveSubject } from './resolve-subject.js';
import { phraseForward } from './phrase-forward.js';
import { buildEntityIndex, canonicalName, type EntityIndex } from './entities.js';
import { findNameMentions } from './name-mentions.js';
import { findMarkedSpans } from './quotes.js';
import { splitParagraphs, splitSentences, type Segmentation, type TextRange } from './segment.js';
import { tokenize } from './tokens.js';

export type { PriorSpeaker } from './coref.js';

/** What speaker resolution needs to know about one article; build it once per article. */
export interface ArticleAnalysis {
  text: string;
  segmentation: Segmentation;
  entities: EntityIndex;
  /** Quotation spans, marks included (names inside them are aliases, never antecedents). */
  quotations: TextRange[];
}

/** Segment the article and index its names, for `resolveSpeakerMention` and `canonicalSpeakerName`. */
export function analyzeArticle(text: string): ArticleAnalysis {
  const paragraphs = splitParagraphs(text);
  const { spans } = findMarkedSpans(text, paragraphs);
  const quotations = spans.map((s) => ({ start: s.start, end: s.end }));
  const outside: TextRange[] = [];
  let from = 0;
  for (const s of quotations) {
    if (s.start > from) outside.push({ start: from, end: s.start });
    from = s.end;
  }
  if (from < text.length) outside.push({ start: from, end: text.length });
  return {
    text,
    segmentation: { paragraphs, sentences: splitSentences(text, paragraphs, spans) },
    entities: buildEntityIndex(text, outside, quotations),
    quotations,
  };
}

/**
 * The speaker for a source mention at `mention` (offsets into the article), resolved the same way
 * quotations are: a name to its canonical full name ("Trump" -> "Donald Trump"), a definite role
 * noun to the person introduced with it ("The US President" -> "Donald Trump"), a pronoun to the
 * most recent compatible speaker in `prior` (earlier attributions, document order) or named person;
 * anything else as written. `speaker.mention` keeps the text as written. Null for an empty range
 * or an unresolvable pronoun.
 */
export function resolveSpeakerMention(analysis: ArticleAnalysis, mention: TextRange, prior: readonly PriorSpeaker[] = []): Speaker | null {
  const toks = tokenize(analysis.text, mention.start, mention.end);
  const first = toks.findIndex((t) => t.kind === 'word');
  if (first < 0) return null;
  const subject = phraseForward(analysis.text, toks, first) ?? null;
  if (!subject) return null;
  return resolveSubject(analysis.text, analysis.entities, analysis.segmentation, subject, prior)?.speaker ?? null;
}

/**
 * The canonical name for a person named `written` in this article ("Trump" -> "Donald Trump",
 * "Ric Grenell" -> "Richard Grenell"), or `written` unchanged when the article names nobody so.
 * `at` picks the latest matching person before that offset when several share a surname.
 */
export function canonicalSpeakerName(analysis: ArticleAnalysis, written: string, at?: number): string {
  const entity = canonicalName(analysis.entities, written, at);
  // the article only ever wrote "Maduro": a fuller form given by the caller is the better name
  const asWritten = findNameMentions(written, { start: 0, end: written.length }).pop()?.name ?? [];
  if (!entity || entity.name.split(' ').length < asWritten.length) return asWritten.length > 0 ? asWritten.join(' ') : written;
  return entity.name;
}
