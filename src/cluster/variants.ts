/**
 * How one appearance's wording differs from the earliest: a word-level diff (Myers, by the
 * `diff` package) on the compared forms of the words, shown with the words as written. Words
 * the earliest has beyond what this appearance quotes (or the other way round), at either end,
 * are its extent, not a change: a partial quotation is cut, not reworded. Changes inside are
 * marked significant when they touch a number ("3,000" for "300"), a negation (a dropped
 * "not") or a name. Does not judge meaning: "rise" for "increase" is a change like any other.
 */
import { diffArrays } from 'diff';
import { wordsOf, type Word } from './wording.js';

export type Significance = 'number' | 'negation' | 'name';

export interface DiffPart {
  /** 'same': both have it; 'added': only this appearance; 'removed': only the earliest. */
  kind: 'same' | 'added' | 'removed';
  text: string;
  /** At either end, outside what both quote: the extent of a partial quotation, not a change. */
  edge: boolean;
  significant: Significance[];
}

export interface WordingDiff {
  parts: DiffPart[];
  /** Any word added or removed between the shared words. */
  changed: boolean;
  /** What the changes touch, each once, in this order: number, negation, name. */
  significant: Significance[];
  /** Fewer words than the earliest at the ends (a partial quotation), or more. */
  shorter: boolean;
  longer: boolean;
}

const NEGATIONS = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'cannot', 'without', 'nowhere']);
const NUMBER_WORDS = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty',
  'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'trillion',
  'half', 'dozen', 'percent',
]);

/** What a changed word touches: "40" a number, "didn't" a negation, "Ruiz" (capitalised, not first) a name. */
export function significanceOf(word: Word, first: boolean): Significance[] {
  const found: Significance[] = [];
  if (/\p{N}/u.test(word.norm) || NUMBER_WORDS.has(word.norm)) found.push('number');
  if (NEGATIONS.has(word.norm) || word.norm.endsWith("n't")) found.push('negation');
  if (!first && word.text !== 'I' && /^\p{Lu}/u.test(word.text)) found.push('name');
  return found;
}

const ORDER: readonly Significance[] = ['number', 'negation', 'name'];

/** The word-level diff of `other` against `earliest` (both as quoted, marks and all). */
export function diffWording(earliest: string, other: string): WordingDiff {
  const before = wordsOf(earliest);
  const after = wordsOf(other);
  const changes = diffArrays(before, after, { comparator: (x, y) => x.norm === y.norm });
  const firstSame = changes.findIndex((c) => !c.added && !c.removed);
  let lastSame = -1;
  changes.forEach((c, i) => {
    if (!c.added && !c.removed) lastSame = i;
  });
  const parts: DiffPart[] = [];
  const significant = new Set<Significance>();
  let changed = false;
  let shorter = false;
  let longer = false;
  // Position of each word in its own wording, to tell the first word (capitalised anyway) from a name.
  let posBefore = 0;
  let posAfter = 0;
  changes.forEach((c, i) => {
    const kind = c.added ? 'added' : c.removed ? 'removed' : 'same';
    const edge = kind !== 'same' && firstSame !== -1 && (i < firstSame || i > lastSame);
    const start = kind === 'removed' ? posBefore : posAfter;
    const marks = new Set<Significance>();
    if (kind !== 'same' && !edge) {
      changed = true;
      c.value.forEach((w, j) => {
        for (const s of significanceOf(w, start + j === 0)) marks.add(s);
      });
    }
    if (edge && kind === 'removed') shorter = true;
    if (edge && kind === 'added') longer = true;
    if (kind !== 'added') posBefore += c.value.length;
    if (kind !== 'removed') posAfter += c.value.length;
    for (const s of marks) significant.add(s);
    parts.push({ kind, text: c.value.map((w) => w.text).join(' '), edge, significant: ORDER.filter((s) => marks.has(s)) });
  });
  return { parts, changed, significant: ORDER.filter((s) => significant.has(s)), shorter, longer };
}
