import type { Entity, EntityIndex } from './entities.js';
import { entityAt } from './entities.js';
import { describedGender, type DescribedPerson } from './described-person.js';
import { indexAt, type Segmentation } from './segment.js';
import type { SubjectPhrase } from './subject-phrase.js';
import type { PriorSpeaker } from './coref.js';
import { ANONYMITY_PHRASES, PERSON_NOUNS } from './source-lexicons.js';
import { REPORTING_VERB_FORMS, ROLE_NOUNS } from './speech-lexicons.js';

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
  // ("A farmer called Hollis Brandt leans on the gate": a name the description introduces is its person too)
  const given = nameGivenBefore(text.slice(end, end + 80));
  const m = given ?? /^\s*,\s*(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?=\p{Lu})|^\s+(?:named|called)\s+(?=\p{Lu})/u.exec(text.slice(end, end + 60));
  if (!m) return null;
  // only role words between ("retired engineer"), not "a friend of", "who pulled", "whose son", "like"
  if (!given && /\b(?:a|an|the|of|for|to|with|by|from|who|whose|which|that|like|unlike|and|or|\p{Ll}+ing)\s/u.test(m[0])) return null;
  const entity = entityAt(index, end + m[0].length);
  if (!entity) return null;
  // the name ends the apposition: a comma or the verb follows it ("…, Bill Norris, was", "…, Bill Norris said")
  const mention = entity.mentions.find((x) => x.start === end + m[0].length);
  return mention && /^\s*(?:,|\p{Ll})/u.test(text.slice(mention.end, mention.end + 3)) ? entity : null;
}

/**
 * Whether the name starting at `start` is introduced by a description of a person and "named" or
 * "called": "a farmer called Hollis Brandt", "a former bus driver named Gary Pickering". The
 * description says the name is a person's.
 */
export function namedByDescription(text: string, start: number): boolean {
  const noun = NAMED_BY.exec(text.slice(Math.max(0, start - 60), start))?.[1];
  return noun !== undefined && (PERSON_NOUNS.has(noun) || ROLE_NOUNS.has(noun));
}
const NAMED_BY = /\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}\d-]+\s+){0,3}?([\p{Ll}-]+)\s+(?:named|called)\s+$/u;

/** Whether `before` ends in a person's noun and "for" or "to": "a spokesman for ", "an adviser to the ". */
export function personNounFor(before: string): boolean {
  const m = /(\p{Ll}+)\s+(?:for|to)\s+(?:the\s+)?$/u.exec(before);
  return m !== null && (ROLE_NOUNS.has(m[1] ?? '') || PERSON_NOUNS.has(m[1] ?? ''));
}

/** An unnamed person described by whom they act for: "a lawyer for John Park", "A spokesman for the Parks". */
export const INDEFINITE_FOR = /^(?:an?|one|another)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*\s+(?:for|to|of)\s/iu;

// A past-tense verb right after a name, or after an adverb: "Carson defied", "Smith declined",
// "Trump never mentioned", "Ruiz went" (places rarely act so)
const ACTS_AFTER = /^\s+(?:(?:never|also|later|then|still|just|again|\p{Ll}+ly)\s+)?(?!(?:is|was|has|had|will|would)\b)(?:\p{Ll}+ed|went|took|made|gave|came|kept|held|met|ran|won|lost|spent|sent|brought|thought|felt|saw|knew|found|became|began|spoke|told|wrote)\b/u;

/**
 * Does the name ending at `end` act, as the subject of a past-tense or reporting verb right after it
 * or after its appositions ("Brad, 39, worried", "Alixandria Lapp, executive director of the House
 * Majority PAC, a Democratic super PAC, said")?
 */
export function actsAfter(text: string, end: number): boolean {
  let rest = text.slice(end, end + 260);
  // ("Moreau, 27, who had won 14 matches, said": asides one after another share their commas)
  let aside = false;
  for (let n = 0; n < 3; n++) {
    // (the verb may come right after the first aside: "The coach, 54, said …, and left")
    if (aside && actsNext(rest.replace(/^\s*,/u, ''))) break;
    const m = /^\s*,[^,.;:!?"“”()]{1,90}(?=,)/u.exec(rest);
    if (!m) break;
    rest = rest.slice(m[0].length);
    aside = true;
  }
  if (aside) rest = rest.replace(/^\s*,/u, '');
  return actsNext(rest);
}

/** Whether `rest` opens with the act of the name before it: a past-tense verb or a reporting verb. */
function actsNext(rest: string): boolean {
  if (ACTS_AFTER.test(rest)) return true;
  const verb = /^\s+(?:(?:also|later|then|again|\p{Ll}+ly)\s+)?(\p{Ll}+)/u.exec(rest)?.[1];
  return verb !== undefined && REPORTING_VERB_FORMS.has(verb);
}

/** The unnamed last speaker a plain "the man" or "the woman" in its paragraph refers back to, or null. */
export function secondReference(seg: Segmentation, subject: SubjectPhrase, prior: readonly PriorSpeaker[]): string | null {
  const g = /^the\s+(man|woman)$/iu.exec(subject.text)?.[1]?.toLowerCase() === 'man' ? 'm' : /^the\s+woman$/iu.test(subject.text) ? 'f' : null;
  if (g === null) return null;
  const last = [...prior].reverse().find((p) => p.at < subject.start);
  if (!last || last.entity !== null || !/^(?:the|a|an|one|another)\s/iu.test(last.name)) return null;
  if (seg.sentences[indexAt(seg.sentences, last.at)]?.paragraph !== seg.sentences[indexAt(seg.sentences, subject.start)]?.paragraph) return null;
  return describedGender(last.name) === g ? last.name : null;
}

/**
 * The words between a description and the name it goes on to give: an age ("One of them,
 * 19-year-old Ravi Olatunde,"), or the name a source gave ("A resident, who gave only his first
 * name, Tomas,", "A shopkeeper, who gave his name only as Goran,"). `after` starts right after the
 * description; the match ends where the name starts.
 */
export function nameGivenBefore(after: string): RegExpExecArray | null {
  return AGED_BEFORE_NAME.exec(after) ?? NAME_GIVEN.exec(after);
}
const AGED_BEFORE_NAME = /^\s*,\s*(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\s+(?:[\p{Ll}-]+\s+){0,2}(?=\p{Lu})/u;
const NAME_GIVEN = /^(?:\s+(?:in|from|of|at)\s+(?:\p{Lu}[\p{L}'’-]*\s*){1,3})?\s*,\s*who\s+(?:gave|would\s+give)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|last\s+|full\s+)?names?\s+(?:only\s+)?(?:as\s+|,\s*)(?=\p{Lu})/u;
