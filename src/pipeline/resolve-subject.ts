import type { EntityIndex } from './entities.js';
import { canonicalName, entityAt } from './entities.js';
import { sharedSurnameAt } from './shared-surnames.js';
import { roleHolder, sameDescriptionHolder, titleRoleHolder } from './role-holder.js';
import { titleLineEnd } from './title-lines.js';
import { nameGivenBefore, secondReference } from './coref-descriptions.js';
import { nameOfObject } from './name-of-object.js';
import { chainedPronoun } from './coref-chain.js';
import type { Segmentation } from './segment.js';
import { ROLE_NOUNS } from './speech-lexicons.js';
import { agedRole, epithetHolder, isEpithet, nationalRole } from './epithets.js';
import type { SubjectPhrase } from './subject-phrase.js';
import { mentionStarts } from './mention-starts.js';
import { reporterOfRelative } from './relative-reporter.js';
import { personHead } from './phrase-kind.js';
import { speakerOf } from './coref-groups.js';
import { ambiguous, phraseType, resolvePronoun, unknownSpeaker, type PriorSpeaker, type ResolvedSpeaker } from './coref.js';

/**
 * The speaker for a cue's subject phrase: a name goes to its canonical entity ("Trump" -> "Donald
 * Trump"), a role noun to the entity the article introduced with it ("The US President" -> "Donald
 * Trump"), a pronoun through `resolvePronoun`; any other phrase ("US officials", "The State
 * Department") is the speaker as written.
 */
export function resolveSubject(
  text: string,
  index: EntityIndex,
  seg: Segmentation,
  subject: SubjectPhrase,
  prior: readonly PriorSpeaker[],
  maxParagraphs = 1,
): ResolvedSpeaker | null {
  if (subject.kind === 'pronoun') {
    // nobody of that gender spoke or was named in this or the previous paragraph: the pronoun is
    // left as written rather than guessed from further back
    // (likewise "they" with no organisation speaking before it: a group the article leaves unnamed)
    // ("it" with no body speaking before it is kept as written too, typed as an organisation)
    const reporter = reportedBy(text, index, seg, subject, prior, maxParagraphs);
    if (reporter) return reporter;
    return (
      resolvePronoun(text, index, seg, subject, prior, maxParagraphs) ??
      chainedPronoun(text, index, seg, subject, prior, 2, resolvePronoun) ??
      (/^(?:he|she|they|it)$/i.test(subject.text) ? { speaker: unknownSpeaker(subject, /^it$/i.test(subject.text) ? 'organization' : 'person'), via: 'phrase', entity: null, note: 'unresolved' } : null)
    );
  }
  if (isEpithet(subject.text)) {
    const held = epithetHolder(text, index, seg, subject, mentionStarts(index));
    return held ? { speaker: speakerOf(held.entity.name, subject, 'person'), via: 'role', entity: held.entity, at: held.at } : { speaker: unknownSpeaker(subject, 'person'), via: 'phrase', entity: null, note: 'unresolved' };
  }
  if (subject.kind === 'name') {
    const entity = entityAt(index, subject.end - 1) ?? canonicalName(index, subject.text, subject.start);
    // ("Karen Lindqvist … Karen Moss … “…,” Karen said": either of them, or someone else)
    if (entity?.sharesGivenNameWith) return ambiguous(subject, entity.sharesGivenNameWith.map((e) => e.name));
    // ("Richard Pembroke … Daniel Pembroke … “…,” Pembroke said": either of them)
    const bearers = sharedSurnameAt(index, subject);
    if (bearers) return ambiguous(subject, bearers.map((e) => e.name));
    // organisations keep the name as written ("The State Department"); people get their full name
    if (entity) return { speaker: speakerOf(entity.type === 'person' ? entity.name : subject.text, subject, entity.type), via: 'name', entity };
    return { speaker: speakerOf(subject.text, subject, 'person'), via: 'name', entity: null };
  }
  // "The transport minister, Sarah Cole, has defended …": the name in apposition right after the role
  if (subject.kind === 'role' || subject.kind === 'phrase') {
    // ("Its organiser, retired teacher Margaret Lyle, said": a lower-case role before the name)
    const m = /^,\s*(?=\p{Lu})/u.exec(text.slice(subject.end, subject.end + 4)) ?? describedApposition(text.slice(subject.end, subject.end + 50));
    const named = m ? entityAt(index, subject.end + m[0].length) : undefined;
    // (the name closes its apposition with a comma, or ends the sentence: "…, said the company's
    // chief executive, Tom Vail.")
    const nameEnd = named?.mentions.find((x) => x.start === subject.end + (m?.[0].length ?? 0))?.end ?? -1;
    // ("a spokeswoman for the governor, Tom Reed": the name is the governor's, not the spokeswoman's)
    if (named && named.type === 'person' && nameEnd >= 0 && !nameOfObject(subject.text, named.gender ?? named.listedGender ?? null) && (/^(?:,|\.(?:\s|$))/u.test(text.slice(nameEnd, nameEnd + 2)) || AFFILIATION_THEN_COMMA.test(text.slice(nameEnd, nameEnd + 80)))) {
      return { speaker: speakerOf(named.name, subject, 'person'), via: 'name', entity: named };
    }
    // "Their lawyer, Grace Lindqvist, called …" and later "“…,” their lawyer said"
    const same = sameDescriptionHolder(text, index, subject.text, subject.start);
    if (same) return { speaker: speakerOf(same.name, subject, 'person'), via: 'role', entity: same };
  }
  // a role in the title line: the body says who holds it
  const titled = subject.kind === 'role' && subject.role && subject.start < titleLineEnd(text) ? titleRoleHolder(text, index, subject.role) : null;
  if (titled) return { speaker: speakerOf(titled.name, subject, titled.type), via: 'role', entity: titled };
  if (subject.kind === 'role' && subject.role && /^(?:the|this|that)\b/i.test(subject.text) && !/\b(?:of|for|at|from)\b/.test(subject.text)) {
    const entity = roleHolder(text, index, subject.text, subject.role, subject.start);
    if (entity) return { speaker: speakerOf(entity.name, subject, entity.type), via: 'role', entity };
    // "“…,” the Dutch diplomat said" after "Jan-Willem van der Berg met the envoys": with nobody
    // introduced in that role, a nationality before it names again the person just named, as an
    // epithet does; failing that, unknown (not an unnamed source)
    // (an age before the role, "The 49-year-old minister", names again the person just named when
    // the article gave them that role; else it may introduce someone new: "The 45-year-old teacher")
    if (agedRole(subject.text)) {
      const held = epithetHolder(text, index, seg, subject, mentionStarts(index));
      if (held?.entity.roles?.includes(subject.role)) return { speaker: speakerOf(held.entity.name, subject, 'person'), via: 'role', entity: held.entity, at: held.at };
    } else if (nationalRole(subject.text)) {
      const held = epithetHolder(text, index, seg, subject, mentionStarts(index));
      return held ? { speaker: speakerOf(held.entity.name, subject, 'person'), via: 'role', entity: held.entity, at: held.at } : { speaker: unknownSpeaker(subject, 'person'), via: 'phrase', entity: null, note: 'unresolved' };
    }
  }
  // "Outside court, the son of one victim said … “…,” said the man, who asked not to be named": a
  // plain "the man" or "the woman" after an unnamed speaker of that gender in the paragraph is
  // that speaker again
  const again = secondReference(seg, subject, prior);
  if (again) return { speaker: speakerOf(again, subject, 'anonymous'), via: 'role', entity: null };
  return { speaker: speakerOf(subject.text, subject, phraseType(null)), via: 'phrase', entity: null };
}

/**
 * "KCNA reported that Kim had guided what it called a test": the pronoun of a relative clause of
 * saying inside a report is the reporter (see `reporterOfRelative`), when the reporter fits it: a
 * body or a document for "it" and "they", a person of its gender for "he" and "she".
 */
function reportedBy(text: string, index: EntityIndex, seg: Segmentation, pronoun: SubjectPhrase, prior: readonly PriorSpeaker[], maxParagraphs: number): ResolvedSpeaker | null {
  const phrase = reporterOfRelative(text, index, seg, pronoun);
  if (!phrase || phrase.start >= pronoun.start) return null;
  const found = resolveSubject(text, index, seg, phrase, prior, maxParagraphs);
  if (!found?.speaker.name) return null;
  const form = pronoun.text.toLowerCase();
  // (a phrase nobody named is a person's by its head noun: "the spokesman", not "KCNA news agency";
  // "they" stands for people as well as bodies: "Officials said … what they called"; "it" for no
  // one in an office, though "the coastguard" may be a body)
  const head = /([\p{L}-]+)[^\p{L}]*$/u.exec(phrase.text)?.[1]?.toLowerCase() ?? '';
  const named = found.entity?.type === 'person';
  const gender = found.entity?.gender ?? null;
  const fits =
    form === 'they' ? !named :
    form === 'it' ? !named && !ROLE_NOUNS.has(head) :
    (form === 'he' || form === 'she') && (named || (!found.entity && personHead(head))) && (gender === null || gender === (form === 'he' ? 'm' : 'f'));
  return fits ? { ...found, speaker: { ...found.speaker, mention: pronoun.text, start: pronoun.start, end: pronoun.end }, via: 'pronoun', at: phrase.start } : null;
}

/** `, retired teacher ` before a capitalised name: a comma and a lower-case phrase ending in a role noun. */
function describedApposition(after: string): RegExpExecArray | null {
  const m = /^,\s*(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?=\p{Lu})/u.exec(after);
  if (m?.[1] && ROLE_NOUNS.has(m[1])) return m;
  // ("One of them, 19-year-old Ravi Olatunde, said", "…, who gave his name only as Goran, said")
  return nameGivenBefore(after);
}

/** Where a person named in apposition works, then the comma that closes the apposition: " of the University of Tulsa,". */
const AFFILIATION_THEN_COMMA = /^\s+(?:of|at|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}\p{Lu}[\p{L}.'’-]*,/u;
