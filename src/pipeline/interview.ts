import type { Attribution, Speaker } from '../schema/attribution.js';
import type { EntityIndex } from './entities.js';
import type { Paragraph } from './segment.js';
import { capsLabelPeople } from './caps-labels.js';

/**
 * An interview printed as questions and answers:
 *
 *   Captain Ingrid Holm took over the port authority in January. She spoke to the Gazette …
 *   Q: The dredging contract is six months late. Why?
 *   A: The contractor underestimated the silt.
 *
 * Each answer is the interviewee's own words, as a quotation is, though no quotation marks
 * enclose it: one `direct` record per answer paragraph (the label left out), channel interview.
 * The interviewee is the one person the introduction (the paragraphs before the first question,
 * past the headline and the byline) names, the byline's writers aside; when it names nobody, or more than one person, the
 * answers keep an unknown speaker and say why, since guessing between them would put words in the
 * wrong mouth. Questions are the interviewer's and make no record. Press conferences printed one
 * after another, each under its speaker's name in capitals on a line of its own (`ELSA LINDQVIST`),
 * give the answers under each heading to the person it names.
 *
 * A transcript labels each paragraph with its speaker instead (`HOLM: The contractor …`,
 * `Sam Okoro: When will …`): each labelled paragraph is that person's quotation, the label read as
 * the person the article names (a surname in capitals is the person with that surname).
 *
 * Does not read an answer that runs on into unlabelled paragraphs (the first paragraph with no
 * label ends it), nor an answer holding a quotation of its own (the quotation stage has it).
 */
export function interviewAnswers(
  text: string,
  paragraphs: readonly Paragraph[],
  entities: EntityIndex,
  quotations: readonly { start: number; end: number }[],
  authors: readonly string[] = [],
): Attribution[] {
  const labelled = paragraphs.map((p) => labelOf(text, p));
  const questionParagraphs = new Set(labelled.flatMap((l, i) => (l?.role === 'question' ? [i] : [])));
  const questions = questionParagraphs.size;
  const transcript = transcriptLines(text, paragraphs, entities, quotations, questionParagraphs);
  if (transcript.length > 0) return transcript;
  const answers = labelled.filter((l) => l?.role === 'answer').length;
  // one "A:" line could be a list item or a caption: an interview asks and answers at least twice
  if (questions < 2 || answers < 2) return [];
  const firstQuestion = paragraphs[labelled.findIndex((l) => l?.role === 'question')] as Paragraph;
  const who = interviewee(text, paragraphs, entities, firstQuestion.start, authors);
  const out: Attribution[] = [];
  let asked = false;
  // "ELSA LINDQVIST ¶ Q: … ¶ A: … ¶ CAMILLE MOREAU ¶ Q: …": two press conferences printed one after
  // the other, each under its speaker's name on a line of its own; the answers under a heading are
  // that person's, and one naming nobody of the article leaves them unknown
  // (only when some heading names a person: a lone "ADVERTISEMENT" or "EDUCATION" is page furniture,
  // and it never ends a heading's section)
  const headings = sectionHeadings(text, paragraphs, labelled, entities);
  let section: { speaker: Speaker | null; why: string } | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    const label = labelled[i];
    const p = paragraphs[i] as Paragraph;
    const heading = headings.get(i);
    if (heading) {
      section = heading;
      continue;
    }
    if (label?.role === 'question') asked = true;
    if (label?.role !== 'answer' || !asked) continue;
    const by = section ?? who;
    const record = paragraphQuotation(text, label.contentStart, p.end, quotations, `a${out.length + 1}`, by.speaker, by.speaker?.name ? null : by.why);
    if (record) out.push(record);
  }
  return out;
}

/**
 * The headings over sections of answers, by paragraph index: a person's name in capitals names the
 * one answering below it; any other heading in capitals, once a person's has been seen, leaves the
 * answers below it unknown. None at all unless some heading names a person of the article.
 */
function sectionHeadings(text: string, paragraphs: readonly Paragraph[], labelled: readonly (Label | null)[], entities: EntityIndex): Map<number, { speaker: Speaker | null; why: string }> {
  const found: { i: number; heading: { start: number; end: number; text: string }; name: string | undefined }[] = [];
  let people: Map<string, Set<string>> | null = null;
  for (let i = 1; i < paragraphs.length; i++) {
    if (labelled[i]) continue;
    const heading = nameHeading(text, paragraphs[i] as Paragraph);
    if (!heading || NOT_SPEAKER_LABELS.test(heading.text) || PAGE_FURNITURE.test(heading.text)) continue;
    people ??= peopleByLabel(entities);
    found.push({ i, heading, name: personLabelled(people, heading.text) ?? undefined });
  }
  const out = new Map<number, { speaker: Speaker | null; why: string }>();
  const firstNamed = found.findIndex((f) => f.name !== undefined);
  if (firstNamed < 0) return out;
  for (const { i, heading, name } of found.slice(firstNamed)) {
    out.set(i, name ? { speaker: { name, mention: heading.text, start: heading.start, end: heading.end, type: 'person' }, why: '' } : { speaker: null, why: `This is an answer printed under the heading “${heading.text}”, which names nobody the article names.` });
  }
  return out;
}

/** Page furniture set in capitals on a line of its own: no heading over anyone's answers. */
// (besides the labels that name no speaker: "TRANSCRIPT", "UPDATE", "VIDEO")
const PAGE_FURNITURE = /^(?:ADVERTISEMENT|ADVERTISING|SPONSORED|RELATED CONTENT|READ MORE|MORE|GALLERY|LISTEN|SHARE)$/u;

/** A paragraph that is only a name in capitals ("ELSA LINDQVIST", "MOREAU"): a heading over someone's answers. */
function nameHeading(text: string, p: Paragraph): { start: number; end: number; text: string } | null {
  if (p.end - p.start > 60) return null;
  const m = /^(\s*)(\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3})\s*:?\s*$/u.exec(text.slice(p.start, p.end));
  if (!m?.[2]) return null;
  const start = p.start + (m[1]?.length ?? 0);
  return { start, end: start + m[2].length, text: m[2] };
}

interface Label {
  role: 'question' | 'answer';
  /** Where the paragraph's words start after the label. */
  contentStart: number;
}

/** "Q: …", "Q. …", "Question: …" and "A: …", "A. …", "Answer: …" at the start of a paragraph. */
function labelOf(text: string, p: Paragraph): Label | null {
  const head = text.slice(p.start, Math.min(p.end, p.start + 12));
  const m = /^(\s*)(Q|Question|A|Answer)\s*[:.]\s+(?=\S)/u.exec(head);
  if (!m) return null;
  return { role: m[2]?.startsWith('Q') ? 'question' : 'answer', contentStart: p.start + m[0].length };
}

/**
 * The person the introduction names, with the mention that names them first; or an unknown
 * speaker and the reason. The headline and a byline (`By …`) are not the introduction.
 */
function interviewee(text: string, paragraphs: readonly Paragraph[], entities: EntityIndex, before: number, authors: readonly string[]): { speaker: Speaker | null; why: string } {
  // "She spoke to the Gazette's Sam Okoro": the byline's writer asks, and is not the one answering
  const byline = new Set(authors.map((a) => a.toLowerCase()));
  const intro = paragraphs.filter((p) => p.end <= before && p !== paragraphs[0] && !/^\s*By\s/u.test(text.slice(p.start, p.start + 6)));
  const people = new Map<number, Person>();
  // "The singer talks to Ben Aldridge", "Ben Aldridge meets the singer": the one who asks
  const interviewers = new Set<number>();
  const headline = paragraphs[0];
  const inHeadline = new Map<number, Person>();
  for (const { mention, entity } of entities.mentions) {
    if (mention.start >= before) break;
    // "She spoke to the Gazette": only a name the text shows to be a person's (a given name, an
    // honorific, a given name and a surname) counts, not a body the interviewee spoke to
    if (entity.type !== 'person' || byline.has(entity.name.toLowerCase()) || !entity.mentions.some((m) => m.person || m.name.length >= 2) || mention.inQuote) continue;
    const person = { name: entity.name, start: mention.start, end: mention.end, mention: mention.text };
    // ("Q&A: What Jerome Powell's next move means": a possessive names the topic, not the one answering)
    if (headline && mention.end <= headline.end && !mention.possessive && !inHeadline.has(entity.id)) inHeadline.set(entity.id, person);
    if (!intro.some((p) => p.start <= mention.start && mention.end <= p.end)) continue;
    if (INTERVIEWER_BEFORE.test(text.slice(Math.max(0, mention.start - 60), mention.start)) || INTERVIEWER_AFTER.test(text.slice(mention.end, mention.end + 40))) interviewers.add(entity.id);
    if (!people.has(entity.id)) people.set(entity.id, person);
  }
  // ("Moreno sat down with the Tribune": "sat down with the …" also reads as if Moreno asked; one
  // the headline names is the one interviewed)
  for (const id of interviewers) {
    if (!inHeadline.has(id)) people.delete(id);
  }
  // '"I never wanted to be famous": Clara Dunmore on fame and grief': an introduction that names
  // only the interviewer leaves the one person the headline names
  // "Q&A: Central bank chief Rafael Moreno on inflation": when the introduction names others too (a
  // critic quoted, a minister), the one of them the headline names is the one interviewed
  const found = intervieweeCandidates(people, inHeadline, interviewers.size > 0);
  const first = found[0];
  if (found.length === 1 && first) {
    return { speaker: { name: first.name, mention: first.mention, start: first.start, end: first.end, type: 'person' }, why: '' };
  }
  if (found.length === 0) return { speaker: null, why: 'This is an answer in an interview, and the introduction names nobody who could be giving it.' };
  return {
    speaker: first ? { name: null, mention: first.mention, start: first.start, end: first.end, type: 'person' } : null,
    why: `This is an answer in an interview, and the introduction names more than one person (${found.map((f) => f.name).join(', ')}).`,
  };
}

// before the interviewer's name: "talks to", "spoke with the Gazette's", "interviewed by", "in conversation with"
const INTERVIEWER_BEFORE = /\b(?:(?:talk|speak|chat)(?:s|ed|ing)?|spoke|sat down|caught up)\s+(?:to|with)\s+(?:(?:the|\p{Lu}[\p{L}’'.-]*)\s+){0,3}$|\b(?:interviewed|questioned)\s+by\s+$|\bin conversation with\s+$/u;
// after it, the one interviewed described, not named: "Ben Aldridge meets the singer", "Ben
// Aldridge spoke to her" ("Clara Dunmore talks to Ben Aldridge": the one named after is the journalist)
const INTERVIEWER_AFTER = /^\s+(?:(?:talks|talked|spoke|speaks|chats|chatted)\s+(?:to|with)|meets|met|interviews|interviewed|sat down with|caught up with)\s+(?:the|a|an|her|him|his|their|them|our)\b/u;

/**
 * Who may be answering: the people of the introduction; with none left but an interviewer, the one
 * person the headline names; with several, the one of them the headline names ("Q&A: Central bank
 * chief Rafael Moreno on inflation", whose introduction also quotes a minister).
 */
function intervieweeCandidates(people: ReadonlyMap<number, Person>, inHeadline: ReadonlyMap<number, Person>, interviewerNamed: boolean): Person[] {
  if (people.size === 0 && interviewerNamed && inHeadline.size === 1) return [...inHeadline.values()];
  const named = [...people].filter(([id]) => inHeadline.has(id));
  if (people.size > 1 && named.length === 1) return [(named[0] as [number, Person])[1]];
  return [...people.values()];
}

/** A person named before the first question: the entity's name and the mention that names them first. */
interface Person {
  name: string;
  start: number;
  end: number;
  mention: string;
}

/** Paragraph labels that are header fields, not speakers: "Updated: …", "Editor's note: …". */
const NOT_SPEAKER_LABELS = /^(?:updated|published|posted|note|editor|editor's note|editor’s note|correction|photo|photos|video|watch|read|related|source|sources|update|breaking|live|analysis|opinion|q|a|question|answer|by|date|clarification|disclosure|transcript)$/iu;

/**
 * `HOLM: The contractor underestimated the silt.`: the records of a transcript, one per paragraph
 * whose label names a person of the article; none unless at least two people each speak in such
 * a paragraph, three paragraphs in all (a single "Name: …" line is a headline or a caption), or
 * one person named in full answers each of two or more of the `questions` (paragraph indices).
 */
function transcriptLines(text: string, paragraphs: readonly Paragraph[], entities: EntityIndex, quotations: readonly { start: number; end: number }[], questions: ReadonlySet<number>): Attribution[] {
  const lines: { p: Paragraph; label: { start: number; end: number; text: string }; contentStart: number; speaker: Speaker }[] = [];
  let people: Map<string, Set<string>> | null = null;
  // a label ends in a colon within a paragraph's first 60 characters: a paragraph with none there
  // (most of them) is passed over without copying its start out for the regex; the next colon of
  // the text is searched for once for all the paragraphs before it
  let colon = -1;
  const found = paragraphs.map((p) => {
    const end = Math.min(p.end, p.start + 60);
    if (colon < p.start) {
      colon = text.indexOf(':', p.start);
      if (colon < 0) colon = text.length;
    }
    if (colon >= end) return null;
    return /^(\s*)(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})\s*:\s+(?=\S)/u.exec(text.slice(p.start, end));
  });
  // ("KATE REYES: …", later "REYES: …": a broadcast transcript's labels name people the article may not)
  const capsPeople = capsLabelPeople(found.map((m) => (m?.[2] && !NOT_SPEAKER_LABELS.test(m[2]) ? m[2] : '')));
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    const m = found[i];
    if (!m?.[2] || NOT_SPEAKER_LABELS.test(m[2])) continue;
    const start = p.start + (m[1]?.length ?? 0);
    const label = { start, end: start + m[2].length, text: m[2] };
    people ??= peopleByLabel(entities);
    const person = personLabelled(people, label.text) ?? capsPeople.get(label.text.toLowerCase().replace(/\s+/gu, ' ')) ?? null;
    if (!person) continue;
    lines.push({ p, label, contentStart: p.start + m[0].length, speaker: { name: person, mention: label.text, start: label.start, end: label.end, type: 'person' } });
  }
  // a transcript gives the word to two people at least; one person's labelled answers after the
  // interviewer's "Q:" questions ("Q: What kept you going? ¶ Vogt: Stubbornness, mostly.") are an
  // interview of one
  if (lines.length < 3 || new Set(lines.map((l) => l.speaker.name)).size < 2) {
    // (and a person the article names in full: "Southern: No trains will run" and "Tip: …" in a
    // guide's questions and answers name nobody)
    if (!(questions.size >= 2 && lines.length >= 2 && lines.every((l) => questions.has(l.p.index - 1) && /\s/u.test(l.speaker.name ?? '')))) return [];
  }
  const out: Attribution[] = [];
  for (const l of lines) {
    const record = paragraphQuotation(text, l.contentStart, l.p.end, quotations, `a${out.length + 1}`, l.speaker, null);
    if (record) out.push(record);
  }
  return out;
}

/**
 * The people of the article by every label that could name them: "holm", "ingrid holm" for
 * Ingrid Holm (the last one, two or three words of the name, in lower case). A label that fits
 * two people names neither. Built once, so a long transcript costs one look-up a paragraph.
 */
function peopleByLabel(entities: EntityIndex): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const entity of entities.entities) {
    if (entity.type !== 'person') continue;
    const name = entity.name.toLowerCase().split(/\s+/u);
    for (let k = 1; k <= Math.min(3, name.length); k++) {
      const key = name.slice(name.length - k).join(' ');
      const set = out.get(key) ?? new Set<string>();
      set.add(entity.name);
      out.set(key, set);
    }
  }
  return out;
}

/** The one person a label names ("HOLM", "Ingrid Holm"), or null when it fits nobody or two people. */
function personLabelled(people: ReadonlyMap<string, ReadonlySet<string>>, label: string): string | null {
  const named = people.get(label.toLowerCase().replace(/\s+/gu, ' '));
  return named?.size === 1 ? ([...named][0] ?? null) : null;
}

/**
 * A paragraph's words after its label as a quotation of `speaker` (an interview's answer, a
 * transcript's line), or null when nothing is left or a quotation in marks overlaps it (the
 * quotation stage has that one). `unknownWhy`: why the speaker is unknown, when it is.
 */
function paragraphQuotation(
  text: string,
  start: number,
  paragraphEnd: number,
  quotations: readonly { start: number; end: number }[],
  id: string,
  speaker: Speaker | null,
  unknownWhy: string | null,
): Attribution | null {
  let end = paragraphEnd;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  if (end - start < 2 || quotations.some((q) => q.start < end && q.end > start)) return null;
  return {
    id,
    kind: 'direct',
    text: text.slice(start, end),
    start,
    end,
    group: null,
    speaker,
    cue: null,
    cueKind: null,
    channel: { type: 'interview', platform: null },
    reportedBy: null,
    confidence: 0,
    rule: 'interview-answer',
    doubt: unknownWhy === null ? null : { code: 'unresolved-speaker', reason: unknownWhy },
  };
}
