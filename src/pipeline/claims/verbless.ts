import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { codePointLetterOrDigitLength } from '../tokens.js';
import { sortedTableValue } from '../sorted-table.js';

/**
 * Word classes from the lexicon that ships with natural's Brill tagger (word -> its Penn tags, the
 * likeliest first), read on first use: only a content with no cheaper sign of a verb needs it.
 */
let lexicon: ((word: string) => readonly string[] | undefined) | null = null;
function posLexicon(): (word: string) => readonly string[] | undefined {
  return (lexicon ??= sortedLexicon() ?? jsonLexicon());
}

/** The JSON as natural ships it: 4 MB parsed into 92,000 arrays (about 200 ms), for runs from src/. */
function jsonLexicon(): (word: string) => readonly string[] | undefined {
  const table = createRequire(import.meta.url)('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, unknown>;
  return (word) => {
    const tags = Object.hasOwn(table, word) ? table[word] : undefined;
    return Array.isArray(tags) ? (tags as readonly string[]) : undefined;
  };
}

/**
 * The same lexicon as `npm run build` writes it (`scripts/pos-lexicon.mjs`): "word<TAB>tags" lines
 * sorted by their UTF-8 bytes, searched as read (`sortedTableValue`: no 1.3 MB string is decoded),
 * each answer remembered. Null when the file is missing.
 */
function sortedLexicon(): ((word: string) => readonly string[] | undefined) | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(new URL('../../pos-lexicon.tsv', import.meta.url));
  } catch {
    return null;
  }
  // a word the lexicon lacks is remembered as NOT_LISTED, so that one look-up answers every word asked before
  const known = new Map<string, readonly string[]>();
  return (word) => {
    const remembered = known.get(word);
    if (remembered !== undefined) return remembered === NOT_LISTED ? undefined : remembered;
    const written = sortedTableValue(bytes, word);
    const tags: readonly string[] | undefined = written === undefined ? undefined : written === '' ? [] : written.split(' ');
    // words asked for are bounded by what articles hold; a pathological input cannot grow this without end
    if (known.size >= MAX_REMEMBERED_WORDS) known.clear();
    known.set(word, tags ?? NOT_LISTED);
    return tags;
  };
}
const NOT_LISTED: readonly string[] = [];
const MAX_REMEMBERED_WORDS = 200_000;

export function tagsOf(word: string): readonly string[] | undefined {
  const find = posLexicon();
  return find(word) ?? (INHERITED_NAMES.has(word) ? undefined : (find(word.toLowerCase()) ?? unknownWordTags(word)));
}

/**
 * The tags of a lower-case word the lexicon lacks, guessed from its ending as a tagger guesses an
 * unknown word: "emailed", "texted", "livestreamed" are past forms of verbs newer than the lexicon.
 * Only lower case: a capitalised unknown word ending so is more likely a name ("Alfred", "Jared").
 */
function unknownWordTags(word: string): readonly string[] | undefined {
  // ("undocumented", "unvaccinated": a negated participle is an adjective)
  return PAST_FORM.test(word) && !word.startsWith('un') ? PAST_TAGS : undefined;
}
const PAST_FORM = /^[a-z][a-z-]{2,}ed$/u;
const PAST_TAGS: readonly string[] = ['VBD', 'VBN'];

// A plain object's inherited names: looked up in the parsed JSON they answered a function, so
// "toString" never fell through to "tostring"; kept so for the same answers
const INHERITED_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** `tagsOf` for a word in lower case already: one lookup where `tagsOf` makes two for a word the lexicon lacks. */
export function tagsOfLower(lower: string): readonly string[] | undefined {
  return posLexicon()(lower) ?? unknownWordTags(lower);
}

/** Whether the lexicon reads a lower-case word first as a noun ("family", "distance"; not "hysterically"). */
export function readsFirstAsNoun(lower: string): boolean {
  const tag = tagsOfLower(lower)?.[0];
  return tag === 'NN' || tag === 'NNS';
}

/**
 * A word the lexicon reads as a past-tense verb ("rattled", "spread") or first as a present-tense
 * one ("proves", not "plans"); not a function word ("the" is listed as VBD too).
 */
export function mayBeFiniteVerb(lower: string): boolean {
  const tags = tagsOf(lower);
  return tags !== undefined && /^(?:VB|NN)/u.test(tags[0] ?? '') && (tags[0] === 'VBZ' || tags.includes('VBD'));
}

/**
 * Whether the lexicon reads a lower-case word as a verb at all ("backed", "know", "love",
 * "represents"): first, or after a noun or adjective reading; never a word of a closed class ("the",
 * "that": the lexicon lists rare verb tags even for them).
 */
export function mayBeVerb(lower: string): boolean {
  const tags = tagsOfLower(lower);
  const first = tags?.[0] ?? '';
  return tags !== undefined && (first.startsWith('VB') || (OPEN_CLASS_TAGS.has(first) && tags.some((t) => t.startsWith('VB'))));
}
const OPEN_CLASS_TAGS: ReadonlySet<string> = new Set(['NN', 'NNS', 'JJ']);

// a finite or modal verb form that is nearly never a noun: a clause for sure
const SURE_VERBS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'do', 'does', 'did', "isn't", "wasn't", "aren't", "weren't", "won't", "wouldn't", "can't", "couldn't", "don't", "doesn't", "didn't", "hasn't", "haven't", "hadn't"]);

// after these a word that may be a verb is read as a noun ("the concerns", "his record", "that account")
// (the tag sets below are read for every word of every content checked: a look-up, not a pattern)
const NOMINAL_BEFORE: ReadonlySet<string> = new Set(['DT', 'PRP$', 'JJ', 'JJR', 'JJS', 'IN', 'CD', 'POS', 'PDT', 'WP$']);
// a verb form: base, past, present (either person), participle
const VERB_TAGS: ReadonlySet<string> = new Set(['VB', 'VBD', 'VBP', 'VBZ', 'VBN']);
// a reading a verb may hide behind after a subject ("taxes rise", "449 insiders back Clinton")
const NOUN_OR_MODIFIER_TAGS: ReadonlySet<string> = new Set(['NN', 'NNS', 'RB', 'JJ']);
// a noun after which an adjective cannot stand, but an adverb can ("people worldwide")
const POSTNOMINAL_SLOT: ReadonlySet<string> = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
// a subject that agrees with a verb in -s, the base form or the past
const PLURAL_SUBJECT_TAGS: ReadonlySet<string> = new Set(['NNS', 'NNP', 'NNPS', 'PRP']);

/**
 * The words of `content` as `content.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*\/gu)` finds them, by hand:
 * run on the content of every claim, where the pattern's matching was a third of the check.
 */
export function verblessWords(content: string): string[] {
  const out: string[] = [];
  const n = content.length;
  let i = 0;
  while (i < n) {
    const len = codePointLetterOrDigitLength(content, i);
    // a code unit that starts no letter or digit (the low half of an astral symbol starts none either)
    if (len === 0) {
      i++;
      continue;
    }
    const from = i;
    i += len;
    while (i < n) {
      const c = content.charCodeAt(i);
      if (c === 0x2019 || c === 39 || c === 45) i++;
      else {
        const next = codePointLetterOrDigitLength(content, i);
        if (next === 0) break;
        i += next;
      }
    }
    out.push(content.slice(from, i));
  }
  return out;
}

/**
 * Is `content` a noun phrase with no verb at all ("the concerns", "his record", "an independent
 * inquiry", "2 million chargers after fires", "the plan last spring")? Such a span is what a cue
 * verb took as its object ("dismissed the concerns", "recalled 2 million chargers", "proposed the
 * plan"): nothing a reader could check on its own, so it is no claim. A clause ("taxes rise", "to
 * table amendments", "that the city had no choice", "he would schedule a vote") is kept, and so is
 * anything in doubt: only a span in which no word can be a verb in its place is verbless.
 */
export function isVerbless(content: string): boolean {
  const words = verblessWords(content);
  if (words.length === 0) return false;
  // "that the nuclear deal intensifies a threat": "that" before a determiner or a subject pronoun is a
  // complementizer, and opens a clause whatever the lexicon knows of its verb ("that claim" is a noun phrase)
  if (/^that$/iu.test(words[0] ?? '') && /^(?:the|a|an|his|her|their|its|our|this|these|those|he|she|they|we|i|it|you|there)$/iu.test(words[1] ?? '') && words.length >= 4) return false;
  // "Clinton Hid Past Health Problems": in a headline in Title Case every word is capitalised, and
  // the lexicon's capitalised entries are names ("Hid" NNP); a word that is first a verb in lower
  // case is read so ("Budget" stays a noun)
  const titleCase = words.length >= 3 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:a|an|the|of|to|in|on|at|for|and|or|by|from|with)$/u.test(w));
  let previous = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const folded = word.toLowerCase();
    const lower = folded.includes('’') ? folded.replace(/’/gu, "'") : folded;
    if (SURE_VERBS.has(lower)) return false;
    // "he's at least somewhat decisive", "they'll", "we'd": a contracted verb (the pattern needs an apostrophe)
    if (lower.includes("'") && /^\p{L}+'(?:s|re|ve|ll|d|m)$|n't$/u.test(lower) && !tagsOf(word)?.includes('POS')) return false;
    // "to table hundreds of amendments": an infinitive
    if (lower === 'to' && i + 1 < words.length && /^\p{Ll}/u.test(words[i + 1] as string)) return false;
    const tags = titleCase && i > 0 && /^(?:VBD|VBZ|VBN|MD)$/u.test(tagsOf(lower)?.[0] ?? '') ? tagsOf(lower) : tagsOf(word);
    const first = tags?.[0] ?? guessTag(word, i);
    const nominalSlot = NOMINAL_BEFORE.has(previous);
    // "of stealing last year's elections", "against cutting a deal": a gerund heads a clause
    if (first === 'VBG' || first === 'MD') return false;
    // "the break", "a failed deal": after a determiner or adjective a verb form is read as a noun or adjective
    if (VERB_TAGS.has(first) && !nominalSlot) return false;
    // "taxes rise", "the company cuts jobs", "449 insiders back Clinton": a word that can be a verb
    // after a plural noun, a name or a pronoun; after a singular noun only a form that agrees with it
    if (i > 0 && NOUN_OR_MODIFIER_TAGS.has(first) && tags) {
      if (PLURAL_SUBJECT_TAGS.has(previous) && tags.some((t) => t === 'VBZ' || t === 'VBP' || t === 'VBD')) return false;
      if (previous === 'NN' && tags.some((t) => t === 'VBZ' || t === 'VBD')) return false;
    }
    // "still trails in the suburbs": an adverb does not stand between a subject and its verb; after
    // a determiner the word is a noun ("his well ran dry")
    // ("57 million people worldwide live with dementia": after a noun, a word that may be an adjective
    // or an adverb is the adverb, no adjective of a noun to come)
    const adverb = first === 'RB' || (first === 'JJ' && POSTNOMINAL_SLOT.has(previous) && (tags?.includes('RB') ?? false));
    if (!adverb || previous === '') previous = first;
    else if (nominalSlot) previous = 'NN';
  }
  return true;
}

/** A word the lexicon lacks: a name when capitalised past the first word, else read by its ending. */
function guessTag(word: string, i: number): string {
  if (i > 0 && /^\p{Lu}/u.test(word)) return 'NNP';
  if (word.endsWith('ed')) return 'VBD';
  if (word.endsWith('ing')) return 'VBG';
  if (/-/u.test(word)) return 'JJ';
  return word.endsWith('s') ? 'NNS' : 'NN';
}
