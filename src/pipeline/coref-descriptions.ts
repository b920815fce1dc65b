import type { Entity, EntityIndex } from './entities.js';
import { entityAt } from './entities.js';
import type { DescribedPerson } from './described-person.js';
import { ANONYMITY_PHRASES } from './source-lexicons.js';
import { REPORTING_VERB_FORMS } from './speech-lexicons.js';

/**
 * What a description and the words around it say of who a pronoun after it may stand for: whether
 * it names someone an article leaves unnamed ("The police officer said"), whether a name set beside
 * it is the person it describes ("Another commuter, retired engineer Bill Norris"), and whether a name since
 * is about to speak ("Morrow remembers it differently").
 */

/**
 * A verb of saying, remembering or believing right after a name, in any tense: "Morrow remembers",
 * "Morrow later recalled", "Ortiz disagrees" (not "Ortiz did not respond", "Vail was arrested":
 * such a person is not thereby the one about to speak).
 */
export function speechVerbAfter(text: string, end: number): boolean {
  const verb = /^\s+(?:(?:also|later|then|still|now|again|\p{Ll}+ly)\s+)?(\p{Ll}+)\b/u.exec(text.slice(end, end + 40))?.[1];
  return verb !== undefined && (REPORTING_VERB_FORMS.has(verb) || RECALLING.has(verb));
}

/** Verbs of remembering and of seeing things otherwise, which put a person's own account next. */
const RECALLING: ReadonlySet<string> = new Set(['remembers', 'remembered', 'recalls', 'recalled', 'disagrees', 'disagreed', 'disputes', 'disputed', 'believes', 'believed', 'thinks', 'thought', 'sees', 'saw', 'tells', 'insists', 'insisted', 'counters', 'countered']);

/**
 * "The spokesman", "the police officer": "the" and lower-case words ending in a noun of someone an
 * article mostly quotes without naming, a noun the article has not yet given anyone ("said Ann Berg,
 * spokeswoman for Acme … the spokeswoman added" is Berg again; "the man", "the resident" mostly
 * stand for the person just quoted, unless the text says she is not named).
 */
export function plainDefinite(text: string, index: EntityIndex, phrase: string, at: number): boolean {
  const m = /^[Tt]he((?:\s+\p{Ll}[\p{Ll}-]*){1,3})$/u.exec(phrase);
  const head = m?.[1]?.trim().split(/\s+/u).pop();
  if (head === undefined || index.byRole.has(head)) return false;
  // the text before the description itself (a speaker's offset may be its quotation's, after it)
  const own = text.lastIndexOf(phrase, at);
  // ("said the woman, who did not want to be quoted by name": whoever she is, she is not named)
  if (own >= 0 && at - own < 200) {
    const after = text.slice(own + phrase.length, own + phrase.length + 160).toLowerCase();
    if (/^\s*,\s*who\b/u.test(after) && ANONYMITY_PHRASES.some((p) => after.includes(p))) return true;
  }
  if (!UNNAMED_HEADS.has(head)) return false;
  // (read back a few paragraphs, not to the article's start: one look per pronoun stays local)
  const end = own >= 0 && at - own < 200 ? own : at;
  return !(HEAD_PATTERNS.get(head) as RegExp).test(text.slice(Math.max(0, end - 3000), end));
}

/** Nouns of people an article quotes without naming them: a spokesman, an officer, a witness. */
const UNNAMED_HEADS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'officer', 'witness', 'driver', 'nurse', 'worker', 'passenger', 'commuter', 'bystander',
  'protester', 'official', 'source', 'employee', 'volunteer', 'guard', 'paramedic', 'firefighter', 'medic', 'caller',
]);

/** Each of those nouns as a word start, to find it given to someone before ("Ann Berg, spokeswoman for Acme"). */
const HEAD_PATTERNS: ReadonlyMap<string, RegExp> = new Map([...UNNAMED_HEADS].map((h) => [h, new RegExp(`\\b${h}`, 'iu')]));

/** The entity named in apposition right after a description: "Another commuter, (retired engineer) Bill Norris, …". */
export function appositionNamed(text: string, index: EntityIndex, described: DescribedPerson): Entity | null {
  const end = described.start + described.phrase.length;
  const m = /^\s*,\s*(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?=\p{Lu})/u.exec(text.slice(end, end + 60));
  if (!m) return null;
  // only role words between ("retired engineer"), not "a friend of", "who pulled", "whose son", "like"
  if (/\b(?:a|an|the|of|for|to|with|by|from|who|whose|which|that|like|unlike|and|or|\p{Ll}+ing)\s/u.test(m[0])) return null;
  const entity = entityAt(index, end + m[0].length);
  if (!entity) return null;
  // the name ends the apposition: a comma or the verb follows it ("…, Bill Norris, was", "…, Bill Norris said")
  const mention = entity.mentions.find((x) => x.start === end + m[0].length);
  return mention && /^\s*(?:,|\p{Ll})/u.test(text.slice(mention.end, mention.end + 3)) ? entity : null;
}
