import type { ClaimCandidate } from './context.js';
import { isVerbless, verblessWords } from './verbless.js';
import { CONTRACTED, PREPOSITIONS } from './word-classes.js';

/**
 * Connectives and sentence adverbs: words that link a sentence to the one before or comment on it
 * ("But", "After all", "However", "Of course") and say nothing of their own.
 */
const CONNECTIVES = new Set([
  'and', 'but', 'yet', 'so', 'or', 'nor', 'still', 'however', 'though', 'also', 'too', 'then', 'now', 'meanwhile',
  'instead', 'indeed', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'besides', 'anyway', 'again',
  'finally', 'after', 'all', 'of', 'course', 'in', 'fact', 'addition', 'short', 'turn', 'the', 'end', 'at', 'least',
  'last', 'first', 'second', 'third', 'for', 'example', 'instance', 'by', 'contrast', 'comparison', 'as', 'well',
  'otherwise', 'likewise', 'similarly', 'thus', 'hence', 'therefore', 'accordingly', 'consequently',
]);

/**
 * Words that open an adjunct phrase besides the prepositions: "Regarding the talks", "According to
 * the filing", "As part of the deal", "Between the two rivals".
 */
const ADJUNCT_OPENERS = new Set([...PREPOSITIONS, 'regarding', 'concerning', 'according', 'between', 'as', 'beside', 'besides', 'along', 'alongside', 'around', 'beneath', 'below', 'above', 'via', 'amongst']);

const TIME_ONLY = /^\s*(?:(?:on|late|early|earlier|later|last|this|next)\s+){0,2}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|weekend|month|year)(?:\s+(?:morning|afternoon|evening|night))?\s*[.:,;]?\s*$/iu;

/** Adverbs of degree or time that open a phrase of time or place before its preposition: "just before", "shortly after", "soon after". */
const DEGREE: ReadonlySet<string> = new Set(['just', 'shortly', 'soon', 'right', 'moments', 'minutes', 'hours', 'days', 'weeks', 'sometime', 'well', 'long']);

/** Prepositions of two words, whose second word is `to` ("according to", "due to", "prior to"). */
const TO_PAIRS = new Set(['according', 'due', 'thanks', 'prior', 'next', 'close', 'owing', 'contrary', 'relative', 'ahead']);

/**
 * Is `content` only an adjunct: a connective or sentence adverb ("But", "After all"), or a phrase
 * of time, place, manner or respect with no clause in it ("At the day's end, however", "In a
 * call with donors on Friday", "Regarding the talks between the two sides", "According to the
 * agency", "Speaking at a rally in Ohio")? Such a phrase frames the report or the sentence; it
 * asserts nothing a reader could check, so it is never a claim's content on its own. A phrase with
 * a clause after it ("In 2015 the plant closed", "For those deals, the firm earned $5 million") is
 * content, and so is a condition ("If elected"), which limits what is claimed.
 */
export function isAdjunctOnly(content: string): boolean {
  if (isTimeOnly(content)) return true;
  // most contents open with a word that is no connective, opener or participle: they are not cut
  // into words whole (the tests below then all fail on that first word)
  const first = firstWord(content)?.toLowerCase();
  if (first === undefined || !(CONNECTIVES.has(first) || ADJUNCT_OPENERS.has(first) || DEGREE.has(first) || /^\p{L}+ing$/u.test(first))) return false;
  const words = verblessWords(content).map((w) => w.toLowerCase());
  if (words.length === 0) return false;
  if (words.every((w) => CONNECTIVES.has(w))) return true;
  // an opening connective ("But in a call with reporters")
  let i = 0;
  while (i < words.length - 1 && /^(?:and|but|yet|so|or|still|then|now|instead)$/u.test(words[i] as string)) i++;
  // "just before 11 a.m.", "shortly after the vote": a degree adverb before the preposition
  if (DEGREE.has(words[i] as string) && ADJUNCT_OPENERS.has(words[i + 1] ?? '')) i++;
  const opener = words[i] as string;
  let rest: number;
  if (ADJUNCT_OPENERS.has(opener)) rest = TO_PAIRS.has(opener) && words[i + 1] === 'to' ? i + 2 : i + 1;
  // "Speaking at a rally", "Weighing in on the debate": a participle with a preposition or particle
  // after it opens an adjunct ("Cutting taxes, he said, is …" is a subject, and stays)
  else if (/^\p{L}+ing$/u.test(opener) && /^(?:in|on|at|to|about|with|from|after|before|during)$/u.test(words[i + 1] ?? '')) rest = i + 1;
  else return false;
  if (rest >= words.length) return false;
  // the phrase after the opener must hold no verb at all: "In 2015 the plant closed" is a clause
  // "the rival's aides", "at day's end": in a phrase with no clause an 's is a possessive
  return isVerbless(wordsFrom(content, rest).replace(/(\p{L}+)['’]s(?!\p{L})/gu, (w, stem: string) => (CONTRACTED.test(w) ? w : stem)));
}

/** The first of `verblessWords(content)`: read from the content's head when a second word starts inside it. */
function firstWord(content: string): string | undefined {
  const head = verblessWords(content.slice(0, 40));
  return head.length > 1 ? head[0] : verblessWords(content)[0];
}

/** The text of `content` from its `n`th word (as `verblessWords` counts them) on. */
function wordsFrom(content: string, n: number): string {
  const words = verblessWords(content);
  let at = 0;
  for (let k = 0; k < n; k++) at = content.indexOf(words[k] as string, at) + (words[k] as string).length;
  return content.slice(at);
}

/**
 * Drops the claims whose whole content is an adjunct before its cue: "At day's end, however, Smith
 * said as she left …" and "Regarding the emails, the campaign said in a statement that …" frame the
 * attribution itself, whose content (if any) follows it. The opening piece of a claim split by a
 * parenthetical attribution ("But, she added, the plan …", "Of the mayor, he said, “…”") is read
 * with the rest of that claim, as PolNeAR annotates it, and so is any piece sharing its cue with
 * another claim.
 */
export function dropAdjunctOnly(text: string, claims: readonly ClaimCandidate[]): ClaimCandidate[] {
  // claims a cue has, counted once (a run-on sentence may hold thousands of claims)
  const perCue = new Map<number, number>();
  for (const c of claims) perCue.set(c.cue.start, (perCue.get(c.cue.start) ?? 0) + 1);
  return claims.filter((c) => {
    if (c.rule === 'parenthetical') return true;
    if (c.end > c.cue.start) return !isTimeOnly(text.slice(c.start, c.end));
    if ((perCue.get(c.cue.start) ?? 0) > 1) return true;
    return !isAdjunctOnly(text.slice(c.start, c.end));
  });
}

/** "Ed Henry reports on Monday evening:": a time alone, the verb's adjunct read as its content. */
function isTimeOnly(content: string): boolean {
  return content.length < 40 && TIME_ONLY.test(content);
}
