import type { SourceType, Speaker } from '../schema/attribution.js';
import { lastIndexBefore, mentionedWithin, type Entity, type EntityIndex } from './entities.js';
import { roleHolder } from './role-holder.js';
import { speaksAround } from './speaks-around.js';
import { actsAfter, appositionNamed, INDEFINITE_FOR, namedByDescription, personNounFor, plainDefinite, speechVerbAfter } from './coref-descriptions.js';
import { describedGender, describedPersonBefore, genderedDescriptionBetween, introducedPersonBefore, type DescribedPerson } from './described-person.js';
import { indexAt, type Segmentation } from './segment.js';
import { type Gender } from './speech-lexicons.js';
import { OBJECT_LEAD } from './epithets.js';
import { type SubjectPhrase } from './subject-phrase.js';
import { answersQuestionOf, coordinatedPartner, echoesQuestion, HEARD_FROM, mayBeLaterRival, objectOfOpening, personAsked, repliesAfter, rivalInSentence, SECOND_CONJUNCT, TOLD_OBJECT } from './coref-rivals.js';
import { mentionStarts } from './mention-starts.js';
import { bodyPhrase, bodySubject, groupSubject, speakerOf, thingSubject } from './coref-groups.js';
import { fewWordsLead, subjectLead, toldBefore, verbBeforeLead } from './subject-lead.js';

export { subjectLead } from './subject-lead.js';

/** A speaker found for a mention, and how it was found. */
export interface ResolvedSpeaker {
  speaker: Speaker;
  via: 'name' | 'pronoun' | 'role' | 'phrase';
  entity: Entity | null;
  /** How far back the antecedent was ("prior1": a speaker one paragraph up; "unresolved", "ambiguous"). */
  note?: string;
  /** With `note: 'ambiguous'`: the people the pronoun could refer to. */
  rivals?: string[];
  /** With `note: 'ambiguous'`: the unnamed person described between the name and the pronoun ("One nurse"). */
  described?: string;
  /** Where the antecedent stands in the text. */
  at?: number;
  /** The antecedent is the one told, right after a verb of telling ("The judge told Ms. Reyes …"). */
  listener?: boolean;
  /** Someone named since the antecedent, though not as a subject, who may as well be the one the pronoun stands for. */
  laterRival?: string;
  /** With `note: 'ambiguous'`: the antecedent found put a question just before, which the pronoun answers. */
  askedBy?: string;
}

/** An earlier speaker the article attributed something to, for pronoun resolution. */
export interface PriorSpeaker {
  at: number;
  entity: Entity | null;
  name: string;
  type: SourceType;
  /** The gender of the pronoun the speaker was written as ("“…,” she said"), when one was. */
  pronoun?: Gender;
}

/** The gender a speaker written as "he" or "she" was given: the one their pronoun marks. */
export function writtenPronounGender(mention: string): Gender | undefined {
  const g = PRONOUN_GENDER[mention.toLowerCase()];
  return g === 'm' || g === 'f' ? g : undefined;
}

/**
 * "Marsh read a statement. “I am so sorry,” she said. … He said …": the gender the recent speakers'
 * pronouns gave people whose name marks none (two that disagree leave it unknown), so a pronoun of
 * the other gender does not go to them.
 */
function pronounGenders(prior: readonly PriorSpeaker[], before: number): Map<Entity, Gender | null> {
  const out = new Map<Entity, Gender | null>();
  for (const p of prior) {
    if (p.at >= before || !p.entity || p.entity.gender !== null || p.pronoun === undefined) continue;
    const known = out.get(p.entity);
    out.set(p.entity, known === undefined || known === p.pronoun ? p.pronoun : null);
  }
  return out;
}

// 'they-person' is the unwritten subject of a quotation with no cue: a person of either gender
// 'it' speaks for a body or a document ("the council opposed an increase. “…,” it recommended"):
// like they/we it resolves only to an earlier speaker that is not a person
// ("quoted her as saying": the object form, where the one quoted is its antecedent)
const PRONOUN_GENDER: Record<string, Gender | null | 'plural'> = { he: 'm', she: 'f', him: 'm', her: 'f', they: 'plural', we: 'plural', it: 'plural', 'they-person': null };


/** A mention the text does not tie to anyone: kept as written, with no name. */
export function unknownSpeaker(mention: SubjectPhrase, type: SourceType): Speaker {
  return { name: null, mention: mention.text, start: mention.start, end: mention.end, type };
}

/** The pronoun left unknown: it could refer to any of `rivals`, and nothing tells them apart. */
export function ambiguous(pronoun: SubjectPhrase, rivals: string[]): ResolvedSpeaker {
  return { speaker: unknownSpeaker(pronoun, 'person'), via: 'phrase', entity: null, note: 'ambiguous', rivals };
}

/**
 * Type of a speaker phrase that is not a known person. Deliberately coarse: the sources stage
 * (issue 3) refines `speaker.type` into government / news-outlet / anonymous / document.
 */
export function phraseType(entity: Entity | null): SourceType {
  return entity?.type ?? 'person';
}


// "…, said the company's chief executive, Tom Vail": a name in apposition to an inverted cue's subject
const INVERTED_APPOSITION = /\b(?:said|says|added|adds|wrote|writes)\s+(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}’'.-]*)\s[^,.;:"“”]{0,60},\s*$/u;


/**
 * Who a pronoun refers to: the most recent compatible candidate before it within three paragraphs,
 * where candidates are earlier speakers of quotations (`“…,” he said` after a paragraph quoting
 * Trump) and people named in subject position (first in their sentence, or right before a reporting
 * verb: `Glen Kopp said it is not surprising …` then `“…,” he said`). Only names with evidence of
 * being a person count. `they`/`we` resolve only to an earlier non-person speaker (an organisation).
 * Null when nothing fits: an ambiguity is left open, not guessed.
 */
export function resolvePronoun(
  text: string,
  index: EntityIndex,
  seg: Segmentation,
  pronoun: SubjectPhrase,
  prior: readonly PriorSpeaker[],
  maxParagraphs = 1,
): ResolvedSpeaker | null {
  const found = antecedentOf(text, index, seg, pronoun, prior, maxParagraphs);
  const g = PRONOUN_GENDER[pronoun.text.toLowerCase()];
  // "A reporter asked if the board had contacted him. “No,” he said": the one who put the question
  // is not the one answering it
  if (found?.speaker.name && found.at !== undefined && answersQuestionOf(text, seg, found.at, found.speaker.name, pronoun)) {
    // "Moderator Chuck Todd asked Halvorsen about taxes. “…,” he replied": the one asked replies
    const asked = g !== undefined && g !== 'plural' && repliesAfter(text, pronoun.end) ? personAsked(text, index, seg, { at: found.at, entity: found.entity }, pronoun.start, personOfGender(g)) : null;
    if (asked) return { speaker: speakerOf(asked.name, pronoun, asked.type), via: 'pronoun', entity: asked, at: found.at };
    return { speaker: unknownSpeaker(pronoun, 'person'), via: 'phrase', entity: null, note: 'ambiguous', askedBy: found.speaker.name };
  }
  // "the president asks the girl, “…?” and she replies": a girl or woman described since is as likely
  const between = found?.speaker.name && found.at !== undefined && (g === 'm' || g === 'f') ? genderedDescriptionBetween(text, seg, found.at, pronoun, g, repliesAfter(text, pronoun.end)) : null;
  if (between && found?.speaker.name) return { ...ambiguous(pronoun, [found.speaker.name]), described: between };
  return found;
}

function antecedentOf(
  text: string,
  index: EntityIndex,
  seg: Segmentation,
  pronoun: SubjectPhrase,
  prior: readonly PriorSpeaker[],
  maxParagraphs: number,
): ResolvedSpeaker | null {
  const resolved = nearestAntecedent(text, index, seg, pronoun, prior, maxParagraphs);
  // a later rival leaves the pronoun open, unless a description before it settles who it is
  const open = (r: ResolvedSpeaker | null): ResolvedSpeaker | null => (r?.laterRival && r.speaker.name ? ambiguous(pronoun, [r.speaker.name, r.laterRival]) : r);
  const g = PRONOUN_GENDER[pronoun.text.toLowerCase()];
  if (g === 'plural' || g === undefined || (resolved && (resolved.speaker.name === null || resolved.at === undefined))) return open(resolved);
  // (a listener's sentence is searched from its start: its subject may be the description)
  // ("A spokesman for John Park said …": so is one whose name is the object of the description's preposition)
  const objectOf = resolved?.at !== undefined && personNounFor(text.slice(Math.max(0, resolved.at - 40), resolved.at));
  const from = (resolved?.listener || objectOf) && resolved.at !== undefined ? (seg.sentences[indexAt(seg.sentences, resolved.at)]?.start ?? resolved.at) - 1 : (resolved?.at ?? -1);
  const described = describedPersonBefore(text, seg, from, pronoun.start, g);
  // "Police later arrested a 19-year-old man. “…,” he told officers": someone introduced since is as likely
  const introduced = !described && resolved?.speaker.name && resolved.at !== undefined ? introducedPersonBefore(text, seg, resolved.at, pronoun.start, g, resolved.entity) : null;
  if (introduced && resolved?.speaker.name) return { ...ambiguous(pronoun, [resolved.speaker.name]), described: introduced };
  // "The Vermont senator" mostly stands for someone the article named ("Sanders … The Vermont
  // senator said … he"): a definite description only speaks for the pronoun when nobody named fits
  if (!described) return open(resolved);
  // "The judge told Ms. Reyes that … “…,” she said": the description is the subject of the
  // sentence that names the pronoun's other candidate as the one told
  if (resolved?.listener && resolved.at !== undefined && described.adjacent && described.start < resolved.at && indexAt(seg.sentences, described.start) === indexAt(seg.sentences, resolved.at)) {
    const holder = described.role ? roleHolder(text, index, described.phrase, described.role, described.start) : null;
    if (!holder) return describedSpeaker(seg, prior, pronoun, described);
  }
  if (described.role && resolved) {
    // "The winner came after Fraser lost the ball. The Rovers captain took responsibility. “…,” he
    // told …": the description opening the sentence just before is the subject the pronoun goes
    // on with; the person the article gave that role speaks, not an earlier name
    const holder = described.adjacent ? roleHolder(text, index, described.phrase, described.role, described.start) : null;
    if (holder && holder !== resolved.entity && (g === null || holder.gender === null || holder.gender === g)) {
      return { speaker: speakerOf(holder.name, pronoun, holder.type), via: 'role', entity: holder, at: described.start };
    }
    // "Jordan Blake, the club captain, said … ¶ The coach agreed. “…,” he said": nobody holds the
    // role, and the name found has other roles: the description is someone else, unnamed (one
    // with a capitalised modifier, "The Vermont senator", is mostly elegant variation for a name)
    const others = resolved.entity?.roles ?? [];
    const plain = !/\s\p{Lu}/u.test(described.phrase);
    if (!holder && plain && described.adjacent && others.length > 0 && !others.includes(described.role)) return describedSpeaker(seg, prior, pronoun, described);
    return open(resolved);
  }
  // "A commuter, Jo Hart, said …": the description names its person in apposition
  if (resolved?.at !== undefined && /^\s*,\s*$/u.test(text.slice(described.start + described.phrase.length, resolved.at))) return resolved;
  // "Another commuter, retired engineer Bill Norris, was less sympathetic. He said …": a name in
  // apposition to the description is the person it stands for
  const apposed = appositionNamed(text, index, described);
  // ("One reporter, Tessa Morrow, pressed Ruiz on a statement Ashby made, when he told senators …":
  // a name the table gives the other gender is no likelier than anyone named before)
  if (apposed && apposed.type === 'person' && listedOtherGender(apposed, g)) return ambiguous(pronoun, [apposed.name]);
  if (apposed && (g === null || apposed.gender === null || apposed.gender === g) && apposed.type === 'person') return { speaker: speakerOf(apposed.name, pronoun, apposed.type), via: 'pronoun', entity: apposed, at: described.start };
  // "A Coca-Cola spokesman said the company … He said Teneo had been hired …": the subject of the
  // sentence just before is the pronoun's likeliest antecedent, named or not; further back the
  // reader must decide
  if (described.adjacent) {
    const holder = described.role ? roleHolder(text, index, described.phrase, described.role, described.start) : null;
    if (holder) return holder === resolved?.entity ? resolved : { speaker: speakerOf(holder.name, pronoun, holder.type), via: 'role', entity: holder, at: described.start };
    return describedSpeaker(seg, prior, pronoun, described);
  }
  // "A spokesman for the hospital said … Its director, Dr. Amy Chen, said … “…,” he said": nobody
  // named fits, and the one description further back marks the pronoun's gender
  if (!resolved && !described.role && describedGender(described.phrase) === g) return describedSpeaker(seg, prior, pronoun, described);
  if (!resolved?.speaker.name) return resolved;
  return { speaker: unknownSpeaker(pronoun, 'person'), via: 'phrase', entity: null, note: 'ambiguous', rivals: [resolved.speaker.name], described: described.phrase };
}

/** A verb after the pronoun that goes on with the speaker's own turn: "she added", "he continued". */
const GOES_ON = /^\s+(?:added|adds|continued|continues|went on)\b/u;

/** A person of unknown gender whose given name the table lists as the other gender than the pronoun's. */
function listedOtherGender(entity: Entity | null, g: Gender | 'plural' | null | undefined): boolean {
  return entity !== null && entity.gender === null && g !== null && g !== undefined && g !== 'plural' && entity.listedGender !== undefined && entity.listedGender !== null && entity.listedGender !== g;
}

/** A person whose gender, where both are known, is the pronoun's (`g` null: a pronoun of either gender). */
function personOfGender(g: Gender | null): (type: SourceType, gender: Gender | null) => boolean {
  return (type, gender) => type === 'person' && (g === null || gender === null || gender === g);
}

/** The unnamed person a description stands for, as the speaker a pronoun refers to. */
function describedSpeaker(seg: Segmentation, prior: readonly PriorSpeaker[], pronoun: SubjectPhrase, described: DescribedPerson): ResolvedSpeaker {
  // ("A spokeswoman for Brightwater Care, which ran the home, said the company had “fully
  // cooperated”": the description spoke in its own sentence, under its whole phrase)
  const sentence = indexAt(seg.sentences, described.start);
  const spoke = prior.find((p) => p.at >= described.start && indexAt(seg.sentences, p.at) === sentence && p.name.startsWith(described.phrase));
  const name = spoke?.name ?? described.phrase;
  // an unnamed person, role or not ("The head coach", "One nurse"), is an anonymous source
  return { speaker: { name, mention: pronoun.text, start: pronoun.start, end: pronoun.end, type: 'anonymous' }, via: 'pronoun', entity: null, note: 'described', at: described.start };
}

/**
 * The pronoun's antecedent (`nearestCandidate`), unless the latest speaker before it is a
 * description of someone mostly left unnamed ("Sam Hartley wrote: “…” The police officer said: “…”
 * “…,” he said"): then a name further back is no likelier than the description, and the pronoun is
 * left unknown naming both; with nobody named who fits, the description speaks on.
 */
function nearestAntecedent(
  text: string,
  index: EntityIndex,
  seg: Segmentation,
  pronoun: SubjectPhrase,
  prior: readonly PriorSpeaker[],
  maxParagraphs: number,
): ResolvedSpeaker | null {
  const g = PRONOUN_GENDER[pronoun.text.toLowerCase()];
  let last = prior.length - 1;
  while (last >= 0 && (prior[last] as PriorSpeaker).at >= pronoun.start) last--;
  const p = prior[last];
  const near = p !== undefined && g !== undefined && g !== 'plural' && g !== null && (p.type === 'anonymous' || p.type === 'person') && p.entity === null && indexAt(seg.paragraphs, pronoun.start) - indexAt(seg.paragraphs, p.at) <= maxParagraphs && (describedGender(p.name) ?? g) === g;
  // "“…,” a lawyer for John Park said. “…,” he added": an unnamed person described by what they
  // are for someone; the one they work for is named inside the description, and is not who goes on
  const indefinite = near && INDEFINITE_FOR.test(p.name);
  const definite = near && (indefinite || plainDefinite(text, index, p.name, p.at));
  if (!definite) return nearestCandidate(text, index, seg, pronoun, prior, maxParagraphs);
  const own = indefinite ? text.lastIndexOf(p.name, pronoun.start) : -1;
  // ("he added" right after the description's own words: the description goes on)
  if (indefinite && GOES_ON.test(text.slice(pronoun.end, pronoun.end + 20)) && indexAt(seg.sentences, pronoun.start) - indexAt(seg.sentences, Math.max(p.at, own)) <= 1) {
    return { speaker: { name: p.name, mention: pronoun.text, start: pronoun.start, end: pronoun.end, type: 'anonymous' }, via: 'pronoun', entity: null, note: 'described', at: p.at };
  }
  const found = nearestCandidate(text, index, seg, pronoun, prior.slice(0, last), maxParagraphs);
  const inside = (at: number | undefined): boolean => own >= 0 && at !== undefined && at >= own && at < own + p.name.length;
  // someone named since the description spoke is likelier still (not the one the description names)
  if (found?.speaker.name && (found.at ?? -1) > p.at && !inside(found.at)) return found;
  if (found?.speaker.name) return ambiguous(pronoun, [p.name, found.speaker.name]);
  if (found?.rivals) return ambiguous(pronoun, [p.name, ...found.rivals]);
  return { speaker: { name: p.name, mention: pronoun.text, start: pronoun.start, end: pronoun.end, type: 'anonymous' }, via: 'pronoun', entity: null, note: 'described', at: p.at };
}

function nearestCandidate(
  text: string,
  index: EntityIndex,
  seg: Segmentation,
  pronoun: SubjectPhrase,
  prior: readonly PriorSpeaker[],
  maxParagraphs: number,
): ResolvedSpeaker | null {
  const g = PRONOUN_GENDER[pronoun.text.toLowerCase()];
  if (g === undefined) return null;
  const { paragraphs, sentences } = seg;
  const here = indexAt(paragraphs, pronoun.start);
  // "it" is a body or a document, never an unnamed person ("a nurse … said. … it said")
  const isIt = pronoun.text.toLowerCase() === 'it';
  const fits = g === 'plural' ? (type: SourceType): boolean => type !== 'person' && (type !== 'anonymous' || !isIt) : personOfGender(g);
  let best: ResolvedSpeaker | null = null;
  let bestAt = -1;
  // (a gender learnt so is weak, like a listed one: it leaves the pronoun unknown, never passes it on)
  const learnt = g === 'plural' || g === null ? null : pronounGenders(prior, pronoun.start);
  const learntOther = (e: Entity | null): boolean => e !== null && e.gender === null && g !== null && g !== 'plural' && (learnt?.get(e) ?? g) !== g;
  for (let k = prior.length - 1; k >= 0; k--) {
    const p = prior[k] as PriorSpeaker;
    if (p.at >= pronoun.start) continue;
    if (here - indexAt(paragraphs, p.at) > maxParagraphs) break;
    const usable = g === 'plural' ? (p.type !== 'person' || bodyPhrase(p.name)) && !PRONOUN_GENDER[p.name.toLowerCase()] : p.entity?.known === true;
    // "A spokeswoman for the trust said … ¶ She said the trust could not …": an unnamed speaker
    // whose indefinite description marks the pronoun's gender ("The billionaire businessman" is
    // mostly someone the article named)
    const described = g !== 'plural' && g !== null && p.type === 'anonymous' && p.entity === null && /^(?:an?|one|another)\s/iu.test(p.name) && describedGender(p.name) === g;
    // ("Rishi Sunak spoke. Speaker Lindsay Hoyle then addressed MPs. “…,” he said": a speaker whose
    // given name the table alone gives the other gender may still be the one; nobody further back is
    // likelier)
    // (a name mentioned since as the subject is still likelier: the search goes on after it)
    if (usable && (listedOtherGender(p.entity ?? null, g) || learntOther(p.entity))) {
      best = ambiguous(pronoun, [p.name]);
      bestAt = p.at;
      break;
    }
    if ((usable && fits(bodyPhrase(p.name) ? 'document' : p.type, p.entity?.gender ?? null)) || described) {
      // "Forsyth asked Hennessy whether he would give up his bonus. He said he had not decided.":
      // the one asked, of the same gender, answers as often as the one asking goes on
      const asked = g === 'plural' ? null : personAsked(text, index, seg, p, pronoun.start, fits);
      // (after a verb of replying, the one asked: "Forsyth asked Hennessy whether … “No,” he replied")
      if (asked && (repliesAfter(text, pronoun.end) || echoesQuestion(text, seg, p.at, pronoun))) return { speaker: speakerOf(asked.name, pronoun, asked.type), via: 'pronoun', entity: asked, at: p.at };
      if (asked) return ambiguous(pronoun, [p.name, asked.name]);
      best = { speaker: speakerOf(p.name, pronoun, p.type), via: 'pronoun', entity: p.entity, note: `prior${here - indexAt(paragraphs, p.at)}`, at: p.at };
      bestAt = p.at;
      break;
    }
  }
  if (g === 'plural') return best ?? bodySubject(text, index, seg, pronoun) ?? thingSubject(text, seg, pronoun) ?? groupSubject(text, seg, pronoun);
  const startK = lastIndexBefore(mentionStarts(index), pronoun.start);
  // "Asked about Diaz, he …": names before the pronoun in its own sentence are the opening clause's
  const own = sentences[indexAt(sentences, pronoun.start)];
  const openingFrom = own && participialOpening(text, own.start, pronoun.start) ? own.start : Infinity;
  let laterRival: { entity: Entity; sentence: number } | null = null;
  for (let k = startK; k >= 0; k--) {
    const { mention, entity } = index.mentions[k] as EntityIndex['mentions'][number];
    if (mention.inQuote || mention.possessive) continue;
    if (mention.start <= bestAt || here - indexAt(paragraphs, mention.start) > Math.min(2, maxParagraphs)) break;
    if (!fits(entity.type, entity.gender)) continue;
    const sentence = sentences[indexAt(sentences, mention.start)];
    if (mention.start >= openingFrom) continue;
    // "Fitch, he said, had “done what he was trained to do”": a frame set into a content right after
    // its subject's name is someone else's report about them
    if (mention.end < pronoun.start && pronoun.start - mention.end <= 4 && INSERTED_FRAME_AFTER.test(text.slice(mention.end, pronoun.start))) continue;
    // ("Through the interpreter, Hassan Idris, a volunteer, he said …": a name in apposition inside
    // an opening phrase, its sentence's subject a pronoun after it, is never that subject)
    if (sentence && APPOSED_BEFORE_PRONOUN.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 160))) && participialOpening(text, sentence.start, mention.start)) continue;
    // "When Mark Bell asked him about the price, he said": the one an opening clause's subject did
    // something to ("him") is the one the main clause goes on with, not that subject
    if (own && mention.start >= own.start && objectOfOpening(text, own.start, mention.end, pronoun.start, g)) continue;
    const lead = subjectLead(text, sentence?.start ?? mention.start, mention.start);
    // "Carson defied the question. “…,” he said": a name nothing else marks as a person still is
    // one when it opens a sentence of the pronoun's paragraph as the subject of a past-tense verb
    // ("A farmer called Hollis Brandt leans on the gate": so is one a description of a person introduces)
    if (!entity.known && !namedByDescription(text, mention.start) && !(here === indexAt(paragraphs, mention.start) && /^[^\p{L}]*$/u.test(lead) && actsAfter(text, mention.end))) {
      // ("Jeremy Hunt arrived first. Rishi Sunak and Liz Truss followed. “…,” he said": a full name
      // opening a sentence since, whose given name the table gives the pronoun's gender, may be the
      // one speaking; nobody further back is likelier)
      if (g !== null && mention.name.length >= 2 && entity.listedGender === g && /^[^\p{L}]*$/u.test(lead) && !mention.inQuote) return ambiguous(pronoun, [entity.name]);
      // ("Cassie Morrow recorded it alone. “…,” Ellie Stanton said. Morrow remembers it differently.
      // “…,” she said": a name of no known gender opening a sentence since, as the subject of a verb,
      // is as likely as the speaker further back)
      if (g !== null && best?.speaker.name && best.entity !== entity && best.speaker.name !== entity.name && entity.gender === null && (entity.listedGender ?? g) === g && entity.type === 'person' && /^[^\p{L}]*$/u.test(lead) && speechVerbAfter(text, mention.end)) return ambiguous(pronoun, [best.speaker.name, entity.name]);
      // ("“…,” Marlow said. ¶ Achterberg, 29, was typically modest. “…,” he said": a name of no
      // known gender opening a sentence of the pronoun's own paragraph as the subject of "was" is
      // as likely as the speaker further back: the pronoun is left unknown, not passed over it)
      if (g !== null && best?.speaker.name && best.entity !== entity && entity.gender === null && (entity.listedGender ?? g) === g && entity.type === 'person' && here === indexAt(paragraphs, mention.start) && /^[^\p{L}]*$/u.test(lead) && COPULA_AFTER.test(text.slice(mention.end, mention.end + 60))) return ambiguous(pronoun, [best.speaker.name, entity.name]);
      continue;
    }
    // "a philanthropist from Monsey, New York, said", "Simmons, an Obama supporter, said": a name
    // after a preposition or determiner is a place or a modifier, never the subject
    // (not a titled name set off after a comma: "The Bishop of Leicester, the Rt Rev Martyn Snow, wrote")
    const before = text.slice(Math.max(0, mention.start - 12), mention.start);
    // (nor one opening its sentence after "The": "The Rev. Sarah Penrose said", "The Hon. Ian Mole")
    const titledApposition = mention.titles.length > 0 && (/,\s*the\s+$/iu.test(before) || /^[^\p{L}]*the\s+$/iu.test(lead));
    if ((OBJECT_LEAD.test(before) && !titledApposition) || MOTION_TO.test(text.slice(Math.max(0, mention.start - 30), mention.start))) {
      // (but "The court heard from Neil Parkes", "evidence from Dr Ann Bell": one heard from speaks,
      // and may be the one the pronoun stands for)
      if (!laterRival && g !== null && (entity.gender ?? entity.listedGender) === g && HEARD_FROM.test(text.slice(Math.max(0, mention.start - 60), mention.start))) laterRival = { entity, sentence: indexAt(sentences, mention.start) };
      continue;
    }
    const speaks = speaksAround(text, mention.start, mention.end) || INVERTED_APPOSITION.test(text.slice(Math.max(0, mention.start - 90), mention.start));
    // ("Some voters abandoned Trump over the tape in which he bragged …": in the pronoun's own
    // sentence an object may still be its antecedent)
    // ("Coach Mark Hill and the chairwoman, Rita Tate, met …": the second of two names joined as the subject is a subject too)
    if (!speaks && (!fewWordsLead(lead) || (sentence !== own && verbBeforeLead(lead))) && !SECOND_CONJUNCT.test(lead)) {
      // "…,” said Paul Hart. ¶ The petition was handed in by teacher Mark Dunn. “…,” he said": a man
      // named since, though not as a subject, may as well be the one speaking (the nearest such)
      // ("The court heard from Neil Parkes": or a full name whose given name is the pronoun's gender)
      if (!laterRival && g !== null && entity.known && (entity.gender ?? (mention.name.length >= 2 ? entity.listedGender : null)) === g && here - indexAt(paragraphs, mention.start) <= 1 && mayBeLaterRival(text, sentence?.start ?? mention.start, mention, g)) laterRival = { entity, sentence: indexAt(sentences, mention.start) };
      continue;
    }
    // ("“Keep it running,” Gillian Marsh told Susan Hoskins. “It will be fine,” she added": the one
    // the last speaker's own words were told to goes on listening)
    // (only a verb that goes on with the same turn: after "she replied", "she shot back", "she said"
    // the one told may be answering)
    if (!speaks && best?.speaker.name && toldBefore(lead) && indexAt(sentences, mention.start) === indexAt(sentences, bestAt) && GOES_ON.test(text.slice(pronoun.end, pronoun.end + 12))) continue;
    if (listedOtherGender(entity, g) || learntOther(entity)) return ambiguous(pronoun, [entity.name]);
    // "Park told him the deal was off. “I was stunned,” he said": the one told answers as often as
    // the one telling goes on
    if (g !== null && TOLD_OBJECT.exec(text.slice(mention.end, mention.end + 60))?.[1] === (g === 'm' ? 'him' : 'her') && !GOES_ON.test(text.slice(pronoun.end, pronoun.end + 12))) return ambiguous(pronoun, [entity.name]);
    const found: ResolvedSpeaker = { speaker: speakerOf(entity.name, pronoun, entity.type), via: 'pronoun', entity, note: `mention${here - indexAt(paragraphs, mention.start)}`, at: mention.start };
    if (!speaks && toldBefore(lead)) found.listener = true;
    // ("Chuck Todd asked Dorsey whether he would resign. “Not a chance,” he said": the one asked
    // answers as often as the one asking goes on; after "replied" the asker is passed over below,
    // in `resolvePronoun`)
    const askedHere = g !== null && !repliesAfter(text, pronoun.end) ? personAsked(text, index, seg, { at: mention.start, entity }, pronoun.start, fits) : null;
    if (askedHere && echoesQuestion(text, seg, mention.start, pronoun)) return { speaker: speakerOf(askedHere.name, pronoun, askedHere.type), via: 'pronoun', entity: askedHere, at: mention.start };
    if (askedHere) return ambiguous(pronoun, [entity.name, askedHere.name]);
    const rival = rivalInSentence(text, index, sentence ?? { start: mention.start, end: mention.end }, k, entity, fits);
    // "Hill and the chairman, Roger Tate, met on Friday. He said …": the first of two people joined
    // as one subject is no likelier than the second
    const partner = rival ? null : coordinatedPartner(text, index, sentence ?? { start: mention.start, end: mention.end }, k, entity, fits);
    if (partner) return ambiguous(pronoun, [entity.name, partner.name]);
    if (!rival) {
      if (laterRival && laterRival.entity !== entity && laterRival.sentence > indexAt(sentences, mention.start) && !namedIn(sentences[laterRival.sentence], entity)) found.laterRival = laterRival.entity.name;
      return found;
    }
    // "Walsh and Haddad met after the vote. “…,” he said": two people joined as one subject fit
    // equally, whichever is named first
    if (rival.coordinated) return ambiguous(pronoun, [rival.entity.name, entity.name]);
    // "Ana Ortiz met Maria Lopez. “…,” she said": the sentence's subject is the likelier speaker;
    // two people neither of whom is the subject fit equally, and the reader must decide
    // (but "Todd asked Halvorsen whether … “…,” he replied": the one asked is the one replying)
    if (rival.subject && rival.questioned && repliesAfter(text, pronoun.end)) return found;
    if (rival.subject) return rival.questioned ? ambiguous(pronoun, [rival.entity.name, entity.name]) : { speaker: speakerOf(rival.entity.name, pronoun, rival.entity.type), via: 'pronoun', entity: rival.entity, note: found.note, at: mention.start };
    // "…, but if Obama acts now, …, said Bart Naylor": the reporting verb's own subject beats a name
    // that is no subject
    if (/^[^\p{L}]*$/u.test(lead) || speaksAround(text, mention.start, mention.end)) return found;
    return ambiguous(pronoun, [entity.name, rival.entity.name]);
  }
  // ("The award was presented to Hart by Mayor John Smith": a sentence that names the antecedent too is about them)
  if (best?.speaker.name && laterRival && laterRival.entity !== best.entity && laterRival.sentence > indexAt(sentences, bestAt) && !namedIn(sentences[laterRival.sentence], best.entity)) best.laterRival = laterRival.entity.name;
  return best;
}

/** "was", "is" after a name and an age or a description set off by commas: "Achterberg, 29, was". */
// (the aside is required: an age or a description marks a person, where "Brighton was the better
// side", "Paris was quiet" name a club and a city)
const COPULA_AFTER = /^,\s*(?:\d{1,3}|(?:a|an|the)\s[^,.;:!?"“”]{1,40}),\s+(?:was|is)\s/u;

/** Whether the sentence names `entity` (by any of its mentions). */
function namedIn(sentence: { start: number; end: number } | undefined, entity: Entity | null): boolean {
  return sentence !== undefined && entity !== null && mentionedWithin(entity, sentence.start, sentence.end);
}

/**
 * "Asked about Diaz, he smiled": a participle clause opening the sentence has the pronoun after it
 * as its understood subject, so a name inside it is someone else (he was asked about Diaz).
 * "When Diaz arrived, he said" has a subject of its own and is no such clause.
 */
function participialOpening(text: string, sentenceStart: number, pronounStart: number): boolean {
  return PARTICIPIAL_OPENING.test(text.slice(sentenceStart, pronounStart));
}
const INSERTED_FRAME_AFTER = /^\s*,\s*$/u;
// ("Through the interpreter, Hassan Idris, a volunteer, he said …", "With Ortiz in the lead, he …":
// a fronted "through" or "with" phrase too)
const APPOSED_BEFORE_PRONOUN = /^,[^.;:!?"“”]*,\s*(?:he|she|they)\s/u;
const PARTICIPIAL_OPENING = /^[^\p{L}]*(?:\p{Lu}\p{Ll}+(?:ed|ing)|Through|Via|With)\s+\p{Ll}[^.;:!?"“”]*,\s*$/u;


/** "who fled to Paris", "moved back to Berlin": the name after a verb of moving and "to" is where, not who. */
const MOTION_TO = /\b(?:fled|flee|flees|moved|move|moves|went|gone|go|goes|travell?ed|travels?|returned|returns?|flew|flown|fly|flies|relocated|emigrated|came|come|comes|headed|heads?|drove|driven|drive|walked|walks?|escaped|escapes?|evacuated|sent|deported|taken|brought|transferred|sailed|rushed|retreated|commutes?|commuted)\s+(?:back\s+|home\s+)?to\s+$/iu;

