import { FINITE_VERBS, isReportingVerb, SKIPPABLE } from './subject-phrase.js';
import { phraseCue } from './cue-context.js';
import { isSpace, tokenize, tokenWindow, type Token } from './tokens.js';

// Whether a name speaks: the reporting verb right after it ("Maduro said", "Khizr Khan, 66, said")
// or right before it ("said Maduro"). Asked of every mention of every name, so most are answered
// from the characters next to the name without tokenizing.

/**
 * Skip what may sit between a name and its verb: an apposition or relative clause between commas
 * (`John Bryant, the Republican chairman, said`; `Khizr Khan, 66, said`; `Cruz, who has proposed
 * repealing the mandate, said`) or a parenthesis (`Sen. Marco Rubio (R-Fla.) said`). Returns the
 * index after it, or `v` unchanged when there is none.
 */
function skipInsertion(toks: readonly Token[], v: number): number {
  let j = v;
  if (toks[j]?.text === '(') {
    while (j < toks.length && j < v + 12 && toks[j]?.text !== ')') j++;
    if (toks[j]?.text === ')') j++;
    else return v;
  }
  if (toks[j]?.text === ',') {
    let e = j + 1;
    while (e < toks.length && e < j + 20 && toks[e]?.text !== ',' && !/^[.;:!?“”"]$/.test(toks[e]?.text ?? '')) e++;
    // "Salem, New Hampshire, Trump went after Bush, calling him": a clause with its own finite verb
    // is no insertion (a relative clause is: "Peter Wehner, who has known him, said")
    const relative = (k: number): boolean => toks.slice(j + 1, k).some((t) => /^(?:who|which|that|whom|whose)$/i.test(t.text));
    const clause = toks.slice(j + 1, e).some((t, n) => FINITE_VERBS.has(t.text) && !relative(j + 1 + n));
    if (toks[e]?.text === ',' && e > j + 1 && !clause) {
      const after = toks[e + 1];
      let w = e + 1;
      while (w < toks.length && SKIPPABLE.has(toks[w]?.text.toLowerCase() ?? '')) w++;
      if (after && (isReportingVerb(toks[w]) || phraseCue(toks, w))) return e + 1;
    }
  }
  return j;
}

/**
 * Is the name ending at `end` the subject of a reporting verb right after it (`Maduro said`,
 * `Khizr Khan, 66, said`), or the one right before it ending at `start` (`said Maduro`)? Evidence
 * that a capitalised word is a person who speaks.
 */
export function speaksAround(text: string, start: number, end: number): boolean {
  // Every non-space character is in a token, so the tokens at the two edges can be told from the
  // characters next to the name, and most names are answered without tokenizing (this runs for
  // every mention of every name): after it, punctuation other than `(` and `,` is no verb and opens
  // no insertion; before it, the last word must end in d, s or e to be said/says/wrote/… .
  const stop = Math.min(text.length, end + 160);
  let a = end;
  while (a < stop && isSpace(text.charCodeAt(a))) a++;
  const next = a < stop ? text.charCodeAt(a) : -1;
  const punctuationNext = next >= 0 && next < 128 && next !== 40 && next !== 44 && !isAsciiLetterOrDigit(next);
  if (next === 40 || next === 44) {
    // an insertion may follow: `Khizr Khan, 66, said`, `Sen. Marco Rubio (R-Fla.) said`
    const after = tokenize(text, end, stop);
    let v = skipInsertion(after, 0);
    while (v < after.length && SKIPPABLE.has(after[v]?.text.toLowerCase() ?? '')) v++;
    if (isReportingVerb(after[v])) return true;
    // "His cousin, Yousif Ibrahim, said": the comma closes an apposition the name stands in, to the
    // subject of the verb after it, so the name is the one speaking
    if (v === 0 && closesApposition(text, start, after)) return true;
  } else if (next >= 0 && !punctuationNext) {
    // ("said Quennell would read council papers aloud": a name after "said" with a finite verb of
    // its own opens what was said; it is talked about, whatever its verb)
    if (opensSaidContent(text, start, end)) return false;
    // no insertion: the words after the name are read one by one up to the first that is no
    // adverb or auxiliary (`Maduro said`, `Trump later wrote`), without making the rest
    const after = tokenWindow(text, end, stop);
    let v = 0;
    while (v < after.length && SKIPPABLE.has(after.at(v)?.text.toLowerCase() ?? '')) v++;
    if (isReportingVerb(after.at(v))) return true;
  }
  let b = start;
  const floor = Math.max(0, start - 30);
  while (b > floor && isSpace(text.charCodeAt(b - 1))) b--;
  const last = b > floor ? text.charCodeAt(b - 1) : -1;
  if (last !== 100 && last !== 115 && last !== 101) return false;
  const before = tokenize(text, floor, start);
  const prev = before[before.length - 1];
  // "said Maduro" — but not "told CNN" / "asked Trump": those name the listener
  if (!(isReportingVerb(prev) && /^(?:said|says|wrote|writes|added|adds)$/.test(prev?.text ?? ''))) return false;
  // ("said Ottawa was still reviewing …": a name with a finite verb of its own opens what was said)
  return !finiteVerbAfter(text, end);
}

/** "said Ottawa was …", "says Quennell would …": a name between "said" and a finite verb of its own. */
function opensSaidContent(text: string, start: number, end: number): boolean {
  return finiteVerbAfter(text, end) && SAID_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** Whether the word after `end` is a finite verb ("was", "would", "made"). */
function finiteVerbAfter(text: string, end: number): boolean {
  return FINITE_VERBS.has(/^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 16))?.[1] ?? '');
}
const SAID_BEFORE = /\b(?:said|says|wrote|writes|added|adds)\s+$/u;

/**
 * Whether the name starting at `start` stands in an apposition set off by commas that ends right
 * before a reporting verb: a comma (and lower-case words of a title: ", chief technology officer")
 * before it, and after it the closing comma and the verb ("His cousin, Yousif Ibrahim, said").
 * Not a name after a preposition ("For Trump, said one aide, …" has no comma before the name).
 */
function closesApposition(text: string, start: number, after: readonly Token[]): boolean {
  let w = 1;
  while (w < after.length && SKIPPABLE.has(after[w]?.text.toLowerCase() ?? '')) w++;
  return after[0]?.text === ',' && isReportingVerb(after[w]) && APPOSITION_OPENS.test(text.slice(Math.max(0, start - 60), start));
}
// a word, a comma, then at most three lower-case words before the name: "cousin, ", "co-founder, chief technology officer "
const APPOSITION_OPENS = /[\p{L}’'],\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$/u;

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
