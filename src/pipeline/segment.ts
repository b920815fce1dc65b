import { findMarkedSpans } from './quotes.js';
import { titleLinePieces } from './title-lines.js';
import { HONORIFICS, REPORTING_VERB_FORMS, ROLE_NOUNS } from './speech-lexicons.js';
import { tagsOfLower } from './claims/verbless.js';

/** A character range `[start, end)` in the original text (UTF-16, end-exclusive). */
export interface TextRange {
  start: number;
  end: number;
}

export interface Paragraph extends TextRange {
  index: number;
}

export interface Sentence extends TextRange {
  index: number;
  /** Index of the paragraph holding this sentence. */
  paragraph: number;
}

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/**
 * Paragraphs of `text`, trimmed of surrounding whitespace; empty paragraphs are skipped.
 * A paragraph ends at a blank line; in a text with no blank line at all (hard-wrapped wire copy
 * is rare, one-paragraph-per-line exports are common) every line break ends one.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const blankLine = /\n[ \t\r]*\n/.test(text);
  const breakRe = blankLine ? /\n[ \t\r]*\n\s*/g : /\n\s*/g;
  const out: Paragraph[] = [];
  let from = 0;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e, index: out.length });
  };
  for (const m of text.matchAll(breakRe)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/**
 * Abbreviations whose full stop does not end a sentence ("Sen. Warren said", "the U.S. embassy").
 * Single capital initials ("J. Smith") are handled by rule, not listed.
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr sen sens rep reps gov gen lt col capt sgt adm maj cmdr st jr sr prof rev hon gop u.s u.k u.n ' +
    'inc co corp ltd vs v etc jan feb mar apr aug sept sep oct nov dec ft mt pres supt atty amb dept ' +
    'a.m p.m e.g i.e d.c n.y calif fla ariz mass tenn wash mich penn okla ky ga ala va del conn ' +
    'messrs mmes mme mlle drs profs govs gens msgr fr asst dist cpl spc pvt det insp brig cdr'
  ).split(' '),
);

const OPENING_CHAR = /[\p{Lu}\p{N}"“„«'‘(\[]/u;
const STOP = /[.!?…]/g;

/**
 * Sentences inside each paragraph. A sentence ends at `.`, `!`, `?` or `…` (plus any closing
 * marks or brackets right after it) when whitespace and a capital, digit or opening mark follow,
 * unless the word before the stop is an abbreviation or an initial. No boundary is ever placed
 * inside `protect` ranges (quotations): `“Stop. Now,” he said.` is one sentence.
 */
export function splitSentences(text: string, paragraphs: readonly Paragraph[], protect: readonly TextRange[]): Sentence[] {
  const out: Sentence[] = [];
  let k = 0; // protect ranges are sorted and disjoint: walk them alongside
  // the next stop at or after the last search's start (the search only moves forward)
  let stopAt = -1;
  for (const p of sentencePieces(text, paragraphs, protect)) {
    let sentStart = p.start;
    for (let i = p.start; i < p.end; i++) {
      // only a stop can end a sentence: jump to the next one (the characters between decide
      // nothing, and the quotation a stop falls in is found from the stop); a stop found past the
      // piece's end is kept for the pieces after it, so no stretch of the text is searched twice
      // (a text of many paragraphs with no stop, headlines or labels, was searched to the next stop for each)
      if (stopAt < i) {
        STOP.lastIndex = i;
        stopAt = STOP.test(text) ? STOP.lastIndex - 1 : Infinity;
      }
      if (stopAt >= p.end) break;
      i = stopAt;
      while (k < protect.length && (protect[k]?.end ?? 0) <= i) k++;
      const guard = protect[k];
      // Inside a quotation no stop ends the sentence, except its last one (“… now.” He left.)
      if (guard && guard.start < i && i < guard.end) {
        let tail = guard.end; // the closing marks: ” or '' or .’”
        while (tail > guard.start && /["”»'’]/.test(text[tail - 1] ?? '')) tail--;
        if (i < tail - 1) {
          i = tail - 2; // jump over the quotation's inside in one step: linear overall
          continue;
        }
      }
      const c = text[i] as string;
      let j = i + 1;
      while (j < p.end && /[.!?…"”»'’)\]]/.test(text[j] ?? '')) j++;
      if (j >= p.end || !/\s/.test(text[j] ?? '')) continue;
      let n = j;
      while (n < p.end && /\s/.test(text[n] ?? '')) n++;
      if (!OPENING_CHAR.test(text[n] ?? '')) continue;
      if (c === '.' && isAbbreviationBefore(text, i, p.start, n)) continue;
      out.push({ start: sentStart, end: j, index: out.length, paragraph: p.index });
      sentStart = n;
      i = n - 1;
    }
    if (p.end > sentStart) out.push({ start: sentStart, end: p.end, index: out.length, paragraph: p.index });
  }
  return out;
}

/**
 * The paragraphs, each cut at the line breaks that end a headline line (`title-lines.ts`): no
 * sentence runs across them. Most paragraphs hold no line break and are their own one piece.
 */
function sentencePieces(text: string, paragraphs: readonly Paragraph[], protect: readonly TextRange[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paragraphs) {
    const nl = text.indexOf('\n', p.start);
    if (nl < 0 || nl >= p.end) out.push(p);
    else for (const r of titleLinePieces(text, p, protect)) out.push({ ...r, index: p.index });
  }
  return out;
}

/** `/[\p{L}.]/u` at one code unit of `text`, ASCII answered by code (it is asked of every letter before every stop). */
function isLetterOrStop(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
  return /[\p{L}.]/u.test(text[i] ?? '');
}

function isAbbreviationBefore(text: string, dot: number, floor: number, nextAt: number): boolean {
  const next = text[nextAt] ?? '';
  let s = dot;
  while (s > floor && isLetterOrStop(text, s - 1)) s--;
  const word = text.slice(s, dot);
  // an initial: "George W. Bush"; a name goes on after it, a quotation does not ("in a post on X. “Closer …”")
  if (/^\p{Lu}$/u.test(word)) return !/["“«'‘]/u.test(next);
  if (/^no$/i.test(word)) return /^\s*\d/.test(text.slice(dot + 1, dot + 4)); // "No. 2", but "said no. Then"
  const lower = word.toLowerCase();
  if (!ABBREVIATIONS.has(lower)) return false;
  return !(MAY_END_SENTENCE.has(lower) && opensSentenceAfterAbbreviation(lower, text, nextAt));
}

/**
 * Abbreviations that often close a sentence: "The fire started at 7 a.m. Mayor Jane Holt said …",
 * "… a unit of Harlan Foods Inc. The company said …". Their stop ends the sentence when what follows
 * can only open one (`opensSentenceAfterAbbreviation`).
 */
const MAY_END_SENTENCE: ReadonlySet<string> = new Set(['a.m', 'p.m', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr', 'etc', 'u.s', 'u.k', 'd.c']);

/** Words that open a sentence and never go on a name or a time: "… Inc. The company said", "… D.C. He said". */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  'The A An He She It They We I You But And Yet So In On At This That These Those Its His Her Their Our There Then When While After Before Asked According Anyone Everyone Nobody'.split(' '),
);

/** Words a time of day goes on with: "7 a.m. Eastern", "9 p.m. Monday", "6 a.m. GMT". */
const AFTER_CLOCK_TIME: ReadonlySet<string> = new Set(
  ('Eastern Pacific Central Mountain Atlantic ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST UTC CET CEST IST JST AEST AEDT Local ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec Today Tomorrow Tonight').split(' '),
);

/**
 * Whether the word at `at`, after abbreviation `lower` and its stop, opens a new sentence: an opening
 * quotation mark or a word that only opens sentences; after a time of day ("a.m.", "p.m.") also a
 * title before a name ("at 7 a.m. Mayor Jane Holt said") or a name and its verb of saying ("at 7
 * a.m. Holt said"), but never a time the article writes as a modifier ("a 1 p.m. White House
 * briefing", "10 a.m. Moscow time").
 */
function opensSentenceAfterAbbreviation(lower: string, text: string, at: number): boolean {
  const first = text[at] ?? '';
  if (/["“«‘]/u.test(first)) return true;
  const word = wordAt(text, at);
  if (SENTENCE_OPENERS.has(word)) return true;
  if (lower !== 'a.m' && lower !== 'p.m') return false;
  // "a 1 p.m. briefing", "the 10 a.m. vote": a time before its noun
  if (/\b(?:a|an|the)\s+[\d:.]+\s*[ap]\.m$/iu.test(text.slice(Math.max(0, at - 20), at).trimEnd().replace(/\.$/u, ''))) return false;
  if (!/^\p{Lu}/u.test(word) || AFTER_CLOCK_TIME.has(word)) return false;
  // "at 2 a.m. Several residents said …", "at 7 p.m. Police arrived": a word the lexicon knows in
  // lower case, and not first as a name, is capitalised because it opens the sentence
  const tags = tagsOfLower(word.toLowerCase());
  if (tags !== undefined && !(tags[0] ?? '').startsWith('NNP')) return true;
  let next = at + word.length;
  while (text[next] === '.' || text[next] === ' ') next++;
  const after = wordAt(text, next);
  // "Mayor Jane Holt said", "Sen. Ann Lutz told": a title, then a name
  if ((HONORIFICS.has(word) || HONORIFICS.has(`${word}.`) || ROLE_NOUNS.has(word.toLowerCase())) && /^\p{Lu}/u.test(after)) return true;
  // "Holt said", "Police said": a capitalised word right before a verb of saying
  return REPORTING_VERB_FORMS.has(after);
}

/** The letters (and apostrophes) from `at`: the word there. */
function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && /[\p{L}’']/u.test(text[end] ?? '')) end++;
  return text.slice(at, end);
}

/**
 * Whether the full stop at `dot` ends a sentence, by the rules `splitSentences` follows: white space
 * and a capital, digit or opening mark after it, and no abbreviation or initial before it
 * ("… including pensioners. Tom Vail said" ends one; "Sen. Tom Vail said" does not).
 */
export function stopEndsSentence(text: string, dot: number): boolean {
  let j = dot + 1;
  while (j < text.length && /[.!?…"”»'’)\]]/u.test(text[j] ?? '')) j++;
  if (!/\s/u.test(text[j] ?? '')) return false;
  let n = j;
  while (n < text.length && /\s/u.test(text[n] ?? '')) n++;
  return OPENING_CHAR.test(text[n] ?? '') && !isAbbreviationBefore(text, dot, Math.max(0, dot - 40), n);
}

/**
 * Paragraphs and sentences of an article, with sentences never split inside a quotation.
 * Use this from other stages (claims, sources) so every stage agrees on boundaries.
 */
export function segment(text: string): Segmentation {
  const paragraphs = splitParagraphs(text);
  const { spans } = findMarkedSpans(text, paragraphs);
  return { paragraphs, sentences: splitSentences(text, paragraphs, spans) };
}

/** Index of the first value in ascending `values` above `offset`, or `values.length` (binary search). */
export function firstIndexAfter(values: readonly number[], offset: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the segment containing `offset` (binary search over sorted ranges), or -1. */
export function indexAt(ranges: readonly TextRange[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (!r) break;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
