import { isSpace } from '../tokens.js';
import { mayBeFiniteVerb, tagsOfLower } from './verbless.js';
import { AUX_WORDS, SUBJECT_PRONOUNS } from './word-classes.js';
import { isMark, type Word } from './words.js';

/** The preposition a verb of judging takes right after its object: "accused [him] of", "blamed [them] for". */
const AFTER_OBJECT: ReadonlyMap<string, string> = new Map([
  ['accuse', 'of'], ['suspect', 'of'], ['convict', 'of'], ['blame', 'for'], ['criticize', 'for'], ['criticise', 'for'],
  ['praise', 'for'], ['fault', 'for'], ['charge', 'with'],
]);

/**
 * "accused of inflating …", "blamed for the delay" with no object between the participle and its
 * preposition: the object has become the subject, so the verb is a passive (a headline drops the
 * "is"; a reduced relative "the trader accused of fraud" too), and its subject is not the accuser.
 */
export function bareParticiple(words: readonly Word[], v: number, base: string): boolean {
  const verb = words[v];
  const next = words[v + 1];
  if (!verb || !next || !verb.lower.endsWith('ed') || AFTER_OBJECT.get(base) !== next.lower) return false;
  // "whom critics have accused of …", "who leaders accused of …": a relative's gap is the object
  for (let j = v - 1; j >= Math.max(0, v - 6); j--) {
    const w = (words[j] as Word).lower;
    if (/^(?:who|whom|which|that|have|has|had|having)$/u.test(w)) return false;
    if (isMark(w, ',;:—–()')) break;
  }
  return true;
}

/**
 * Whether a main clause starts after the comma at `c`: a name, pronoun or determiner, then within
 * four words a finite verb with no comma between ("…, Obama won his party's nomination", "…, the
 * party has done the opposite"); not "…, or ISIS, has used".
 */
export function mainClauseAfter(words: readonly Word[], c: number): boolean {
  const first = words[c + 1];
  if (!first || !(/^\p{Lu}/u.test(first.text) || SUBJECT_PRONOUNS.has(first.lower) || DETERMINER_WORDS.test(first.lower) || bareSubjectNoun(words, c + 1))) return false;
  if (/^(?:and|or|but|which|who|whom|whose|where|when|that)$/u.test(first.lower)) return false;
  for (let j = c + 2; j < Math.min(words.length, c + 6); j++) {
    const w = words[j] as Word;
    if (isMark(w.text, ',;:()—–')) return false;
    if (w.text === w.lower && (AUX_WORDS.has(w.lower) || mayBeFiniteVerb(w.lower))) return true;
  }
  return false;
}

/**
 * Whether a clause with its own subject starts after the "and" at `a` (itself after a comma): what
 * `mainClauseAfter` reads, after an opening time adverbial ("…, and at one point the crowd booed"),
 * or with a quantity pronoun ("…, and another urged her to wait", "…, and both rivals laughed") or a
 * bare plural before a present-tense verb ("…, and candidates appear keen") as its subject.
 */
export function andClauseAfter(words: readonly Word[], a: number): boolean {
  let c = a;
  const two = `${words[a + 1]?.lower} ${words[a + 2]?.lower} ${words[a + 3]?.lower}`;
  if (/^(?:at one point|at that point|at the time|by that time) /u.test(`${two} `)) c = a + 3;
  else if (/^(?:at times|by then|since then|in turn|in response) /u.test(`${two} `)) c = a + 2;
  else if (/^(?:then|now|meanwhile|later|today|yesterday|soon|afterward|afterwards)$/u.test(words[a + 1]?.lower ?? '')) c = a + 1;
  if (words[c + 1]?.text === ',') c++;
  if (c > a && mainClauseAfter(words, c)) return true;
  const first = words[c + 1];
  if (!first || first.text !== first.lower) return false;
  if (QUANTITY_PRONOUNS.has(first.lower)) {
    // "another scared her": the verb right after the pronoun, in any of its readings
    const verb = words[c + 2];
    if (verb && verb.text === verb.lower && (AUX_WORDS.has(verb.lower) || (tagsOfLower(verb.lower) ?? []).some((t) => /^VB[DZP]$/u.test(t)))) return true;
    // "both her rivals laughed", "each of the bidders has": a determined noun, then its likeliest
    // verb ("and both new bridges" is a list's last item)
    if (!/^(?:of|the|his|her|their|its|our|these|those)$/u.test(verb?.lower ?? '')) return false;
    for (let j = c + 3; j < Math.min(words.length, c + 7); j++) {
      const w = words[j] as Word;
      if (isMark(w.text, ',;:()—–')) return false;
      if (w.text === w.lower && (AUX_WORDS.has(w.lower) || /^VB[DZP]$/u.test(tagsOfLower(w.lower)?.[0] ?? ''))) return true;
    }
    return false;
  }
  const next = words[c + 2];
  return tagsOfLower(first.lower)?.[0] === 'NNS' && next !== undefined && next.text === next.lower && /^VB[PD]?$/u.test(tagsOfLower(next.lower)?.[0] ?? '');
}

/** Pronouns of quantity that stand as a clause's subject: "another urged", "both laughed". */
const QUANTITY_PRONOUNS: ReadonlySet<string> = new Set(['another', 'both', 'others', 'each', 'neither', 'none', 'several', 'few', 'all']);

/**
 * "…, voters have been taken off", "…, prices rose": a plural noun with no determiner, right before
 * an auxiliary or a past-tense verb, is a subject too.
 */
function bareSubjectNoun(words: readonly Word[], i: number): boolean {
  const w = words[i] as Word;
  const next = words[i + 1];
  if (w.text !== w.lower || !next || next.text !== next.lower || tagsOfLower(w.lower)?.[0] !== 'NNS') return false;
  return AUX_WORDS.has(next.lower) || tagsOfLower(next.lower)?.[0] === 'VBD';
}

const DETERMINER_WORDS = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|some|many|most)$/u;

/** Passive auxiliaries: "Trump was asked if …", "she is expected to win" — the subject is not the source. */
const PASSIVE_AUXILIARIES = ['is', 'are', 'was', 'were', 'be', 'been', 'being'];

/**
 * Whether `text` from `from` to `to` ends in a passive auxiliary, then only adverbs in -ly, "not"
 * or "also", each followed by spaces ("was asked ", "is not widely "): what
 * `/\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|not\s+|also\s+)*$/iu` tests on that stretch,
 * read backwards word by word. Run before most cues ("said", "told"), where the pattern tried
 * every position of the 60 characters before the verb.
 */
export function endsInPassiveAux(text: string, from: number, to: number): boolean {
  let i = to;
  for (;;) {
    // the spaces after each word (at least one)
    const wordEnd = i;
    while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
    if (i === wordEnd || i === from) return false;
    // the word: its run of word characters, back to a space, another character or the start
    const end = i;
    while (i > from && isWordChar(text.charCodeAt(i - 1))) i--;
    if (i === end) return false;
    // an auxiliary needs a word boundary before it; the pattern reads ſ as s
    if (PASSIVE_AUXILIARIES.some((aux) => foldedEquals(text, i, end, aux))) return true;
    // an adverb or "not"/"also" needs spaces before it
    if (i === from || !isSpace(text.charCodeAt(i - 1))) return false;
    const ly = end - i >= 3 && foldedEquals(text, end - 2, end, 'ly');
    if (!ly && !foldedEquals(text, i, end, 'not') && !foldedEquals(text, i, end, 'also')) return false;
  }
}

/** `\w` as a case-insensitive Unicode pattern reads it: ASCII letters, digits, _, ſ and the Kelvin sign. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 0x17f || c === 0x212a;
}

/** `text.slice(from, to)` equals the lower-case ASCII `word` under case folding (ſ is s, K is k). */
function foldedEquals(text: string, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(from + k);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x17f) c = 115;
    else if (c === 0x212a) c = 107;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}
