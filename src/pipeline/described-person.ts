import { ANONYMOUS_HEADS, PERSON_NOUNS } from './source-lexicons.js';
import { indexAt, type Segmentation, type TextRange } from './segment.js';
import { mentionedWithin, type Entity } from './entities.js';
import { ROLE_NOUNS, type Gender } from './speech-lexicons.js';
import { FEMALE_HEADS, MALE_HEADS, describedGender } from './noun-gender.js';

export { describedGender } from './noun-gender.js';

/** A person the article describes without naming ("One nurse", "A longtime resident", "The superintendent"). */
export interface DescribedPerson {
  phrase: string;
  start: number;
  /** The description opens the sentence right before the pronoun's, or the pronoun's own. */
  adjacent: boolean;
  /** With "The …": the role noun heading it ("superintendent"), so the article's holder of that role can be found. */
  role: string | null;
}

// "One nurse, who …", "A longtime resident said", "Another Pentagon official", "One of the nurses",
// "The superintendent, who …": a determiner opening the sentence, or after a fronted "On Tuesday,"
// or "Outside court," at most ("Outside court, one tenant said"; not "…, the manager": the
// fronted phrase may have named whom "the manager" stands for)
// (not one that opens inside a quotation: "“A man must work,” he said" describes nobody)
const DESCRIBED_OPENING = /^[^\p{L}"“”‘’'«»]*(?:(?:In|On|At|After|During|Later|Earlier|Outside|Inside)\b[^,;:"“”]{0,40},\s*)?((?:One|A|An|Another|The)\s+(?:of\s+the\s+)?|(?<=,\s*)(?:one|a|an|another)\s+(?:of\s+the\s+)?)/u;


// Heads that stand for several people or for nobody in particular: "he" never refers to them
const NOT_ONE_PERSON = new Set(['family', 'families', 'crowd', 'audience', 'majority', 'minority', 'group', 'groups', 'team', 'panel', 'jury', 'staff', 'public', 'couple', 'side', 'sides', 'everyone', 'everybody', 'anyone', 'anybody', 'police']);

// the rest of the description up to its comma, then a name of two or more capitalised words set off by commas
const NAMED_AFTER = /^[^,;:"“”]{0,80},\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+\s*,/u;

// "of one of the victims", "of the bakery owner": up to six words after "of", before a comma or a verb
const OF_PHRASE = /^\s+of(?:\s+(?!(?:said|says|told|who|that|which|was|is|had|has)\b)[\p{L}’'-]+){1,6}?(?=\s*,|\s+(?:said|says|told|who|that|which|was|is|had|has|\p{Ll}+ed)\b)/u;

const IRREGULAR_PLURALS = new Set(['men', 'women', 'children', 'people']);

function isPersonHead(word: string, plural: boolean): boolean {
  if (NOT_ONE_PERSON.has(word)) return false;
  // "A nurse" but not "A nurses"; "One of the nurses" but not "One of the nurse"
  if (plural !== (/[^s]s$/u.test(word) || IRREGULAR_PLURALS.has(word))) return false;
  return PERSON_NOUNS.has(word) || ROLE_NOUNS.has(word) || ANONYMOUS_HEADS.has(word);
}

/**
 * The person phrase an indefinite sentence opening describes, or null: up to four words after the
 * determiner, the first person noun among them is the head ("A nurse at St. Mary's Hospital" ->
 * "A nurse"; "A car bomb" -> null).
 */
function describedOpening(sentence: string): { phrase: string; offset: number; head: string; definite: boolean } | null {
  const m = DESCRIBED_OPENING.exec(sentence);
  if (!m?.[1]) return null;
  const from = (m.index ?? 0) + m[0].length - m[1].length;
  const rest = sentence.slice(from + m[1].length);
  const plural = /\bof\s+the\s+$/u.test(m[1]);
  const definite = /^The\s/u.test(m[1]);
  const words = [...(DESCRIPTION_WORDS.exec(rest)?.[0] ?? '').matchAll(WORD)];
  // ("A 17-year-old boy was arrested": someone introduced by age is mostly met, not heard; only a
  // definite one, "The 52-year-old mayor", stands for someone the article named)
  if (!definite && words.some((w) => /^\p{N}/u.test(w[0]))) return null;
  for (let k = 0; k < words.length; k++) {
    const word = (words[k] as RegExpExecArray)[0];
    const lower = word.toLowerCase();
    // "The superintendent": a definite description must be headed by a role, not "The man" or "The
    // public", unless an "of" phrase ties it to someone else ("The mother of one of the victims")
    const related = (): boolean => isPersonHead(lower, plural) && /^\s+of\s/u.test(rest.slice(wordEnd(words, k)));
    if (/^\p{Ll}/u.test(word) && (definite ? ROLE_NOUNS.has(lower) || related() : isPersonHead(lower, plural))) {
      const last = compoundEnd(words, k, plural);
      const head = last === k ? lower : (words[last] as RegExpExecArray)[0].toLowerCase();
      const length = m[1].length + wordEnd(words, last);
      // "The chief executive of Northern Ferries, Carla Mendes, said": the sentence names the
      // person it describes, and a pronoun after it goes to that name, not to "The chief executive"
      if (NAMED_AFTER.test(sentence.slice(from + length))) return null;
      // the "of" phrase of a definite description is what tells this person from others: it is
      // kept with the head ("The owner of the bakery")
      const of = definite ? (OF_PHRASE.exec(sentence.slice(from + length))?.[0] ?? '') : '';
      return { phrase: sentence.slice(from, from + length + of.length), offset: from, head, definite: definite && ROLE_NOUNS.has(head) };
    }
  }
  return null;
}

// up to four words right after the determiner, up to a comma or any other mark ("The 49-year-old
// governor": an age is one of them)
const DESCRIPTION_WORDS = /^(?:[\p{L}\p{N}’'-]+[ \t]+){0,3}[\p{L}\p{N}’'-]+/u;
const WORD = /[\p{L}\p{N}’'-]+/gu;

function wordEnd(words: readonly RegExpExecArray[], k: number): number {
  const w = words[k] as RegExpExecArray;
  return w.index + w[0].length;
}

/**
 * The last word of a compound role headed at `k`: "The chief executive", "The chief financial
 * officer", "A nurse manager"; the head of an English noun compound is its last noun, so
 * "The chief executive" is the person, not "The chief". One modifier may come between ("chief
 * financial officer"); a verb or anything else ends it ("The chief said").
 */
function compoundEnd(words: readonly RegExpExecArray[], k: number, plural: boolean): number {
  const roleAt = (j: number): boolean => {
    const w = words[j]?.[0];
    return w !== undefined && /^\p{Ll}/u.test(w) && (ROLE_NOUNS.has(w) || isPersonHead(w, plural));
  };
  let last = k;
  for (let j = k + 1; j < words.length; j++) {
    if (roleAt(j)) last = j;
    else if (!(/^\p{Ll}/u.test((words[j] as RegExpExecArray)[0]) && j === last + 1 && roleAt(j + 1))) break;
  }
  return last;
}

/**
 * `Marsh said the figure was inflated. ¶ One nurse, who asked not to be named, described the
 * shifts. “Some nights I don't sit down once,” she said.`: an unnamed person described as the
 * subject of a sentence before the pronoun and after the antecedent found further back (`after`),
 * whom the pronoun may well stand for: within the pronoun's paragraph, or the sentence right before
 * it across a paragraph break. Null when there is none, or when the description's gender rules it
 * out ("A woman … “…,” he said").
 */
export function describedPersonBefore(text: string, seg: Segmentation, after: number, pronounStart: number, gender: Gender | null): DescribedPerson | null {
  const { sentences } = seg;
  const own = indexAt(sentences, pronounStart);
  const paragraph = sentences[own]?.paragraph;
  // a few sentences back at most: keeps a paragraph of thousands of sentences linear
  for (let i = own; i >= Math.max(0, own - 6); i--) {
    const s = sentences[i];
    if (!s || s.start <= after) break;
    if (i < own - 1 && s.paragraph !== paragraph) break;
    const found = describedOpening(text.slice(s.start, Math.min(s.end, pronounStart, s.start + 120)));
    if (!found) continue;
    const start = s.start + found.offset;
    if (start <= after || start >= pronounStart) continue;
    if (gender === 'm' && FEMALE_HEADS.has(found.head)) continue;
    if (gender === 'f' && MALE_HEADS.has(found.head)) continue;
    return { phrase: found.phrase, start, adjacent: i >= own - 1, role: found.definite ? found.head : null };
  }
  return null;
}

/**
 * `“…,” said shop owner Derek Harlow. ¶ Police later arrested a 19-year-old man. “…,” he told
 * officers`: an unnamed person a sentence introduces, anywhere in it (an object too), in the
 * sentence before the pronoun's or in its own before the pronoun, after the antecedent found
 * (`after`), who fits the pronoun's gender: the phrase ("a 19-year-old man"), or null. Quotations
 * are skipped: a person in someone's words is no one the narration introduced.
 */
export function introducedPersonBefore(text: string, seg: Segmentation, after: number, pronounStart: number, gender: Gender | null, antecedent: Entity | null): string | null {
  const own = indexAt(seg.sentences, pronounStart);
  for (let i = own; i >= Math.max(0, own - 1); i--) {
    const s = seg.sentences[i];
    if (!s || s.end <= after) break;
    const from = Math.max(s.start, after + 1);
    const to = Math.min(s.end, pronounStart);
    if (to <= from) continue;
    // "Hart, a father of three, moved …", "Hart told police a man had broken in": a sentence that
    // names the antecedent is about them, and a person it introduces is described or reported by them
    if (antecedent && mentionedWithin(antecedent, s.start, to)) continue;
    const told = narration(text, from, to);
    for (const m of told.matchAll(INTRODUCED)) {
      // "for a man of Mr. Trump's wealth", "as a woman": a kind of person, not someone introduced
      if (GENERIC_BEFORE.test(told.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
      // the head among the article's next four words: only one that marks the pronoun's gender
      // ("a man" for "he"; "a reporter", "a voter" are mostly met, not heard)
      const words = (m[2] ?? '').split(/\s+/u);
      const h = words.findIndex((w) => (gender === 'm' ? MALE_HEADS : FEMALE_HEADS).has(w) && isPersonHead(w, false));
      if (h >= 0) return `${m[1] ?? ''}${words.slice(0, h + 1).join(' ')}`;
    }
  }
  return null;
}
// "a man", "a 19-year-old man", "another young woman": an indefinite article and the four words after it
const INTRODUCED = /\b((?:an?|another)\s+)([\p{Ll}\d][\p{Ll}\d-]*(?:\s+[\p{Ll}\d][\p{Ll}\d-]*){0,3})/gu;
const QUOTED = /“[^”]*”|"[^"\n]*"/gu;
const GENERIC_BEFORE = /\b(?:for|as|like|than|such|what|be|is|was|became|becomes|become)\s+$/u;
// a definite description is no one new after these either: a predicate or an apposition ("Haley
// is the daughter of …", "calls him the son of …", "Ann Lee, the mother of three,")
const PREDICATE_BEFORE = /(?:,|\b(?:were|are|been|being|of|him|her|them))\s*$/iu;

/**
 * `text[from, to)` as the narration tells it: quotations blanked (a person in someone's words is
 * no one the narration brought in), and cut where a quotation still open runs on past it.
 */
function narration(text: string, from: number, to: number): string {
  const blanked = text.slice(from, to).replace(QUOTED, (q) => ' '.repeat(q.length));
  const open = blanked.search(/[“"]/u);
  return open >= 0 ? blanked.slice(0, open) : blanked;
}

/**
 * A person described by a noun that marks the pronoun's gender, named nowhere, standing between the
 * antecedent found and the pronoun in the pronoun's sentence or the one before: "In the clip, the
 * president asks the girl, “Are you in pain?” and she replies" (the girl, not a woman named earlier);
 * "Ms. Ruiz met a woman in the queue. She said …". Both are as likely, so the pronoun stays open.
 * A description in apposition to the antecedent ("Ann Lee, a mother of three,") is the antecedent.
 */
export function genderedDescriptionBetween(text: string, seg: Segmentation, from: number, pronoun: TextRange, g: Gender, replies = false): string | null {
  const sentence = indexAt(seg.sentences, pronoun.start);
  // (one who replies answers the one asked, wherever the asker's words stand in the sentence)
  const start = replies ? Math.min(from, seg.sentences[sentence]?.start ?? from) : Math.max(from, seg.sentences[Math.max(0, sentence - 1)]?.start ?? 0);
  // (words inside a quotation describe no one present: "“… an honest woman?” she said")
  const span = narration(text, start, pronoun.start);
  const own = indexAt(seg.sentences, from);
  for (const m of span.matchAll(describedPerson(g))) {
    const at = m.index ?? 0;
    // ("Kasich offered the man a job. He says …": one the antecedent's own sentence acts on is no
    // rival; "Haley is the daughter of …", "for a man of his wealth": no one new)
    // (unless the pronoun replies: "the president asks the girl, “…?” and she replies")
    const before = span.slice(Math.max(0, at - 12), at);
    if ((!replies && indexAt(seg.sentences, start + at) === own) || GENERIC_BEFORE.test(before) || PREDICATE_BEFORE.test(before)) continue;
    return m[0];
  }
  return null;
}

const describedPersonRe: Partial<Record<Gender, RegExp>> = {};

/** "the girl", "a young woman", "an elderly man": an article, at most two lower-case words, a singular head of gender `g`. */
function describedPerson(g: Gender): RegExp {
  // (singular heads; not a role, "the spokeswoman", mostly said again of one the article named)
  const heads = [...(g === 'f' ? FEMALE_HEADS : MALE_HEADS)].filter((h) => !/(?:men|ers)$/u.test(h) && !/^(?:spokes|chair|congress|business)/u.test(h));
  // (not a compound: "a man-made lake", "the mother tongue", "man hours")
  return (describedPersonRe[g] ??= new RegExp(`\\b(?:the|a|an|one|another)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?(?:${heads.join('|')})(?![\\p{L}-])(?!\\s+(?:tongue|hours?|country|land|nature|company|ship|board|lode|figure|made)\\b)`, 'gu'));
}
