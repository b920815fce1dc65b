import { DETERMINER, OBJECT_PRONOUNS, PREPOSITIONS } from './word-classes.js';
import type { Word } from './words.js';

/**
 * Verbs of hope, aim and offer whose "to"-infinitive is the plan or wish they report: "offered to
 * debate in Brooklyn", "…, hoping to keep the seat", "…, seeking to calm the markets", "…, aiming to
 * lock in the vote". A verb on this list that otherwise needs a that-clause or a shared reporting
 * verb (`offer`, or any of them as a participle after a comma) takes such an infinitive as its
 * content too.
 */
const PLAN_VERBS: ReadonlySet<string> = new Set(['hope', 'seek', 'aim', 'plan', 'intend', 'offer', 'want', 'expect']);

/**
 * Whether word `k` opens the plan infinitive of a verb with base form `base`: "to" followed by a
 * lower-case word that can be a bare verb. "offered to the crowd", "hoping to a degree",
 * "aiming to 2020", "offered to him" name a recipient, a degree or a target, not a plan.
 */
export function opensPlanInfinitive(base: string, words: readonly Word[], k: number): boolean {
  if (!PLAN_VERBS.has(base) || words[k]?.lower !== 'to') return false;
  const next = words[k + 1];
  if (!next || next.text !== next.lower || !/^\p{Ll}+$/u.test(next.text)) return false;
  return !DETERMINER.test(next.lower) && !PREPOSITIONS.has(next.lower) && !OBJECT_PRONOUNS.has(next.lower) && !NOT_A_BARE_VERB.test(next.lower);
}

/** Words after "to" that are no bare verb: quantifiers and wh-words ("to some extent", "to what end"). */
const NOT_A_BARE_VERB = /^(?:some|any|no|all|each|every|many|much|more|most|both|one|two|three|date|what|which|whom|whose)$/u;

/**
 * Verbs of fear and belief whose participle after a comma takes a finite clause with no "that":
 * "Russia opposed the bank, fearing it would become a tool of expansion", "…, believing the vote
 * was lost". Their object ("fearing the exposure") is a thing, no claim.
 */
const HELD_CLAUSE_VERBS: ReadonlySet<string> = new Set(['fear', 'believe', 'think', 'expect', 'hope', 'suspect', 'assume', 'figure']);

/** Whether a participle of `base` after a comma may take a finite clause with no "that". */
export function holdsBareClause(base: string): boolean {
  return HELD_CLAUSE_VERBS.has(base);
}
