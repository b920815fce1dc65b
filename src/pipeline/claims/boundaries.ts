import type { TextRange } from '../segment.js';
import { isSpace } from '../tokens.js';
import { MAX_CONTENT_WORDS, type SentenceContext } from './context.js';
import { CUE_FORMS } from './lexicon.js';
import { AUX_WORDS, SUBJECT_PRONOUNS } from './word-classes.js';
import { findWithin, quotationEndsInComma, type Word } from './words.js';

/**
 * Where the phrases of a claim begin and end: a source NP after its cue (`phraseEnd`), a clause
 * before `according to` (`clauseStartBefore`), reported content up to where narration resumes
 * (`cutAtTrailer`), a sentence without its final stop (`contentEnd`), and a range without the
 * spaces, punctuation and dateline around it (`trimRange`).
 *
 * Does not find cues or subjects; a boundary is read from word classes and punctuation only, never
 * from a parse.
 */

/**
 * End of a source NP starting at word `i`: the next comma, semicolon, dash or the sentence end,
 * less a trailing time adjunct ("a Venezuelan government statement on Friday" → "… statement").
 */
export function phraseEnd(ctx: SentenceContext, i: number): number {
  const { words, sentenceEnd } = ctx;
  let k = i;
  while (k < words.length) {
    const w = words[k];
    if (!w || w.start >= sentenceEnd || /^[,;:—–()]$/u.test(w.text)) break;
    k++;
  }
  let e = k - 1;
  // drop "on Friday", "last week", "in 2016", "this month" from the end
  for (;;) {
    const last = words[e]?.lower ?? '';
    const prev = words[e - 1]?.lower ?? '';
    if (e - 1 > i && TIME_WORDS.test(last) && /^(?:on|last|this|earlier|late|in|early|next)$/u.test(prev)) e -= 2;
    else if (e > i && TIME_WORDS.test(last) && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/u.test(last)) e -= 1;
    else break;
  }
  return words[e]?.end ?? sentenceEnd;
}

const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|week|month|year|weekend|morning|evening|night|\d{4})$/u;

/** The start of the clause that ends at word `i` (sentence start, or after `;`/`:`). */
export function clauseStartBefore(words: readonly Word[], i: number): number | null {
  let k = i - 1;
  while (k >= 0 && !/^[;:]$/u.test(words[k]?.text ?? '')) {
    if (i - k > MAX_CONTENT_WORDS) return null;
    k--;
  }
  const first = words[k + 1];
  if (!first) return null;
  // "But …", "And …": the conjunction is narration, not content
  if (/^(?:but|and|so|yet)$/iu.test(first.text) && words[k + 2]) return words[k + 2]?.start ?? first.start;
  return first.start;
}

/**
 * Where reported content ends: the sentence end, or earlier where the narration takes over again —
 * `, according to X`, `; …`, `, which …`, `, saying …`, `while …`, `but would not …`, an unpaired
 * dash before an apposition (`— a controversial proposal`).
 */
export function cutAtTrailer(ctx: SentenceContext, k: number): number {
  const { words, sentenceEnd } = ctx;
  for (let j = k + 1; j < words.length; j++) {
    const w = words[j];
    if (!w || w.start >= sentenceEnd) break;
    // a run-on "sentence" hundreds of words long: report a bounded stretch, not the rest of the text
    if (j - k > MAX_CONTENT_WORDS) return words[j - 1]?.end ?? w.start;
    // "…; Wealth-X tallies 585" — a semicolon ends the reported clause
    if (w.text === ';') return w.start;
    // "… in the primaries while about 6 in 10 white men supported Sanders", "… but would not offer details"
    if (w.lower === 'while' || w.lower === 'whereas') return w.start;
    // "… but would not offer details" ends it; "… but that the plans won't help" continues it
    if (w.lower === 'but' && words[j + 1]?.lower !== 'that') return w.start;
    // "… and predicted that …": a second reporting verb with its own content is a second claim
    // "… that he was undergoing therapy and vowed to focus on …": a second, coordinated cue starts a
    // second claim, whatever its complement
    if (w.lower === 'and' && isFiniteCue(words[j + 1]) && (words[j + 2]?.lower === 'that' || !/ing$/u.test(words[j + 1]?.lower ?? ''))) return w.start;
    if (w.lower === 'and' && words[j - 1]?.text === ',' && SUBJECT_PRONOUNS.has(words[j + 1]?.lower ?? '')) return words[j - 1]?.start ?? w.start;
    // "… discussed the meeting on the condition of anonymity because …": the narrator's account of the source
    if (w.lower === 'on' && (words[j + 1]?.lower === 'condition' || (words[j + 1]?.lower === 'the' && words[j + 2]?.lower === 'condition')) && j > k + 1) return w.start;
    // "… has “expanded the party,” claiming that …": a quotation closing on its comma before a participial cue
    if (w.text.charCodeAt(0) === 81 && quotationEndsInComma(ctx.text, w) && /ing$/u.test(words[j + 1]?.lower ?? '') && CUE_FORMS.has(words[j + 1]?.lower ?? '')) return w.end;
    if (w.text !== ',' && w.text !== '—' && w.text !== '–') continue;
    // ", with whom he clashed …", ", in which …": a relative clause about the content's last noun is the narrator's
    if (w.text === ',' && PREPOSITION_BEFORE_RELATIVE.test(words[j + 1]?.lower ?? '') && /^(?:whom|which|whose)$/u.test(words[j + 2]?.lower ?? '')) return w.start;
    // "say that, even if they thought it was appropriate, a recount could not be done": an
    // adverbial clause fronted inside the content, right after its complementizer
    if (words[j - 1]?.lower === 'that' && j - 1 <= k + 1) continue;
    const n1 = words[j + 1]?.lower ?? '';
    // "… back – and the US has generally been unable …", "… terrorists — a controversial proposal"
    if (w.text !== ',' && (n1 === 'and' || n1 === 'but')) {
      // "… – and the US has generally been unable": a new clause; "— and the chief alternative to
      // Trump": the same NP goes on
      if (words.slice(j + 2, j + 8).some((x) => AUX_WORDS.has(x.lower))) return w.start;
      continue;
    }
    if (w.text !== ',' && findWithin(words, j, j + MAX_CONTENT_WORDS, (x) => x.start < sentenceEnd && (x.text === '—' || x.text === '–')) < 0) return w.start;
    const n2 = words[j + 2]?.lower;
    if (n1 === 'according' && n2 === 'to') return w.start;
    // ", saying …", ", which had been …", ", after 55 percent said so": the narration resumes;
    // "said Trump, despite his wealth, is better placed": an aside after the content's subject does not
    if (TRAILER_OPENERS.has(n1) && !(n1 === 'but' && n2 === 'that') && !isAsideAfterSubject(words, k, j, sentenceEnd)) return w.start;
    if (/ing$/u.test(n1) && CUE_FORMS.has(n1)) return w.start;
    // ", pointing to …", ", citing …", ", prompting …": a participial tail is the narration's
    if (TAIL_PARTICIPLES.has(n1)) return w.start;
    // ", a charge the company denies", ", a claim disputed by …": the writer's label for the content
    if (w.text === ',' && (n1 === 'a' || n1 === 'an') && CONTENT_LABELS.has(n2 ?? '')) return w.start;
  }
  return sentenceEnd;
}

/**
 * `[Trump], despite his wealth, [is better placed]`: the comma at `j` opens an aside right after the
 * content's subject (at most four words from `k`, no auxiliary among them), and a comma closes it
 * within twelve words before a finite auxiliary that carries the content's verb.
 */
function isAsideAfterSubject(words: readonly Word[], k: number, j: number, sentenceEnd: number): boolean {
  if (j - k > 4 || j <= k) return false;
  for (let i = k; i < j; i++) {
    const x = words[i] as Word;
    if (AUX_WORDS.has(x.lower) || /^[;:—–()]$/u.test(x.text) || CUE_FORMS.has(x.lower)) return false;
  }
  for (let i = j + 2; i < Math.min(words.length, j + 14); i++) {
    const x = words[i] as Word;
    if (x.start >= sentenceEnd || /^[;:—–()]$/u.test(x.text)) return false;
    if (x.text === ',') return AUX_WORDS.has(words[i + 1]?.lower ?? '') || /^(?:still|also|now|then)$/u.test(words[i + 1]?.lower ?? '');
  }
  return false;
}

/** Prepositions that may stand before a relative pronoun: ", with whom …", ", in which …". */
const PREPOSITION_BEFORE_RELATIVE = /^(?:with|in|of|for|from|to|by|on|at|about|under|through|during|after|against|among)$/u;

/** A cue verb written as a finite verb: "vowed", "says", "warned" (not "warning", not a noun in capitals). */
function isFiniteCue(w: Word | undefined): boolean {
  return w !== undefined && w.text === w.lower && CUE_FORMS.has(w.lower) && /(?:ed|s|id|ld|ew|ote|ought|ound|aw|old|ank)$/u.test(w.lower);
}

/** Nouns the writer uses to label the content just reported, in apposition: ", a charge the company denies". */
const CONTENT_LABELS = new Set(['charge', 'claim', 'allegation', 'accusation', 'assertion', 'contention', 'figure', 'estimate', 'characterization', 'description', 'view', 'position', 'statement', 'remark', 'comment', 'promise', 'pledge', 'prediction', 'move', 'step', 'decision', 'notion', 'sentiment']);

/** Participles that, after a comma, add the narrator's gloss to reported content: ", citing …", ", pointing to …". */
const TAIL_PARTICIPLES = new Set(['citing', 'pointing', 'referring', 'underscoring', 'highlighting', 'signaling', 'signalling', 'reflecting', 'echoing', 'prompting', 'sparking', 'drawing']);

/** Words that, after a comma, start narration again rather than continue the reported clause. */
const TRAILER_OPENERS = new Set([
  'which', 'while', 'whereas', 'after', 'before', 'as', 'when', 'because', 'since', 'although', 'though', 'even',
  'despite', 'amid', 'but', 'however', 'putting', 'making', 'leaving', 'giving', 'prompting', 'sparking', 'drawing', 'meaning',
  'compared', 'whom', 'providing',
]);

/** The sentence end without its final stop (a stop inside a closing quotation stays). */
export function contentEnd(text: string, start: number, end: number): number {
  let e = end;
  // "… terrorist attacks in the U.S. He says Americans …": an abbreviation's stop can end a sentence
  const hidden = /\b(?:U\.S|U\.K|D\.C|a\.m|p\.m|Jr|Inc|Corp)\.\s+(?=(?:He|She|They|It|The|But|And|This|That|We|I|In|On|At|His|Her|Their)\s)/u.exec(text.slice(start, end));
  if (hidden) return start + hidden.index + hidden[0].indexOf('.');
  while (e > start && /\s/u.test(text[e - 1] ?? '')) e--;
  if (/[.!?;:]/u.test(text[e - 1] ?? '')) e--;
  return e;
}

/** Leading dateline of a lead paragraph: "(CNN) — ", "DALLAS (AP) — ", "WASHINGTON, Dec. 8 (UPI) — ". */
const DATELINE_LEAD = /^(?:[\p{Lu}][\p{Lu}\p{L}\p{N}.,' -]{0,60}?\s*)?\([\p{Lu}][\p{L}. &-]{0,40}\)\s*[—–-]+\s*/u;

export function trimRange(text: string, r: TextRange): TextRange {
  let { start, end } = r;
  // a dateline holds "(": most ranges have none in their first 120 characters and skip the regex
  const head = Math.min(end, start + 120);
  let paren = start < 0;
  for (let i = start; i < head && !paren; i++) paren = text.charCodeAt(i) === 40;
  const dateline = paren ? DATELINE_LEAD.exec(text.slice(start, head)) : null;
  if (dateline) start += dateline[0].length;
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** `[\s,;:—–]`: what trimRange cuts from both ends. */
function isTrimmed(c: number): boolean {
  return isSpace(c) || c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013;
}

/** Prepositions and subordinators: they open an adverbial phrase or clause. */
const ADJUNCT_OPENER = /^(?:in|on|at|as|during|after|before|since|for|from|with|without|by|to|of|into|under|over|about|among|amid|despite|through|throughout|like|unlike|following|upon|within|toward|towards|beyond|while|when|whereas|if|unless|although|though|because|once|until)$/iu;

/** Coordinators and sentence adverbs: an adjunct only with at most one word after them ("And", "And that", "Now"). */
const SHORT_OPENER = /^(?:and|but|or|so|yet|now|then|still|otherwise|instead|meanwhile|also|too|indeed|however|even)$/iu;

/**
 * Whether words `from..to` (inclusive) are an adjunct and nothing else: a phrase or clause opened by
 * a preposition or subordinator with no comma after which a main clause could follow ("In his
 * state", "As part of those interviews", "As Freddy stumbled"), or a coordinator or sentence adverb
 * with at most one word after it ("Now", "And that"), or one -ly adverb ("Recently"). Such a piece says where, when or how, and no
 * reader could check it on its own. "At least 85 meetings were …" is no adjunct.
 */
export function isAdjunctOnly(words: readonly Word[], from: number, to: number): boolean {
  const first = words[from];
  if (!first || to < from) return false;
  if (SHORT_OPENER.test(first.text)) return to - from <= 1;
  // "Recently, he said, …", "Frankly, she said, …"
  if (to === from && /\p{Ll}ly$/u.test(first.text)) return true;
  if (!ADJUNCT_OPENER.test(first.text) || /^(?:least|most|first|last)$/iu.test(words[from + 1]?.text ?? '')) return false;
  for (let j = from + 1; j <= to; j++) if (/^[,;:—–]$/u.test((words[j] as Word).text)) return false;
  return true;
}

// the body parts of absolute phrases ("Eyebrows raised", "Arms folded", "Head bowed")
const BODY_PARTS = /^(?:eyebrows?|brows?|eyes|head|arms|hands|fists?|lips|jaw|teeth|voice|shoulders|face|hair)$/u;

/**
 * An absolute phrase before an attribution: a noun phrase of at most three words and an -ing
 * participle ("His voice shaking, she said"), or a body part and an -ed one ("Eyebrows raised, he
 * asked"). "The talks failed, he said" is a clause: an -ed form after any other noun is read as one.
 */
export function isAbsolutePhrase(words: readonly Word[], from: number, to: number): boolean {
  const last = words[to];
  if (!last || to - from < 1 || to - from > 3) return false;
  for (let j = from; j < to; j++) if (!/^[\p{L}’']+$/u.test((words[j] as Word).text)) return false;
  if (/^\p{Ll}+ing$/u.test(last.text)) return true;
  return /^\p{Ll}+ed$/u.test(last.text) && BODY_PARTS.test((words[to - 1] as Word).lower);
}
