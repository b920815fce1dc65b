import type { SourceType, Speaker } from '../schema/attribution.js';
import type { ResolvedSpeaker } from './coref.js';
import { lastIndexBefore, type EntityIndex } from './entities.js';
import { mentionStarts } from './mention-starts.js';
import { indexAt, type Segmentation } from './segment.js';
import { DOCUMENT_NOUNS, GOVERNMENT_HEADS, ORGANISATION_HEADS } from './source-lexicons.js';
import { speakerProblem } from './speaker-check.js';
import { speaksAround } from './speaks-around.js';
import type { SubjectPhrase } from './subject-phrase.js';
import { subjectLead } from './subject-lead.js';

// "it" and "they" for what is not one person: a body named as a sentence's subject, a document or
// body described by its noun ("The report … it said"), a group opening the sentence ("Protesters
// gathered outside. … they chanted").

/** A speaker named `name`, found at the mention as written. */
export function speakerOf(name: string, mention: SubjectPhrase, type: SourceType): Speaker {
  return { name, mention: mention.text, start: mention.start, end: mention.end, type };
}

/**
 * `“We regret the delay,” the statement said. It added: …`: a definite phrase headed by a document
 * or body noun speaks as "it" and "they" before the sources stage has typed it.
 */
export function bodyPhrase(name: string): boolean {
  const m = /^(?:the|this|its|their)\s+(?:[\p{Ll}’'-]+\s+){0,3}(\p{Ll}+)$/iu.exec(name);
  const head = m?.[1] ?? '';
  return DOCUMENT_NOUNS.has(head) || ORGANISATION_HEADS.has(head) || GOVERNMENT_HEADS.has(head);
}

/**
 * `Harbor Logistics, which runs two terminals, said … “…,” it said`: for `it`, an organisation
 * named as the subject of a sentence in the pronoun's paragraph, before it.
 */
export function bodySubject(text: string, index: EntityIndex, seg: Segmentation, pronoun: SubjectPhrase): ResolvedSpeaker | null {
  if (pronoun.text.toLowerCase() !== 'it') return null;
  const { paragraphs, sentences } = seg;
  const para = paragraphs[indexAt(paragraphs, pronoun.start)];
  for (let k = lastIndexBefore(mentionStarts(index), pronoun.start); k >= 0; k--) {
    const { mention, entity } = index.mentions[k] as EntityIndex['mentions'][number];
    if (para && mention.start < para.start) break;
    if (mention.inQuote || mention.possessive || entity.type !== 'organization') continue;
    const sentence = sentences[indexAt(sentences, mention.start)];
    const lead = subjectLead(text, sentence?.start ?? mention.start, mention.start);
    if (!/^[^\p{L}]*$/u.test(lead) && !speaksAround(text, mention.start, mention.end)) continue;
    const name = text.slice(mention.start, mention.end);
    return { speaker: speakerOf(name, pronoun, 'organization'), via: 'pronoun', entity, note: 'body' };
  }
  return null;
}

/**
 * `Protesters gathered outside. “Recount now!” they chanted`: a plural common-noun subject opening
 * the pronoun's sentence or the one before it, in the same paragraph, for `they` when no body spoke before.
 */
export function groupSubject(text: string, seg: Segmentation, pronoun: SubjectPhrase): ResolvedSpeaker | null {
  if (pronoun.text.toLowerCase() !== 'they') return null;
  return openingSubject(text, seg, pronoun, 80, (m) => (m[1] && PLURAL_HEAD.test(m[1].replace(/\s+(?:at|of|from|with|for)\s+\p{Lu}.*$/u, '')) && speakerProblem(m[1]) === null ? 'anonymous' : null), GROUP_OPENING);
}

/**
 * `The report, released on Monday, found … “Repairs are overdue,” it said`: for `it`, a definite
 * phrase headed by a document or body noun opening the pronoun's sentence or the one before it,
 * in the same paragraph.
 */
export function thingSubject(text: string, seg: Segmentation, pronoun: SubjectPhrase): ResolvedSpeaker | null {
  if (pronoun.text.toLowerCase() !== 'it') return null;
  return openingSubject(text, seg, pronoun, 60, (m) => {
    const head = m[2]?.toLowerCase() ?? '';
    return DOCUMENT_NOUNS.has(head) ? 'document' : ORGANISATION_HEADS.has(head) || GOVERNMENT_HEADS.has(head) ? 'organization' : null;
  }, THING_OPENING);
}

/**
 * The phrase `opening` finds (group 1) at the start of the pronoun's sentence or the one before it,
 * in the same paragraph and before the pronoun, when `typeOf` gives it a type: the speaker the
 * pronoun stands for.
 */
function openingSubject(
  text: string,
  seg: Segmentation,
  pronoun: SubjectPhrase,
  reach: number,
  typeOf: (m: RegExpExecArray) => SourceType | null,
  opening: RegExp,
): ResolvedSpeaker | null {
  const { sentences, paragraphs } = seg;
  const si = indexAt(sentences, pronoun.start);
  const para = paragraphs[indexAt(paragraphs, pronoun.start)];
  for (let j = si; j >= Math.max(0, si - 1); j--) {
    const s = sentences[j];
    if (!s || (para && s.start < para.start)) break;
    const m = opening.exec(text.slice(s.start, Math.min(s.end, s.start + reach)));
    if (!m?.[1] || s.start + (m.index ?? 0) + m[0].indexOf(m[1]) >= pronoun.start) continue;
    const type = typeOf(m);
    if (!type) continue;
    return { speaker: { name: m[1], mention: pronoun.text, start: pronoun.start, end: pronoun.end, type }, via: 'pronoun', entity: null, note: type === 'anonymous' ? 'group' : 'body' };
  }
  return null;
}

// "The report,", "The agency's statement said", "The ministry found": a definite phrase of up to
// three words, its head followed by a comma or a verb-like word
const THING_OPENING = /^[^\p{L}]*((?:The|This|Its|Their)\s+(?:[\p{Ll}’'-]+\s+){0,2}?(\p{Ll}+))(?=,|\s+(?:\p{Ll}+ed|said|says|found|finds|shows|showed|is|was|has|had)\b)/u;

// "Protesters gathered", "Hundreds of farmers marched", "Local residents said", "Analysts at
// Jefferies said", "Lawyers for Mr. Cole said": up to four words before a verb-like word, none capitalised after the first but
// a name after a preposition
const GROUP_OPENING = /^[^\p{L}]*((?:\p{L}[\p{Ll}-]*)(?:\s+[\p{Ll}-]+){0,3}?(?:\s+(?:at|of|from|with|for)(?:\s+\p{Lu}[\p{L}&.’'-]*){1,3})?)\s+(?:[\p{Ll}]+ed|were|are|have|had|say|said|spoke|stood|came|sang|met|chanted|shouted|gathered|marched|held)\b/u;
const PLURAL_HEAD = /(?:[^s]s|people|police|men|children|staff|crowd)$/u;
