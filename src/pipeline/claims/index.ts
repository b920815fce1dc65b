import type { TextRange } from '../segment.js';
import { codePointLetterOrDigitLength, isLowSurrogate } from '../tokens.js';
import { REPORT_ADVERBS, reportAdverbClaims } from './adverbs.js';
import { accordingToClaims, inSourceClaims } from './according-to.js';
import { dropAdjunctOnly } from './adjunct-only.js';
import { ellipticalPiece } from './ellipsis.js';
import { contentEnd, trimRange } from './trim.js';
import { MAX_CONTENT_WORDS, RUN_ON_CONTENT_WORDS, RUN_ON_CUES, type ClaimCandidate, type SentenceContext } from './context.js';
import { cueWordClaims } from './cue-words.js';
import { headlineClaim } from './headline.js';
import { inViewClaims } from './in-view.js';
import { stanceWhClaims } from './stance-wh.js';
import { TRAILING_SOURCE_HEADS, trailingSourceClaims } from './trailing-source.js';
import { CUE_FORMS, WH_STANCE_FORMS } from './lexicon.js';
import { nounCueClaims, nounCueForms, takesThatClause } from './noun-cues.js';
import { copulaNounClaims } from './copula-nouns.js';
import { dropObjectElsewhere } from './object-elsewhere.js';
import { splitAtAsides } from './asides.js';
import { relativePronounPieces } from './relative-pieces.js';
import { cutAtAskedAdjunct } from './asked-adjunct.js';
import { relativeObjectClaims } from './relative-objects.js';
import { attachRelays, cutAtNextSubject, dropAnonymityClauses, dropContained, takeCitedSources, withAntecedents } from './overlaps.js';
import { AUX_WORDS, SUBJECT_PRONOUNS } from './word-classes.js';
import { isBlankedWord, maskQuotes, wordsAsWritten, wordsOf, type Word, type WrittenWords } from './words.js';

export type { ClaimCandidate, ClaimRule } from './context.js';

/**
 * Indirect speech and according-to claims: the content span of reported speech, belief or
 * intention with no quotation marks around it (or with quoted words inside a paraphrase), its
 * cue and the mention of its source as written.
 *
 *   X said (that) CONTENT            X told reporters (that) CONTENT      X announced CONTENT
 *   CONTENT, X said.                 CONTENT, said X.                     X has accused [Y of CONTENT]
 *   according to X, CONTENT          CONTENT, according to X              X, who …, has warned [Y against CONTENT]
 *   In a new poll, CONTENT           [Y – who X accused of CONTENT]       [Y is seen by X as CONTENT]
 *
 * Content runs from the complementizer (`that …`, kept as PolNeAR annotates it) or the word after
 * the cue to the end of the clause; a trailing `, according to Z` is cut off and reported as the
 * relaying source. Reporting verbs come from the one shared table (`reporting-verbs.txt`), verbs of
 * belief and intention from `claim-verbs.txt`.
 *
 * Agentless passives and report adverbs (`it was reported that …`, `is widely seen as …`, `reportedly
 * paid …`) give claims with no source.
 *
 * Does not handle: direct quotations (the quotation stage owns them; a claim whose content is one
 * quotation is skipped), a speaker elided across a coordination when no earlier claim or sentence
 * subject names it (`The court overruled and said …` gets no speaker). Does not resolve the speaker
 * mention (a pronoun stays `he`): the claims stage does that with the entity index.
 */
export function findClaims(text: string, sentences: readonly TextRange[], quotes: readonly TextRange[]): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  // the next sentence's words as written, when a reading of ellipsis cut it: its own turn takes them
  // when it holds no quotation (then nothing is blanked, and the words are the same)
  const cut: WrittenWords = { sentence: null, words: [] };
  let q = 0;
  for (let n = 0; n < sentences.length; n++) {
    const s = sentences[n] as TextRange;
    while (q < quotes.length && (quotes[q]?.end ?? 0) <= s.start) q++;
    const inside: TextRange[] = [];
    for (let k = q; k < quotes.length; k++) {
      const r = quotes[k];
      if (!r || r.start >= s.end) break;
      inside.push(r);
    }
    // "“We will not back down.”": a sentence with no word outside its quotations has no claim (its
    // blanked words start no rule), and is neither blanked nor cut into words
    if (inside.length > 0 && QUOTED_WORDS_START_NO_RULE && !wordOutside(text, s, inside)) continue;
    // a loop, not push(...): a run-on sentence may hold more claims than a call has arguments
    const found = claimsInSentence(text, s, inside, inside.length === 0 && cut.sentence === s ? cut.words : null);
    for (const c of found) out.push(c);
    joinEllipticalContinuation(text, s, sentences[n + 1], found, cut);
    // "…, the senator said. Bank executives aren't.": a fragment that leaves its verb to the claim before
    const last = found[found.length - 1];
    const next = sentences[n + 1];
    const piece = last && next && next.end - next.start < 60 ? ellipticalPiece(text, next, last, trimmedEnd(text, s), cut) : null;
    if (piece) out.push(piece);
  }
  return out;
}

/**
 * "The mayor said taxes would rise. And fees, too.": a verbless fragment right after a sentence whose
 * last claim runs to its end continues that claim's content, and joins it: a fragment that opens
 * with "not", or with and/or/nor and ends in too/either/as well, with no verb, cue or pronoun of its
 * own. Anything else ("But she also warned that …", "And fees rose.") is a sentence of its own.
 */
function joinEllipticalContinuation(text: string, s: TextRange, next: TextRange | undefined, found: readonly ClaimCandidate[], cut: WrittenWords): void {
  const last = found[found.length - 1];

  if (!next || !last || !mayOpenEllipsis(text, next) || last.end !== trimmedEnd(text, s)) return;
  // the same paragraph, and a short fragment opening with a coordinator or "not"
  if (/\n\s*\n/u.test(text.slice(s.end, next.start))) return;
  const words = wordsAsWritten(text, next, cut);
  if (words.length < 2 || words.length > 10) return;
  // the marks of ellipsis: "And fees, too.", "Nor the fees, either.", "Not this year, but soon."
  const first = words[0]?.lower ?? '';
  const lastWord = (words[words.length - 1]?.lower ?? '').replace(/\.$/u, '');
  if (!(first === 'not' || (/^(?:and|or|nor)$/u.test(first) && /^(?:too|either|well)$/u.test(lastWord)))) return;
  if (words.some((w) => AUX_WORDS.has(w.lower) || CUE_FORMS.has(w.lower) || SUBJECT_PRONOUNS.has(w.lower) || isBlankedWord(w.text) || (w.text === w.lower && /ed\.?$/u.test(w.lower)))) return;
  last.end = trimmedEnd(text, next);
}

/**
 * Whether the sentence's first word could be "not", "and", "or" or "nor": its first token (as
 * `wordsOf` cuts them) is a word starting with n, a or o. Most sentences fail this before being cut
 * into words.
 */
function mayOpenEllipsis(text: string, r: TextRange): boolean {
  let i = r.start;
  while (i < r.end) {
    const c = text.charCodeAt(i);
    if (codePointLetterOrDigitLength(text, i) > 0) return c === 110 || c === 78 || c === 97 || c === 65 || c === 111 || c === 79;
    // a dash, comma, semicolon, colon or parenthesis is a token of its own
    if (c === 0x2014 || c === 0x2013 || c === 44 || c === 59 || c === 58 || c === 40 || c === 41) return false;
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < r.end && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return false;
}

/** A sentence's end without its final stop and the spaces before it. */
function trimmedEnd(text: string, s: TextRange): number {
  return trimRange(text, { start: s.start, end: contentEnd(text, s.start, s.end) }).end;
}

/**
 * Whether the sentence holds, outside its quotations, a character that starts a word as `wordsOf`
 * cuts them: a letter or digit, a dash, or one of `, ; : ( )`. Without one, every word of the
 * masked sentence is a blanked quotation's ("QQQ", "QQQ.").
 */
function wordOutside(text: string, s: TextRange, quotes: readonly TextRange[]): boolean {
  let from = s.start;
  for (const q of quotes) {
    if (q.start > from && startsWordBetween(text, from, Math.min(q.start, s.end))) return true;
    from = Math.max(from, q.end);
  }
  return startsWordBetween(text, from, s.end);
}

function startsWordBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2014 || c === 0x2013 || c === 44 || c === 59 || c === 58 || c === 40 || c === 41) return true;
    if (codePointLetterOrDigitLength(text, i) > 0) return true;
  }
  return false;
}

/** Auxiliaries that open a yes-no question, as written at the start of a sentence. */
const YES_NO_OPENERS: ReadonlySet<string> = new Set(['Do', 'Does', 'Did', 'Is', 'Are', 'Was', 'Were', 'Will', 'Would', 'Can', 'Could', 'Should', 'Has', 'Have', 'Had']);

/** Word lengths the shape filter below covers: longer words are looked up. */
const SHAPE_LENGTHS = 32;

/** What a word can start, as bits: `according`, a cue word, a colon, a noun cue, a report adverb, a stance, a finding's head. */
const ACCORDING = 1;
const CUE = 4;
const COLON = 8;
const NOUN = 16;
const ADVERB = 32;
const STANCE = 64;
const FINDING = 128;

/** Every word some rule starts from (lower case) → its bits: one lookup a word instead of one a class. */
const WORD_FLAGS: ReadonlyMap<string, number> = (() => {
  const flags = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) flags.set(w, (flags.get(w) ?? 0) | bit);
  };
  add(['according'], ACCORDING);
  add(CUE_FORMS.keys(), CUE);
  add([':'], COLON);
  add(nounCueForms(), NOUN);
  add(REPORT_ADVERBS, ADVERB);
  add(WH_STANCE_FORMS, STANCE);
  add(TRAILING_SOURCE_HEADS, FINDING);
  return flags;
})();

/**
 * The shapes of the words in WORD_FLAGS, as bits: (length, first character) → bit (last character & 31).
 * Nine words in ten of a sentence start no rule; most of them are ruled out here, by their length
 * and two letters, without hashing the word and probing the table (a look-up for every word of every
 * sentence). A word outside the shapes' range (long, or not ASCII at either end) is looked up.
 */
const FLAG_SHAPES: Uint32Array = (() => {
  const shapes = new Uint32Array(SHAPE_LENGTHS * 128);
  for (const w of WORD_FLAGS.keys()) {
    const first = w.charCodeAt(0);
    const last = w.charCodeAt(w.length - 1);
    if (w.length > 0 && w.length < SHAPE_LENGTHS && first < 128 && last < 128) shapes[w.length * 128 + first] = (shapes[w.length * 128 + first] ?? 0) | (1 << (last & 31));
  }
  return shapes;
})();

/** Whether `lower` may be a key of WORD_FLAGS: false only when no key has its shape. */
function mayStartRule(lower: string): boolean {
  const n = lower.length;
  if (n === 0 || n >= SHAPE_LENGTHS) return true;
  const first = lower.charCodeAt(0);
  const last = lower.charCodeAt(n - 1);
  if (first >= 128 || last >= 128) return true;
  return ((FLAG_SHAPES[n * 128 + first] ?? 0) & (1 << (last & 31))) !== 0;
}

/** No rule starts from a blanked quotation's word: Q's, with the stops, apostrophes and hyphens a word may join. */
const QUOTED_WORDS_START_NO_RULE = ![...WORD_FLAGS.keys()].some((w) => /^[q.’'-]+$/u.test(w));

/**
 * The claims of one sentence: the rules that can apply (a cue word, `according`, a
 * colon among the first words) run in a fixed order on one shared context, then overlaps are
 * settled. `cutAlready` are the sentence's words when a reading of ellipsis has cut them.
 */
function claimsInSentence(text: string, s: TextRange, quotes: readonly TextRange[], cutAlready: readonly Word[] | null): ClaimCandidate[] {
  const masked = maskQuotes(text, s, quotes);
  const words = cutAlready ?? wordsOf(masked, s.start);
  // most sentences hold no cue at all: every rule below needs a cue word, `according`, or a
  // headline colon among the first words, so a sentence with none of them has no claim
  // (one pass, one table lookup a word, that also notes which rules can apply at all and where the
  // cue words and noun cues are: each rule is its own function, so the engine compiles, and recompiles when a rare
  // branch is first taken, one small rule at a time)
  let seen = 0;
  const cues: number[] = [];
  const nouns: number[] = [];
  const stances: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const lower = (words[i] as Word).lower;
    if (!mayStartRule(lower)) continue;
    const flags = WORD_FLAGS.get(lower);
    if (flags === undefined) continue;
    seen |= i < 15 ? flags : flags & ~COLON;
    if (flags & CUE) cues.push(i);
    if (flags & NOUN) nouns.push(i);
    if (flags & STANCE) stances.push(i);
  }
  // "In a new poll, …": the one rule a sentence with no cue word can still answer
  const opensWithIn = /^(?:in|but|and)$/u.test(words[0]?.lower ?? '');
  if ((seen & (ACCORDING | CUE | COLON | NOUN | ADVERB | STANCE | FINDING)) === 0 && !opensWithIn) return [];
  // "Do you support the mayor?", "Did Ortiz say the depot would close?": a yes-no question asserts nothing
  if (YES_NO_OPENERS.has(words[0]?.text ?? '') && /\?[\s”"'’»)]*$/u.test(text.slice(s.start, s.end))) return [];
  const ctx: SentenceContext = { text, masked, sentence: s, words, sentenceEnd: contentEnd(text, s.start, s.end), claims: [], lastSubject: { verb: -1, claims: 0, subject: null }, frameAs: -1, maxContentWords: cues.length > RUN_ON_CUES ? RUN_ON_CONTENT_WORDS : MAX_CONTENT_WORDS };
  if (seen & ACCORDING) accordingToClaims(ctx);
  if (opensWithIn) {
    inSourceClaims(ctx);
    inViewClaims(ctx);
  }
  if (seen & COLON) headlineClaim(ctx);
  if (seen & CUE) {
    cueWordClaims(ctx, cues);
    relativeObjectClaims(ctx, cues);
  }
  if (seen & NOUN) {
    nounCueClaims(ctx, nouns);
    // "The worry among regulators is that …": the noun as the subject of a copula
    copulaNounClaims(ctx, nouns, takesThatClause);
  }
  if (seen & ADVERB) reportAdverbClaims(ctx);
  if (seen & STANCE) stanceWhClaims(ctx, stances);
  // "Ortiz took 6 percent in a poll released Sunday": last, so a clause another rule read is left to it
  if (seen & FINDING) trailingSourceClaims(ctx);
  // most sentences that reach the rules give no claim: the steps below only filter, cut and split
  // the claims they are given, so none of them has anything to do
  if (ctx.claims.length === 0) return ctx.claims;
  // cut first: a claim that runs on into the next clause (", Clinton promised …") would otherwise
  // swallow that clause's own claim as nested
  // the aside split last: a piece is no claim of its own, and must not be taken for a nested one
  // the antecedents last: the frame they add ("Maduro – who leaders have accused …") holds the cue,
  // and would make the claim look like another claim's host
  // first, a content that is no content of its cue's ("who said and did the same things")
  // a piece before its cue that is only a framing phrase ("But in a call on Friday, she said, …") goes last
  return dropAdjunctOnly(text, withAntecedents(text, relativePronounPieces(text, words, splitAtAsides(ctx, attachRelays(text, dropContained(text, cutAtAskedAdjunct(text, words, cutAtNextSubject(text, dropAnonymityClauses(text, takeCitedSources(text, dropObjectElsewhere(text, ctx.claims)))))))))));
}
