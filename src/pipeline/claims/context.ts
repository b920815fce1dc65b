import type { TextRange } from '../segment.js';
import { isSpace } from '../tokens.js';
import type { Word } from './words.js';

/**
 * What the claim rules share: the candidate they produce, and the one sentence they read, as a
 * context object built once per sentence that may hold a claim (the sieves' `ArticleContext`, one
 * sentence wide).
 */

/** A claim as found: offsets into the article, the source mention as written (unresolved). */
export interface ClaimCandidate extends TextRange {
  cue: TextRange;
  /** The source phrase as written ("Maduro", "he", "a Venezuelan government statement"), or null. */
  source: TextRange | null;
  /** `according to Reuters` after a speaker's claim: the relaying source as written. */
  relayedBy: TextRange | null;
  /**
   * Where the phrase the content is said of starts, when the content cannot be read without it:
   * the antecedent of a relative pronoun whose gap is in the content (`Maduro – who leaders have
   * accused of stealing …`), the subject of a passive (`the candidates are seen as a circus`) or
   * of a verb of seeming (`the race appears closer`). A relative's claim is read from there; the
   * subject of a passive or of a verb of seeming becomes a piece of its own, grouped with the rest.
   */
  antecedent?: number;
  /** The rule that found it: `svc` (subject-verb-content), `tail`, `tail-inverted`, `according-to`, `according-to-front`. */
  rule: ClaimRule;
}

/**
 * The candidate of `rule` over `range` (its start and end: every rule's range is a bare one), with no
 * relaying source yet. Built field by field: a spread followed by new fields (`{ ...range, cue, … }`)
 * takes V8's slow path for each new field (about 1.5 µs a field on Node 20, 25x a plain literal).
 */
export function candidate(range: TextRange, cue: TextRange, source: TextRange | null, rule: ClaimRule): ClaimCandidate {
  return { start: range.start, end: range.end, cue, source, relayedBy: null, rule };
}

/**
 * The rules, by module: `svc` (`subject-verb.ts`, and `evidential.ts` and `adverbs.ts` with no source), `tail` and
 * `tail-inverted` (`tails.ts`), `parenthetical`, `participle`, `according-to` and
 * `according-to-front` (`according-to.ts`, which also reads `In a new poll, …`), `headline`, `noun`
 * (`noun-cues.ts`). `The meeting, first reported by CNN, was …` gives none: an event named by a
 * noun phrase is nothing a reader can check (stored records of an older saidby may carry the rule
 * `claim-reported-by`).
 */
export type ClaimRule = 'svc' | 'tail' | 'tail-inverted' | 'parenthetical' | 'participle' | 'according-to' | 'according-to-front' | 'headline' | 'noun';

/**
 * One sentence as every claim rule sees it. Nothing in it changes while the rules run except
 * `claims`, which each rule appends to in the fixed order of `claimsInSentence`, and the memo of
 * `subjectBefore`.
 */
export interface SentenceContext {
  /** The whole article: every offset below points into it. */
  text: string;
  /** The sentence with the inside of every quotation blanked to `Q` (same length as the sentence). */
  masked: string;
  /** The sentence's range in the article; `masked[0]` is `text[sentence.start]`. */
  sentence: TextRange;
  /** The words of `masked`, in order. */
  words: readonly Word[];
  /** Where content may run to: the sentence end without its final stop (`contentEnd`). */
  sentenceEnd: number;
  /** Claims found in this sentence so far: a participle reads the earlier ones for its speaker. */
  claims: ClaimCandidate[];
  /**
   * The last answer of `subjectBefore`: the verb asked about, how many claims there were then (a
   * coordinated verb's subject is read from them) and the subject found. The rules of one cue ask
   * in turn (svc, then the parenthetical or tail reading).
   */
  lastSubject: { verb: number; claims: number; subject: TextRange | null };
  /**
   * Index of the sentence's first "as" after a comma or a dash (`as-frame.ts`), found on first use:
   * -1 until then, Infinity when there is none.
   */
  frameAs: number;
  /**
   * Running counts over `masked`, made on the first long range asked about (`quoteShare`): at `i`,
   * the non-space characters before it and, of those, the quotation blanks.
   */
  shares?: { kept: Int32Array; quoted: Int32Array };
  /** Whether the sentence is the article's headline (`isHeadline`), once asked. */
  headline?: boolean;
  /**
   * The most words a content may run to: `MAX_CONTENT_WORDS`, or `RUN_ON_CONTENT_WORDS` in a
   * "sentence" of more than `RUN_ON_CUES` cue words (a paragraph with no stop, "Ann said Ann said
   * …"), where every cue's content would otherwise be read out to its full length.
   */
  maxContentWords: number;
}

/** Cue words one sentence of news holds at most: more is a run-on text with no stops. */
export const RUN_ON_CUES = 40;
/** The most words a content may run to in such a text. */
export const RUN_ON_CONTENT_WORDS = 30;

/**
 * Bounds that keep the stage linear on text with no sentence breaks (a 10 MB run-on paragraph):
 * reported content longer than this many words, or a subject further back, is not looked for.
 */
export const MAX_CONTENT_WORDS = 150;
export const MAX_LOOKBACK_CHARS = 400;

/** Content that is mostly quoted words is a quotation, not a claim. */
export const QUOTATION_SHARE = 0.6;

/** Share of non-space characters of `r` that are inside a quotation. */
export function quoteShare(ctx: SentenceContext, r: TextRange): number {
  const { masked, sentence: s } = ctx;
  // counted in place, with slice()'s bounds: one claim per "said" of a run-on sentence each copied
  // and rescanned up to 150 words
  const n = masked.length;
  const bound = (x: number): number => (x < 0 ? Math.max(n + x, 0) : Math.min(x, n));
  const from = bound(r.start - s.start);
  const to = bound(r.end - s.start);
  let kept = 0;
  let quoted = 0;
  if (to - from > LONG_RANGE) {
    // a run-on sentence of cues ("said said …") asks about a long range at every cue: the counts
    // are read off running totals made once for the sentence
    const shares = (ctx.shares ??= runningShares(masked));
    kept = (shares.kept[to] as number) - (shares.kept[from] as number);
    quoted = (shares.quoted[to] as number) - (shares.quoted[from] as number);
  } else {
    for (let i = from; i < to; i++) {
      const c = masked.charCodeAt(i);
      if (isSpace(c)) continue;
      kept++;
      if (c === 81) quoted++;
    }
  }
  return kept === 0 ? 0 : quoted / kept;
}

/** Ranges longer than this many characters are counted from the sentence's running totals. */
const LONG_RANGE = 400;

function runningShares(masked: string): { kept: Int32Array; quoted: Int32Array } {
  const kept = new Int32Array(masked.length + 1);
  const quoted = new Int32Array(masked.length + 1);
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    const space = isSpace(c);
    kept[i + 1] = (kept[i] as number) + (space ? 0 : 1);
    quoted[i + 1] = (quoted[i] as number) + (!space && c === 81 ? 1 : 0);
  }
  return { kept, quoted };
}
