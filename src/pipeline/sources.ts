import type { SourceType } from '../schema/attribution.js';
import {
  ANONYMITY_PHRASES,
  ANONYMOUS_HEADS,
  COUNTRY_NAMES,
  US_STATE_NAMES,
  DOCUMENT_NOUNS,
  GOVERNMENT_HEADS,
  ORGANISATION_HEADS,
  PERSON_NOUNS,
  findGovernmentName,
  findOutletName,
} from './source-lexicons.js';
import { GIVEN_NAMES, HONORIFICS } from './speech-lexicons.js';
import { tagsOfLower } from './claims/verbless.js';
import { unnamedOffice } from './offices.js';
import { PARTICLE_SURNAME } from './name-mentions.js';

/**
 * What kind of source a speaker or relaying phrase is, from the phrase alone:
 * - `anonymous`: an unnamed person or group (`an official`, `a source familiar with the talks`,
 *   `people close to him`, `officials who spoke on condition of anonymity`);
 * - `government`: a state body or its output (`the State Department`, `the Defense ministry`,
 *   `a Venezuelan government statement`);
 * - `news-outlet`: `Reuters`, `CNN`, `The Washington Post`, `a CNN report`;
 * - `organization`: `the Carter Center`, `the campaign`, `the Colombian Electoral Mission`;
 * - `document`: `a poll`, `a new report`, `a court filing`, `the results`;
 * - `person`: everything else that is a name or a pronoun (`Donald Trump`, `he`).
 *
 * Lexicons are data (`data/lexicons/`). Does not look at the rest of the article: `the envoy`
 * is anonymous here even when the article has named him; resolve role nouns first and pass the
 * resolved name, which then classifies as `person`.
 */
export function classifySource(phrase: string): SourceType {
  // a pure function of the phrase, asked again for every record that names the same speaker
  let type = classified.get(phrase);
  if (type === undefined) {
    if (classified.size >= 4096) classified.clear();
    type = classifyUncached(phrase);
    classified.set(phrase, type);
  }
  return type;
}

const classified = new Map<string, SourceType>();

function classifyUncached(phrase: string): SourceType {
  const text = phrase.trim();
  if (text === '') return 'person';
  const lower = text.toLowerCase();
  if (ANONYMITY_PHRASES.some((p) => lower.includes(p))) return 'anonymous';

  // "Russia and China", "the EU and Britain": two of a kind, neither a person, are that kind together
  const pair = /^(.+?)\s+(?:and|&)\s+(.+)$/u.exec(text);
  if (pair?.[1] && pair[2] && !/\s(?:and|&)\s/u.test(pair[2])) {
    const first = classifySource(pair[1]);
    if (first !== 'person' && first === classifySource(pair[2])) return first;
  }

  const head = headPhrase(text);
  const headLower = head.toLowerCase();
  const noun = lastWord(headLower);

  // "a CNN report", "The New York Times": an outlet names the head phrase (not "an official who
  // spoke to CNN", whose head phrase is "an official").
  // ("Anne Fox", "Dr. Amy Reuters": a person whose surname is an outlet's name)
  const outlet = outletIn(head);
  if (outlet && (outlet.index + outlet.matched.length === head.length || DOCUMENT_NOUNS.has(noun))) return 'news-outlet';

  // "France", "the United States": a state speaking is its government
  if (findGovernmentName(head) || COUNTRY_NAMES.has(head.replace(/^the\s+/iu, '')) || US_STATE_NAMES.has(head)) return 'government';
  if (hasHead(headLower, GOVERNMENT_HEADS) || (DOCUMENT_NOUNS.has(noun) && /\bgovernment\b/u.test(headLower))) {
    return 'government';
  }
  if (DOCUMENT_NOUNS.has(noun)) return 'document';
  if (hasHead(headLower, ORGANISATION_HEADS) || hasHead(head, ORGANISATION_HEADS)) return 'organization';
  // "a Trump aide", "Venezuelan officials": a name would follow the role ("spokesman John Kirby").
  if (ANONYMOUS_HEADS.has(noun)) return 'anonymous';
  // "Several MPs", "Labour MPs", "two GPs": a plural of initials is a group of people
  if (/(?:^|\s)\p{Lu}{2,}s$/u.test(head)) return 'anonymous';
  // "One Tory MP", "The Apple CEO", "Labour MP": an office with no name before it
  if (unnamedOffice(head.split(/\s+/u))) return 'anonymous';
  // "Lawyers for Mr. Cole", "Neighbours": a plural person noun capitalised only because it opens
  // the sentence names nobody
  if (headLower === noun && /[^s]s$/u.test(noun) && PERSON_NOUNS.has(noun)) return 'anonymous';
  if (outlet) return 'news-outlet';
  // "Others", "Several", "Another": people the sentence leaves unnamed, capitalised only as its first word
  if (QUANTITY_WORDS.has(headLower)) return 'anonymous';
  if (isNamed(head) || PRONOUNS.has(headLower)) return 'person';
  // "opposition leaders", "Twenty-four percent", "many voters": unnamed people.
  return 'anonymous';
}

/** The outlet `head` names, unless a given name (after titles) opens it before the outlet's name. */
function outletIn(head: string): ReturnType<typeof findOutletName> {
  const outlet = findOutletName(head);
  if (!outlet || outlet.index === 0) return outlet;
  const words = head.slice(0, outlet.index).trim().split(/\s+/u);
  while (words.length > 0 && HONORIFICS.has(words[0] ?? '')) words.shift();
  return words.length === 1 && GIVEN_NAMES.has(words[0] ?? '') ? null : outlet;
}

const QUANTITY_WORDS = new Set(['some', 'many', 'most', 'all', 'several', 'few', 'both', 'others', 'another', 'more', 'half', 'none', 'two', 'three']);
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'him', 'her', 'them', 'who']);

/**
 * The phrase up to its first post-modifier, so the head noun is last: `an official who spoke to
 * CNN` → `an official`; `a new poll by the Harvard Institute` → `a new poll`; `the Carter
 * Center` stays whole.
 */
export function headPhrase(phrase: string): string {
  // "The small, family-owned firm", "a long, costly fight": a comma between two adjectives is inside the phrase
  const adjectives = ADJECTIVE_COMMA.exec(phrase);
  if (adjectives?.[2] && tagsOfLower(adjectives[2].toLowerCase())?.[0] === 'JJ') phrase = `${adjectives[1]}${phrase.slice(adjectives[0].length)}`;
  // a quantity before "of" is not the head: "thousands of voting tallies" → "voting tallies",
  // "dozens of officials" → "officials"
  const quantity = QUANTITY_OF.exec(phrase);
  if (quantity && quantity[0].length < phrase.length) phrase = phrase.slice(quantity[0].length);
  // (?<!\s): a match inside a run of spaces would have started at the run's first space anyway;
  // without it each space of a long run retries the whole run (quadratic)
  // ("a study published Wednesday in …", "a lawsuit filed by …": a participle after the head)
  const cut = /(?<!\s)\s*(?:,|\(|\bwho\b|\bwhich\b|\bthat\b|\bwhose\b|\bfamiliar\b|\bclose to\b|\bspeaking\b|\bbriefed\b|\bwith\b|\bby\b|\bfrom\b|\bfor\b|\bof\b|\bin\b|\bon\b|\bat\b|\babout\b|\b(?:published|filed|released|obtained|conducted|issued|prepared|commissioned|posted|sent|written|seen|reviewed|cited)\b)/u.exec(phrase);
  const head = (cut && cut.index > 0 ? phrase.slice(0, cut.index) : phrase).trim();
  return head.replace(/[’']s$/u, '');
}

/** A determiner and a word, then a comma and a lower-case word that is no determiner or relative. */
const ADJECTIVE_COMMA = /^(\s*(?:the|a|an|any|every|this|his|her|their|its|our)\s+(\p{Ll}[\p{Ll}-]*)),(?=\s+(?!(?:a|an|the|who|which|whose|that)\b)\p{Ll})/iu;

const QUANTITY_OF =
  /^\s*(?:(?:some|many|most|all|several|dozens|hundreds|thousands|millions|scores|tens of thousands|a (?:number|couple|handful|majority|series))\s+of\s+)/iu;

/** The head noun of a phrase, lower case: the last word of its `headPhrase` ("a broken-heart emoji on Instagram" → "emoji"). */
export function headNounOf(phrase: string): string {
  return lastWord(headPhrase(phrase)).toLowerCase();
}

function lastWord(s: string): string {
  const words = s.split(/\s+/u);
  return (words[words.length - 1] ?? '').replace(/[^\p{L}\p{N}'’-]/gu, '');
}

/** Head noun or two-word head (`super PAC`, `attorney general`) in the table. */
function hasHead(head: string, table: ReadonlySet<string>): boolean {
  const words = head.split(/\s+/u).map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, ''));
  for (let n = 1; n <= Math.min(3, words.length); n++) {
    if (table.has(words.slice(-n).join(' '))) return true;
  }
  return false;
}

/**
 * A proper name is present: a capitalised word after the first, or a capitalised first word that
 * stands alone or before another capitalised word (`Trump`, `Donald Trump`; not the sentence-case
 * `Twenty-four percent` or `The campaign`).
 */
function isNamed(head: string): boolean {
  const words = head.split(/\s+/u);
  // ("Ahmed al-Farra": a surname's lower-case particle is part of a name)
  const cap = (w: string | undefined): boolean => w !== undefined && (/^\p{Lu}/u.test(w) || PARTICLE_SURNAME.test(w));
  // "A Democratic senator", "one Labour source": an indefinite description with a common head
  // noun names nobody, however many capitalised adjectives it holds
  if (/^(?:a|an|one|another)$/iu.test(words[0] ?? '') && !cap(words[words.length - 1])) return false;
  return words.some((w, i) => {
    if (!cap(w)) return false;
    if (i > 0) return true;
    return !DETERMINERS.has(w.toLowerCase()) && (words.length === 1 || cap(words[1]));
  });
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'many', 'several', 'one', 'two', 'three']);
