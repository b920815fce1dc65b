import { isSpace } from '../tokens.js';

/**
 * The words that may sit between a subject and its verb, read backwards from the verb: auxiliaries,
 * adverbs and floating quantifiers ("Gonzalez has also warned", "Hill and Reyes both said"), and any
 * lower-case -ly adverb ("his critics hysterically denounced him").
 */

/**
 * Auxiliaries and adverbs that sit between a subject and its verb: "Gonzalez has also warned",
 * "she doesn’t think", and floating quantifiers: "Hill and Reyes both said".
 * Matched as whole words, case-insensitively (see `preVerbStart`).
 */
const PRE_VERB_WORDS =
  "both|all|each|themselves|has|have|had|having|is|are|was|were|been|being|be|will|would|could|can|may|might|must|should|shall|did|does|do|not|n’t|n't|also|previously|repeatedly|later|then|now|again|already|never|often|once|still|long|first|further|even|only|simply|just|recently|earlier|initially|originally|frequently|consistently|flatly|strongly|openly|publicly|privately|separately|finally|ultimately|reportedly|allegedly|apparently|quickly|immediately|clearly|explicitly|directly|falsely|wrongly|correctly|rightly|privately|personally|essentially|basically|generally|largely|widely|mostly|subsequently|since|soon|indeed|however|too|seemingly|allegedly|formally|officially|specifically|firmly|bluntly|forcefully|angrily|sharply|loudly|calmly|quietly|proudly|happily|sadly|sarcastically|jokingly|half-jokingly|emphatically|repeatedly|previously|continually|constantly|routinely|regularly|usually|always|sometimes|occasionally|rarely|seldom|increasingly|actually|really|certainly|surely|probably|likely|perhaps|maybe|not|doesn’t|doesn't|don’t|don't|didn’t|didn't|won’t|won't|wouldn’t|wouldn't";
const PRE_VERB: ReadonlySet<string> = new Set(PRE_VERB_WORDS.split('|'));
/** The same words under /iu folding, for a word with a non-ASCII letter (ſ folds to s, K to k). */
const PRE_VERB_FOLDED = new RegExp(`^(?:${PRE_VERB_WORDS})$`, 'iu');
/** Two-word adverbials between a subject and its verb, by their second word: "no longer", "in fact", "of course". */
const TWO_WORD_ADVERBIALS: ReadonlyMap<string, RegExp> = new Map([
  ['longer', /\bno\s+$/iu],
  ['fact', /\bin\s+$/iu],
  ['course', /\bof\s+$/iu],
  ['effect', /\bin\s+$/iu],
  ['turn', /\bin\s+$/iu],
  ['times', /\bat\s+$/iu],
]);
/** -ly words that are no adverb before a verb: "the only", "his family". */
const NOT_LY_ADVERBS: ReadonlySet<string> = new Set(['only', 'early', 'family', 'likely', 'daily', 'weekly', 'ally', 'rally', 'belly', 'bully']);

/**
 * Where the run of pre-verb words that ends `s.slice(0, end)` begins: the offset of the whitespace
 * before its first word, or -1 when the last word is none. The same answer as the leftmost match of
 * `/(?:\s+(?:WORD))+$/` on that string, read backwards from the verb: the regex tried every
 * position of a 400-character look-back, and took quadratic time on a long run of spaces.
 */
export function preVerbStart(s: string, end: number, isWord: (w: string) => boolean): number {
  let found = -1;
  let pos = end;
  while (pos > 0) {
    let from = pos;
    while (from > 0 && !isSpace(s.charCodeAt(from - 1))) from--;
    // ("Most voters no longer believe", "the committee had in fact endorsed", "she has of course
    // denied": a two-word adverbial; "has no plans" keeps its "no")
    const opener = from >= 3 ? TWO_WORD_ADVERBIALS.get(s.slice(from, pos).toLowerCase()) : undefined;
    const pairStart = opener ? opener.exec(s.slice(Math.max(0, from - 6), from)) : null;
    const pair = pairStart !== null;
    if (pairStart) from = Math.max(0, from - 6) + pairStart.index;
    // a word needs whitespace before it, and must be one of the words (all of it: \s or the end follows)
    if (from === pos || from === 0 || (!pair && !isWord(s.slice(from, pos)))) break;
    let space = from;
    while (space > 0 && isSpace(s.charCodeAt(space - 1))) space--;
    found = space;
    pos = space;
  }
  return found;
}

/** An auxiliary or adverb of PRE_VERB, matched as `/iu` would match it. */
export function isPreVerbWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128 && c !== 0x2019) return PRE_VERB_FOLDED.test(w);
  }
  return PRE_VERB.has(w.toLowerCase());
}

/** "his critics hysterically denounced him": a lower-case -ly word other than "only", "family", … */
export function isLyAdverb(w: string): boolean {
  if (w.length < 3 || !w.endsWith('ly') || NOT_LY_ADVERBS.has(w)) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
