/**
 * The one table of quotation-mark pairs saidby recognises. Every other stage asks this table;
 * no other file spells out a quotation mark.
 *
 * `level: 'outer'` pairs open a quotation at the top level; `level: 'inner'` pairs only
 * matter inside an outer quotation (a quote within a quote: “He said ‘no’ to me”), where
 * they are part of the outer span and never close it.
 */
export interface QuoteMarkPair {
  /** Opening mark, one or two characters (the NYT style opens with two apostrophes: ''…''). */
  open: string;
  close: string;
  /** Other marks that close it in careless copy: “…" (a curly opener closed by a straight mark). */
  alsoClosedBy?: readonly string[];
  /** Short name used in diagnostics. */
  style: string;
  level: 'outer' | 'inner';
}

export const QUOTE_MARK_PAIRS: readonly QuoteMarkPair[] = [
  { open: '\u201C', close: '\u201D', style: 'curly', level: 'outer', alsoClosedBy: ['"'] }, // “…”
  { open: '\u201E', close: '\u201C', style: 'low-high', level: 'outer' }, // „…“ (German, Czech)
  { open: '"', close: '"', style: 'straight', level: 'outer', alsoClosedBy: ['\u201D'] },
  { open: '\u00AB', close: '\u00BB', style: 'guillemet', level: 'outer' }, // «…»
  { open: "''", close: "''", style: 'two-apostrophe', level: 'outer' }, // ''…'' (New York Times archive)
  { open: '``', close: "''", style: 'backtick', level: 'outer' }, // ``…'' (TeX-era wire copy)
  { open: '\u2018', close: '\u2019', style: 'single-curly', level: 'inner' }, // ‘…’ nested
  { open: "'", close: "'", style: 'single-straight', level: 'inner' },
  { open: '\u2039', close: '\u203A', style: 'single-guillemet', level: 'inner' }, // ‹…›
];

/** Outer pairs, two-character openers first so `''` wins over any one-character reading. */
export const OUTER_PAIRS: readonly QuoteMarkPair[] = QUOTE_MARK_PAIRS.filter((p) => p.level === 'outer').sort(
  (a, b) => b.open.length - a.open.length,
);

/** Every character that is, or starts, some quotation mark: lets scanners skip plain text quickly. */
export const QUOTE_MARK_CHARS: ReadonlySet<string> = new Set(QUOTE_MARK_PAIRS.flatMap((p) => [...p.open, ...p.close]));

/** Characters that open or close an outer (double) quotation, for trimming and kind tests. */
export const DOUBLE_MARK_CHARS: ReadonlySet<string> = new Set(
  OUTER_PAIRS.flatMap((p) => (p.open.length === 1 ? [p.open, p.close] : [])).concat(["'", '`']),
);

/** The outer pair whose opening mark starts at `text[i]`, if any. */
export function outerOpenerAt(text: string, i: number): QuoteMarkPair | undefined {
  for (const p of OUTER_PAIRS) if (text.startsWith(p.open, i)) return p;
  return undefined;
}
