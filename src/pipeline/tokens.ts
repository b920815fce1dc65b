import type { TextRange } from './segment.js';

/** A word or punctuation mark with its offsets in the original text. */
export interface Token extends TextRange {
  text: string;
  /** `word`: letters/digits (with inner apostrophes or hyphens); `punct`: anything else. */
  kind: 'word' | 'punct';
}

// Inner apostrophes and hyphens stay in the word (can't, Maduro-aligned); a trailing ’s does not
// (Trump’s envoy -> "Trump" "’s"), so a possessive name is still a name.
const TOKEN_RE = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+|[’'](?![sS]\b)[\p{L}\p{N}]+)*|[’'][sS]\b|(?<=[sS])[’'](?=\s)|[^\s\p{L}\p{N}]/gu;

/**
 * Tokens of `text` between `start` and `end`. A capital initial or abbreviation keeps its full stop
 * when the stop is glued to it ("J." in "George W. Bush", "Sen.", "U.S.") so names read whole.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN_RE)) {
    const s = start + m.index;
    const word = m[0];
    const isWord = /[\p{L}\p{N}]/u.test(word[0] ?? '') && !/^[’']/.test(word);
    const prev = out[out.length - 1];
    // "U.S." arrives as U . S . : glue single letters joined by stops
    if (word === '.' && prev && prev.kind === 'word' && prev.end === s && /^(?:\p{Lu}|\p{Lu}\.(?:\p{Lu}\.?)*|Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Lt|Gen|Col|Capt|Sgt|Adm|Rev|Hon|Prof|St|Jr|Sr|Mt|Ft)$/u.test(prev.text)) {
      prev.text += '.';
      prev.end = s + 1;
      continue;
    }
    if (isWord && prev && prev.kind === 'word' && prev.end === s && /^\p{Lu}\.(?:\p{Lu}\.)*$/u.test(prev.text) && /^\p{Lu}$/u.test(word)) {
      prev.text += word;
      prev.end = s + word.length;
      continue;
    }
    out.push({ start: s, end: s + word.length, text: word, kind: isWord ? 'word' : 'punct' });
  }
  return out;
}

export const isCapitalised = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
/** ’s, or a bare ’ after a plural or an s-final name (Sanders’ campaign manager). */
export const isPossessive = (t: Token | undefined): boolean => t !== undefined && /^[’'][sS]?$/.test(t.text);
