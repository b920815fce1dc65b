import type { SourceType } from '../schema/attribution.js';
import { lastIndexBefore, type Entity, type EntityIndex } from './entities.js';
import { OBJECT_LEAD } from './epithets.js';
import { indexAt, type Segmentation } from './segment.js';
import { ROLE_NOUNS, type Gender } from './speech-lexicons.js';
import { subjectLead } from './subject-lead.js';
import { mentionStarts } from './mention-starts.js';
import { tagsOfLower } from './claims/verbless.js';

/**
 * The other people a pronoun could stand for besides the antecedent found: one named before it
 * in the same sentence, one joined to it by "and" as one subject, one a question was put to. When
 * such a rival fits the pronoun as well, `coref.ts` leaves the speaker unknown.
 */

/** Whether a candidate of this type and gender can be what the pronoun refers to. */
type Fits = (type: SourceType, gender: Gender | null) => boolean;

/**
 * Another person of the pronoun's gender named before mention `k` in the same sentence, and
 * whether it opens the sentence as its subject.
 */
export function rivalInSentence(
  text: string,
  index: EntityIndex,
  sentence: { start: number; end: number },
  k: number,
  chosen: Entity,
  fits: Fits,
): { entity: Entity; subject: boolean; coordinated: boolean; questioned: boolean } | null {
  const chosenStart = (index.mentions[k] as EntityIndex['mentions'][number]).mention.start;
  for (let j = k - 1; j >= 0; j--) {
    const { mention, entity } = index.mentions[j] as EntityIndex['mentions'][number];
    if (mention.start < sentence.start) break;
    if (entity === chosen || mention.inQuote || mention.possessive) continue;
    // "Glen Farris and Dan Pryor met": a full name joined by "and" to the one chosen is a person
    // like them, of the chosen one's gender or of one the lexicons do not know
    const joined = entity.type === 'person' && (entity.gender === null || entity.gender === chosen.gender) && chosen.gender !== null && mention.name.length >= 2 && COORDINATED.test(text.slice(mention.end, chosenStart));
    if (!entity.known && !joined) continue;
    if (!fits(entity.type, entity.gender)) continue;
    // both must be told apart by nothing: a known gender on one side only is no tie
    if ((entity.gender === null) !== (chosen.gender === null) && !joined) continue;
    if (OBJECT_LEAD.test(text.slice(Math.max(0, mention.start - 12), mention.start))) continue;
    // ("Linda Grey and deputy leader Karen Holt", "Hill and the chairman, Roger Tate,": the second
    // name's own description may stand between)
    const between = text.slice(mention.end, chosenStart);
    // "Obama consultant Cornell Belcher", "Clinton spokesman Brian Fallon": a name that modifies the
    // role written before the one chosen is part of the chosen one's description, not a rival
    if (modifiesRoleOf(between)) continue;
    const coordinated = COORDINATED.test(between);
    // "Barker asked Tate whether the council had signed. He said it had not.": the one asked answers
    // as often as the one asking goes on
    const questioned = QUESTIONED.test(between);
    return { entity, subject: /^[^\p{L}]*$/u.test(subjectLead(text, sentence.start, mention.start)), coordinated, questioned };
  }
  return null;
}

/** Only a role noun, with up to two lower-case words before it, between two names: "Obama consultant Cornell Belcher". */
function modifiesRoleOf(between: string): boolean {
  const m = /^\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2})(\p{Ll}[\p{Ll}-]*)\s+$/u.exec(between);
  return m !== null && ROLE_NOUNS.has(m[2] as string);
}

/**
 * A person `p` asked a question of in the sentence where `p` spoke, before the pronoun's, who
 * could be the pronoun's referent too: "Forsyth asked Paul Hennessy whether …", "Lane asked the nominee, Judge Mary Cole, whether …".
 */
export function personAsked(text: string, index: EntityIndex, seg: Segmentation, p: { at: number; entity: Entity | null }, pronounStart: number, fits: Fits): Entity | null {
  const sentence = seg.sentences[indexAt(seg.sentences, p.at)];
  // (a question put in the pronoun's own sentence is no earlier turn: "…, she said, was a question when a man asked Clinton why …")
  if (!sentence || sentence.end > pronounStart) return null;
  const starts = mentionStarts(index);
  for (let k = lastIndexBefore(starts, sentence.start) + 1; k < index.mentions.length; k++) {
    const { mention, entity } = index.mentions[k] as EntityIndex['mentions'][number];
    if (mention.start >= sentence.end) break;
    // (one asked a question about "he" or "she" is a person, whether or not anything else says so:
    // "asked Dorsey whether he would resign"; not "asked Tesla about the crash")
    if (mention.inQuote || entity === p.entity || !fits(entity.type, entity.gender)) continue;
    const personal = entity.known || /\b(?:he|she|his|her|him|himself|herself)\b/iu.test(text.slice(mention.end, sentence.end));
    const before = text.slice(Math.max(sentence.start, mention.start - 40), mention.start);
    const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 80));
    if (personal && ASKED_BEFORE.test(before) && QUESTION_AFTER.test(after)) return entity;
    // "Hale asked whether Tasha Marsh had ever called the manager herself": the subject of the
    // question asked is the one it was put to, who answers it (a full name with a listed given
    // name is a person's: "asked if Mira Stone had paid")
    const listed = entity.listedGender !== undefined && entity.listedGender !== null && mention.name.length >= 2;
    if ((personal || listed) && fits(entity.type, entity.gender ?? entity.listedGender ?? null) && ASKED_WHETHER_BEFORE.test(before) && FINITE_AFTER.test(after)) return entity;
  }
  return null;
}
// "asked ", "pressed ", "asked the nominee, " right before the name of the one asked
const ASKED_BEFORE = /\b(?:asked|pressed|questioned|quizzed|challenged)\s+(?:(?:the|a|an|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+)?$/u;
// "asked whether ", "wanted to know if " right before the subject of the question
const ASKED_WHETHER_BEFORE = /\b(?:asked|asks|pressed|wondered|wanted\s+to\s+know)\s+(?:whether|if)\s+$/u;
// and the question's own verb after that subject: "had ever called", "would resign"
const FINITE_AFTER = /^\s+(?:(?:ever|not|never|already|really|personally)\s+)?(?:had|has|have|was|were|is|are|would|could|will|did|does|do|should|can|might|\p{Ll}+ed)\b/u;
// and after it a question, not a request ("asked Freddy to be the best man"): "whether", "about", "why"
const QUESTION_AFTER = /^(?:\s*,[^,.;:!?]{1,60},)?[\s,]+(?:whether|if|why|how|what|when|where|who|about|over|on)\b/u;

/** The person of the pronoun's gender joined to mention `k` by "and" as the second of one subject, if any. */
export function coordinatedPartner(text: string, index: EntityIndex, sentence: { start: number; end: number }, k: number, chosen: Entity, fits: Fits): Entity | null {
  const chosenEnd = (index.mentions[k] as EntityIndex['mentions'][number]).mention.end;
  for (let j = k + 1; j < index.mentions.length; j++) {
    const { mention, entity } = index.mentions[j] as EntityIndex['mentions'][number];
    if (mention.start >= sentence.end || mention.start - chosenEnd > 60) break;
    if (entity === chosen || mention.inQuote || !entity.known || !fits(entity.type, entity.gender)) continue;
    if ((entity.gender === null) !== (chosen.gender === null)) continue;
    return COORDINATED.test(text.slice(chosenEnd, mention.start)) ? entity : null;
  }
  return null;
}

// what stands before the second of two names joined as the sentence's subject: the first name, "and", its description
export const SECOND_CONJUNCT = /^[^\p{L}]*(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:and|&)(?:[\s,]+(?:[\p{Ll}-]+|\p{Lu}[\p{L}.-]*[’']s))*[\s,]*$/u;

// between two names joined as one subject: "and", then lower-case words, an owner ("the Chamber's") and commas
const COORDINATED = /^\s*(?:,\s*)?(?:and|or|&)(?:[\s,]+(?:[\p{Ll}-]+|\p{Lu}[\p{L}.-]*[’']s))*[\s,]*$/u;
// between the one asking and the one asked: "asked", "then pressed", "repeatedly questioned"
const QUESTIONED = /^\s+(?:\p{Ll}+ly\s+|then\s+|again\s+)?(?:asked|pressed|questioned|quizzed|challenged)\s+$/u;

/**
 * Whether a person of the pronoun's gender named after its antecedent, though not as a subject,
 * may be the one it stands for: "“…,” said Paul Hart. ¶ The petition was handed in by teacher Mark
 * Dunn. “…,” he said". Not when the sentence naming them is already about someone the same pronoun
 * stands for ("He avoided criticism of Trump", "But he suggested that Mr. Lew …"), nor when the
 * name only modifies a noun ("a devout Catholic and Donald Trump supporter", "Donald Trump’s son").
 */
export function mayBeLaterRival(text: string, sentenceStart: number, mention: { start: number; end: number }, g: Gender): boolean {
  const before = text.slice(sentenceStart, mention.start);
  if ((g === 'm' ? HE : SHE).test(before)) return false;
  // ("told The Opie and Anthony Show": a capitalised "The" run is the name of a thing)
  if (TITLE_BEFORE.test(before)) return false;
  const after = text.slice(mention.end, mention.end + 30);
  // ("Donald Trump’s son told …": an owner is someone else)
  if (/^[’']s?\b/u.test(after)) return false;
  const next = NEXT_LOWER_WORD.exec(after)?.[1];
  return !(next && /^NNS?$/u.test(tagsOfLower(next)?.[0] ?? ''));
}
const TITLE_BEFORE = /\bThe\s+(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:and|&|of)\s+)?)+$/u;
const HE = /\b[Hh]e\b/u;
const SHE = /\b[Ss]he\b/u;
const NEXT_LOWER_WORD = /^\s+(\p{Ll}+)/u;

/**
 * Whether the pronoun answers a question its antecedent (standing at `at`) put in the sentence
 * before: "Another reporter asked if the board had contacted him. “No,” he said", "one soldier can
 * be heard asking: “Granny, where are you going?” She replies: …". Someone who asks and then goes
 * on speaking ("Trump asked why the press ignored it. “It is a disgrace,” he said") is told apart
 * by who asked: the answer goes to the other party only after a verb of replying, or when the one
 * asking is a journalist putting questions.
 */
export function answersQuestionOf(text: string, seg: Segmentation, at: number, asker: string, pronoun: { start: number; end: number; text: string }): boolean {
  const asked = indexAt(seg.sentences, at);
  const own = indexAt(seg.sentences, pronoun.start);
  if (own <= asked || own - asked > 2) return false;
  const sentence = seg.sentences[asked];
  if (!sentence) return false;
  const window = text.slice(at, Math.min(pronoun.start, sentence.end + 2, at + 400));
  // "“And who approved that transfer?” Raman asked. “He did,” she replied": the question quoted
  // right before the asker's name and verb of asking, then a reply (the asker of a rhetorical
  // question may go on and answer it: "“Who will pay?” Warren asked. “Working families,” she said".
  // After "replied" or "answered" the text does not say which: "“Who pays for these tax cuts?” Warren
  // asked the crowd. “You do,” she answered" is hers, "“Did you sign it?” asked Judge Mary Holt.
  // “No,” she replied" is not, so both are left to the reader)
  if (QUOTED_QUESTION_BEFORE.test(text.slice(Math.max(0, at - 16), at)) && (/^[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,3}?\s+(?:asked|asks|wondered|inquired|enquired)\b/u.test(window) || /\b(?:asked|asks)\s+$/u.test(text.slice(Math.max(0, at - 16), at)))) {
    return repliesAfter(text, pronoun.end) && !saidBetween(text, seg, asked, own, pronoun.start);
  }
  // (most antecedents ask nothing: the pattern runs only where a verb of asking may be)
  if (!/ask|wonder|nquir|wanted/u.test(window)) return false;
  const m = ASKING_AFTER.exec(window);
  if (!m) return false;
  // a question put: "if", "whether", a wh-word, or a quotation holding a question mark
  if (!m[1] && !text.slice(at + m[0].length, pronoun.start).includes('?')) return false;
  // ("Ann Reece asked whether … Officials said it had not. “…,” she replied": someone answered between)
  if (saidBetween(text, seg, asked, own, pronoun.start)) return false;
  if (repliesAfter(text, pronoun.end)) return true;
  // a journalist's question about the one answering ("asked if the board had contacted him"); a
  // presenter who asks about someone else goes on speaking ("Susanna Reid asked why the minister …")
  const about = /^s/iu.test(pronoun.text) ? /\bher\b/iu : /\b(?:him|his)\b/iu;
  return QUESTIONER.test(asker) && about.test(text.slice(at, Math.min(sentence.end, pronoun.start)));
}
/** Whether a sentence after the question's (`asked`) and before the pronoun's (`own`) says something: someone answered between. */
function saidBetween(text: string, seg: Segmentation, asked: number, own: number, pronounStart: number): boolean {
  for (let k = asked + 1; k < own; k++) {
    const between = seg.sentences[k];
    if (between && SAID.test(text.slice(between.start, Math.min(between.end, pronounStart)))) return true;
  }
  return false;
}
// a question mark closing a quotation, then (for "…?” asked Raman") a verb of asking
const QUOTED_QUESTION_BEFORE = /\?\s*[”"'’»]+\s*(?:,\s*)?(?:(?:asked|asks)\s+)?$/u;

/**
 * Whether the words after a pronoun ending at `end` are a short answer to the yes-no question put
 * in the sentence at `at`, echoing its auxiliary: "asked whether Tasha Marsh had ever called … She
 * said she had not.", "asked if Reyes would resign. He said he would." Only the one asked gives
 * such an answer about themselves.
 */
export function echoesQuestion(text: string, seg: Segmentation, at: number, pronoun: { end: number; text: string }): boolean {
  const sentence = seg.sentences[indexAt(seg.sentences, at)];
  if (!sentence) return false;
  const aux = YES_NO_QUESTION.exec(text.slice(sentence.start, sentence.end))?.[1]?.toLowerCase();
  const m = SHORT_ANSWER.exec(text.slice(pronoun.end, pronoun.end + 60));
  const answer = m?.[2]?.toLowerCase();
  // (the answer is about the one speaking, "she said she had not"; "she said he had not" may answer for someone else)
  if (m?.[1]?.toLowerCase() !== pronoun.text.toLowerCase()) return false;
  return aux !== undefined && answer !== undefined && (answer === aux || (DO_FORMS.has(aux) && DO_FORMS.has(answer)));
}
// "whether Tasha Marsh had", "if Reyes would": the question's subject (a few words) and auxiliary
const YES_NO_QUESTION = /\b(?:whether|if)\s+(?:[\p{L}.’'-]+\s+){1,4}?(had|has|have|was|were|is|are|would|could|will|did|does|do|should|can)\b/u;
// "said she had not.", "told the court he would.", "replied that she did not.": a pronoun, the auxiliary, and at most a negation
const SHORT_ANSWER = /^\s+(?:said|says|told\s+(?:the\s+)?\p{L}+|replied|answered|insisted)\s+(?:that\s+)?(he|she)\s+(had|has|have|was|were|is|are|would|could|will|did|does|do|should|can)(?:\s+(?:not|never))?\s*[.!;]/u;
const DO_FORMS: ReadonlySet<string> = new Set(['did', 'does', 'do']);

/** Whether a verb of replying follows a pronoun ending at `end` ("he replied", "she shot back"). */
export function repliesAfter(text: string, end: number): boolean {
  return REPLY_VERB.test(text.slice(end, end + 24));
}
const SAID = /\b(?:said|says|told|replied|answered|responded)\b/u;
// the antecedent's own verb of asking, a few words after it starts, no clause between ("X caused a stir
// when a voter asked …" is the voter's question), not a passive ("Blumenthal was asked …" is the one
// who answers); then whom ("asked Halvorsen about taxes") and what is asked
const ASKING_AFTER = /^(?:(?!(?:said|says|when|as|after|while|and|but|that|because|who|which)\b)[\p{L}.'’-]+\s+){1,5}?(?<!\b(?:was|were|is|are|been|being|be|get|got)\s+)(?:asked|asks|asking|wondered|inquired|enquired|wanted\s+to\s+know)\b(?:\s+(?:\p{Ll}+|\p{Lu}[\p{L}.'’-]*)){0,3}?(?:\s+(if|whether|why|how|what|when|where|who|about)\b|\s*[:,]?\s*["“])/u;
const REPLY_VERB = /^\s+(?:\p{Ll}+ly\s+)?(?:replie[sd]|reply|answer(?:s|ed)?|respond(?:s|ed)?|retort(?:s|ed)?|shot\s+back|fire[sd]\s+back)\b/u;
const QUESTIONER = /\b(?:reporters?|journalists?|interviewers?|moderators?|questioners?|presenters?|anchor|host|correspondents?)\b/iu;

/**
 * Whether the sentence opens with a clause of time or cause ("When", "After", "As", "Because"), and
 * between the name ending at `nameEnd` and the pronoun stands an object pronoun of its gender ("him",
 * "her"), so that the name is the clause's subject and someone else its object.
 */
export function objectOfOpening(text: string, sentenceStart: number, nameEnd: number, pronounStart: number, g: Gender | null): boolean {
  if (g === null || !OPENING_CLAUSE.test(text.slice(sentenceStart, sentenceStart + 12))) return false;
  // (not a parenthetical frame: "Before Mark Bell fired him, he said, he gave Reed three warnings")
  if (/^\s+\p{Ll}+,/u.test(text.slice(pronounStart).replace(/^\p{L}+/u, ''))) return false;
  return (g === 'm' ? /\bhim\b/u : /\bher\b/u).test(text.slice(nameEnd, pronounStart)) && /,\s*$/u.test(text.slice(nameEnd, pronounStart));
}
const OPENING_CLAUSE = /^[^\p{L}]*(?:When|After|As|Before|Once|While|Because|Since|Until|If)\s/u;

// (the one heard giving evidence: "The court heard from", "The jury then heard evidence from"; not
// "had not heard from him in years", "DNA evidence from the victim")
export const HEARD_FROM = /\b(?:court|jury|inquiry|inquest|tribunal|committee|hearing|panel|judge|MPs|senators|lawmakers)\s+(?:\p{Ll}+\s+)?(?:heard|hears)\s+(?:(?:evidence|testimony)\s+)?from\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u;

/** A verb of telling right after a name, or after its relative "who", and its object pronoun: "Park told him", ", who told her". */
// (what was told a clause of its own: "told him the deal was off", "told her she had no patience";
// not "told her staff", "told him to leave", "reminded her of the promise")
export const TOLD_OBJECT = /^(?:,\s*who)?\s+(?:(?:also|then|later|once|had|has)\s+)?(?:told|warned|informed|assured)\s+(him|her)\s+(?:that\s|the\s|a\s|an\s|he\s|she\s|they\s|it\s|it’s\s|it's\s|there\s|his\s(?!own)|this\s)/u;

