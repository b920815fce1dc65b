import type { QuoteMarkPair } from './quote-marks.js';
import type { MarkedSpan } from './quotes.js';
import type { Paragraph } from './segment.js';

/**
 * An interview printed as questions and answers: "Q: What kept you going?" and then "Vogt:
 * Stubbornness, mostly. …". Each answer is the interviewee's words as spoken, with no quotation
 * marks: the paragraph after its name label is read as a quotation, and the name before the colon
 * speaks it (the `colon-name` sieve decides, as for `Donald Trump: “…”`).
 *
 * Only in an article with at least two question paragraphs (one "Q:" is too little to tell a
 * transcript from a label), only the paragraph right after a question, only a label of one to three
 * capitalised words, and never a paragraph that holds quotation marks of its own (its marked
 * quotations keep their own reading). "A:" names nobody and is left alone.
 */
export function transcriptAnswers(text: string, paragraphs: readonly Paragraph[], marked: readonly MarkedSpan[]): MarkedSpan[] {
  const questions = paragraphs.filter((p) => QUESTION_LABEL.test(text.slice(p.start, p.start + 12)));
  if (questions.length < 2) return [];
  const out: MarkedSpan[] = [];
  for (const q of questions) {
    const answer = paragraphs[q.index + 1];
    if (!answer) continue;
    const m = ANSWER_LABEL.exec(text.slice(answer.start, Math.min(answer.end, answer.start + 60)));
    if (!m || NO_SPEAKER_LABELS.has((m[1] as string).toLowerCase())) continue;
    const start = answer.start + m[0].length;
    let end = answer.end;
    while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
    if (end - start < 2 || marked.some((s) => s.start < answer.end && answer.start < s.end)) continue;
    out.push({ start, end, pair: TRANSCRIPT, firstParagraph: answer.index, lastParagraph: answer.index });
  }
  return out;
}

/** The spans of `marked` and `answers` together, in order (neither overlaps the other). */
export function withAnswers(marked: readonly MarkedSpan[], answers: readonly MarkedSpan[]): MarkedSpan[] {
  return answers.length === 0 ? [...marked] : [...marked, ...answers].sort((a, b) => a.start - b.start);
}

const QUESTION_LABEL = /^\s*(?:Q|Question)\s*[:.]\s+\S/u;
const ANSWER_LABEL = /^\s*(\p{Lu}[\p{L}’'.-]*(?:[ \t]+\p{Lu}[\p{L}’'.-]*){0,2})[ \t]*:[ \t]+(?=\S)/u;
const NO_SPEAKER_LABELS: ReadonlySet<string> = new Set(['a', 'answer', 'q', 'question', 'note', 'update', 'editor’s note', "editor's note", 'correction', 'photo', 'video', 'source', 'sources', 'related', 'read more', 'watch']);

/** An answer has no marks: its span is the words themselves. */
const TRANSCRIPT: QuoteMarkPair = { open: '', close: '', style: 'transcript', level: 'outer' };
