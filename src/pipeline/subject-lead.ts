import { tagsOfLower } from './claims/verbless.js';
import { CLAIM_VERB_FORMS, REPORTING_VERB_FORMS, ROLE_NOUNS } from './speech-lexicons.js';
import { CLAUSE_WORDS, FINITE_VERBS } from './subject-phrase.js';

/*
 * The words of a sentence before a name, read to decide whether the name is the sentence's
 * subject (whom a later pronoun goes on with) or something else: an object, a modifier, a place.
 */

// A possessive owner, and role words, before a name: "Fox News’ Bret Baier", "Trump's lawyer Michael Cohen"
const OWNER_LEAD = /^[^\p{L}]*(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*(?:[’']s|(?<=s)[’'])\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

// A quotation closed with its own punctuation: what follows it in the sentence is a new clause
// ("…,'' Cecelia Purner, 67, said"); a quoted phrase (will take "every state" if Sanders wins) is not
const CLOSING_MARK = /[,.!?](?:["”»]|'')/g;

// A fronted adverbial or participial phrase before the subject: "In a brief interview, Ms. Conway
// rejected …", "At the news conference, Manafort all but begged …", "Speaking in Salem, New Hampshire,
// Trump went …", "Last week, the F.B.I. director, James B. Comey, recommended …", "Chastened by the
// analyses, as well as complaints over its costs, Trump revised …". A second piece after a comma is
// a place ("Salem, New Hampshire"), a coordination ("as well as …") or a relative clause ("Asked
// about center Jalen Price, who fouled out late, Okafor smiled"), never a clause of its own
// ("After the debate, Trump attacked Rubio, Cruz …": Cruz is no subject).
const FRONT_WORDS = 'In|At|On|After|During|Before|Asked|Speaking|When|Later|Earlier|Still|However|Meanwhile|Instead|Afterward|Soon|Recently|Since|While|Despite|From|With|Without|Like|Unlike|Throughout|Last|Amid|Following|Ahead|Pressed|Contacted';
// "Born in 1943 in Port Ellery, Ms. Oduya was …", "Known for his temper, Hale …": a fronted
// participle clause of an irregular verb
const IRREGULAR_PARTICIPLES = 'Born|Known|Built|Brought|Caught|Sent|Given|Taken|Grown|Shown|Seen|Sworn|Bred|Struck|Drawn|Thrown|Written|Held|Kept|Found|Hit|Beaten|Chosen|Driven|Forced';
// "Hours later, the spokesman, Milan Ivic, hit back", "Two days earlier, …": a time before or after
const TIME_LATER = '(?:\\p{Lu}\\p{Ll}*\\s+)?(?:[Hh]ours?|[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?|[Mm]inutes?|[Mm]oments?|[Ss]econds?)\\s+(?:later|earlier|ago|afterwards?)(?=,)';
const FRONTED = new RegExp(`^[^\\p{L}]*(?:${FRONT_WORDS}|${TIME_LATER}|(?:\\p{Lu}\\p{Ll}{2,}(?:ing|ed)|${IRREGULAR_PARTICIPLES})(?=\\s+\\p{Ll}))\\b[^,;:"“”]{0,120}(?:,\\s*(?:\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?|(?:as well as|and|or|including|who|which|whose|with|without)\\b[^,;:"“”]{0,80}))?,\\s*`, 'u');
// a word that opens a clause or an adverbial, never a name's modifier ("While Republican nominee Donald Trump …")
const OPENER = new RegExp(`^(?:${FRONT_WORDS}|Although|Though|Because|If|As|Once|Until|Unless|Whether|But|And|Or|So|Yet)$`, 'u');

// "The port's chief executive, Daniel Okafor", "The leader of the Anti-Defamation League, Jonathan
// Greenblatt", "An analyst at Harbour Securities, Tom Price": a description set before the name in
// apposition ("Osei's co-founder, Ben Rakowski": an owner's name may open it; "His counterpart, City
// boss Steve Lindqvist": the name's own title may stand after the comma)
const APPOSITIVE_LEAD = /^[^\p{L}]*(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*(?:[’']s|(?<=s)[’'])\s+)(?:[\p{L}’'.-]+\s+){0,5}?(?:[\p{Ll}’'-]+|(?:of|at|for|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*),\s*((?:[\p{L}-]+\s+){0,4})$/u;
// "A man named Gary Pickering", "The patient, a former bus driver named Gary Pickering,": the
// name a description introduces with "named" or "called" is the one it describes, the subject
// (not "She met a man named …", whose description is an object)
const NAMED_LEAD = /^[^\p{L}]*(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|One|Another)\s+(?:[\p{L}’'-]+\s+){0,4}?[\p{Ll}’'-]+,\s*(?:a|an|one|another)\s+|(?:A|An|One|Another)\s+)(?:[\p{Ll}\d-]+\s+){0,4}?(?:named|called)\s+$/u;

/** A description set before the name in apposition, and after its comma nothing or the name's own title ("chief technology officer"). */
function appositiveLead(rest: string): boolean {
  const title = APPOSITIVE_LEAD.exec(rest)?.[1];
  return title !== undefined && (title === '' || rolePremodifier(title));
}

/**
 * Words before a name that only describe it: a short run of capitalised words and modifiers ending
 * in a role noun ("presidential nominee Hillary Clinton", "Clinton campaign manager Robby Mook");
 * never a verb ("Trump told the president Joe Biden").
 */
function rolePremodifier(lead: string): boolean {
  const words = lead.trim().split(/\s+/u);
  if (words.length > 4 || words[0] === '') return false;
  const last = (words[words.length - 1] as string).toLowerCase();
  if (!ROLE_NOUNS.has(last)) return false;
  return words.slice(0, -1).every((w) => (/^\p{Lu}/u.test(w) && !OPENER.test(w)) || (/^[\p{Ll}-]+$/u.test(w) && !/ed$/u.test(w) && !REPORTING_VERB_FORMS.has(w) && !FINITE_VERBS.has(w) && !CLAUSE_WORDS.has(w)));
}

// "The judge told Ms. Reyes that …", "The council warned Ames …": a name right after a verb of
// telling that has its own subject before it is the listener; the subject is likelier whom the
// next "she" goes on with (after "asked Sanders how …" the one asked is who replies; an inverted
// "“…,” told Reyes" has no word before its verb)
const TELLING_BEFORE = /\p{L}[^\p{L}]+(?:told|tells|informed|assured|warned|reminded|urged)\s+$/u;
export function toldBefore(lead: string): boolean {
  return TELLING_BEFORE.test(lead);
}

/**
 * "Hart, 52, joined Rovers in June": a lead of a subject and then a verb that is no verb of saying
 * or believing makes the name its object, which a "he" in a later sentence does not go on with
 * ("Prosecutors said Alvarez …" opens a content clause whose subject the name is).
 */
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'became', 'becomes', 'remains', 'remained']);

export function verbBeforeLead(lead: string): boolean {
  const m = /\p{L}[^\p{L}]*\s(\p{Ll}+)\s+$/u.exec(lead);
  const verb = m?.[1];
  // ("The latest is Rep. Joe Wilson": after a copula the name is the subject's own)
  if (!verb || COPULAS.has(verb) || REPORTING_VERB_FORMS.has(verb) || CLAIM_VERB_FORMS.has(verb)) return false;
  const first = tagsOfLower(verb)?.[0];
  return first === 'VBD' || first === 'VBZ' || first === 'VBP' || first === 'VBN';
}

/**
 * Is `lead` (the words between a sentence start and a name) no more than non-letters and three
 * words, each followed by white space (`/^[^\p{L}]*(?:\S+\s+){0,3}$/u`, by hand: that regex
 * backtracks without end on a long lead)?
 */
export function fewWordsLead(lead: string): boolean {
  const rest = lead.replace(/^[^\p{L}]+/u, '');
  if (rest === '') return true;
  if (!/\s$/u.test(rest)) return false;
  return rest.trim().split(/\s+/u).length <= 3;
}

/** A dateline opening a paragraph: its place in capitals, a region or an agency, and a dash ("LEEDS, England — ", "DALLAS (AP) — ", "NEW YORK (Reuters) - "). */
export const DATELINE_OPENING = /^[^\p{L}]*\p{Lu}{2,}(?:[ .'-]+\p{Lu}{2,})*\.?(?:,\s*(?:\p{Lu}[\p{L}.]*\s*){1,3})?(?:\s*\([\p{L}\s.&-]{1,30}\))?(?:\s*[—–]+|\s+--?(?=\s))\s*/u;

/**
 * The words of a name's sentence before it that decide whether the name is the subject: read from
 * the last closing quotation mark before it ("''…,'' Cecelia Purner, 67, … said": the name opens the
 * attribution), empty after a fronted adverbial, and a filler that fails the subject test when the
 * name sits deep in a long sentence.
 */
export function subjectLead(text: string, sentenceStart: number, at: number): string {
  const before = text.slice(sentenceStart, at);
  let from = 0;
  for (const m of before.matchAll(CLOSING_MARK)) from = (m.index ?? 0) + m[0].length;
  // ("LEEDS, England — On Tuesday, Samira Haddad was …": the dateline is no part of the sentence)
  const lead = before.slice(from).replace(DATELINE_OPENING, '');
  // after a fronted phrase, what is left before the name may be a description of it
  const rest = lead.slice(FRONTED.exec(lead)?.[0].length ?? 0);
  if (rest === '') return '';
  if (OWNER_LEAD.test(rest)) return '';
  // "The port's chief executive, Daniel Okafor, rejected …": a description set before the name in
  // apposition leaves the name the subject
  if (appositiveLead(rest)) return '';
  if (NAMED_LEAD.test(rest)) return '';
  if (rolePremodifier(rest)) return '';
  return lead.length < 80 ? lead : 'x x x x x';
}
