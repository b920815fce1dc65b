import { REPORTING_VERB_FORMS } from '../speech-lexicons.js';
import { MAX_CONTENT_WORDS } from './context.js';
import { isBlankedWord, isMark, type Word } from './words.js';

/** Contrasting conjunctions that open a clause another source may report: "even as", "while", "whereas", "though", "although". */
export const CONTRAST_OPENER = String.raw`(?:even\s+as|while|whereas|though|although)`;

/**
 * "despite reports that he misled Congress", "amid growing allegations by rivals that …": what others
 * report, set against a content, is the narrator's frame, not more of the speaker's claim.
 */
export const DESPITE_OTHERS_REPORT = /^(?:despite|amid)\s+(?:(?:new|fresh|growing|mounting|repeated|widespread|persistent|recent|earlier|media|press|published)\s+)?(?:reports|allegations|accusations|claims|suggestions|rumou?rs|speculation|testimony|warnings|criticism)\s+(?:[^\s,;:.!?]+\s+){0,4}?that\s/iu;

/** The start of the clause that ends at word `i` (sentence start, or after `;`/`:`). */
export function clauseStartBefore(words: readonly Word[], i: number): number | null {
  let k = i - 1;
  while (k >= 0 && !isMark(words[k]?.text ?? '', ';:')) {
    if (i - k > MAX_CONTENT_WORDS) return null;
    // "He has said he would take no PAC money, though a PAC backing him has spent $4 million,
    // according to filings": the clause after a contrasting conjunction is what the filings show,
    // when the clause before reports a statement of its own ("Prices rose, though slowly, …" does
    // not); likewise after "even as", "while" and "whereas", when a plain verb of saying reports it
    // ("Mediators said talks had reached “a critical stage,” even as airstrikes killed 27 people,
    // according to health officials"; not "Rahman continued the campaign, even as …"). The comma
    // may close a quotation.
    const opener = words[k]?.text === ',' || isBlankedWord(words[k]?.text ?? '') ? contrastOpenerLength(words, k + 1) : 0;
    const saying = opener > 0 && words.slice(0, k).some((w) => w.text === w.lower && (/^(?:though|although)$/u.test(words[k + 1]?.lower ?? '') ? REPORTING_VERB_FORMS.has(w.lower) : SAYING_FORMS.has(w.lower)));
    if (saying && words[k + 1 + opener]?.text !== ',' && i - k > 5) return words[k + 1 + opener]?.start ?? null;
    k--;
  }
  const first = words[k + 1];
  if (!first) return null;
  // "But …", "And …": the conjunction is narration, not content
  if (/^(?:but|and|so|yet)$/iu.test(first.text) && words[k + 2]) return words[k + 2]?.start ?? first.start;
  return first.start;
}

/** Finite forms of the plain verbs of saying, which report the clause after them. */
const SAYING_FORMS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'argued', 'argues', 'insisted', 'insists', 'claimed', 'claims', 'warned', 'warns', 'stated', 'states', 'wrote', 'writes']);

/** The words of a contrasting conjunction at word `at` ("though", "although", "while", "whereas", "even as"), or 0. */
function contrastOpenerLength(words: readonly Word[], at: number): number {
  const w = words[at]?.lower ?? '';
  if (/^(?:though|although|while|whereas)$/u.test(w)) return 1;
  return w === 'even' && words[at + 1]?.lower === 'as' ? 2 : 0;
}
