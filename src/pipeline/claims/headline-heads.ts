import type { TextRange } from '../segment.js';
import { DOCUMENT_NOUNS, PERSON_NOUNS } from '../source-lexicons.js';
import { ROLE_NOUNS } from '../speech-lexicons.js';
import { tagsOf } from './verbless.js';
import { isMark, type Word } from './words.js';

/**
 * Heads of a headline's colon that name their source with more than a run of capitalised words
 * (`headline.ts` reads "Gingrich:", "Clinton camp:"):
 *
 *   "City Paper editorial: …", "Council reaction: …"   a name and one noun of what it issued
 *   "Mayor Cho to farmers: …"                          the source, then whom it addresses
 *   "Senator Ruiz on the port deal: …"                 the source, then what it speaks of
 *
 * Returns the source (the capitalised words before the noun, `to` or `on`, or the head with its
 * noun), or null for any other head. `colon` is the colon's word index; the caller has checked
 * that the line is a headline and that the head is no header field.
 *
 * Does not handle a head with a verb ("Warren Hammers Bank Chief: …"), nor one opened by a noun
 * ("A lesson from Ruiz: …": "Letter from Gaza" names a place, not a source).
 */
export function headlineHeadSource(words: readonly Word[], colon: number): TextRange | null {
  // the capitalised run that opens the head: "Senator Ruiz", "The Courier’s"
  let n = 0;
  while (n < colon && n < 4 && /^\p{Lu}/u.test(words[n]?.text ?? '')) n++;
  if (n === 0) return null;
  const first = words[0] as Word;
  const next = words[n];
  if (!next) return null;
  // "City Paper editorial:", "Council reaction:": one lower-case noun ends the head
  if (n === colon - 1 && ISSUED.test(next.lower) && next.text === next.lower) {
    if (DOCUMENT_NOUNS.has(next.lower) || PERSON_NOUNS.has(next.lower) || ROLE_NOUNS.has(next.lower) || RESPONSE_NOUNS.has(next.lower)) return { start: first.start, end: next.end };
    return null;
  }
  // "Mayor Cho to farmers:", "Senator Ruiz on the port deal:": the rest of the head is an addressee
  // or a topic, up to eight words; "Cho to Speak at Rally:" announces an act, and names no source
  if (next.text !== next.lower || !/^(?:to|on)$/u.test(next.lower) || colon - n - 1 < 1 || colon - n - 1 > 8) return null;
  const after = words[n + 1] as Word;
  if (next.lower === 'to' && (tagsOf(after.lower) ?? []).includes('VB')) return null;
  if (words.slice(n + 1, colon).some((w) => isMark(w.text, ',;()—–'))) return null;
  return { start: first.start, end: (words[n - 1] as Word).end };
}

/** A lower-case word, with no digits: a head noun, not "2016" or "vs." */
const ISSUED = /^\p{Ll}+$/u;

/** Nouns of an answer or a verdict, which a head names as its source's words: "Council reaction:". */
const RESPONSE_NOUNS: ReadonlySet<string> = new Set(['reaction', 'response', 'verdict', 'message', 'warning', 'advice', 'take', 'view', 'rebuttal', 'reply']);
