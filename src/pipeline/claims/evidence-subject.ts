import { DOCUMENT_NOUNS } from '../source-lexicons.js';
import type { TextRange } from '../segment.js';
import { cutAtTrailer } from './boundaries.js';
import { trimRange } from './trim.js';
import { QUOTATION_SHARE, quoteShare, type ClaimCandidate, type SentenceContext } from './context.js';
import { CUE_FORMS } from './lexicon.js';
import { AUX_WORDS, DETERMINER, PREPOSITIONS } from './word-classes.js';
import { isBlankedWord, isMark, type Word } from './words.js';

/** Finite forms of the verbs by which a record reports what it found: "the survey showed", "records indicate". */
const EVIDENCE_FORMS = /^(?:show|shows|showed|indicate|indicates|indicated|reveal|reveals|revealed|suggest|suggests|suggested|confirm|confirms|confirmed|found|finds)$/u;

/** Words that open a modifier after the head noun: "surveys [of voters]", "a poll [conducted by …]", "a tally [that …]". */
const POSTMODIFIER = /^(?:of|by|from|in|on|at|for|with|among|across|that|which|taken|conducted|released|published|commissioned|compiled|obtained|gathered|posted|aired|shot|reviewed|,)$/u;

/** The longest modifier between the head noun and the verb, in words. */
const MAX_MODIFIER_WORDS = 30;

/**
 * `A record with a long modifier showed CONTENT`: a subject headed by a document noun (a poll,
 * survey, analysis, records; `document-nouns.txt`), then a modifier the subject rule does not walk back over — a prepositional phrase, a participle, a
 * relative clause ("Surveys of voters taken as they left the polls showed that …", "The tracker,
 * which averages public polls, shows the mayor with a lead", "An analysis of groups that have
 * raised $1 million since Jan. 1, 2015, shows …") — and a finite verb of finding with its content
 * after it. The source is the whole noun phrase; the content runs from the word after the verb to
 * where the narration takes over again.
 *
 * Does not handle a picture ("Photos of the square show crowds …": what a picture shows is no
 * claim, as for the subject-verb rule), a subject that does not open the sentence (or follow an opening phrase and its
 * comma), a passive ("was shown"), a verb of saying or an auxiliary in the modifier outside a
 * relative clause ("The poll of voters was released and showed …": its own clause), nor a comma
 * that is neither a date's nor one around a relative clause.
 */
export function evidenceSubjectClaim(ctx: SentenceContext, v: number): ClaimCandidate | null {
  const { text, words, sentenceEnd } = ctx;
  const verb = words[v];
  const first = words[v + 1];
  if (!verb || !first || first.start >= sentenceEnd || !EVIDENCE_FORMS.test(verb.text)) return null;
  // content opens with a clause or a noun phrase: not "showed to viewers", "found at the scene", "shows, …"
  if (!/^[\p{L}\d$]/u.test(first.text) || isBlankedWord(first.text) || (PREPOSITIONS.has(first.lower) && first.lower !== 'that') || first.lower === 'as') return null;
  const subject = recordSubject(words, v);
  if (!subject) return null;
  const range = trimRange(text, { start: first.start, end: cutAtTrailer(ctx, v + 1) });
  if (range.end - range.start < 2 || quoteShare(ctx, range) >= QUOTATION_SHARE) return null;
  return { start: range.start, end: range.end, cue: { start: verb.start, end: verb.end }, source: subject, relayedBy: null, rule: 'svc' };
}

/**
 * The record noun phrase that is the subject of the verb at `v`, with its modifier: it opens the
 * sentence (after "But"/"And", or after an opening phrase of up to eight words and its comma), its
 * head is a document noun within its first six words, and the modifier between head and
 * verb passes `plainModifier`; else null.
 */
function recordSubject(words: readonly Word[], v: number): TextRange | null {
  let c = 0;
  if (/^(?:but|and|yet|so)$/u.test(words[0]?.lower ?? '')) c = 1;
  // "As of Thursday, a search of the archive shows …": an opening phrase and its comma
  if (PREPOSITIONS.has(words[c]?.lower ?? '') || words[c]?.lower === 'as') {
    let comma = -1;
    for (let j = c + 1; j < Math.min(v, c + 9); j++) {
      if (words[j]?.text === ',') {
        comma = j;
        break;
      }
    }
    if (comma < 0) return null;
    c = comma + 1;
  }
  let head = -1;
  for (let j = c; j < Math.min(v, c + 6); j++) {
    const w = words[j] as Word;
    // ("Surveys of voters …": the sentence's first word is capitalised; "Gallup Poll" inside is a name)
    if ((w.text === w.lower || j === c) && DOCUMENT_NOUNS.has(w.lower) && POSTMODIFIER.test(words[j + 1]?.lower ?? '')) {
      head = j;
      break;
    }
    // the head comes after determiners, names, numbers and adjectives: no verb, pronoun or punctuation
    if (isMark(w.text, ',;:()—–') || isBlankedWord(w.text) || AUX_WORDS.has(w.lower) || CUE_FORMS.has(w.lower) || (j > c && DETERMINER.test(w.lower))) return null;
  }
  // a document noun right before the verb, or with a short modifier, is the subject-verb rule's
  if (head < 0 || v - head - 1 > MAX_MODIFIER_WORDS || v - head < 3 || !plainModifier(words, head + 1, v)) return null;
  const last = words[v - 1]?.text === ',' ? v - 2 : v - 1;
  return { start: (words[c] as Word).start, end: (words[last] as Word).end };
}

/**
 * Whether words `from`…`to` (exclusive) are one modifier of the head noun, with no clause of the
 * sentence's own: no verb of saying or finding, no semicolon, colon, dash or quotation, an
 * auxiliary only inside a relative clause ("that have raised …"), and a comma only in a date
 * ("Jan. 1, 2015,") or around a relative clause (", which averages public polls,").
 */
function plainModifier(words: readonly Word[], from: number, to: number): boolean {
  let relative = false;
  for (let j = from; j < to; j++) {
    const w = words[j] as Word;
    if (/^(?:that|which|who)$/u.test(w.lower)) relative = true;
    if (isMark(w.text, ';:()—–') || isBlankedWord(w.text) || CUE_FORMS.has(w.lower)) return false;
    // ("in May" is a month, not the auxiliary)
    if (AUX_WORDS.has(w.text) && !relative) return false;
    if (w.text !== ',') continue;
    const before = words[j - 1]?.text ?? '';
    const after = words[j + 1];
    const date = /^\d/u.test(before) || /^\d/u.test(after?.text ?? '');
    const opensRelative = /^(?:which|who)$/u.test(after?.lower ?? '');
    const closes = j === to - 1 && (relative || date);
    if (!date && !opensRelative && !closes) return false;
  }
  return true;
}
