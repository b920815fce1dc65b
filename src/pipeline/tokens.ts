import type { TextRange } from './segment.js';

/** A word or punctuation mark with its offsets in the original text. */
export interface Token extends TextRange {
  text: string;
  /** `word`: letters/digits (with inner apostrophes or hyphens); `punct`: anything else. */
  kind: 'word' | 'punct';
}

// Inner apostrophes and hyphens stay in the word (can't, Maduro-aligned); a trailing ’s does not
// (Trump’s envoy -> "Trump" "’s"), so a possessive name is still a name. This regex is the
// definition; `tokenLength` matches it by hand, one token at a time.
const TOKEN_RE = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+|[’'](?![sS]\b)[\p{L}\p{N}]+)*|[’'][sS]\b|(?<=[sS])[’'](?=\s)|[^\s\p{L}\p{N}]/gu;
const GLUES_STOP_RE = /^(?:\p{Lu}|\p{Lu}\.(?:\p{Lu}\.?)*|Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Pres|Lt|Gen|Col|Capt|Sgt|Adm|Rev|Hon|Prof|St|Jr|Sr|Mt|Ft)$/u;
const INITIALS_RE = /^\p{Lu}\.(?:\p{Lu}\.)*$/u;
const CAPITAL_RE = /^\p{Lu}$/u;
const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u;

/**
 * Tokens of `text` between `start` and `end`. A capital initial or abbreviation keeps its full stop
 * when the stop is glued to it ("J." in "George W. Bush", "Sen.", "U.S.") so names read whole.
 *
 * Stages ask for many overlapping windows of one article (a name, 80 characters after it, the
 * sentence before a quotation), so a long text is tokenized once and windows are read from that
 * index; only the partial words at a window's two edges are tokenized again. Tokens never hold
 * whitespace, so from the first whitespace in a window on, the window's tokens are the article's.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const parts = windowParts(text, start, end);
  if (parts.index === null) return parts.head;
  const { head, index, from, to, tail } = parts;
  // one array of the final length: pushing grew and copied it for every long window
  const out = new Array<Token>(head.length + (to - from) + tail.length);
  let n = 0;
  for (const t of head) out[n++] = t;
  for (let i = from; i < to; i++) out[n++] = indexedToken(text, index, i);
  for (const t of tail) out[n++] = t;
  return out;
}

/**
 * A window's tokens as its two edges (tokenized on their own) around a stretch of the article's
 * index, `[from, to)`; a short window or text is all head, with no index.
 */
type WindowParts = { head: Token[]; index: null } | { head: Token[]; index: TokenColumns; from: number; to: number; tail: Token[] };

function windowParts(text: string, start: number, end: number): WindowParts {
  if (end - start < INDEXED_WINDOW || text.length < INDEXED_TEXT || start < 0 || end > text.length) return { head: toTokens(text, scan(text, start, end, scratch())), index: null };
  // a: the window's first whitespace; b: its last one
  let a = start;
  while (a < end && !isSpace(text.charCodeAt(a))) a++;
  let b = end - 1;
  while (b > a && !isSpace(text.charCodeAt(b))) b--;
  if (a >= end) return { head: toTokens(text, scan(text, start, end, scratch())), index: null };
  // the head keeps whitespace `a` so a lookahead at its last word sees what the window saw
  // an edge that is only the whitespace holds no token (most windows start or end at a space)
  const head = a === start ? [] : toTokens(text, scan(text, start, a + 1, scratch()));
  const index = articleIndex(text);
  const from = firstStartAfter(index, a);
  let to = from;
  while (to < index.n && (index.starts[to] as number) < b) to++;
  return { head, index, from, to, tail: b === end - 1 ? [] : toTokens(text, scan(text, b, end, scratch())) };
}

/** `tokenize(text, start, end)` read one token at a time, each token made only when asked for. */
export interface TokenWindow {
  /** How many tokens the window holds. */
  readonly length: number;
  /** The i-th token, or undefined past either end. */
  at(i: number): Token | undefined;
  /**
   * The first index from `i` on whose token may be capitalised (see `isCapitalised`), or `length`:
   * punctuation and words opening with an ASCII character other than A-Z are certainly not, and
   * are skipped without being made.
   */
  nextMayBeCapitalised(i: number): number;
}

/**
 * The tokens of a window without making them all: a scan for names reads every token of the
 * article but needs only the capitalised ones and their neighbours as objects.
 */
export function tokenWindow(text: string, start: number, end: number): TokenWindow {
  const parts = windowParts(text, start, end);
  if (parts.index === null) {
    const all = parts.head;
    return { length: all.length, at: (i) => all[i], nextMayBeCapitalised: (i) => Math.max(i, 0) };
  }
  const { head, from, to, tail } = parts;
  const middle = to - from;
  // the index is asked for again at each read: it is the same columns while this article is the last one indexed
  return {
    length: head.length + middle + tail.length,
    at(i) {
      if (i < head.length) return head[i];
      const k = i - head.length;
      if (k >= middle) return tail[k - middle];
      return indexedToken(text, articleIndex(text), from + k);
    },
    // a name scan skips most of an article's tokens: one tight loop over the columns, not a call per token
    nextMayBeCapitalised(i) {
      if (i < 0) i = 0;
      const k = i - head.length;
      if (k < 0 || k >= middle) return Math.min(i, head.length + middle + tail.length);
      const { words, starts } = articleIndex(text);
      for (let x = from + k; x < to; x++) {
        if (words[x] !== 1) continue;
        const c = text.charCodeAt(starts[x] as number);
        if (c >= 128 || (c >= 65 && c <= 90)) return head.length + (x - from);
      }
      return head.length + middle;
    },
  };
}

/**
 * The last `count` tokens of `tokenize(text, start, end)` (all of them when there are fewer),
 * scanning only the window's last `count` runs of non-space characters: each run holds at least
 * one token, and from a whitespace on a window's tokens do not depend on what came before it.
 * For look-backs that read a few words before a name.
 */
export function lastTokens(text: string, start: number, end: number, count: number): Token[] {
  let i = end - 1;
  for (let runs = 0; runs < count && i >= start; runs++) {
    while (i >= start && isSpace(text.charCodeAt(i))) i--;
    while (i >= start && !isSpace(text.charCodeAt(i))) i--;
  }
  const from = i < start ? start : i;
  // a look-back between two whitespaces of an indexed article ("said ⎵Maduro": the word before a
  // name) holds the article's own tokens: they are read from its index, not cut again
  const index = from === i && end < text.length && isSpace(text.charCodeAt(end - 1)) && text.length >= INDEXED_TEXT ? indexedColumns(text) : null;
  if (index) {
    const hi = firstStartAfter(index, end - 1);
    // the first of the last `count` tokens that starts after `from`: a few steps, not a second search
    let lo = Math.max(0, hi - count);
    while (lo < hi && (index.starts[lo] as number) <= from) lo++;
    const out = new Array<Token>(hi - lo);
    for (let k = lo; k < hi; k++) out[k - lo] = indexedToken(text, index, k);
    return out;
  }
  // a look-back is a few words long, but most are asked of an indexed article: read from its index
  if (end - from >= INDEXED_WINDOW && text.length >= INDEXED_TEXT) {
    const all = tokenize(text, from, end);
    return all.length > count ? all.slice(all.length - count) : all;
  }
  const c = scan(text, from, end, scratch());
  const out: Token[] = [];
  for (let k = Math.max(0, c.n - count); k < c.n; k++) {
    const s = c.starts[k] as number;
    const e = c.ends[k] as number;
    out.push({ start: s, end: e, text: text.slice(s, e), kind: c.words[k] === 1 ? 'word' : 'punct' });
  }
  return out;
}

/** Windows shorter than this, or texts shorter than this, are tokenized directly. */
const INDEXED_WINDOW = 24;
const INDEXED_TEXT = 2000;

/** Token offsets and kinds, column by column (a 10 MB article stays a few tens of MB). */
interface TokenColumns {
  starts: Int32Array;
  ends: Int32Array;
  words: Uint8Array;
  n: number;
}

/**
 * The i-th token of the article's index, made anew for each window that asks. Kept for the article,
 * the tokens of a text with a mark every few characters ("”a“ ”a“ …") outlived every young-generation
 * collection and cost a third of the run in copying; made anew, they die young, and a steady pass
 * over news costs the same.
 */
function indexedToken(text: string, index: TokenColumns, i: number): Token {
  const s = index.starts[i] as number;
  const e = index.ends[i] as number;
  return { start: s, end: e, text: text.slice(s, e), kind: index.words[i] === 1 ? 'word' : 'punct' };
}

function columns(capacity: number): TokenColumns {
  return { starts: new Int32Array(capacity), ends: new Int32Array(capacity), words: new Uint8Array(capacity), n: 0 };
}

let scratchColumns = columns(256);
function scratch(): TokenColumns {
  scratchColumns.n = 0;
  return scratchColumns;
}

function push(c: TokenColumns, start: number, end: number, word: boolean): TokenColumns {
  if (c.n === c.starts.length) {
    const bigger = columns(c.n * 2);
    bigger.starts.set(c.starts);
    bigger.ends.set(c.ends);
    bigger.words.set(c.words);
    bigger.n = c.n;
    if (c === scratchColumns) scratchColumns = bigger;
    c = bigger;
  }
  c.starts[c.n] = start;
  c.ends[c.n] = end;
  c.words[c.n] = word ? 1 : 0;
  c.n++;
  return c;
}

/** The tokenizer proper: tokens of `text.slice(start, end)`, offsets into `text`. */
function scan(text: string, start: number, end: number, into: TokenColumns): TokenColumns {
  let c = into;
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  // Every character that is not whitespace starts a match (a letter or digit a word, anything
  // else at least a one-character mark), so the next match is at the next non-space character:
  // the sticky regex is tried there, with no match array built per token.
  for (let i = 0; i < slice.length; ) {
    if (isSpace(slice.charCodeAt(i))) {
      i++;
      continue;
    }
    const length = tokenLength(slice, i);
    const s = start + i;
    const code = slice.charCodeAt(i);
    i += length;
    const isWord = code < 128 ? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : unitIsLetterOrDigit(code);
    const last = c.n - 1;
    const prevAdjacentWord = last >= 0 && c.words[last] === 1 && c.ends[last] === s;
    // "U.S." arrives as U . S . : glue single letters joined by stops (every such word starts with
    // a capital: a lower-case one, as before every sentence's final stop, is answered without the regex)
    if (prevAdjacentWord && length === 1 && code === 46 && !isAsciiLower(text.charCodeAt(c.starts[last] as number)) && GLUES_STOP_RE.test(text.slice(c.starts[last], c.ends[last]))) {
      c.ends[last] = s + 1;
      continue;
    }
    if (prevAdjacentWord && isWord && CAPITAL_RE.test(slice.slice(s - start, s - start + length)) && INITIALS_RE.test(text.slice(c.starts[last], c.ends[last]))) {
      c.ends[last] = s + length;
      continue;
    }
    c = push(c, s, s + length, isWord);
  }
  return c;
}

function toTokens(text: string, c: TokenColumns): Token[] {
  const out: Token[] = new Array<Token>(c.n);
  for (let i = 0; i < c.n; i++) {
    const s = c.starts[i] as number;
    const e = c.ends[i] as number;
    out[i] = { start: s, end: e, text: text.slice(s, e), kind: c.words[i] === 1 ? 'word' : 'punct' };
  }
  return out;
}

/**
 * Length of the TOKEN_RE match at `i` of `s` (a non-space position: every one starts a match), found
 * by hand: the sticky regex, tried once per token, was the tokenizer's largest cost. Same answers,
 * branch by branch (the regex reads `s` alone, so its edges are `s`'s edges):
 * - a letter or digit starts a word: the run, then any `-`/`‐` + run, or `’`/`'` + run unless the
 *   mark is followed by s/S and a word boundary (`Trump’s` stops before `’s`);
 * - `’s`/`'s` before a boundary is one token;
 * - anything else is one code point (an astral one takes two code units; a lone surrogate one).
 * `\b` here is the regex's: next to [A-Za-z0-9_] on one side only (the u flag keeps it ASCII).
 */
function tokenLength(s: string, i: number): number {
  const n = s.length;
  let j = letterRunEnd(s, i);
  if (j === i) {
    const c = s.charCodeAt(i);
    if (isApostrophe(c)) return isEsBeforeBoundary(s, i + 1) ? 2 : 1;
    return c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(s.charCodeAt(i + 1)) ? 2 : 1;
  }
  for (;;) {
    if (j >= n) return j - i;
    const c = s.charCodeAt(j);
    const joins = c === 45 || c === 0x2010 || (isApostrophe(c) && !isEsBeforeBoundary(s, j + 1));
    if (!joins || codePointLetterOrDigitLength(s, j + 1) === 0) return j - i;
    j = letterRunEnd(s, j + 1);
  }
}

/** The end of the run of letters and digits starting at `j` (`j` itself when none starts there); ASCII read inline. */
export function letterRunEnd(s: string, j: number): number {
  const n = s.length;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) j++;
      else return j;
    } else {
      const len = codePointLetterOrDigitLength(s, j);
      if (len === 0) return j;
      j += len;
    }
  }
  return j;
}

function isApostrophe(c: number): boolean {
  return c === 0x2019 || c === 39;
}

/** `s` or `S` at `i` with a word boundary after it (end of string, or no [A-Za-z0-9_] next). */
function isEsBeforeBoundary(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c !== 115 && c !== 83) return false;
  if (i + 1 >= s.length) return true;
  const d = s.charCodeAt(i + 1);
  return !((d >= 48 && d <= 57) || (d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 95);
}

export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

export function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** 0 when no letter or digit (a whole code point, as the u flag reads it) starts at `i`, else its length in code units. */
export function codePointLetterOrDigitLength(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  const cp = s.codePointAt(i) ?? c;
  let known = CODE_POINT_CLASS.get(cp);
  if (known === undefined) {
    known = LETTER_OR_DIGIT_RE.test(String.fromCodePoint(cp));
    CODE_POINT_CLASS.set(cp, known);
  }
  return known ? (cp > 0xffff ? 2 : 1) : 0;
}
/** Letter-or-digit answers for the non-ASCII code points seen so far (a few hundred in practice). */
const CODE_POINT_CLASS = new Map<number, boolean>();

/**
 * A word token starts with a letter or digit, judged on its first code unit alone (a lone
 * surrogate, as the first half of an astral letter, does not).
 */
function unitIsLetterOrDigit(code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let known = CODE_POINT_CLASS.get(code);
  if (known === undefined) {
    known = LETTER_OR_DIGIT_RE.test(String.fromCharCode(code));
    CODE_POINT_CLASS.set(code, known);
  }
  return known;
}

/** `\s` of a JavaScript regular expression, by char code. */
export function isSpace(ch: number): boolean {
  if (ch < 128) return ch === 32 || (ch >= 9 && ch <= 13);
  return ch === 0xa0 || ch === 0x1680 || (ch >= 0x2000 && ch <= 0x200a) || ch === 0x2028 || ch === 0x2029 || ch === 0x202f || ch === 0x205f || ch === 0x3000 || ch === 0xfeff;
}

// The last long text tokenized whole: a memo of a pure function (same text, same tokens), so
// extract() stays pure while each article is tokenized once.
let indexed: { text: string; columns: TokenColumns } | null = null;
/**
 * The index's columns when `text` is the indexed article, else null. Another copy of the same string (an article extracted
 * again, read anew from a file or a database) is equal only by content, and comparing it costs its
 * length: the index then keeps that copy, so every later comparison is by reference.
 */
function indexedColumns(text: string): TokenColumns | null {
  if (indexed === null || indexed.text !== text) return null;
  indexed.text = text;
  return indexed.columns;
}

function articleIndex(text: string): TokenColumns {
  const known = indexedColumns(text);
  if (known) return known;
  // the last article's columns are written over when they are large enough: nothing else holds them
  const capacity = Math.max(256, text.length >> 2);
  const old = indexed?.columns;
  const into = old && old.starts.length >= capacity && old.starts.length <= 4 * capacity ? old : columns(capacity);
  into.n = 0;
  indexed = null; // its columns are being written over
  const columnsNow = scan(text, 0, text.length, into);
  indexed = { text, columns: columnsNow };
  return columnsNow;
}

/** First token starting after offset `a` (binary search). */
function firstStartAfter(c: TokenColumns, a: number): number {
  let lo = 0;
  let hi = c.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((c.starts[mid] as number) <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const isCapitalised = (t: Token | undefined): boolean => {
  if (t === undefined || t.kind !== 'word') return false;
  const ch = t.text.charCodeAt(0);
  // ASCII answered by code; anything else by the Unicode property
  const upper = ch < 128 ? ch >= 65 && ch <= 90 : /^\p{Lu}/u.test(t.text);
  // "a Trump-style retort", "the GOP-led House", "Obama-era rules": a capitalised word joined to a
  // modifier ending is an adjective, not a name ("Al-Tabchi", "Kim Jong-un", "Moon Jae-in" stay names)
  return upper && !(t.text.includes('-') && MODIFIER_ENDING.test(t.text));
};

// The endings that make "X-…" a modifier: Trump-style, GOP-led, Obama-era, Soros-backed, Kremlin-linked
const MODIFIER_ENDING = /-(?:style|led|era|backed|based|aligned|appointed|funded|owned|run|controlled|leaning|friendly|sponsored|linked|allied|inspired|like|type|minded|affiliated|supporting|made|born|bred|themed|branded|related|focused|centric|esque)$/u;
/**
 * The longest end of `s` whose characters (code points) all pass `test`: `trailingRun('said Trump', isLetter)`
 * is `Trump`. Read backwards by hand: a `[…]*$` regex would retry from every position of a long run
 * and take quadratic time.
 */
export function trailingRun(s: string, test: (ch: string) => boolean): string {
  let i = s.length;
  while (i > 0) {
    const low = s.charCodeAt(i - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff;
    const w = pair ? 2 : 1;
    if (!test(s.slice(i - w, i))) break;
    i -= w;
  }
  return s.slice(i);
}

/** ’s, or a bare ’ after a plural or an s-final name (Sanders’ campaign manager). */
export const isPossessive = (t: Token | undefined): boolean => {
  if (t === undefined || t.text.length > 2) return false;
  // `/^[’'][sS]?$/` by code: asked of the token after every name
  const c = t.text.charCodeAt(0);
  const s = t.text.length === 2 ? t.text.charCodeAt(1) : 115;
  return (c === 0x2019 || c === 39) && (s === 115 || s === 83);
};
