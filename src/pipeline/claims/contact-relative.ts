import type { TextRange } from '../segment.js';
import { tagsOf } from './verbless.js';
import { npBefore } from './noun-hosts.js';
import { speakerProblem } from '../speaker-check.js';
import type { Word } from './words.js';

/**
 * `People I have talked to said …`, `Officials we spoke with said …`, `Voters she interviewed
 * say …`: a relative clause with no pronoun of its own (its subject a pronoun, its verb past,
 * perhaps a stranded preposition) sits between the subject's noun and the cue.
 *
 * `e` is the last word before the cue (past its auxiliaries). Null when the words before the cue
 * are no such clause: a pronoun opening a clause of its own ("… the count, and we checked, said")
 * has punctuation or a conjunction before it, and a noun phrase before a pronoun is what such a
 * relative needs.
 */
export function contactRelativeSubject(text: string, words: readonly Word[], e: number): TextRange | null {
  let j = timeAdjunctStart(words, e) - 1;
  // "talked to", "spoke with", "met with": a stranded preposition ("tried to demonstrate": an
  // infinitive's "to" before a bare verb is none)
  if (STRANDED.has(words[j]?.lower ?? '')) {
    if (words[j]?.lower === 'to' && /^VBP?$/u.test(tagsOf(words[j + 1]?.lower ?? '')?.[0] ?? '')) return null;
    j--;
  }
  const verb = words[j];
  if (!verb || verb.text !== verb.lower || !isPastForm(verb.lower)) return null;
  j--;
  // "I have talked to", "we had met"
  while (j >= 0 && /^(?:have|has|had|just|since|recently|also)$/u.test(words[j]?.lower ?? '')) j--;
  const pronoun = words[j];
  if (!pronoun || !CONTACT_PRONOUN.test(pronoun.lower)) return null;
  const host = words[j - 1];
  // the host noun: a lower-case word (or the sentence's first) the lexicon reads as a noun ("people", "officials", "voters")
  if (!host || (host.text !== host.lower && j - 1 > 0) || !/^NNS?$/u.test(tagsOf(host.lower)?.[0] ?? '')) return null;
  // the source as written keeps its clause, as "an official who spoke to CNN" does, when the
  // phrase still reads as a speaker's description ("Voters I interviewed"); else the noun phrase
  // alone ("Officials", not "Officials we spoke with", which ends in a preposition)
  const np = npBefore(words, j);
  if (!np) return null;
  const whole = { start: np.start, end: (words[e] as Word).end };
  return speakerProblem(text.slice(whole.start, whole.end)) === null ? whole : np;
}

/** A pronoun that can open a relative clause with no relative word, or one with a contracted "have": "I’ve", "we've". */
const CONTACT_PRONOUN = /^(?:i|we|you|he|she|they)(?:[’']ve|[’']d)?$/u;

const STRANDED: ReadonlySet<string> = new Set(['to', 'with']);

/** A past form: "-ed", or an irregular verb of meeting and speaking ("spoke", "spoken", "met"). */
function isPastForm(w: string): boolean {
  if (/^(?:spoke|spoken|met|saw|seen|knew|known|heard|read|told|wrote|written|gave|given|made|sent|found|took|taken)$/u.test(w)) return true;
  return w.endsWith('ed') && (tagsOf(w) ?? []).some((t) => /^VB[DN]$/u.test(t));
}

/**
 * Where a time phrase that ends at word `e` starts ("over the last couple of weeks", "in recent
 * days", "this year"): its leftmost opening word, at most eight words back, with only lower-case
 * words and numbers after it; `e + 1` when there is none.
 */
function timeAdjunctStart(words: readonly Word[], e: number): number {
  let start = e + 1;
  // every cue's subject asks: most have no opening word of a time phrase among the eight words
  // before it, and skip the test of every word's letters
  let opener = false;
  for (let k = e; k >= 0 && k > e - 8 && !opener; k--) opener = TIME_OPENERS.has((words[k] as Word).lower);
  if (!opener) return start;
  for (let k = e; k >= 0 && k > e - 8; k--) {
    const w = words[k] as Word;
    if (!/^[\p{Ll}\d-]+$/u.test(w.text)) break;
    // the leftmost opener: "over the last couple of weeks", not "last couple of weeks"
    if (TIME_OPENERS.has(w.lower) && TIME_NOUN.test(words.slice(k, e + 1).map((x) => x.lower).join(' '))) start = k;
  }
  return start;
}

const TIME_OPENERS: ReadonlySet<string> = new Set(['over', 'in', 'during', 'since', 'this', 'last']);
const TIME_NOUN = /\b(?:days?|weeks?|months?|years?|decades?|time|campaign|summer|spring|fall|autumn|winter)$/u;
