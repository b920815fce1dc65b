import { cutAtTrailer } from './boundaries.js';
import { trimRange } from './trim.js';
import { candidate, QUOTATION_SHARE, quoteShare, type SentenceContext } from './context.js';
import { AUX_WORDS } from './word-classes.js';
import { isMark, type Word } from './words.js';

/**
 * `The worry among regulators is that CONTENT`, `Another complaint was that CONTENT`, `Her fear is
 * that CONTENT` (rule `noun`, cue the noun): a noun of belief or saying that opens the sentence
 * and is its subject, with the content as the that-clause after the copula. The source is the
 * phrase after `among`, `within` or `inside` (`among regulators`), else the possessor (`Her`,
 * `The mayor’s`), else nobody the sentence names (`Another complaint is that …`). The content
 * ends at a dash (`that for the deal to work - it costs a lot - prices will rise`: the aside is
 * the writer's).
 *
 * `takesThat` tells a noun that reports a that-clause ("worry", "complaint"); `nouns` are the
 * indices of the sentence's noun cues. Does not handle a noun after its verb (`She shares the
 * worry that …`: `noun-cues.ts`), nor a copula with anything but `that` after it (`The worry is
 * real`).
 */
export function copulaNounClaims(ctx: SentenceContext, nouns: readonly number[], takesThat: (lower: string) => boolean): void {
  const { text, words, sentenceEnd, claims: out } = ctx;
  for (const i of nouns) {
    const noun = words[i] as Word;
    if (i > 3 || !takesThat(noun.lower) || !opensWithNoun(words, i)) continue;
    const copula = copulaThat(words, i + 1);
    if (copula < 0) continue;
    const that = words[copula + 1] as Word;
    const first = words[copula + 2];
    if (!first || first.start >= sentenceEnd) continue;
    let end = cutAtTrailer(ctx, copula + 2);
    const dash = DASH.exec(text.slice(first.start, end));
    if (dash) end = first.start + dash.index;
    const range = trimRange(text, { start: that.start, end });
    if (range.end - range.start < 8 || quoteShare(ctx, range) >= QUOTATION_SHARE) continue;
    out.push(candidate(range, { start: noun.start, end: noun.end }, holderOf(ctx, i, copula), 'noun'));
  }
}

/** A dash that opens an aside: a spaced hyphen or two, or an en or em dash. */
const DASH = /\s-{1,2}\s|\s?[—–]/u;

/** Only a determiner or a possessive first, and no punctuation or auxiliary before the noun at `i`: "The worry", "Her main fear", "The mayor’s concern". */
function opensWithNoun(words: readonly Word[], i: number): boolean {
  const first = words[0]?.lower ?? '';
  // ("Mayor Helen Cho’s fear": a name's possessive right before the noun)
  const named = /[’']s$/u.test(words[i - 1]?.text ?? '') && words.slice(0, i - 1).every((w) => /^\p{Lu}/u.test(w.text));
  if (!named && !/^(?:the|another|one|a|his|her|their|its|our|my)$/u.test(first) && !/[’']s$/u.test(words[0]?.text ?? '')) return false;
  for (let k = 1; k < i; k++) {
    const w = words[k] as Word;
    if (isMark(w.text, ',;:()—–') || AUX_WORDS.has(w.lower)) return false;
  }
  return true;
}

/**
 * The copula's index when "is that", "was that" or "remains that" follows the noun within twelve
 * words (a prepositional phrase and a comma-set aside, "among rivals, of course,", between), else
 * -1. An auxiliary or a relative pronoun between makes the noun no subject of that copula.
 */
function copulaThat(words: readonly Word[], from: number): number {
  for (let k = from; k < Math.min(words.length, from + 12); k++) {
    const w = words[k] as Word;
    if (/^(?:is|was|remains)$/u.test(w.lower)) return words[k + 1]?.lower === 'that' ? k : -1;
    if (AUX_WORDS.has(w.lower) || isMark(w.text, ';:()—–') || /^(?:that|which|who)$/u.test(w.lower)) return -1;
  }
  return -1;
}

/** Who holds the noun at `i`: "among regulators", "within the agency" before the copula, else the possessor, else null. */
function holderOf(ctx: SentenceContext, i: number, copula: number): { start: number; end: number } | null {
  const { words } = ctx;
  const prep = words[i + 1];
  if (prep && /^(?:among|within|inside)$/u.test(prep.lower) && i + 2 < copula) {
    let end = i + 2;
    while (end + 1 < copula && words[end + 1]?.text !== ',') end++;
    return { start: (words[i + 2] as Word).start, end: (words[end] as Word).end };
  }
  const first = words[0] as Word;
  if (/^(?:his|her|their|its|our|my)$/u.test(first.lower)) return { start: first.start, end: first.end };
  const owner = words[i - 1];
  if (owner && /[’']s$/u.test(owner.text)) return { start: first.start, end: owner.end - 2 };
  return null;
}
