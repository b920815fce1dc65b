import { DOCUMENT_NOUNS } from '../source-lexicons.js';
import type { TextRange } from '../segment.js';

/** Verbs by which a document reports what it found: "the poll shows", "records indicate", "a study found". */
export const EVIDENCE_BASES: ReadonlySet<string> = new Set(['show', 'find', 'indicate', 'reveal', 'suggest', 'confirm', 'demonstrate']);

/**
 * Whether a subject names a document or other record ("A Monmouth poll out Monday", "An email
 * unearthed by WikiLeaks", "The survey, conducted by …", "A University of New Hampshire poll"):
 * its first document noun (`document-nouns.txt`) ends the noun phrase (the phrase ends there, or a
 * preposition, comma, relative or participle follows) and does not sit inside a prepositional
 * phrase ("The author of the study" is no document; "of New Hampshire" is part of a name): the
 * offset where that noun ends, or -1.
 */
export function documentHeadEnd(text: string, r: TextRange | null): number {
  if (!r) return -1;
  const phrase = text.slice(r.start, r.end);
  const tokens = [...phrase.matchAll(/\p{L}[\p{L}'’-]*|\d+|,/gu)];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]?.[0] as string;
    const next = tokens[i + 1]?.[0];
    // "The author of the study", "a spokesman for a polling firm": a document inside a modifier
    if (POSTMODIFIER.test(t) && next !== undefined && /^(?:the|a|an|its|their|his|her|this|that)$/u.test(next)) return -1;
    if (t === ',') return -1;
    if (!DOCUMENT_NOUNS.has(t.toLowerCase())) continue;
    // "A recent post getting a lot of clicks shows …": a participle after the noun ends it too
    const ends = next === undefined || next === ',' || POSTMODIFIER.test(next) || /^[a-z]+(?:ed|ing)$/u.test(next);
    // "entrance poll results": a document noun inside a compound is no head
    if (ends) return r.start + (tokens[i]?.index ?? 0) + t.length;
  }
  return -1;
}

/** Words that open a modifier after a noun: "poll [out Monday]", "study [by Yale]", "emails [that] …". */
const POSTMODIFIER = /^(?:by|of|from|in|on|at|for|with|out|over|among|about|into|that|which|released|published|obtained|seen|conducted|taken)$/u;
