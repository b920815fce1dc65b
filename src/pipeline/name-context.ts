import { ORGANISATION_HEADS, PERSON_NOUNS } from './source-lexicons.js';
import { REPORTING_VERB_FORMS, ROLE_NOUNS } from './speech-lexicons.js';
import { isSpace, tokenize, type Token } from './tokens.js';

/**
 * What the words right around a name say of it: a body ("Northwind Capital, the private equity
 * firm", "the airline Halvorsen", "Apple said its") or a person ("A commuter, Jo Hart,",
 * "Tomas Reyes, a pharmacist"). Read by `name-mentions.ts` for each name it finds; each reads the
 * article at the name's offsets, slicing only where a pattern must run.
 */

// "Northwind Capital, the private equity firm that bought …", "Halcyon, a mobile operator based in …":
// an apposition headed by a body noun (its last word before a comma, a relative or a preposition)
const BODY_APPOSITION = /^,\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?([\p{Ll}-]+)(?=\s*[,.;]|\s+(?:that|which|based|in|of|for|with|owned|whose|behind|and)\b)/u;
// "Apple's shares", "Fenwick's chief executive, …": what only a company has
const COMPANY_POSSESSION = /^[’']s?\s+(?:shares|stock|share price|shareholders|headquarters|subsidiary|subsidiaries|chief executive|chief financial officer|board of directors|parent company)\b/u;
// "Apple said its …", "Halcyon Mobile said in a statement that its …": a body speaks of itself as "its"
const SAID_ITS = /^\s+(?:said|says)\s+(?:(?:in|on)\s+a\s+statement\s+)?(?:that\s+)?its\s/u;

/**
 * The 80 characters after a name (from `end`) with no given name or title that speak of it as a
 * body, never a person: a body noun in apposition, a possession only a company has, or "said its".
 * Each pattern opens with its own character (a comma, an apostrophe, a space before "said" or
 * "says"): most names are answered by that character, without a slice or a pattern.
 */
export function spokenOfAsBody(text: string, end: number): boolean {
  // (a name that ends the text is followed by nothing)
  if (end >= text.length) return false;
  const c = text.charCodeAt(end);
  if (c === 44) {
    const head = BODY_APPOSITION.exec(text.slice(end, end + 80))?.[1];
    return head !== undefined && ORGANISATION_HEADS.has(head) && !PERSON_NOUNS.has(head);
  }
  if (c === 0x2019 || c === 39) return COMPANY_POSSESSION.test(text.slice(end, end + 80));
  if (!isSpace(c)) return false;
  let i = end + 1;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return (text.startsWith('said', i) || text.startsWith('says', i)) && SAID_ITS.test(text.slice(end, end + 80));
}

/**
 * `The supplier, ` or `its parent company, ` in `[floor, start)` right before a name: a body noun in
 * apposition; or with no comma, `the airline `, `the ferry company ` (what follows the name's
 * `end` matters: "the company Smith founded" names a person, the company's founder).
 */
export function bodyNounBefore(text: string, floor: number, start: number, end: number): boolean {
  // most names have no comma right before them: the pattern below would try every position first
  let i = start;
  while (i > floor && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 10)) i--;
  if (i === floor || text.charCodeAt(i - 1) !== 44) return i < start && closeBodyNoun(text, floor, i, end);
  const head = /(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+),\s*$/u.exec(text.slice(floor, start))?.[1];
  // ("a consumer group, Fair Bills Lakeside,": a name set after a collective noun names the body)
  return head !== undefined && ORGANISATION_HEADS.has(head) && (!PERSON_NOUNS.has(head) || COLLECTIVE_BODIES.has(head)) && !ROLE_NOUNS.has(head);
}
const COLLECTIVE_BODIES: ReadonlySet<string> = new Set(['group', 'team']);

/** `the airline` ending at `to` (not before `floor`) right before a name, with no comma: the last word a body noun after a determiner. */
function closeBodyNoun(text: string, floor: number, to: number, end: number): boolean {
  // the last word read back by hand: a pattern anchored at the end would be tried at every position
  let j = to;
  while (j > floor && isLowerOrHyphen(text, j - 1)) j--;
  const last = text.slice(j, to);
  if (last === '' || !ORGANISATION_HEADS.has(last) || PERSON_NOUNS.has(last) || ROLE_NOUNS.has(last)) return false;
  if (OBJECT_OF_PERSON.test(text.slice(end, end + 20))) return false;
  return /(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+$/u.test(text.slice(floor, to));
}

/** `/[\p{Ll}-]/u` on the code unit at `i`, ASCII answered by code. */
function isLowerOrHyphen(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || c === 45;
  return /[\p{Ll}-]/u.test(text[i] as string);
}
/** "the company Smith founded", "the firm Reyes runs": the name is the subject of a clause about the body. */
const OBJECT_OF_PERSON = /^\s+(?:co-?founded|founded|started|runs|ran|owns|owned|built|created|leads|led|bought|sold|joined|left|heads|headed|manages|managed)\b/u;

/** `A commuter, ` or `one longtime resident, ` in `[floor, start)` right before a name: a person noun in apposition. */
export function personBefore(text: string, floor: number, start: number): boolean {
  return personNounBefore(text, floor, start) !== null;
}

/** The person noun of `personBefore` ("commuter" in "A commuter, "; "husband" in "Her husband, "), or null. */
export function personNounBefore(text: string, floor: number, start: number): string | null {
  // the pattern ends in a comma and spaces: without them it would be tried at every position
  let i = start;
  while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === floor || text.charCodeAt(i - 1) !== 44) return null;
  const m = /(?:^|[\s(])(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+),\s*$/u.exec(text.slice(floor, start));
  return m?.[1] !== undefined && isPersonNoun(m[1]) ? m[1] : null;
}

/** `, who …` or `, a pharmacist …` right after a name: words said only of a person. */
export function describedAsPerson(after: string): boolean {
  if (/^,\s*who\b/u.test(after)) return true;
  const m = /^,\s*(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,3}?)([\p{Ll}-]+)(?=[\s,]|$)/u.exec(after);
  const noun = m?.[2];
  return noun !== undefined && isPersonNoun(noun);
}

/** A noun for a person: listed, or an agent noun by its ending ("pharmacist", "commuter"; not "border", "letter"). */
function isPersonNoun(noun: string): boolean {
  return PERSON_NOUNS.has(noun) || ROLE_NOUNS.has(noun) || (/(?:ist|ian|er|or|ant|man|woman)$/u.test(noun) && !/(?:center|corner|quarter|river|tower|border|order|water|number|manner|matter|letter|sector|color|colour|floor|door|harbor|harbour|theater|theatre)$/u.test(noun));
}

/** A role and the preposition a body follows, right before `end`: "the chief executive of", "a spokesman for". */
export function roleHeldAtBefore(text: string, floor: number, end: number): boolean {
  return mayFollowRoleOf(text, floor, end) && ROLE_OF.test(text.slice(floor, end));
}

/** A role noun, then the preposition a body follows: "chief executive of", "spokesman for the". */
const ROLE_OF = /\b(?:executive|director|chairman|chairwoman|chair|president|head|founder|owner|spokesman|spokeswoman|spokesperson|secretary|manager|officer|member|members|employee|employees|lawyer|lawyers|counsel|leader|leaders|chief)\s+(?:of|for|at)\s+(?:the\s+)?$/u;

/**
 * Whether `text.slice(floor, end)` can match ROLE_OF, whose match ends in whitespace after "of",
 * "for", "at" or "the": the last run of non-space characters must be one of those words. Most names
 * follow another word ("said Maduro") and are answered without running the pattern.
 */
function mayFollowRoleOf(text: string, floor: number, end: number): boolean {
  let i = end;
  while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === end) return false;
  let w = i;
  while (w > floor && !isSpace(text.charCodeAt(w - 1))) w--;
  const n = i - w;
  if (n < 2 || n > 3) return false;
  const word = text.slice(w, i);
  return word === 'of' || word === 'for' || word === 'at' || word === 'the';
}

/**
 * "Severnmouth said it would appeal. It said the fine was unfair.": a name right before its own verb
 * of saying (from `end`), whose next verb of saying, in the same sentence or the next, has "it" as
 * subject, is a body's ("Jones said it was over. He said …" is a person's).
 */
export function calledItAfter(text: string, end: number): boolean {
  // the name's own verb first: most names are answered by the word after them
  let i = end;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  if (i === end) return false;
  let j = i;
  while (j < text.length && j - i < 12 && isLetter(text.charCodeAt(j))) j++;
  if (!finiteSaying(text.slice(i, j))) return false;
  const toks = tokenize(text, j, Math.min(text.length, j + 240));
  let stops = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.kind === 'punct') {
      // past the end of the next sentence, or into a quotation
      if ((SENTENCE_STOPS.has(t.text) && ++stops > 1) || QUOTE_MARKS.has(t.text)) return false;
      continue;
    }
    if (!finiteSaying(t.text)) continue;
    // ("It also said", "It later said": one adverb between)
    const before = toks[k - 1]?.text ?? '';
    const subject = before === 'also' || before.endsWith('ly') || before === 'later' ? toks[k - 2]?.text : before;
    return subject === 'it' || subject === 'It';
  }
  return false;
}
const SENTENCE_STOPS: ReadonlySet<string> = new Set(['.', '!', '?']);
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "''"]);

/** An ASCII letter by code. */
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** A finite form of a verb of saying ("said", "says", "told"), not its base form ("appeal", "say") or its participle in -ing. */
function finiteSaying(w: string): boolean {
  const base = REPORTING_VERB_FORMS.get(w);
  return base !== undefined && base !== w && !w.endsWith('ing');
}
