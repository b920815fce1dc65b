import type { TextRange } from '../segment.js';
import { GOVERNMENT_HEADS, ORGANISATION_HEADS, PERSON_NOUNS } from '../source-lexicons.js';
import { ROLE_NOUNS } from '../speech-lexicons.js';
import { isVerbless, verblessWords } from './verbless.js';
import { OBJECT_PRONOUNS, PREPOSITIONS } from './word-classes.js';
import { isMark, type Word } from './words.js';

/**
 * Cues whose noun-phrase object is itself what a reader can check, where the claims stage drops
 * other verbless contents ("dismissed the concerns", "wrote the memo"):
 *
 * - a report of facts or events: "Twitter reported flat user growth in April", "they described
 *   crass behavior by the host", "the senator cited an internal investigation";
 * - a position taken on a measure, as with "supports" or "rejects": "defended the closure of the
 *   clinics", "denounced the eviction of the tenants";
 * - a judgement with its grounds: "attacked the mayor for her support of the levy", "blamed the
 *   outage on a storm", "criticized the firm over its hiring" (the grounds are the claim; the bare
 *   target of "attacked the mayor" is not);
 * - a demand: "called for the repeal of the levy", "urged a full inquiry".
 *
 * `promisedObject` does the same for "promise", whose first object the subject rule reads as a
 * listener ("promised voters …").
 *
 * An object that only points elsewhere says nothing on its own and stays out: a pronoun or a
 * reflexive ("described him", "noted it"), a demonstrative or a word for something said ("noted
 * that point", "repeated his remarks"), a bare name or a person ("cited Smith", "denounced the mayor").
 */
export function objectIsClaim(text: string, base: string, content: TextRange, source: TextRange): boolean {
  // most cues ("said", "told") are none of the verbs below, and their object is no claim whatever
  // the source: asked first, before the source and the content are cut into words and tagged
  if (!takesObjectClaim(base) || !sourceIsPhrase(text, source)) return false;
  const words = verblessWords(text.slice(content.start, content.end));
  const first = (words[0] ?? '').toLowerCase();
  if (words.length < 2 || POINTERS.has(first) || timeOrLink(words)) return false;
  // "noted the rule", "described the plan": a fact reported needs more than a noun for a thing named before
  if (listed(REPORTED_OBJECT, base)) return !bareName(words) && !speechNoun(words) && !party(words) && contentWords(words) >= 2;
  // "defended his record", "defended her decision": one's own thing defended takes no position on a measure
  if (listed(STANCE_OBJECT, base)) return !bareName(words) && !speechNoun(words) && !party(words) && !(words.length === 2 && POSSESSIVES.test(first));
  if (listed(JUDGED_OBJECT, base)) return groundsAfterObject(words, base);
  // "questioned the rival's commitment to peace", "question his basic competence": a doubt cast on a
  // quality or a measure; "questioned the suspect for hours" questions a person
  if (base === 'question') return !bareName(words) && !speechNoun(words) && !personBeforePreposition(words);
  // "called for the repeal of the tax", "urged a strong stand": what is demanded
  return DEMANDING.test(base);
}

/** Whether some object of `base` can be a claim: a verb of the lists below, "question", or a demand. */
function takesObjectClaim(base: string): boolean {
  return listed(REPORTED_OBJECT, base) || listed(STANCE_OBJECT, base) || listed(JUDGED_OBJECT, base) || base === 'question' || DEMANDING.test(base);
}

/** Whether `base` or, for a past form the lexicon lists as a base of its own ("noted"), its stem is in `set`. */
function listed(set: ReadonlySet<string>, base: string): boolean {
  return set.has(base) || set.has(base.replace(/d$/u, '')) || set.has(base.replace(/ed$/u, ''));
}

/** "called for", "calls for", "urged": a demand whose object is what is demanded. */
const DEMANDING = /^(?:call(?:s|ed|ing)?\s+for|urge)$/u;

/**
 * "promised a country of new opportunities", "promised immigration reform if elected": after
 * "promise" the noun phrase read as the addressee (words `object`…`k`) is what was promised when
 * it holds a preposition, or nothing that could be the promise follows it: the sentence ends, a
 * clause or an adjunct opens, or the phrase goes on ("a country [of] …").
 * "promised voters a tax cut" and "promised him …" keep their addressee.
 */
export function promisedObject(text: string, subject: TextRange, words: readonly Word[], object: number, k: number, sentenceEnd: number): boolean {
  const next = words[k];
  if (OBJECT_PRONOUNS.has(words[object]?.lower ?? 'him') || !sourceIsPhrase(text, subject)) return false;
  // "a new bridge over [the river]": a preposition inside the phrase makes it a thing, not a listener
  if (words.slice(object + 1, k).some((w) => PREPOSITIONS.has(w.lower))) return true;
  return !next || next.start >= sentenceEnd || isMark(next.text, ',;:—–(') || /^(?:if|when|once|unless|by|in|on|at|during|within|after|before|as|for|of)$/u.test(next.lower);
}

/**
 * Whether the source as found is a noun phrase up to its first comma or relative pronoun ("The
 * United States", "Ortiz, his chief of staff, …"), not a stretch of clause that the subject rule
 * took for one ("Syria proved resistant to the council['s calls for …]").
 */
function sourceIsPhrase(text: string, source: TextRange): boolean {
  const head = text.slice(source.start, source.end).split(/,|\s(?:who|which|that)\s/u)[0] ?? '';
  return isVerbless(head);
}

/** "reported a few days later", "reports: http://…": a time or a link, not what was reported. */
function timeOrLink(words: readonly string[]): boolean {
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return /^(?:https?|www)$/iu.test(words[0] ?? '') || (words.length <= 5 && /^(?:later|ago|earlier|before|afterward|afterwards)$/u.test(last));
}

/** Verbs whose object is the fact or event reported: "reported a loss", "described the scene". */
const REPORTED_OBJECT: ReadonlySet<string> = new Set(['report', 'describe', 'recount', 'cite', 'note', 'detail', 'outline', 'document', 'highlight', 'disclose', 'tout']);

/** Verbs of a position taken on the object, like "supports" or "rejects": "defended the closure", "denounced the raids". */
const STANCE_OBJECT: ReadonlySet<string> = new Set(['defend', 'denounce', 'condemn']);

/**
 * "denounced the mayor", "described the protesters": an object that is only a word for a person or
 * body, with nothing said of it ("denounced supporters who threaten reporters" says something), is
 * a party, not a position.
 */
function party(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w, i) => i > 0 && (PREPOSITIONS.has(w) || /^(?:who|which|that|and|or)$/u.test(w)))) return false;
  const head = lower[lower.length - 1] ?? '';
  return ROLE_NOUNS.has(head) || PERSON_NOUNS.has(head) || ORGANISATION_HEADS.has(head) || GOVERNMENT_HEADS.has(head);
}

const POSSESSIVES = /^(?:his|her|their|its|our|my|your)$/u;

/**
 * "questioned the suspect for hours", "questioned Ortiz about the fire", "questioned him": the
 * phrase after "questioned", up to its first preposition, is a person or body put questions to,
 * not a doubt cast on something.
 */
export function questionedPerson(words: readonly string[]): boolean {
  return POINTERS.has((words[0] ?? '').toLowerCase()) || personBeforePreposition(words);
}

/** "the suspect for hours", "Ortiz about the fire": the phrase before its first preposition is a person or body. */
function personBeforePreposition(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  const cut = lower.findIndex((w, i) => i > 0 && (PREPOSITIONS.has(w) || /^(?:who|which|that|and|or|,)$/u.test(w)));
  const phrase = words.slice(0, cut < 0 ? words.length : cut);
  // ("the suspect" is a person the person lexicon leaves out: it is mostly an adjective or a verb)
  return party(phrase) || bareName(phrase) || /^suspects?$/iu.test(phrase[phrase.length - 1] ?? '');
}

/** Words other than determiners and possessives: "the relatively sparse attendance" has three. */
function contentWords(words: readonly string[]): number {
  return words.filter((w) => !/^(?:the|a|an|his|her|their|its|our|my|your)$/iu.test(w)).length;
}

/** Verbs of praise and blame: a claim only with the grounds ("for …", "over …", "on …" after blame). */
const JUDGED_OBJECT: ReadonlySet<string> = new Set(['attack', 'criticize', 'blast', 'slam', 'blame', 'fault', 'praise', 'applaud', 'chide', 'scold', 'rebuke', 'commend', 'credit', 'thank']);

/** First words of an object that only points at something said or shown elsewhere. */
const POINTERS: ReadonlySet<string> = new Set([
  'him', 'her', 'them', 'it', 'us', 'me', 'you', 'himself', 'herself', 'themselves', 'itself', 'ourselves', 'myself', 'yourself',
  'this', 'that', 'these', 'those', 'such', 'what', 'which', 'whom', 'who', 'one', 'some', 'none', 'nothing', 'something', 'anything', 'everything', 'much', 'more', 'little', 'both', 'either', 'neither', 'all',
]);

/** "cited Smith", "noted Iowa": capitalised words only, the name of a person or place, not a fact. */
function bareName(words: readonly string[]): boolean {
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|the|de|van|von|al)$/u.test(w));
}

/** Nouns for something said: "repeated his remarks", "noted the comments". */
const SPEECH_NOUNS = /^(?:remarks?|comments?|statements?|words?|point|points|position|views?|question|questions|answer|answers|claims?|concerns?|criticism|argument|arguments|message|line|lines|feelings?|sentiments?|thoughts?|themes?|notion|idea|report|story|account|allegations?|charges?)$/u;

/** "his remarks", "the same comments": a determiner or possessive and a speech noun, nothing more. */
function speechNoun(words: readonly string[]): boolean {
  const rest = words.map((w) => w.toLowerCase()).filter((w) => !/^(?:the|a|an|his|her|their|its|our|my|your|same|earlier|latest|recent|own)$/u.test(w));
  return rest.length === 1 && SPEECH_NOUNS.test(rest[0] as string);
}

/**
 * "the mayor for her vote", "the outage on a storm", "the firm over its hiring": a short object,
 * then the preposition that gives the grounds, then words of their own.
 */
function groundsAfterObject(words: readonly string[], base: string): boolean {
  const lower = words.map((w) => w.toLowerCase());
  for (let i = 1; i < Math.min(lower.length - 1, 9); i++) {
    const w = lower[i] as string;
    if (w === 'for' || w === 'over' || (w === 'on' && base === 'blame') || (w === 'as' && base !== 'blame')) return true;
  }
  return false;
}
