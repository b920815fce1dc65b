/**
 * British, Irish and Australian copy quotes with single marks and nests double ones inside them
 * (‘He said “no” to me,’ she said); some copy quotes whole sentences with single marks and partial
 * quotations with double ones. The stages after this one read double marks as quotations, so
 * single-marked quotations are read with the marks swapped: each quotation's ‘ ’ (or ' ') become
 * “ ” and the double marks inside it ‘ ’. Every mark is one UTF-16 unit either
 * way, so every offset into the swapped text is an offset into the article as written, and the
 * records' strings are sliced from the original afterwards (see `extract`).
 *
 * An apostrophe is no closing mark: one between letters (don’t, Reyes’s), and a plural possessive
 * (`the workers’ union`: an s, the mark, a space and a lower-case word) unless no later mark in the
 * paragraph could close the quotation; nor is the second mark of an elided letter (rock 'n' roll). A
 * decade (’90s) is no opening mark.
 */

const OPEN_SINGLE = 0x2018; // ‘
const CLOSE_SINGLE = 0x2019; // ’
const STRAIGHT_SINGLE = 0x27; // '
const OPEN_DOUBLE = 0x201c; // “
const CLOSE_DOUBLE = 0x201d; // ”
const STRAIGHT_DOUBLE = 0x22; // "

interface Span {
  open: number;
  close: number;
  /** Openers of continuation paragraphs inside a quotation running over several paragraphs. */
  continued: number[];
}

const isLetterOrDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));
const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff);

/** The article's text with single and double quotation marks swapped, or null when it quotes with double marks (or not at all). */
export function swapSingleQuotes(text: string): string | null {
  if (text.indexOf('\u2018') < 0 && text.indexOf("'") < 0) return null;
  const scanned = scan(text);
  // mostly single marks: British style, double marks nested inside; else (copy that quotes whole
  // sentences with single marks and partial ones with double marks) only the single-marked
  // quotations of three words or more with no double mark inside
  const british = scanned.singles.length > scanned.doubles;
  // (the single marks of such copy's headline and standfirst quote what the body quotes again:
  // left to the body)
  const body = british ? 0 : bodyStart(text);
  const singles = british ? scanned.singles : scanned.singles.filter((s) => s.open >= body && plainQuotation(text, s));
  if (singles.length === 0) return null;
  // the text between the marks copied in stretches, not one string per character of the article
  const out: string[] = [];
  let from = 0;
  const put = (at: number, mark: string): void => {
    out.push(text.slice(from, at), mark);
    from = at + 1;
  };
  for (const s of singles) {
    const straight = text.charCodeAt(s.open) === STRAIGHT_SINGLE;
    put(s.open, straight ? '"' : '\u201c');
    // the continuation paragraphs' openers are single marks, which the loop below leaves alone
    let n = 0;
    for (let i = s.open + 1; i < s.close; i++) {
      const c = text.charCodeAt(i);
      if (c === OPEN_DOUBLE) put(i, '\u2018');
      else if (c === CLOSE_DOUBLE) put(i, '\u2019');
      else if (c === STRAIGHT_DOUBLE) put(i, "'");
      else if (i === s.continued[n]) {
        put(i, straight ? '"' : '\u201c');
        n++;
      }
    }
    put(s.close, straight ? '"' : '\u201d');
  }
  out.push(text.slice(from));
  return out.join('');
}

/** Top-level quotations with single marks, and how many with double marks, paragraph by paragraph. */
function scan(text: string): { singles: Span[]; doubles: number } {
  const singles: Span[] = [];
  let doubles = 0;
  let pending = null as Span | null;
  let inDouble = false;
  let paragraphStart = 0;
  // the next mark at or after the scan's position: every other character is passed over below,
  // so the scan jumps from mark to mark (the scan only moves forward, so one search serves until it is passed)
  let markAt = -1;
  while (paragraphStart <= text.length) {
    let end = text.indexOf('\n', paragraphStart);
    if (end < 0) end = text.length;
    let i = paragraphStart;
    if (inDouble) {
      // a double-marked quotation running on: this paragraph continues it when it opens with a double mark
      const first = firstNonSpace(text, i, end);
      if (first >= end) {
        paragraphStart = end + 1;
        continue;
      }
      const code = text.charCodeAt(first);
      inDouble = code === OPEN_DOUBLE || code === STRAIGHT_DOUBLE || text.startsWith("''", first) || text.startsWith('``', first);
      if (inDouble) {
        const close = closeOfDouble(text, first + 1, end);
        if (close < 0) {
          paragraphStart = end + 1;
          continue;
        }
        inDouble = false;
        i = close + 1;
      }
    }
    if (pending) {
      // a quotation running on: this paragraph opens with the same mark, or it was never closed
      const first = firstNonSpace(text, i, end);
      if (first < end && text.charCodeAt(first) === text.charCodeAt(pending.open)) {
        pending.continued.push(first);
        i = first + 1;
      } else if (first < end) {
        pending = null;
      }
    }
    for (; i < end; i++) {
      if (markAt < i) {
        ANY_MARK.lastIndex = i;
        markAt = ANY_MARK.test(text) ? ANY_MARK.lastIndex - 1 : text.length;
      }
      if (markAt >= end) break;
      i = markAt;
      const c = text.charCodeAt(i);
      if (pending) {
        const close = closerAt(text, i, end, text.charCodeAt(pending.open));
        if (close) {
          pending.close = i;
          singles.push(pending);
          pending = null;
        }
        continue;
      }
      if (c === STRAIGHT_SINGLE && (text.charCodeAt(i + 1) === STRAIGHT_SINGLE || text.charCodeAt(i - 1) === 0x60)) {
        // ''…'' (and ``…''): double marks written with two apostrophes
        const j = text.indexOf("''", i + 2);
        if (j > 0 && j < end) {
          doubles++;
          i = j + 1;
        }
        continue;
      }
      if (c === OPEN_DOUBLE || c === 0x60 || (c === STRAIGHT_DOUBLE && opens(text, i))) {
        // a quotation in double marks: skip to its close (“…" and "…” too); one not closed in its
        // paragraph runs on, and so does this skip, through the paragraphs that open with a double mark
        let j = i + 1;
        while (j < end && !(c === 0x60 ? text.startsWith("''", j) : text.charCodeAt(j) === CLOSE_DOUBLE || text.charCodeAt(j) === STRAIGHT_DOUBLE)) j++;
        doubles++;
        if (j < end) i = j;
        else {
          inDouble = true;
          break;
        }
        continue;
      }
      if ((c === OPEN_SINGLE || c === STRAIGHT_SINGLE) && opens(text, i)) pending = { open: i, close: -1, continued: [] };
    }
    // not closed in its paragraph: it may run on into the next one (checked there)
    if (pending && end >= text.length) pending = null;
    if (pending) {
      // a quotation that runs on continues only into a paragraph that opens with its mark
      const next = end + 1;
      let nextEnd = text.indexOf('\n', next);
      if (nextEnd < 0) nextEnd = text.length;
      const first = firstNonSpace(text, next, nextEnd);
      if (first >= nextEnd && nextEnd < text.length) {
        // a blank line between paragraphs: look at the paragraph after it
        paragraphStart = next;
        continue;
      }
      if (!(first < nextEnd && text.charCodeAt(first) === text.charCodeAt(pending.open))) pending = null;
    }
    paragraphStart = end + 1;
  }
  return { singles, doubles };
}

/** The characters the paragraph scan acts on: single and double marks of every kind, straight and backquote. */
const ANY_MARK = /['\u2018\u2019\u201c"`]/g;

/** Where the body starts: the first paragraph of 20 words or more, or the third paragraph, whichever comes first. */
function bodyStart(text: string): number {
  let start = 0;
  let paragraphs = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let words = 0;
    for (let i = start; i < end && words < 20; i++) if (!isSpaceCode(text.charCodeAt(i)) && (i === start || isSpaceCode(text.charCodeAt(i - 1)))) words++;
    if (words >= 20 || (words > 0 && ++paragraphs > 2)) return start;
    start = end + 1;
  }
  return text.length;
}

/** Three words or more and no double mark between the marks. */
function plainQuotation(text: string, s: Span): boolean {
  const inner = text.slice(s.open + 1, s.close);
  return !/["\u201c\u201d]/u.test(inner) && (inner.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 3;
}

/** The closing double mark of a continued quotation between `from` and `end`, else -1. */
function closeOfDouble(text: string, from: number, end: number): number {
  for (let j = from; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === CLOSE_DOUBLE || (c === STRAIGHT_DOUBLE && !opens(text, j)) || (c === STRAIGHT_SINGLE && text.charCodeAt(j + 1) === STRAIGHT_SINGLE)) return j;
  }
  return -1;
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** An opening mark: at a paragraph start or after a space, bracket, dash or colon, and glued to the next word; not a decade (’90s). */
function opens(text: string, i: number): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : 32;
  const after = text.charCodeAt(i + 1);
  if (!(isSpaceCode(before) || '([{—–-:;/'.includes(String.fromCharCode(before)))) return false;
  if (Number.isNaN(after) || isSpaceCode(after)) return false;
  // ’90s, '60s: a decade
  if (after >= 48 && after <= 57 && /^\d\ds\b/u.test(text.slice(i + 1, i + 5))) return false;
  return true;
}

/** Whether the mark at `i` closes a quotation opened with `openCode` (see the module comment on apostrophes). */
function closerAt(text: string, i: number, end: number, openCode: number): boolean {
  const c = text.charCodeAt(i);
  const want = openCode === STRAIGHT_SINGLE ? STRAIGHT_SINGLE : CLOSE_SINGLE;
  if (c !== want) return false;
  // ''…'': two apostrophes are a double mark
  if (c === STRAIGHT_SINGLE && (text.charCodeAt(i + 1) === STRAIGHT_SINGLE || text.charCodeAt(i - 1) === STRAIGHT_SINGLE)) return false;
  const before = text.charCodeAt(i - 1);
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
  if (isSpaceCode(before)) return false;
  // don’t, Reyes’s: an apostrophe inside a word
  if (isLetterOrDigit(before) && isLetterOrDigit(after)) return false;
  // rock 'n' roll, fish ’n’ chips: an "n" between two marks, between two lower-case words, is an
  // elided "and" (not "tick 'y' or 'n'." or "ticked 'n',", a letter quoted)
  if (elidedAnd(text, i)) return false;
  if (!(isSpaceCode(after) || i + 1 >= end || '.,;:!?)]}—–-"\u201d'.includes(String.fromCharCode(after)))) return false;
  // the workers’ union: a plural possessive, unless nothing later in the paragraph could close
  if ((before === 115 || before === 83) && isSpaceCode(after) && isLower(text.charCodeAt(i + 2))) {
    for (let j = i + 1; j < Math.min(end, i + 2000); j++) if (text.charCodeAt(j) === want && plainCloser(text, j, end)) return false;
  }
  return true;
}

/** The mark at `i` closes "'n'" standing between two lower-case words: "rock 'n' roll". */
function elidedAnd(text: string, i: number): boolean {
  const twoBack = text.charCodeAt(i - 2);
  return (
    text.charCodeAt(i - 1) === 110 &&
    (twoBack === STRAIGHT_SINGLE || twoBack === OPEN_SINGLE || twoBack === CLOSE_SINGLE) &&
    i >= 4 && isSpaceCode(text.charCodeAt(i - 3)) && isLower(text.charCodeAt(i - 4)) &&
    isSpaceCode(text.charCodeAt(i + 1)) && isLower(text.charCodeAt(i + 2))
  );
}

/** A mark after a non-space and before a space, a stop or the paragraph's end. */
function plainCloser(text: string, j: number, end: number): boolean {
  const after = j + 1 < text.length ? text.charCodeAt(j + 1) : 32;
  return !isSpaceCode(text.charCodeAt(j - 1)) && (isSpaceCode(after) || j + 1 >= end || '.,;:!?)]}—–-'.includes(String.fromCharCode(after)));
}
