import type { TextRange } from '../segment.js';
import { isSpace } from '../tokens.js';

/**
 * The edges of a claim's text: a sentence without its final stop (`contentEnd`), and a range
 * without the spaces, punctuation and dateline around it (`trimRange`). Characters only, no words.
 */

/** The sentence end without its final stop (a stop inside a closing quotation stays). */
export function contentEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/u.test(text[e - 1] ?? '')) e--;
  // ("expected by 9 p.m.", "to enter the U.S.": the stop that ends the sentence is also the
  // abbreviation's, and stays)
  if (/[.!?;:]/u.test(text[e - 1] ?? '') && !(text[e - 1] === '.' && /(?:^|[^\p{L}.])\p{L}\.\p{L}$/u.test(text.slice(Math.max(start, e - 6), e - 1)))) e--;
  return e;
}

/** Leading dateline of a lead paragraph: "(CNN) — ", "DALLAS (AP) — ", "WASHINGTON, Dec. 8 (UPI) — ". */
const DATELINE_LEAD = /^(?:[\p{Lu}][\p{Lu}\p{L}\p{N}.,' -]{0,60}?\s*)?\([\p{Lu}][\p{L}. &-]{0,40}\)\s*[—–-]+\s*/u;

/** A dateline with no agency: "LISBON — ", "SAN JOSE, Calif. — ", "WASHINGTON -- ". */
const CAPS_DATELINE = /^\p{Lu}{3,}(?:[ '-]\p{Lu}{2,}){0,3}(?:,\s*[\p{L}\p{N}. ]{1,30}?)?\s+(?:[—–]|--?)\s+/u;

function capsDateline(text: string, start: number, head: number): RegExpExecArray | null {
  // two capitals open it: most ranges start otherwise and skip the pattern
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  if (!(a >= 65 && a <= 90) || !(b >= 65 && b <= 90)) return null;
  return CAPS_DATELINE.exec(text.slice(start, head));
}

export function trimRange(text: string, r: TextRange): TextRange {
  let { start, end } = r;
  // a dateline holds "(": most ranges have none in their first 120 characters and skip the regex
  const head = Math.min(end, start + 120);
  let paren = start < 0;
  for (let i = start; i < head && !paren; i++) paren = text.charCodeAt(i) === 40;
  const dateline = paren ? DATELINE_LEAD.exec(text.slice(start, head)) : capsDateline(text, start, head);
  if (dateline) start += dateline[0].length;
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  // "… between the two candidates - and illustrated …": a spaced hyphen stands for a dash
  while (end - 2 > start && text.charCodeAt(end - 1) === 45 && (isSpace(text.charCodeAt(end - 2)) || (text.charCodeAt(end - 2) === 45 && isSpace(text.charCodeAt(end - 3))))) {
    end -= text.charCodeAt(end - 2) === 45 ? 2 : 1;
    while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  }
  return { start, end };
}

/** `[\s,;:—–]`: what trimRange cuts from both ends. */
function isTrimmed(c: number): boolean {
  return isSpace(c) || c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013;
}
