import type { Speaker } from '../schema/attribution.js';
import { nameGivenBefore } from './coref-descriptions.js';
import type { ClaimCandidate } from './claims/index.js';
import { appositionRenamesBody } from './body-apposition.js';
import { entityAt, mentionsBefore, type Entity } from './entities.js';
import type { NameMention } from './name-mentions.js';
import type { TextRange } from './segment.js';
import { findOutletName } from './source-lexicons.js';
import { GIVEN_NAMES, REPORTING_VERB_FORMS, ROLE_NOUNS } from './speech-lexicons.js';
import type { ArticleAnalysis } from './speakers.js';
import { speakerHead } from './phrase-kind.js';

/*
 * A claim's subject phrase that holds a person's name beside a description of them: the name is
 * the speaker, the description says who they are.
 */

/**
 * `UN envoy Marta Olsen told reporters …`, `Harbour Board spokesman Tom Reed said …`: a role noun
 * right before a person's name, at the end of the phrase, describes the person, who is the
 * speaker; the body in front of the role ("UN") does not make the phrase a body's. A preposition
 * before the name ("the wife of President Obama", "Lawyers for Reyes") makes it someone else.
 */
export function titledPerson(analysis: ArticleAnalysis, mention: TextRange, written: string): Speaker | null {
  const entity = entityAt(analysis.entities, mention.end - 1);
  if (entity?.type !== 'person') return null;
  const name = nameEndingPhrase(entity, mention);
  if (!name) return null;
  const before = analysis.text.slice(mention.start, name.start);
  // "Senate Majority Leader Mitch Garland": the titles are part of the name's own mention
  if (before.trim() === '' && name.titles.length > 0) return { name: entity.name, mention: written, ...mention, type: 'person' };
  if (/\b(?:of|for|to|at|from|with|and|or|by|about|against)\b|[,;:]/iu.test(before)) return null;
  const role = /([\p{L}-]+)\s+$/u.exec(before)?.[1]?.toLowerCase();
  if (!role || !ROLE_NOUNS.has(role)) return null;
  return { name: entity.name, mention: written, ...mention, type: 'person' };
}

/**
 * The entity's first mention (outside quotations) that ends the phrase and starts inside it. Its
 * mentions are sorted by start, so only those starting within the phrase are read: a name written
 * thousands of times is not gone over for every claim that names it.
 */
function nameEndingPhrase(entity: Entity, phrase: TextRange): NameMention | undefined {
  const { mentions } = entity;
  for (let i = mentionsBefore(entity, phrase.start); i < mentions.length; i++) {
    const m = mentions[i] as NameMention;
    if (m.start >= phrase.end) break;
    if (m.end === phrase.end && !m.inQuote) return m;
  }
  return undefined;
}

/**
 * `Her chief of staff, Raj Patel, said …`, `The agency's director, Kim Sato, said …`, `Her husband, Jorge,
 * said …`: a role set
 * before a name in apposition. The name is the speaker; the role describes it.
 */
export function appositiveName(text: string, c: ClaimCandidate): TextRange | null {
  const r = c.source;
  if (r && c.cue.end <= r.start) return invertedAppositiveName(text, r);
  if (!r || c.cue.start <= r.end) return null;
  const between = text.slice(r.end, c.cue.start);
  // ("Another resident, who gave only his first name, Tomas, said", "One of them, 19-year-old Ravi
  // Olatunde, said": the name the description goes on to give)
  const given = nameGivenBefore(between);
  const named = given ? /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+),\s*(?:(?:has|had|also|later|then|\p{Ll}+ly)\s+)*$/u.exec(between.slice(given[0].length)) : null;
  if (given && named?.[1] && /^(?:the|a|an|his|her|their|its|our|one|another)\b/iu.test(text.slice(r.start, r.end))) {
    const start = r.end + given[0].length;
    return { start, end: start + named[1].length };
  }
  // ("Her husband, Jorge, said": a given name alone names him too)
  // ("The transport minister, Sarah Cole, has defended": auxiliaries and adverbs before the cue)
  // ("The bill's author, state Sen. Victor Nguyen, wrote": lower-case words of a title first)
  // ("Its organiser, retired teacher Margaret Lyle, said": a lower-case description before the name)
  // ("Its lead author, Priya Raman of the University of Tulsa, told": where the person works follows the name)
  // ("His counterpart, City boss Steve Lindqvist, said": a capitalised club or place before the role)
  const m = /^,\s*(?:(?:state|former|then|acting|interim|retired|federal|county|city|district|deputy)\s+)*((?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?=(?:[\p{Ll}-]+\s+){1,2}\p{Lu})(?:(?!(?:of|at|from|for|in|the|a|an|and|to|by|with)\s)[\p{Ll}-]+\s+){1,2}|(?:[\p{Ll}-]+\s+){0,2})((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)(?:\s+(?:of|at|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}\p{Lu}[\p{L}.'’-]*)?,\s*(?:(?:has|have|had|is|was|were|will|would|also|later|then|again|\p{Ll}+ly)\s+)*$/u.exec(between);
  // (the lower-case words are a role, "retired teacher", not "led by")
  const described = m?.[1]?.trim().split(/\s+/u).pop();
  if (described && !ROLE_NOUNS.has(described)) return null;
  const before = text.slice(r.start, r.end);
  if (!m?.[2] || /^\s*\p{Lu}/u.test(before) === false && !/\p{Ll}/u.test(before)) return null;
  // the phrase before must be a description ("Her chief of staff"), not a name of its own
  // ("One of them, Grace Odum, said", "Another farmer, Ben Ruiz, said": one picked from a group)
  if (!/^(?:the|a|an|his|her|their|its|our|one|another)\b/iu.test(before) && !/[’']s\b/u.test(before)) return null;
  if (appositionRenamesBody(before, m[2])) return null;
  const start = r.end + between.indexOf(m[2]);
  return { start, end: start + m[2].length };
}

/**
 * "…, said the spokeswoman, Lorraine Beaudry.", "…, said its chief executive, Tom Vail, who …": after
 * an inverted cue, a role and then a name set off by a comma; the name is the speaker.
 */
function invertedAppositiveName(text: string, r: TextRange): TextRange | null {
  const before = text.slice(r.start, r.end);
  const role = before.trim().split(/\s+/u).pop()?.toLowerCase() ?? '';
  if (!/^(?:the|a|an|his|her|their|its|our)\s/iu.test(before) || !ROLE_NOUNS.has(role)) return null;
  const after = text.slice(r.end, r.end + 80);
  const m = /^,\s*((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)(?=\s*(?:[.,;!?]|$))/u.exec(after);
  if (!m?.[1] || appositionRenamesBody(before, m[1])) return null;
  const start = r.end + after.indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/**
 * `“We will win,” the aide said, adding that …`, `“…,” said Jo Park, the party chair, citing …`: a
 * participle's subject read as the quotation before it is the speaker of that quotation, named
 * before or after its reporting verb; the phrase up to the first comma (an apposition after it is
 * read by `appositiveName`). Null when the source is no quotation or no such clause follows it.
 */
export function speakerAfterQuotation(text: string, source: TextRange, cueStart: number): TextRange | null {
  const written = text.slice(source.start, source.end);
  if (!/^["“'‘]/u.test(written) || !/[,.!?]?["”'’]$/u.test(written) || cueStart <= source.end) return null;
  const between = text.slice(source.end, cueStart);
  const comma = between.indexOf(',');
  if (comma < 0 || /["“”]/u.test(between)) return null;
  // the clause before the first comma: "the aide said", "he asserted to reporters", "said Jo Park"
  const clause = between.slice(0, comma);
  const words = [...clause.matchAll(/[\p{L}’'.-]+/gu)];
  const v = words.findIndex((w) => isQuoteVerb(w[0]));
  if (v < 0 || v > 6) return null;
  const from = v > 0 ? (words[0] as RegExpMatchArray) : words[v + 1];
  const to = v > 0 ? (words[v - 1] as RegExpMatchArray) : words[words.length - 1];
  if (!from || !to || from.index === undefined || to.index === undefined) return null;
  // after the verb, the speaker is all that stands before the comma ("said Jo Park,", not "said on Friday,")
  if (v === 0 && !/^\p{Lu}|^(?:the|a|an|his|her|their|its)$/u.test(from[0])) return null;
  return { start: source.end + from.index, end: source.end + to.index + to[0].length };
}

function isQuoteVerb(word: string): boolean {
  return REPORTING_VERB_FORMS.has(word) && /(?:ed|id|ote|old)$|^says$/u.test(word);
}

/**
 * `Fox News' Ed Henry reports …`, `CNN's Dana Bash asked …`: an outlet's possessive before a
 * person's full name is who relays the words, and the person is the speaker. The claim with its
 * source narrowed to the name and the outlet as its relay, or null when the source is no such phrase.
 */
export function outletPossessorSplit(text: string, c: ClaimCandidate): ClaimCandidate | null {
  if (!c.source || c.relayedBy) return null;
  const written = text.slice(c.source.start, c.source.end);
  const m = OUTLET_POSSESSOR.exec(written);
  if (!m || !GIVEN_NAMES.has(m[2] as string)) return null;
  const outlet = m[1] as string;
  if (findOutletName(outlet)?.canonical === undefined) return null;
  const nameStart = c.source.start + m[0].length - (m[2] as string).length - (m[3] as string).length;
  return { ...c, source: { start: nameStart, end: c.source.end }, relayedBy: { start: c.source.start, end: c.source.start + outlet.length } };
}
// the outlet, its possessive, then a given name and at least one more capitalised word
const OUTLET_POSSESSOR = /^(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})(?:[’']s|s?[’'])\s+(\p{Lu}\p{Ll}+)((?:\s+\p{Lu}[\p{L}.'’-]+){1,2})$/u;

/**
 * `The 27-year-old was the subject of a report by ESPN that said …`: a relative clause of saying
 * after "NOUN of a report" hangs on the report when the first noun names no speaker ("subject",
 * "focus", "centre") and the second does: the report is the speaker. Returns its range, or null.
 */
export function speakingOfObject(text: string, r: TextRange, cueStart: number): TextRange | null {
  // (only a relative's host: "three-quarters of the voters said" is the voters' share speaking)
  // ("… by the Courier on Friday that said": a time cut from the source may stand before the relative)
  if (!/^\s+(?:(?:on|in|at|during|last|this|earlier|late)\s+(?:[\p{L}\d]+\s+){0,3}?)?(?:that|which)\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(r.end, cueStart))) return null;
  const m = OF_OBJECT.exec(text.slice(r.start, r.end));
  if (!m?.[1] || !m[2] || !m[3] || speakerHead(m[1]) || !speakerHead(m[3]) || QUANTITY_WORDS.has(m[1])) return null;
  const start = r.start + (m.index ?? 0) + m[0].length - m[2].length;
  return { start, end: r.end };
}
const QUANTITY_WORDS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'several', 'few', 'all', 'each', 'none', 'one', 'two', 'three', 'half', 'part', 'majority', 'minority', 'number', 'dozens', 'hundreds', 'thousands', 'millions', 'any', 'both', 'either', 'neither']);
// "(the) subject of a report by ESPN on Sunday night": a noun, "of", and a determiner's phrase,
// whose head comes before any preposition of its own
const OF_OBJECT = /^(?:(?:the|a|an)\s+)?(\p{Ll}[\p{Ll}-]*)\s+of\s+((?:the|a|an|one|another)\s+(?:[\p{Ll}\d-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*)(?:\s+(?:by|from|in|on|at|for|published|released)\s[^,;:]*)?)$/u;

