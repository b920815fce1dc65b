import type { TextRange } from './segment.js';
import { tagsOfLower } from './claims/verbless.js';
import { ROLE_NOUNS } from './speech-lexicons.js';
import { PERSON_NOUNS } from './source-lexicons.js';
import { DETERMINERS, isReportingVerb, type SubjectPhrase } from './subject-phrase.js';
import { isCapitalised, type Token } from './tokens.js';
import { PREPOSITIONS, WHEN_CAPITALISED } from './phrase-words.js';

/*
 * What stands around a cue's subject among the tokens before or after a quotation: the word right
 * before the subject (a role noun, a preposition of place), a relative clause on a noun of saying
 * ("a claim Kyiv denied"), and the tokens a look-back keeps once the other quotations are left out.
 */

/**
 * Whether `t`, right after "a claim", can open the subject of a relative clause on it: "that", a
 * determiner or a capitalised word ("a claim Kyiv denied", "a figure the ministry disputes"); not a
 * preposition ("a report by the ministry said") nor a day ("a statement Friday said").
 */
export function opensRelativeSubject(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const lower = t.text.toLowerCase();
  if (lower === 'that' || DETERMINERS.has(lower)) return true;
  return isCapitalised(t) && !WHEN_CAPITALISED.test(t.text);
}


/** A name whose phrase has a lower-case noun right before it: "his friend [Bruce Turry]", "the group's lawyer [Ann Berg]". */
export function nameAfterRoleNoun(toks: readonly Token[], subject: SubjectPhrase): boolean {
  if (subject.kind !== 'name') return false;
  const at = toks.findIndex((t) => t.start === subject.start);
  const before = toks[at - 1];
  // (not "the mother of slain teen Ann Berg", "a friend of the actor Tom Vail": the one described
  // after a preposition is not the speaker)
  for (let n = at - 1; n >= 0 && toks[n]?.kind === 'word' && !isReportingVerb(toks[n] as Token); n--) if (PREPOSITIONS.has(toks[n]?.text.toLowerCase() ?? '')) return false;
  const after = toks[toks.findIndex((t) => t.end === subject.end) + 1];
  // (not "a prominent Republican National Committee member": a name before its own head noun modifies it)
  if (after !== undefined && after.kind === 'word' && !isCapitalised(after) && !isReportingVerb(after)) return false;
  return at > 0 && before !== undefined && before.kind === 'word' && !isCapitalised(before) && (PERSON_NOUNS.has(before.text) || ROLE_NOUNS.has(before.text));
}

/**
 * Whether a preposition of place ("in Boise", "at Heathrow") stands right before the token starting
 * at `start`, nothing but spaces between (the tokens of a quotation left out of the look-back may
 * sit between them: "better at “less advanced schools,” Trump said:"). Not "from": "the senator
 * from Pennsylvania" is one phrase.
 */
export function afterPlacePreposition(text: string, toks: readonly Token[], start: number): boolean {
  const at = toks.findIndex((t) => t.start === start);
  const prev = at > 0 ? toks[at - 1] : undefined;
  return prev !== undefined && PLACE_PREPOSITIONS.has(prev.text) && /^\s+$/u.test(text.slice(prev.end, start));
}
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'into']);

/**
 * The tokens (in order of start) that start inside none of `ranges`: one pass over both, the ranges
 * taken in order of start, where testing every token against every range cost tokens × quotations
 * on a line dense with quotation marks.
 */
export function outsideRanges(toks: readonly Token[], ranges: readonly TextRange[]): Token[] {
  // (the quotations of a sentence come in order: sorted only when they are not)
  let inOrder = true;
  for (let k = 1; k < ranges.length && inOrder; k++) inOrder = (ranges[k - 1] as TextRange).start <= (ranges[k] as TextRange).start;
  const sorted = inOrder ? ranges : [...ranges].sort((a, b) => a.start - b.start);
  const out: Token[] = [];
  let r = 0;
  let coveredTo = -Infinity;
  for (const t of toks) {
    while (r < sorted.length && (sorted[r] as TextRange).start <= t.start) coveredTo = Math.max(coveredTo, (sorted[r++] as TextRange).end);
    if (!(t.start < coveredTo)) out.push(t);
  }
  return out;
}

/** Verbs of posting: what follows them is mostly the thing posted ("posted a photo"), seldom who posted it. */
export const POSTING: ReadonlySet<string> = new Set(['posted', 'posts', 'shared', 'shares', 'uploaded', 'uploads']);

/** A common noun phrase whose head is plural ("Police", "Reporters who interviewed her", "two officers"): no "he" or "she" stands for it. */
export function isPluralPhrase(p: SubjectPhrase): boolean {
  // (a plural noun opening the sentence is capitalised, and may be read as a name: "Police", "Fans")
  if (p.kind === 'pronoun' || (p.kind === 'name' && /\s/u.test(p.text.trim()))) return false;
  const head = /(\p{L}+)\s*$/u.exec(p.text)?.[1]?.toLowerCase() ?? '';
  return head === 'police' || head === 'people' || tagsOfLower(head)?.[0] === 'NNS';
}
