import { ROLE_NOUNS } from '../speech-lexicons.js';
import { PERSON_NOUNS } from '../source-lexicons.js';
import type { ClaimCandidate } from './context.js';
import { baseOf } from './lexicon.js';
import { isVerbless, mayBeFiniteVerb } from './verbless.js';
import { AUX_WORDS, DETERMINER, PREPOSITIONS } from './word-classes.js';

/*
 * Verbs of saying whose noun-phrase object is read in a sense that reports nothing: "the Senate
 * confirmed Betsy DeVos as education secretary" appoints her, "claimed mileage for a trip" asks for
 * money, "denies eight counts of fraud" enters a plea, "added eight assists" scores, "called a
 * second witness" summons. The same verbs before a clause ("confirmed
 * that …", "claimed the vote was rigged", "denied the report") still report a claim.
 */

/**
 * Whether the claim's content is the object of such a sense of its cue verb: an appointment, a
 * thing claimed, a plea, a count added, a person summoned, or a demonstrative standing for an
 * argument ("rejected that argument"); or, after any verb, a pronoun with only a time or manner
 * after it ("confirmed it afterwards").
 */
export function objectSenseReportsNothing(text: string, c: ClaimCandidate): boolean {
  const cue = text.slice(c.cue.start, c.cue.end).toLowerCase();
  const base = baseOf(cue) ?? cue;
  const content = text.slice(c.start, c.end);
  // (the shared table may list "claimed" as the line's base: the forms are matched as written)
  const claimed = /^claim(?:s|ed|ing)?$/u.test(cue);
  // most claims are neither of these verbs nor open with "it", "them" or "this" and a word after:
  // they are answered before their content is cut into words
  if (!SENSE_BASES.has(base) && !claimed && !POINTS_BACK_OPENING.test(content)) return false;
  const words = content.split(/\s+/u).map((w) => w.replace(/[,.;:]+$/u, ''));
  if (pointsBackWithAdjunct(words)) return true;
  if (base === 'add') return addsACount(words);
  if (base === 'call') return summons(words, content);
  if (base === 'confirm') return confirmsAppointment(words);
  if (claimed) return claimsAThing(words);
  if (base === 'deny') return deniesCharges(words);
  if (base === 'reject') return pointsBackOnly(words);
  return false;
}

/** The cue verbs read for a sense that reports nothing, below. */
const SENSE_BASES: ReadonlySet<string> = new Set(['add', 'call', 'confirm', 'deny', 'reject']);

/** The content's first word is one `pointsBackWithAdjunct` reads, and another word follows it. */
const POINTS_BACK_OPENING = /^(?:it|them|this)[,.;:]*\s/iu;

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

/**
 * "confirmed it afterwards", "denied it again on Tuesday", "repeated this later": a pronoun for
 * something said elsewhere, and after it only when or how; nothing a reader could check. A
 * predicate after it is a small clause ("called it a failure", "described it as absurd"), and a
 * phrase of grounds is a judgement ("blamed it on the weather"): both stay.
 */
function pointsBackWithAdjunct(words: readonly string[]): boolean {
  if (words.length < 2 || !/^(?:it|them|this)$/iu.test(words[0] ?? '')) return false;
  return words.slice(1).every((w) => WHEN_OR_HOW.test(w) || /^\p{Ll}+ly$/u.test(w) || /^\d+$/u.test(w));
}

/** Words of a time or manner adjunct: "afterwards", "again on Tuesday", "later that week", "in March". */
const WHEN_OR_HOW = /^(?:afterwards?|later|again|too|also|then|now|today|yesterday|tonight|earlier|twice|once|since|on|in|at|during|after|before|last|this|that|next|the|early|late|week|weekend|month|year|morning|afternoon|evening|night|day|time|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/**
 * "added eight assists", "added 12 rebounds and four assists in the win", "added a late goal": a
 * count, or a score, added to a tally; what is said is added with a clause ("added that …") or
 * with a word for it ("added two caveats", "added a warning").
 */
function addsACount(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  if (lower.slice(0, 6).some((w) => w === 'that' || AUX_WORDS.has(w) || SAID_THINGS.test(w))) return false;
  if (COUNT.test(lower[0] ?? '')) return true;
  // ("added another touchdown", "added a late goal": one score, by its noun)
  return /^(?:a|an|another)$/u.test(lower[0] ?? '') && lower.slice(1, 4).some((w) => SCORES.test(w));
}

const COUNT = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|millions|dozens)$/u;
const SCORES = /^(?:goals?|touchdowns?|runs?|points?|assists?|rebounds?|baskets?|tries|try|field|homers?|birdies?|eagles?|saves?|sacks?|wickets?|penalty|penalties|layups?|dunks?|three-pointers?|interceptions?|steals?|blocks?)$/u;
const SAID_THINGS = /^(?:caveats?|warnings?|comments?|remarks?|questions?|reasons?|conditions?|suggestions?|thoughts?|words?|details?|examples?|complaints?|criticisms?|concerns?|claims?|arguments?|notes?)$/u;

/**
 * "called a second witness, Gareth Olmstead", "called the police", "were called to the store",
 * "called off the search": to summon someone, or a particle's sense, reports nothing. A predicate
 * after the person is a small clause ("called the mayor a liar") and stays, as do "called on …
 * to" and "called for …" (demands: other cues), and "called out" (a rebuke).
 */
function summons(words: readonly string[], content: string): boolean {
  // ("called to say he was sorry": an infinitive after "to" is a call's purpose, and may be speech)
  if (words[0] === 'to') return DETERMINER.test(words[1] ?? '') || /^\p{Lu}/u.test(words[1] ?? '');
  if (/^(?:in|into|back|off|up|away|over)$/u.test(words[0] ?? '')) return true;
  let k = 0;
  if (/^(?:a|an|the|his|her|their|its|another|\d+|two|three|four|five)$/iu.test(words[k] ?? '')) k++;
  // at most two modifiers before the person ("a second witness", "the arresting officer"): past
  // them the person is another phrase's ("the charges unsubstantiated and fabricated by employees")
  const first = k;
  while (k < words.length - 1 && k - first < 2 && /^\p{Ll}[\p{Ll}-]*$/u.test(words[k] ?? '') && !isPersonNoun(words[k] ?? '')) k++;
  if (!isPersonNoun(words[k] ?? '')) return false;
  const rest = words.slice(k + 1);
  // ("…, Gareth Olmstead": the person's name in apposition, and perhaps a description of them after
  // it: "…, Gareth Olmstead, a forensic accountant retained by the office")
  let n = 0;
  while (n < rest.length && /^\p{Lu}[\p{L}.’'-]*$/u.test(rest[n] ?? '')) n++;
  // (a description names a job: "called the defendant, Tom Reyes, a danger to the public" is a small clause)
  if (n > 0 && /^(?:a|an)$/u.test(rest[n] ?? '') && content.includes(`${rest[n - 1] ?? ''}, ${rest[n] ?? ''} `) && rest.slice(n + 1, n + 4).some(isPersonNoun)) return true;
  return rest.every((w) => /^\p{Lu}[\p{L}.’'-]*$/u.test(w) || w === '') || pointsBackWithAdjunct(['it', ...rest]);
}

function isPersonNoun(word: string): boolean {
  return word === word.toLowerCase() && (PERSON_NOUNS.has(word) || ROLE_NOUNS.has(word));
}
