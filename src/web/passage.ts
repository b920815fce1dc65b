import escapeHtml from 'escape-html';
import type { AttributionRow } from '../store/rows.js';
import { highlightArticle, type PartSpan } from './highlight.js';

/** A record's place in its article, ready for a page: the sentence, and the paragraphs around it. */
export interface Passage {
  /** The sentence (or sentences) holding the claim, speaker and cue, marked up; escaped. */
  sentenceHtml: string;
  /** The whole paragraph, marked up, and its neighbours as escaped text ("" at either end). */
  paragraphHtml: string;
  beforeHtml: string;
  afterHtml: string;
}

type Spans = Pick<AttributionRow, 'start' | 'end' | 'speakerStart' | 'speakerEnd' | 'cueStart' | 'cueEnd'>;

/** A sentence ends at . ! or ? (closing quotation marks and brackets go with it) before a space. */
const SENTENCE_END = /[.!?][”"’)\]]*\s+/g;
const MAX_SENTENCE = 1200;

/** Start and end of the line (paragraph) around `from..to`. */
function lineAround(text: string, from: number, to: number): [number, number] {
  const start = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
  const nl = text.indexOf('\n', to);
  return [from === 0 ? 0 : start, nl < 0 ? text.length : nl];
}

const NEIGHBOUR_WINDOW = 20_000;

/** The nearest non-blank line before `at` (direction -1) or after it (1), read from a window of text. */
function neighbourLine(text: string, at: number, direction: -1 | 1): string {
  const window = direction < 0 ? text.slice(Math.max(0, at - NEIGHBOUR_WINDOW), at) : text.slice(at, at + NEIGHBOUR_WINDOW);
  const lines = window.split('\n').map((l) => l.trim()).filter(Boolean);
  return (direction < 0 ? lines.at(-1) : lines[0]) ?? '';
}

/**
 * The sentence around a record: from the last sentence end before its first span (claim,
 * speaker or cue) to the first after its last, inside the paragraph.
 * "… home. “We are wheels up,” Grenell wrote in his post. Maduro’s …" -> the middle sentence.
 */
export function sentenceAround(text: string, a: Spans): [number, number] {
  const spans = [a.start, a.end, a.speakerStart, a.speakerEnd, a.cueStart, a.cueEnd].filter((n): n is number => n !== null);
  const from = Math.min(...spans);
  const to = Math.max(...spans);
  const [pStart, pEnd] = lineAround(text, a.start, a.end);
  let start = Math.max(pStart, Math.min(from, a.start));
  const head = text.slice(pStart, start);
  for (const m of head.matchAll(SENTENCE_END)) start = pStart + m.index + m[0].length;
  if (from < start && from >= pStart) start = from;
  SENTENCE_END.lastIndex = 0;
  const tail = text.slice(Math.min(to, pEnd), pEnd);
  const m = SENTENCE_END.exec(tail);
  SENTENCE_END.lastIndex = 0;
  let end = m ? Math.min(to, pEnd) + m.index + m[0].trimEnd().length : pEnd;
  if (end - start > MAX_SENTENCE) end = Math.max(a.end, start + MAX_SENTENCE);
  return [Math.max(0, start), Math.min(text.length, end)];
}

function shifted(a: AttributionRow, by: number): AttributionRow {
  const s = (n: number | null): number | null => (n === null ? null : n - by);
  return { ...a, start: a.start - by, end: a.end - by, speakerStart: s(a.speakerStart), speakerEnd: s(a.speakerEnd), cueStart: s(a.cueStart), cueEnd: s(a.cueEnd) };
}

/**
 * The passage of one record in its article's text (offsets as stored); `parts`, the other pieces
 * of its statement, are marked where they fall in it.
 */
export function passageOf(text: string, a: AttributionRow, parts: readonly PartSpan[] = []): Passage {
  const [s, e] = sentenceAround(text, a);
  const [pStart, pEnd] = lineAround(text, a.start, a.end);
  const partsFrom = (by: number): PartSpan[] => parts.filter((p) => p.id !== a.id).map((p) => ({ id: p.id, start: p.start - by, end: p.end - by }));
  return {
    sentenceHtml: highlightArticle(text.slice(s, e), [shifted(a, s)], partsFrom(s)),
    paragraphHtml: highlightArticle(text.slice(pStart, pEnd), [shifted(a, pStart)], partsFrom(pStart)),
    beforeHtml: escapeHtml(neighbourLine(text, pStart, -1)),
    afterHtml: escapeHtml(neighbourLine(text, pEnd, 1)),
  };
}
