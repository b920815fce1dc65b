import { ROLE_NOUNS } from '../speech-lexicons.js';
import type { ClaimCandidate } from './context.js';
import { baseOf } from './lexicon.js';
import { isVerbless, mayBeFiniteVerb } from './verbless.js';
import { AUX_WORDS, DETERMINER, PREPOSITIONS } from './word-classes.js';

/*
 * Verbs of saying whose noun-phrase object is read in a sense that reports nothing: "the Senate
 * confirmed Betsy DeVos as education secretary" appoints her, "claimed mileage for a trip" asks for
 * money, "denies eight counts of fraud" enters a plea. The same verbs before a clause ("confirmed
 * that …", "claimed the vote was rigged", "denied the report") still report a claim.
 */

/**
 * Whether the claim's content is the object of such a sense of its cue verb: an appointment, a
 * thing claimed, a plea, or a demonstrative standing for an argument ("rejected that argument").
 */
export function objectSenseReportsNothing(text: string, c: ClaimCandidate): boolean {
  const cue = text.slice(c.cue.start, c.cue.end).toLowerCase();
  const base = baseOf(cue) ?? cue;
  const content = text.slice(c.start, c.end);
  const words = content.split(/\s+/u).map((w) => w.replace(/[,.;:]+$/u, ''));
  if (base === 'confirm') return confirmsAppointment(words);
  // (the shared table may list "claimed" as the line's base: the forms are matched as written)
  if (/^claim(?:s|ed|ing)?$/u.test(cue)) return claimsAThing(words);
  if (base === 'deny') return deniesCharges(words);
  if (base === 'reject') return pointsBackOnly(words);
  return false;
}

/**
 * "confirmed Betsy DeVos as education secretary", "confirmed the nominee on Tuesday": a name of two
 * capitalised words or more (not a possessive: "confirmed John Smith's death" reports a fact) or a
 * role noun, then "as" or "to" a post, or nothing a clause could be made of.
 */
function confirmsAppointment(words: readonly string[]): boolean {
  let k = 0;
  if (/^(?:the|his|her|their|its)$/iu.test(words[0] ?? '')) k++;
  const start = k;
  while (k < words.length && /^\p{Lu}[\p{L}.’'-]*$/u.test(words[k] ?? '') && !/[’']s$/u.test(words[k] ?? '')) k++;
  const named = k - start >= 2 && start === 0;
  const person = !named && isAppointedRole(words[k] ?? '');
  if (!named && !person) return false;
  if (person) k++;
  const rest = words.slice(k);
  return /^(?:as|to)$/u.test(rest[0] ?? '') || isVerbless(rest.join(' ') || 'the');
}

// ("confirmed the victim dead on arrival", "confirmed the victim as Jordan Lee": a person noun that
// holds no post is identified, not appointed)
function isAppointedRole(word: string): boolean {
  const lower = word.toLowerCase();
  return word === lower && (ROLE_NOUNS.has(lower) || lower === 'nominee' || lower === 'nomination');
}

/**
 * "claimed mileage for a trip he never made", "claimed asylum", "claims the moral high ground":
 * a thing claimed, when neither of the first two words can be a verb, the third is no finite verb, and no
 * auxiliary comes within four (a clause without "that" has
 * its verb early: "claimed the vote was rigged", "claims he is worth $10 billion").
 */
function claimsAThing(words: readonly string[]): boolean {
  const first = (words[0] ?? '').toLowerCase();
  // ("claims ‘state party’ cut the line": a quotation may open the clause's subject)
  if (/^(?:that|to|he|she|they|we|i|it|there|you|:)$/u.test(first) || /^[\p{Lu}"“‘'(]/u.test(words[0] ?? '')) return false;
  // ("claimed millions of illegal votes were cast", "claimed 40 percent of voters backed the plan":
  // a quantity of something opens the clause's subject)
  if (QUANTITY_OPENER.test(first) && words.slice(1, 3).some((w) => w.toLowerCase() === 'of')) return false;
  // ("claimed victory", "claims credit for the deal", "claimed responsibility": to claim these is
  // to say one won, or did it)
  if (words.slice(0, 4).some((w) => ASSERTED_THINGS.test(w.toLowerCase()))) return false;
  const third = (words[2] ?? '').toLowerCase();
  if (third !== '' && !DETERMINER.test(third) && !PREPOSITIONS.has(third) && mayBeFiniteVerb(third)) return false;
  return isVerbless(words.slice(0, 2).join(' ')) && !words.slice(0, 4).some((w) => AUX_WORDS.has(w.toLowerCase()));
}

const QUANTITY_OPENER = /^(?:\d[\d,.]*%?|millions|thousands|hundreds|dozens|scores|many|most|some|all|several|half|none|one|two|three|four|five|six|seven|eight|nine|ten|a)$/u;

/** What one claims by saying so: victory, credit, responsibility. */
const ASSERTED_THINGS = /^(?:victory|victories|win|wins|credit|responsibility|success|authorship|ownership)$/u;

/** "denies eight counts of fraud", "denied two charges of assault": a plea to charges, not a statement about them. */
function deniesCharges(words: readonly string[]): boolean {
  return /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+teen|twenty|thirty|all|both)$/u.test(words[0] ?? '') && /^(?:counts?|charges?)$/u.test(words[1] ?? '');
}

/** "rejected that argument", "rejects those claims": a demonstrative and a noun stand for something said elsewhere. */
function pointsBackOnly(words: readonly string[]): boolean {
  return words.length <= 3 && /^(?:that|this|these|those)$/iu.test(words[0] ?? '') && isVerbless(words.slice(1).join(' ') || 'the');
}
