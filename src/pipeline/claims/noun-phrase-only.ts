import { cueKindOf } from '../cue-kinds.js';
import type { ClaimCandidate } from './context.js';
import { isVerbless, tagsOfLower } from './verbless.js';
import { REPORT_ADVERBS } from './adverbs.js';
import { isPhraseClaim } from './phrase-content.js';
import { objectIsClaim } from './object-content.js';
import { baseOf } from './lexicon.js';

// "called his vote an irresponsible one", "consider Clinton honest": the object and what is said
// of it make a small clause, read as one. "supports D.C. statehood", "denied the allegations",
// "proposed a tax on trading": a position the speaker takes on the object, which a reader can check
// as it stands (unlike the target of "slammed", "praised", "mentioned" or "defended"); "offered
// some pointed advice" (an offer's object reaches here only when it is something said). Base forms:
// every cue word is one of the lexicon's forms, which baseOf maps back.
const OBJECT_IS_CONTENT = new Set([
  'call', 'consider', 'deem', 'label', 'labeled', 'brand', 'find', 'think', 'judge', 'rate',
  'support', 'oppose', 'endorse', 'back', 'reject', 'deny', 'propose', 'demand', 'promise', 'pledge', 'vow', 'favor', 'favour',
  'want', 'seek', 'offer', 'order', 'predict', 'forecast', 'expect', 'anticipate', 'estimate', 'announce', 'confirm', 'admit', 'acknowledge',
]);

/** Verbs whose object and what is said of it make a small clause: "called his vote an irresponsible one". */
const SMALL_CLAUSE: ReadonlySet<string> = new Set(['call', 'consider', 'deem', 'label', 'labeled', 'brand', 'judge', 'rate']);

/** A time phrase closing an object: "next week", "on Monday", "on Tuesday night", "this year". */
const TIME_TAIL = /\s+(?:(?:on|by|before|after|until|in|at|during|early|late|last|next|this)\s+)*(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|morning|afternoon|evening|night|today|tomorrow|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(?:morning|afternoon|evening|night))?$/iu;

/**
 * "called Gillian Marsh on Monday", "will consider the application next week": one noun phrase (a
 * name, or a determiner and its nouns), perhaps with a time after it, is no small clause: nothing
 * is said of the object.
 */
function oneNounPhrase(content: string): boolean {
  const bare = content.replace(TIME_TAIL, '').trim();
  if (/^(?:\p{Lu}[\p{L}’'.-]*)(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}$/u.test(bare)) return true;
  // (a determiner, at most one adjective, its noun: "the application", "the new application"; "the
  // plan nonsense", "the firefighters heroes" are two noun phrases, a small clause)
  const m = /^(?:the|a|an|his|her|their|its|our|this|that)\s+(?:([\p{Ll}-]+)\s+)?([\p{Ll}-]+)$/u.exec(bare);
  return m !== null && /^NNS?$/u.test(tagsOfLower(m[2] ?? '')?.[0] ?? '') && (m[1] === undefined || tagsOfLower(m[1])?.[0] === 'JJ');
}

/** An object pronoun and at most adverbs of how often or how: "it both times", "them outright" (not "him a phony", a small clause). */
const PRONOUN_OBJECT = /^(?:it|them|him)(?:\s+(?:both\s+times|again|outright|twice|once|repeatedly|entirely|publicly|immediately|flatly|firmly|too|as\s+well|at\s+once))*[.,;]?$/u;

/** Two words or more: "talks stalled", not "resigned". */
export const TWO_WORDS = /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u;

/**
 * A claim whose content is a noun phrase with no verb (`dismissed the concerns`, `recalled 2
 * million chargers`): not a statement a reader can check. A small clause after a verb of calling
 * or regarding, a position taken (`supports D.C. statehood`), a fact reported or a judgement with
 * its grounds (`reported flat growth`, `blamed the outage on a storm`: `object-content.ts`), an `as`
 * phrase and a piece of a claim split by its attribution are kept.
 */
export function nounPhraseOnly(text: string, c: ClaimCandidate): boolean {
  const cue = text.slice(c.cue.start, c.cue.end).toLowerCase();
  const base = baseOf(cue) ?? cue;
  // ("Poll: Mayor Ties Rival In Race": a headline's Title Case verb reads as a noun)
  // (not a passive: "has been called a charlatan by fellow physicians" says it of the subject)
  if (c.rule !== 'parenthetical' && c.rule !== 'headline' && SMALL_CLAUSE.has(base) && !/\b(?:be|been|being|is|are|was|were)\s+$/iu.test(text.slice(Math.max(0, c.cue.start - 8), c.cue.start)) && oneNounPhrase(text.slice(c.start, c.end))) return true;
  // ("rejected it both times", "denied them outright": a pronoun object and no verb can't be read alone)
  if (c.rule !== 'parenthetical' && c.rule !== 'headline' && PRONOUN_OBJECT.test(text.slice(c.start, c.end))) return true;
  if (c.rule === 'parenthetical' || c.rule === 'headline' || OBJECT_IS_CONTENT.has(base) || (c.source && objectIsClaim(text, base, c, c.source))) return false;
  // "The company is reportedly spending $1.5 million": a report adverb's content starts at its verb;
  // "the survey shows only a small gender gap", "a poll shows Clinton with a lead": a finding
  if (REPORT_ADVERBS.has(cue) || cueKindOf(cue) === 'evidence') return false;
  const content = text.slice(c.start, c.end);
  if (c.source && isPhraseClaim(cue, content)) return false;
  // "(sees) the tariff as a betrayal", "(is seen) as a candidate": what the object is regarded as
  return !/(?:^|\s)as\s/iu.test(content) && isVerbless(content);
}
