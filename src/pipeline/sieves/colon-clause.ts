import type { SubjectPhrase } from '../subject-phrase.js';
import { subjectLead } from '../coref.js';
import { resolveSubject } from '../resolve-subject.js';
import { mentionStarts } from '../mention-starts.js';
import { lastIndexBefore, type EntityIndex } from '../entities.js';
import { priorSpeakers, type Sieve } from './sieve.js';
import { ROLE_NOUNS } from '../speech-lexicons.js';
import { PERSON_NOUNS } from '../source-lexicons.js';
import { tagsOfLower } from '../claims/verbless.js';
import { foldName } from '../name-mentions.js';
import { DATELINE_OPENING } from '../subject-lead.js';

// after a possessive name, a noun for words said, then at most a copula and a few words: "’s answer
// was blunt", "’s response", "’s message to voters was simple"
const SPEECH_OWNED = /^[’']s?\s+(?:\p{Ll}+\s+)?(?:answer|response|reply|retort|reaction|message|verdict|advice|explanation|comment|remarks|words|view|take|assessment|reasoning|pitch|plea|argument|explanation|rebuttal|defen[cs]e)(?:\s+(?:to|for|on)\s+[\p{L}\s’'-]{1,40}?)?(?:\s+(?:was|is|were|are)(?:\s+[\p{L}-]+){0,3})?\s*$/u;

// "Clinton was attacked by Trump:": the subject of a passive clause is not who speaks next
const PASSIVE = /\b(?:was|were|is|are|been|being|got)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b/u;

/**
 * `Her neighbor, Frank Lee, disagreed: “They always find money for stadiums.”`: a quotation that a
 * colon hands over at the end of a short clause of its own sentence goes to that clause's subject,
 * whatever the verb (`disagreed:`, `put it bluntly:`, `had a warning for the council:`). The subject
 * is a name opening the clause, after an apposition (`Her neighbor,`) or a fronted adverbial at
 * most. A passive clause hands it to its by-phrase (`was interrupted by the crowd:`) or to nobody;
 * a clause holding a quotation or a long one is left to the other sieves.
 */
export const colonClause: Sieve = {
  name: 'colon-clause',
  decide(ctx, q) {
    const { text, entities } = ctx;
    let i = q.start;
    while (i > 0 && /\s/u.test(text[i - 1] ?? '')) i--;
    if (text[i - 1] !== ':') return null;
    const colon = i - 1;
    const sentence = ctx.segmentation.sentences[q.sentence];
    if (!sentence || sentence.start >= colon) return null;
    const clause = text.slice(sentence.start, colon);
    if (clause.length > 150 || /["“”«»]|''/u.test(clause)) return null;
    const passive = PASSIVE.exec(clause);
    if (passive) {
      // "Ana Ortiz was interrupted by the crowd:": the by-phrase speaks; with none, nobody is named,
      // and no later sieve may give the quotation to the clause's subject
      const by = /\bby\s+((?:[\p{L}’'.-]+\s+){0,5}[\p{L}’'.-]+)\s*$/u.exec(clause.slice(passive.index + passive[0].length));
      if (!by?.[1]) return { speaker: null, cue: null, rule: this.name, confidence: 0.2 };
      const start = colon - (clause.length - passive.index - passive[0].length) + (by.index ?? 0) + by[0].indexOf(by[1]);
      const agent: SubjectPhrase = { start, end: start + by[1].length, text: by[1], kind: /^\p{Lu}/u.test(by[1]) ? 'name' : 'phrase', role: null, apposition: false, titled: false };
      const resolved = resolveSubject(text, entities, ctx.segmentation, agent, priorSpeakers(ctx, q.start));
      return { speaker: resolved?.speaker ?? null, cue: null, rule: this.name, confidence: 0.6 };
    }
    // ("PORT CAVEN — The sign went up, handwritten on a cake box:": a dateline's place says nothing)
    const datelineEnd = sentence.start + (DATELINE_OPENING.exec(clause)?.[0].length ?? 0);
    for (let k = lastIndexBefore(mentionStarts(entities), sentence.start) + 1; k < entities.mentions.length; k++) {
      const { mention, entity } = entities.mentions[k] as EntityIndex['mentions'][number];
      if (mention.start >= colon) break;
      // "Halvorsen's answer was blunt:": the possessor of words said is their speaker
      const owner = mention.possessive && SPEECH_OWNED.test(text.slice(mention.end, colon));
      // "Later," read as a name: only a known person or body, or a name of two words or more, is a subject
      // (a surname alone counts when the article gave the person's full name: "Helena Brandt … Brandt followed up:")
      // (not when two people share the surname: "Helena Brandt and Karl Brandt … Brandt followed up:")
      if (mention.datelinePlace || mention.end <= datelineEnd) continue;
      if (mention.inQuote || (mention.possessive && !owner) || !(entity.known || mention.name.length >= 2 || owner || (entity.type === 'person' && entity.name.includes(' ') && onlyBearer(entities, entity)))) continue;
      if (!/^[^\p{L}]*$/u.test(subjectLead(text, sentence.start, mention.start))) return null;
      if (entity.type !== 'person' && entity.type !== 'organization') return null;
      const subject: SubjectPhrase = { start: mention.start, end: mention.end, text: mention.text, kind: 'name', role: null, apposition: false, titled: mention.titles.length > 0 };
      const resolved = resolveSubject(text, entities, ctx.segmentation, subject, priorSpeakers(ctx, q.start));
      return resolved ? { speaker: resolved.speaker, cue: null, rule: this.name, confidence: 0.6 } : null;
    }
    // "The mayor weighed in: “…”", "Her lawyer put it bluntly: “…”": a description of a person
    // opening the clause, then its verb
    // ("One resident pointed to the sign:", "The prosecutor played a recording:": the words are the
    // writing's or the recording's, not the subject's)
    const described = WRITING_OBJECT.test(clause) ? null : DESCRIBED_SUBJECT.exec(clause);
    const head = described?.[2] ?? '';
    if (!described?.[1] || !(ROLE_NOUNS.has(head) || PERSON_NOUNS.has(head)) || !/^VB[DZ]$/u.test(tagsOfLower(described[3] ?? '')?.[0] ?? '')) return null;
    const start = sentence.start + described.index + (described[0].length - described[0].trimStart().length);
    const subject: SubjectPhrase = { start, end: start + described[1].length, text: described[1], kind: ROLE_NOUNS.has(head) ? 'role' : 'phrase', role: ROLE_NOUNS.has(head) ? head : null, apposition: false, titled: false };
    const resolved = resolveSubject(text, entities, ctx.segmentation, subject, priorSpeakers(ctx, q.start));
    return resolved ? { speaker: resolved.speaker, cue: null, rule: this.name, confidence: 0.6 } : null;
  },
};

/** Whether no other person in the article bears `entity`'s surname. */
function onlyBearer(index: EntityIndex, entity: EntityIndex['entities'][number]): boolean {
  const bearers = index.bySurname.get(foldName(entity.name.slice(entity.name.lastIndexOf(' ') + 1))) ?? [];
  return bearers.every((e) => e === entity || e.type !== 'person');
}

const WRITING_OBJECT = /\b(?:sign|signs|placard|banner|poster|notice|recording|tape|video|clip|footage|letter|note|message|post|tweet|email|e-mail|text|document|transcript|statement|headline|inscription|slogan|plaque|label|screen|board)\b/iu;

// "The mayor weighed in", "Her lawyer put it bluntly", "One resident shrugged": a determiner, up to
// three modifiers, a head noun, perhaps an adverb, then the verb
const DESCRIBED_SUBJECT = /^\s*((?:The|A|An|His|Her|Their|Its|Our|One|Another)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+))\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b[^,;]*$/u;
