import { attributionAfter, opensFrontedSubordinate } from './claims/open-subordinate.js';
import { isVerbless } from './claims/verbless.js';
import type { Diagnostic } from '../schema/attribution.js';
import { OUTER_PAIRS, QUOTE_MARK_CHARS, outerOpenerAt, type QuoteMarkPair } from './quote-marks.js';
import type { Paragraph, TextRange } from './segment.js';
import { REPORTING_VERB_FORMS } from './speech-lexicons.js';
import { endsInStopAndMark, firstLetterRuns, firstWords, lastCodePointStart, trimToLettersAndDigits } from './letters.js';
import { codePointLetterOrDigitLength, isSpace as isSpaceCode, trailingRun } from './tokens.js';
import { closingActAt, nextActAt, secondVerbAt } from './next-act.js';
import { CONTRAST_OPENER, DESPITE_OTHERS_REPORT } from './claims/clause-start.js';
import { separatorInNumber } from './claims/words.js';

/** A balanced run of text between an outer opening mark and its closing mark, marks included. */
export interface MarkedSpan extends TextRange {
  pair: QuoteMarkPair;
  /** Paragraph where the quotation opens, and where it closes (differs for multi-paragraph quotes). */
  firstParagraph: number;
  lastParagraph: number;
}

export interface MarkedSpans {
  spans: MarkedSpan[];
  diagnostics: Diagnostic[];
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * A straight `"` or `''` is ambiguous: it opens when it follows whitespace, a paragraph start or
 * an opening bracket/dash and is followed by text; `5'10"` (inches) and `word" ` (a stray closer)
 * do not open.
 */
function canOpen(text: string, i: number, pair: QuoteMarkPair): boolean {
  const before = text[i - 1];
  const after = text[i + pair.open.length];
  if (pair.open === pair.close || pair.open === "''") {
    if (isSpace(after)) return false;
    return before === undefined || /[\s(\[{—–\-:;,/]/.test(before);
  }
  return true;
}

/**
 * An ambiguous mark inside an open quotation closes it unless it looks like an opener: after a
 * space and glued to the next word (`"A and "B"`: the second mark opens, the first was stray).
 */
function canClose(text: string, i: number, pair: QuoteMarkPair): boolean {
  if (pair.close === "''" && text[i + 2] === "'") return false;
  if (pair.open === pair.close || pair.close === "''") return !(isSpace(text[i - 1]) && isWordChar(text[i + pair.close.length]));
  return true;
}

/**
 * Every balanced top-level quotation in `text`, paragraph by paragraph, in one left-to-right pass
 * (linear time: each character is looked at a bounded number of times, no regex backtracking).
 *
 * - Inner single quotes (‘…’, '…') are part of the outer span and never close it.
 * - A paragraph that ends inside a quotation continues into the next paragraph when that one
 *   opens with a quotation mark (the newspaper convention for multi-paragraph quotes): one span.
 * - An opening mark never closed (or a closing mark never opened) gives a diagnostic; scanning
 *   resumes at the next paragraph, so one bad mark costs at most its paragraph.
 *
 * Does not decide whether a span is reported speech: see `classifyQuotes` for that.
 */
export function findMarkedSpans(text: string, paragraphs: readonly Paragraph[]): MarkedSpans {
  const spans: MarkedSpan[] = [];
  const diagnostics: Diagnostic[] = [];
  let open: { pair: QuoteMarkPair; start: number; paragraph: number } | null = null;
  // the next mark character at or after the scan's position: the scan jumps from mark to mark (a
  // regex search skips plain text faster than a loop reading every character), and since it only
  // moves forward one search serves until it is passed
  let markAt = -1;

  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    if (!p) continue;
    let i = p.start;
    if (open) {
      // the continuation's opening mark is not a new quotation
      const again = outerOpenerAt(text, i);
      if (again) i += again.open.length;
    }
    for (; i < p.end; i++) {
      if (markAt < i) {
        ANY_MARK.lastIndex = i;
        markAt = ANY_MARK.test(text) ? ANY_MARK.lastIndex - 1 : text.length;
      }
      if (markAt >= p.end) break;
      i = markAt;
      const c = text[i] ?? '';
      if (open) {
        const pair: QuoteMarkPair = open.pair;
        const closer = closerAt(text, i, pair);
        // `''… 'no,''' he said`: the first of three apostrophes closes the inner quotation, the
        // other two the outer one, read at the next character
        if (closer === "''" && text[i + 2] === "'") continue;
        if (closer !== undefined && canClose(text, i, { ...pair, close: closer })) {
          if (i === open.start + pair.open.length) {
            // `""`: an empty quotation is not one; treat the second mark as the opener
            open = { pair, start: i, paragraph: pi };
            i += pair.open.length - 1;
            continue;
          }
          spans.push({ start: open.start, end: i + closer.length, pair, firstParagraph: open.paragraph, lastParagraph: pi });
          i += closer.length - 1;
          open = null;
        } else if (pair.open.length === 1 && text[i] === pair.open && /[,.!?]/.test(text[i - 1] ?? '') && isSpace(text[i + 1])) {
          // “It's unusual,“ said Larry Noble — an opening mark typed where the closing one belongs
          spans.push({ start: open.start, end: i + 1, pair, firstParagraph: open.paragraph, lastParagraph: pi });
          open = null;
        } else if (text.startsWith(pair.open, i) && (pair.open !== pair.close ? pair.open.length === 1 : true)) {
          // “A “B” or "A "B" — a second opener before any close: the first one was never closed
          diagnostics.push(unbalanced(open.start, i, `${pair.style} quotation opened and opened again before closing`));
          open = { pair, start: i, paragraph: pi };
          i += pair.open.length - 1;
        }
        continue;
      }
      const pair = outerOpenerAt(text, i);
      if (pair && canOpen(text, i, pair)) {
        open = { pair, start: i, paragraph: pi };
        i += pair.open.length - 1;
      } else if (!pair && LONE_CLOSERS.has(c)) {
        diagnostics.push(unbalanced(i, i + 1, `closing mark ${c} with no opening mark`));
      } else if (pair && pair.open === '"' && !/\d/.test(text[i - 1] ?? '')) {
        diagnostics.push(unbalanced(i, i + 1, 'straight quotation mark that neither opens nor closes'));
      }
    }
    if (open) {
      const next = paragraphs[pi + 1];
      const continues = next !== undefined && outerOpenerAt(text, next.start) !== undefined;
      if (!continues) {
        diagnostics.push(unbalanced(open.start, p.end, `${open.pair.style} quotation not closed by the end of its paragraph`));
        open = null;
      }
    }
  }
  return { spans, diagnostics };
}

/**
 * One-character closing marks that are not also their own opener (” », not "): met with no
 * quotation open, one is a stray closer. A set, not an `OUTER_PAIRS.some` callback in the scan: a
 * closure there over the scanned character made V8 allocate a context for the loop body on every
 * character of the article, marks or not (about 40 bytes a character, 60 MB a pass over the dev texts).
 */
const LONE_CLOSERS: ReadonlySet<string> = new Set(OUTER_PAIRS.filter((q) => q.close.length === 1 && q.open !== q.close).map((q) => q.close));

/** The mark at `i` that closes `pair`, if any (a plain loop: no closure over the scan's index either). */
function closerAt(text: string, i: number, pair: QuoteMarkPair): string | undefined {
  if (text.startsWith(pair.close, i)) return pair.close;
  for (const m of pair.alsoClosedBy ?? []) if (text.startsWith(m, i)) return m;
  return undefined;
}

/** Any character of QUOTE_MARK_CHARS (each one UTF-16 unit), for the scan above to jump to. */
const ANY_MARK = new RegExp(`[${[...QUOTE_MARK_CHARS].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

function unbalanced(start: number, end: number, message: string): Diagnostic {
  return { code: 'unbalanced-quote', message, start, end };
}

export type QuoteKind = 'direct' | 'mixed';

/** Why a marked span is not reported speech (kept for diagnostics and tests). */
export type NotSpeechReason = 'title' | 'term' | 'nickname' | 'scare-quote' | 'empty';

export type QuoteClass = { speech: true; kind: QuoteKind } | { speech: false; reason: NotSpeechReason };

// Words right before a quotation that make it a term, name or title rather than speech:
// the so-called "deal", a bill dubbed "Obamacare", the book titled "Fire and Fury", the hashtag "#MAGA"
const TERM_INTRODUCERS = /\b(?:so-called|so called|dubbed|nicknamed|known as|titled|entitled|headlined|labeled as|billed as|branded as|the words?|the terms?|the phrase|the slogan|slogans?|hashtags?|the label|the name|named|the book|the film|the movie|the show|the song|the album|the series|the article|the op-ed|the headline|the column|the essay|nicknames?|book|memoir|autobiography|novel|film|movie|documentary|song|album|article|op-ed|column|essay|poem|musical|play|podcast|episode|class|course|program|programme|hashtag|website|blog|newsletter|brand|(?:an?\s+|the\s+)?(?:signs?|banners?|placards?|posters?|badges?|buttons?|t-shirts?|shirts?|stickers?|billboards?|flags?|hats?|caps?)\s+(?:reading|saying|that read|that said|which read|bearing|with the words)|chants? of|shouts? of|cries of|catchphrase|motto|mantra|the acronym|the expression|the notion of|the idea of|the concept of|the category of)\s*[,:]?\s*$/i;

// "wrote in the visitors' book: “…”", "says in her memoir: “…”": the writing the words were put in,
// then a colon; the quotation is what was written there, not the writing's title
// (a verb of writing or saying right before "in": "learns the motto: “…”" and "carried banners
// reading: “…”" name the words, and stay terms)
const WRITTEN_IN = /\b(?:wrote|writes|write|writing|written|said|says|recalled|recalls|recounted|recounts|noted|notes|added|adds|declared|declares|described|describes|posted|posts)\s+in\s+(?:the|a|an|his|her|their|its|my|our)\s+(?:[\p{L}’'-]+\s+){0,2}[\p{L}-]+\s*:\s*$/u;

// a quoted word that is a label's own: "the “smart” label", "its “eco” branding"
const LABEL_AFTER = /^\s+(?:label|labels|tag|tags|moniker|monikers|branding|brand|nickname|nicknames|tagline|slogan|title|name|badge|sticker|designation)\b/u;

// "a group called ", "an account named ": a common noun after a determiner, then the verb of naming
const NOUN_CALLED = /\b(?:a|an|the|its|their|his|her|our)\s+(?:[\p{Ll}-]+\s+){1,2}(?:called|named)\s*$/u;

// "on ABC’s ", "host of MSNBC’s ", "told ", "a call to ABC’s ", "an interview with NBC’s ": where a
// programme or publication name is the object
const PROGRAMME_LEAD = /\b(?:on|of|told|to|with)\s+(?:(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*[’']s?\s+)?$/u;

// A closed quotation, a short attribution and a comma right before a span: `,” he said, “` /
// `,'' Mr. Indyk said, ''`
const SPLIT_LEAD = /[,!?…—–-](?:["”»’]|'')\s+[^"“”«»'\n]{1,60},\s*$/u;

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'for', 'to', 'with', 'at', 'by', 'from', 'is', 'as', 'vs', 'vs.', 'de', 'la']);

/**
 * Is this marked span reported speech, and is it a whole quotation (`direct`: it starts its
 * sentence or follows `said:` / `said,`) or quoted words inside a paraphrase (`mixed`)?
 *
 * Not speech: titles of works and names in title case (“The Art of the Deal”), terms after
 * so-called / dubbed / titled, nicknames between a first and a last name (Donald “The Donald”
 * Trump), and short quoted words with no reporting cue in the sentence (scare quotes: the “deal”).
 * `hasCue` says whether the sentence (or the words right after the quote) carry a reporting cue.
 */
export function classifyQuote(text: string, span: TextRange, sentence: TextRange, hasCue: boolean): QuoteClass {
  const inner = trimToLettersAndDigits(text.slice(span.start, span.end));
  if (inner === '') return { speech: false, reason: 'empty' };
  // every test below asks only whether there are at most 10 words (and looks at them then): a
  // long quotation is not split whole
  const words = firstWords(inner, 11);
  const closingPunct = endsInStopAndMark(text, span.start, span.end);
  const before = text.slice(Math.max(sentence.start, span.start - 80), span.start);
  const after = text.slice(span.end, Math.min(text.length, span.end + 40));
  if (TERM_INTRODUCERS.test(before) && !WRITTEN_IN.test(before)) return { speech: false, reason: 'term' };
  // the meters’ “smart” label, its “green” branding: the quoted word names a label, not what was said
  if (words.length <= 3 && !closingPunct && LABEL_AFTER.test(after)) return { speech: false, reason: 'term' };
  // Donald “The Donald” Trump — a quote between two capitalised words
  if (capitalisedWordThenSpace(before) && /^\s+\p{Lu}/u.test(after) && words.length <= 4 && !closingPunct) {
    return { speech: false, reason: 'nickname' };
  }
  const titleCase = words.length <= 10 && words.every((w) => SMALL_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}#@]/u.test(w));
  // “The Art of the Deal” / ''A Time for Truth,'' published in 2015 — a title runs on into its sentence
  const runsOn = /^\s*\p{Ll}/u.test(after) && !hasCue;
  // "a group called “Safe Streets Now.”", "a parody account called “Dumb Meter”": a name given
  if (titleCase && NOUN_CALLED.test(before)) return { speech: false, reason: 'term' };
  if (titleCase && (!closingPunct || runsOn) && words.length >= 1 && !/^(?:I|OK|No|Yes)$/u.test(inner)) return { speech: false, reason: 'title' };
  // said on NBC’s “Meet the Press.” / host of ''Morning Joe,'' / Fiorina told "Fox and Friends,":
  // a short title-case name after "on", "of" or "told" and an optional owner is a programme or
  // work, even with the sentence's full stop inside the marks
  if (titleCase && words.length <= 7 && PROGRAMME_LEAD.test(before) && !/^(?:I|OK|No|Yes)$/u.test(inner)) return { speech: false, reason: 'title' };
  // "Sam Mendes leaves ‘Chocolate Factory’," by Times' Michael Paulson — a headline and its byline
  if (/^[\s,]*by\s+\p{Lu}/u.test(after)) return { speech: false, reason: 'title' };
  const lead = text.slice(Math.max(sentence.start, span.start - 400), span.start);
  const sentenceInitial = /^[\s\p{Pd}(]*$/u.test(lead);
  const afterColon = /:\s*$/u.test(lead);
  // “…,” he said, “but I also suspect …” — the second piece of a quotation split by its
  // attribution goes on the sentence the first piece began, lower case or not
  // He says, “that’s how you get smart …” / The streets were deserted, he added, ''but people
  // need …'': a whole quotation after its reporting verb and a comma, lower case or not
  const verbComma = lowerWordThenComma(lead);
  const splitPiece = closingPunct && hasCue && (SPLIT_LEAD.test(lead) || (verbComma !== null && REPORTING_VERB_FORMS.has(verbComma)));
  const afterCueComma = /,\s*$/u.test(lead) && (/^[\p{Lu}]/u.test(inner) || splitPiece);
  // “If there had not been that intervention” by the United States, … Clinton said — the quoted
  // words open a longer clause: a partial quotation, not a whole one
  const opensClause = sentenceInitial && !closingPunct && /^\s+\p{Ll}/u.test(after) && !/^\s+(?:said|says|wrote|writes|added|adds|told|asked)\b/u.test(after);
  if (opensClause) return { speech: true, kind: 'mixed' };
  if (sentenceInitial || afterColon || afterCueComma) {
    if (!hasCue && !closingPunct && words.length <= 3) return { speech: false, reason: 'scare-quote' };
    return { speech: true, kind: 'direct' };
  }
  if (!hasCue && words.length <= 4) return { speech: false, reason: 'scare-quote' };
  return { speech: true, kind: 'mixed' };
}

const isNameChar = (ch: string): boolean => /^[\p{L}.]$/u.test(ch);
const isLower = (ch: string): boolean => /^\p{Ll}$/u.test(ch);

/** Does `s` end in a word holding a capital (`Donald `) and then white space? (`/\p{Lu}[\p{L}.]*\s+$/u`, read backwards.) */
function capitalisedWordThenSpace(s: string): boolean {
  // ASCII answered by code, without copying the lead: a quotation's lead is up to 400 characters
  let i = s.length;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  if (i === s.length) return false;
  let capital = false;
  for (; i > 0; i--) {
    const c = s.charCodeAt(i - 1);
    if (c >= 128) return capitalisedWordThenSpaceByRegex(s);
    if (c >= 65 && c <= 90) capital = true;
    else if (!((c >= 97 && c <= 122) || c === 46)) break;
  }
  return capital;
}

function capitalisedWordThenSpaceByRegex(s: string): boolean {
  const t = s.trimEnd();
  return t.length < s.length && /\p{Lu}/u.test(trailingRun(t, isNameChar));
}

/** The lower-case word `s` ends in before a comma and any white space (`said, `), or null. */
function lowerWordThenComma(s: string): string | null {
  let e = s.length;
  while (e > 0 && isSpaceCode(s.charCodeAt(e - 1))) e--;
  if (e === 0 || s.charCodeAt(e - 1) !== 44) return null;
  let i = e - 1;
  for (; i > 0; i--) {
    const c = s.charCodeAt(i - 1);
    if (c >= 128) return lowerWordThenCommaByRegex(s);
    if (!(c >= 97 && c <= 122)) break;
  }
  return i === e - 1 ? null : s.slice(i, e - 1);
}

function lowerWordThenCommaByRegex(s: string): string | null {
  const t = s.trimEnd();
  if (!t.endsWith(',')) return null;
  const w = trailingRun(t.slice(0, -1), isLower);
  return w === '' ? null : w;
}

/**
 * `s` without its trailing characters other than letters, digits and . , ! ? … ; : (the closing
 * marks and spaces after the last word or stop). By hand for the same reason as above.
 */
function withoutTrailingMarks(s: string): string {
  let b = s.length;
  while (b > 0) {
    const last = lastCodePointStart(s, 0, b);
    if (codePointLetterOrDigitLength(s, last) > 0 || (last === b - 1 && STOPS_KEPT.includes(s[b - 1] ?? ''))) break;
    b = last;
  }
  return s.slice(0, b);
}

const STOPS_KEPT = '.,!?…;:';

// Words after a quoted phrase's comma that carry its clause on: “peanuts,” compared to …, “futile,” because …
const CLAUSE_GOES_ON = /^[\s,]*(?:and|but|because|compared|making|when|while|although|though|since|including|as|which|where|even|so)\b/u;

/** Verbs whose first object is the listener, not the content: told reporters …, urged voters to … */
const LISTENER_VERBS = /^(?:tell|tells|told|telling|ask|asks|asked|asking|urge|urges|urged|urging|remind|reminds|reminded|reminding|assure|assures|assured|assuring|inform|informs|informed|informing|warn|warns|warned|warning)$/;

/** What stands between two quoted words of a list: ", ", ", and a ", ", or ". */
const LIST_COMMA = /^,\s+(?:(?:and|or)\s+)?(?:(?:a|an)\s+)?$/u;

/** A quotation that reads as an item of a list of quoted words: a lower-case word right after its mark, no comma closing it. */
function listItemAt(text: string, q: TextRange): boolean {
  return /^\p{Ll}/u.test(text.slice(q.start + 1, q.start + 2)) && !/,\s*\P{L}*$/u.test(text.slice(Math.max(q.start, q.end - 4), q.end));
}

/**
 * The content span of a partial (`mixed`) quotation: the paraphrase holding the quoted words,
 * from just after the reporting verb (from `that` when there is one) to the end of the clause:
 * `Sullivan says [he’s satisfied that there has been “no illegal disclosure by anyone” at the agency].`
 * Quoted pieces later in the same clause join it: `that Trump is a “loser,” a “liar” and a “whiner.”`
 * With no cue before the quote the clause starts at the sentence start.
 *
 * `quotes[k]` is the quotation; returns the span and the index of the last quotation it covers.
 */
/**
 * "…, and she shot back that he was “…”", "…, but Kell countered that …": the first words after a
 * quotation closing on its comma open a clause with a subject of its own whose verb takes a "that"
 * of its own: a second speaker's report, not more of the first one's content.
 */
function replyAfter(words: readonly string[]): boolean {
  if (!/^(?:and|but|while|whereas)$/u.test(words[0] ?? '')) return false;
  const subject = words[1] ?? '';
  if (!/^(?:he|she|they|we|I)$/u.test(subject) && !/^\p{Lu}\p{Ll}+$/u.test(subject)) return false;
  return words[3] === 'that' || words[4] === 'that';
}

const CONTRAST_AFTER = new RegExp(String.raw`^[\s,]*${CONTRAST_OPENER}\s`, 'u');

/** A clause opened by a contrast ("even as", "while", "whereas", "though") that an according-to later in the sentence sources. */
function contrastSourcedElsewhere(rest: string): boolean {
  return CONTRAST_AFTER.test(rest) && /\baccording\s+to\s/u.test(rest);
}

export function mixedContentSpan(
  text: string,
  quotes: readonly TextRange[],
  k: number,
  sentence: TextRange,
  cue: { text: string; end: number } | null,
): { start: number; end: number; last: number } {
  const quote = quotes[k] as TextRange;
  let start = sentence.start;
  if (cue && cue.end <= quote.start && cue.end >= sentence.start) {
    start = cue.end;
    const between = text.slice(cue.end, quote.start);
    // the complementizer right after the verb ("said Tuesday that", "told CNN that"); a later
    // "that" is a relative pronoun inside the content ("says his campaign is the only one that …")
    const that = /\b(?:that|whether|if|how|why|what)\b/.exec(between);
    const gap = that ? between.slice(0, that.index) : '';
    // "said in an annual speech to the judiciary late on Friday evening that …": an adverbial
    // phrase may sit between the verb and its complementizer
    const adverbial = /^\s*(?:in|at|on|to|during|after|before|late|early|earlier|later|last|this|on|from|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(gap);
    // "told customers at a popular Manchester, New Hampshire, breakfast spot that …": after a
    // listener the complementizer may come late, past place names with commas
    const afterListener = LISTENER_VERBS.test(cue.text) && that !== null && that.index <= 150 && !/[;]/.test(gap);
    // "says his campaign is the only one that …", "says she thinks Cruz can win if he keeps …": a
    // verb between the cue and the word makes it part of the content, not the cue's complementizer
    const verbBetween = !adverbial && gap.trim() !== '' && !isVerbless(gap);
    if (that && ((!verbBetween && (that.index <= 45 || (adverbial && that.index <= 120)) && !/[,;]/.test(gap)) || afterListener)) start = cue.end + that.index;
    else if (LISTENER_VERBS.test(cue.text)) {
      // told reporters he wanted to “…” / told CNN the tone was “…”: skip the listener
      // (told her he worries …: a subject pronoun opens the content, it is no listener's noun;
      // told her the port was …: nor does a determiner, and "her" alone is the listener)
      // ("The bill, he told the Commons, would “…”": a listener may close the inserted frame with its
      // comma; "telling reporters in the Mural Hall the government was “…”": a named place may follow it)
      const listener = /^\s*(?:(?:the|a|an|his|her|their)\s+)?(?:[\p{Lu}][\p{L}’'.-]*(?:,\s+|\s+))*(?:(?!(?:he|she|they|it|we|you|the|a|an|this|that|these|those|his|her|their|its)\s)[\p{Ll}]+\s+)?(?:(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+)+)?/u.exec(between);
      if (listener && listener[0].length < between.length) start = cue.end + listener[0].length;
    }
    while (start < quote.start && /[\s,:;—–-]/u.test(text[start] ?? '')) start++;
    // "…, said Mei Lin, an engineer, but “you have to …”": the inverted cue's subject and its
    // apposition are no part of the content, which starts after the conjunction
    const inverted = /,\s*$/u.test(text.slice(Math.max(sentence.start, cue.end - cue.text.length - 3), cue.end - cue.text.length));
    const tail = /,\s*(?:but|and)\s+$/u.exec(text.slice(start, quote.start));
    if (inverted && tail && /^\p{Lu}/u.test(text[start] ?? '')) start = quote.start;
  }
  let last = k;
  let end = quote.end;
  // the words before the quotation are only the verb's object ("him a", "the plan as"): read once, when asked
  let objectOnly: boolean | undefined;
  for (;;) {
    const cur = quotes[last] as TextRange;
    const inner = withoutTrailingMarks(text.slice(cur.start, cur.end));
    if (/[.!?…]$/.test(inner)) break;
    const next = quotes[last + 1];
    if (/,$/.test(inner)) {
      // “loser,” a “liar” and a “whiner.”: a list of quoted words goes on
      const gap = next ? text.slice(cur.end, next.start) : '';
      if (next && next.start < sentence.end && gap.length < 40 && /^[\s\p{Ll},’'-]*$/u.test(gap) && !/\b(?:but|said|says|he|she|they)\b/.test(gap)) {
        last++;
        end = next.end;
        continue;
      }
      // that waterboarding is “peanuts,” compared to what militants are doing / was “futile,”
      // because …: the paraphrase goes on to the sentence end unless an attribution closes it
      // (“…,” he said / “…,” Trump added / “…,” according to …)
      const rest = text.slice(cur.end, sentence.end);
      // (the cheap test first, and only the first five words read: a sentence of many quotations
      // was cut into words to its end at every one)
      if (CLAUSE_GOES_ON.test(rest)) {
        // calling him a “train wreck,” and contrasted …: the object's clause ends at the subject's next act
        const lead = /^[\s,]*/u.exec(rest)?.[0].length ?? 0;
        const nextAct = (objectOnly ??= isVerbless(text.slice(start, quote.start))) && nextActAt(text, cur.end + lead);
        const lead5 = firstLetterRuns(rest, 5);
        // (", even as airstrikes killed 27 people, according to health officials": a contrast that
        // another source reports is that source's, not more of the paraphrase)
        if (!nextAct && !lead5.some((w) => REPORTING_VERB_FORMS.has(w.toLowerCase()) || w === 'according') && !replyAfter(lead5) && !contrastSourcedElsewhere(rest)) {
          end = sentence.end;
          while (end > cur.end && /[\s.]/.test(text[end - 1] ?? '')) end--;
          while (quotes[last + 1] && (quotes[last + 1] as TextRange).start < end) last++;
          end = Math.max(end, (quotes[last] as TextRange).end);
        }
      }
      break;
    }
    // no closing punctuation: the clause goes on to the next comma, semicolon or the sentence end
    objectOnly ??= isVerbless(text.slice(start, quote.start));
    let e = cur.end;
    const clauseLimit = Math.min(sentence.end, cur.end + 400);
    for (let resumed = false; ; resumed = true) {
      // ("for around 38,000 homes", "at 10:30": a comma or colon between digits is part of the number)
      while (e < clauseLimit && (!/[,;:!?]/.test(text[e] ?? '') || separatorInNumber(text, e)) && !(text[e] === '.' && /\s/.test(text[e + 1] ?? ' '))) {
        if (next && e === next.start) break;
        // called the deal “outrageous” and called for …: a second verb of its subject ends the clause
        // called him a “nice guy” and boycotted …: after content with no verb of its own, any verb in
        // the past tense after "and" is its subject's next act
        if ((text[e] === ' ' || text[e] === '\n') && (secondVerbAt(text, e + 1) || closingActAt(text, e + 1, true) || (objectOnly && nextActAt(text, e + 1)))) break;
        // has “full confidence” in him despite reports that …: others' reports are the narrator's frame
        if (text[e] === ' ' && (text[e + 1] === 'd' || text[e + 1] === 'a') && DESPITE_OTHERS_REPORT.test(text.slice(e + 1, e + 121))) break;
        e++;
      }
      // is “sure” that once the vote is over, the party will unite: the comma closes a fronted clause
      if (resumed || text[e] !== ',' || !opensFrontedSubordinate(text.slice(cur.end, e)) || attributionAfter(text.slice(e + 1, sentence.end), (w) => REPORTING_VERB_FORMS.has(w))) break;
      e++;
    }
    if (next && e === next.start && next.start < sentence.end) {
      last++;
      end = next.end;
      continue;
    }
    // “bold”, “risky” and “late”: a list of quoted words with its commas outside the marks goes on
    // (not into a quotation that opens a sentence of its own, “bold”, “It will work,” he said, or
    // one cut from a longer one and set off for its own attribution: “a disgrace”, “…the darkest
    // day in decades,” her lawyer added)
    if (next && next.start < sentence.end && LIST_COMMA.test(text.slice(cur.end, next.start)) && listItemAt(text, next)) {
      last++;
      end = next.end;
      continue;
    }
    end = e;
    while (end > cur.end && /\s/.test(text[end - 1] ?? '')) end--;
    break;
  }
  return { start, end, last };
}
