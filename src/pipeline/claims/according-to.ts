import type { TextRange } from '../segment.js';
import { cutAtTrailer, phraseEnd, phraseStop } from './boundaries.js';
import { clauseStartBefore } from './clause-start.js';
import { trimRange } from './trim.js';
import { candidate, QUOTATION_SHARE, quoteShare, type SentenceContext } from './context.js';
import { DOCUMENT_NOUNS, ORGANISATION_HEADS, PERSON_NOUNS } from '../source-lexicons.js';
import { REPORTING_VERB_FORMS, ROLE_NOUNS } from '../speech-lexicons.js';
import { isMark, findWithin, type Word } from './words.js';
import { mayBeFiniteVerb, tagsOfLower } from './verbless.js';
import { mainClauseAfter } from './clause-edges.js';
import { AUX_WORDS } from './word-classes.js';
import { EVIDENCE_BASES } from './documents.js';
import { baseOf } from './lexicon.js';

/** The most words an according-to source runs to: "a report by the Government Accountability Office released on Tuesday" has 12. */
const MAX_SOURCE_WORDS = 30;

/**
 * `according to X, CONTENT` and `CONTENT, according to X` (rules `according-to-front` and
 * `according-to`), and `A, according to X, B`, where both pieces are X's: pushes what it finds onto
 * `ctx.claims`. The source runs to the next comma or dash, less a trailing time adjunct.
 *
 * Does not decide whether `, according to X` after a speaker's claim relays it: `attachRelays`
 * does, once every rule has run on the sentence.
 */
export function accordingToClaims(ctx: SentenceContext): void {
  const { text, words, sentenceEnd, claims: out } = ctx;
  const at = (i: number): Word | undefined => words[i];
  // according to X — the one phrase cue; the content is on the other side of the comma
  for (let i = 0; i + 1 < words.length; i++) {
    if (at(i)?.lower !== 'according' || at(i + 1)?.lower !== 'to') continue;
    const cue: TextRange = { start: at(i)?.start ?? 0, end: at(i + 1)?.end ?? 0 };
    const sourceStart = at(i + 2)?.start;
    if (sourceStart === undefined) continue;
    // a "source" of more words than any name or description has is no source ("according to
    // according to …"): it is left unread, and the words after it are not read through it
    if (phraseStop(words, sentenceEnd, i + 2) - (i + 2) > MAX_SOURCE_WORDS) continue;
    const sourceEnd = phraseEnd(ctx, i + 2);
    let source = trimRange(text, { start: sourceStart, end: sourceEnd });
    // the words after the source: "…, according to the campaign, has surged" goes on
    let next = findWithin(words, i + 1, i + 40, (w) => w.start >= sourceEnd && isMark(w.text, ',—–'));
    // "according to the board's finance director, Luis Ortega, the rise …": a role and then the
    // name of its holder, set off by commas; the name is the source ("according to a consumer
    // group, Fair Bills Lakeside, …": so is a body's name after the kind of body it is)
    const named = next > 0 ? nameAppositionAfter(words, next, at(next - 1), sentenceEnd) : -1;
    if (named > 0) {
      source = trimRange(text, { start: at(next + 1)?.start ?? source.start, end: at(named - 1)?.end ?? source.end });
      next = at(named)?.text === ',' ? named : -1;
    }
    // "according to Dennis B. Ross, another former American special envoy, was …": skip the apposition
    // (an apposition closes with the mark that opened it: in "according to a filing, the hotel —
    // near the capitol — will open" the words after the comma are the content's subject)
    // ("According to the Journal, which first reported the resignation, the firm …", "according to
    // the paper, published in the NEJM, 3.8 percent …": so is a relative clause or a participle's)
    // (a participle only with its own phrase after it: "published figures understate …" is the content)
    // ("according to the poll, released Wednesday, 54 percent …": a time alone is the participle's phrase too)
    const participle = /^(?:published|released|issued|obtained|cited|seen)$/u.test(at(next + 1)?.lower ?? '') && PARTICIPLE_PHRASE_HEAD.test(at(next + 2)?.lower ?? '');
    if (next > 0 && (participle || /^(?:a|an|the|another|his|her|their|which|who)$/u.test(at(next + 1)?.lower ?? ''))) {
      const close = findWithin(words, next + 1, next + 14, (w) => isMark(w.text, ',—–'));
      if (close > 0 && (at(close)?.text === ',') === (at(next)?.text === ',')) next = close;
    }
    const after = next > 0 && at(next + 1) && (at(next + 1)?.start ?? sentenceEnd) < sentenceEnd ? at(next + 1) : undefined;
    if (i === 0 || (i <= 3 && words.slice(0, i).every((w) => /^(?:but|and|yet|so|,)$/iu.test(w.text)))) {
      // According to X, CONTENT.
      if (!after) continue;
      // ("…, the rise will continue — a trend …": the content ends before the space ahead of the dash)
      out.push(candidate(trimRange(text, { start: after.start, end: cutAtTrailer(ctx, next + 1, true) }), cue, source, 'according-to-front'));
    } else {
      // CONTENT, according to X.
      const before = at(i - 1);
      const start = clauseStartBefore(words, i);
      if (!before || start === null) continue;
      const end = before.text === ',' || before.text === '—' ? before.start : cue.start;
      const range = trimRange(text, { start, end });
      const head = range.end - range.start >= 8 ? out.push(candidate(range, cue, source, 'according-to')) : -1;
      // A, according to X, B: "Fundraising, according to the campaign, has surged" — B is X's too
      // ("…, according to the budget office, and the top tenth paid 69 percent": a second clause
      // joined by "and" is X's too; "and" before anything else is the narrator's)
      const joined = after?.lower === 'and' && mainClauseAfter(words, next + 1);
      // ("…, according to the statistics office, raising expectations of a cut": a participle after
      // the source is the writer's gloss on the clause, not more of what the source says; between
      // dashes the phrase is an aside inside the clause: "while — according to emails — knowing …")
      const gloss = after !== undefined && at(next)?.text === ',' && isGlossParticiple(after);
      // ("figures, which fell by a third last year according to the institute, INPE, the President
      // was quick to claim credit": with no mark before it the phrase ends the clause it stands in;
      // the words after its source are another clause's, not the source's)
      // (a stop the sentence split did not end a sentence at counts as a mark: "… positioning.
      // according to early results, nearly half …")
      const inserted = end !== cue.start || /[.!?;:]/u.test(text.slice(before.end, cue.start));
      if (after && inserted && (joined || !/^(?:and|but|while|which|who|as|after|before|although|though|even)$/iu.test(after.text)) && !gloss) {
        const from = joined ? (at(next + 2) ?? after) : after;
        const rest = trimRange(text, { start: from.start, end: cutAtTrailer(ctx, joined ? next + 2 : next + 1) });
        // "…, according to Luis Ortega, the finance director.": an apposition with no verb is no piece,
        // nor one whose only verbs are in its relative clause ("…, according to Ortega, a pollster
        // who ran the survey", "…, more than twice what it projected")
        const relative = words.findIndex((w) => w.start >= rest.start && w.end <= rest.end && /^(?:who|whom|whose|which|that|what)$/u.test(w.lower));
        const verbEnd = relative > next + 1 ? (words[relative] as Word).start : rest.end;
        const hasVerb = words.some((w) => w.start >= rest.start && w.end <= verbEnd && (AUX_WORDS.has(w.lower) || (w.text === w.lower && mayBeFiniteVerb(w.lower))));
        if (rest.end - rest.start >= 8 && hasVerb && quoteShare(ctx, rest) < QUOTATION_SHARE) {
          // "Turnout, according to the clerk, has doubled": a short subject that opens the sentence is
          // a piece when the rest follows
          if (head < 0 && range.end - range.start >= 2 && range.start === words[0]?.start) out.push(candidate(range, cue, source, 'according-to'));
          out.push(candidate(rest, cue, source, 'according-to-front'));
        }
      }
    }
  }
}

/** A lower-case -ing form the lexicon reads as a verb, not a preposition: "raising", "sending" (not "during"). */
function isGlossParticiple(w: Word): boolean {
  if (w.text !== w.lower || !w.lower.endsWith('ing')) return false;
  const tags = tagsOfLower(w.lower);
  return tags !== undefined && tags[0] !== 'IN' && tags.includes('VBG');
}

/** Words that open the phrase of a participle after a source: a preposition, or a time ("released Wednesday"). */
const PARTICIPLE_PHRASE_HEAD = /^(?:in|by|on|at|from|last|this|earlier|online|today|yesterday|recently|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/u;

/**
 * After a source ending in a role noun ("the finance director"), a person noun ("a commuter") or
 * the head noun of a body ("a consumer group") at the comma `comma`: the index just
 * past a name of one to four capitalised words ("Luis Ortega"), which is a comma or the end of the
 * sentence; -1 when no such name follows.
 */
function nameAppositionAfter(words: readonly Word[], comma: number, head: Word | undefined, sentenceEnd: number): number {
  if (!head || !(ROLE_NOUNS.has(head.lower) || (head.text === head.lower && (ORGANISATION_HEADS.has(head.lower) || PERSON_NOUNS.has(head.lower)))) || words[comma]?.text !== ',') return -1;
  let j = comma + 1;
  while (j < words.length && j - comma <= 4 && /^\p{Lu}[\p{L}.’'-]*$/u.test(words[j]?.text ?? '')) j++;
  if (j === comma + 1) return -1;
  const closing = words[j];
  if (closing === undefined || closing.start >= sentenceEnd || isMark(closing.text, '.!?')) return j;
  // "according to the company, Tesla, Ford and GM sold …": a list of names, not an apposition
  if (/^\p{Lu}/u.test(words[j + 1]?.text ?? '') && /^(?:and|or|,)$/u.test(words[j + 2]?.text ?? '')) return -1;
  return closing.text === ',' && words[j + 1] !== undefined ? j : -1;
}

/** Heads after which a leading "In …," names where the content was found: "In a new poll, …". */
const FINDING_HEADS = /^(?:polls?|surveys?|reports?|stud(?:y|ies)|analys[ie]s|data|figures|records|documents?|filings?|results|findings)$/u;

/**
 * `In a new poll, CONTENT`, `In exit polls, CONTENT`, `In its report, CONTENT` (rule
 * `according-to-front`, cue "In"): a leading phrase whose head is a poll, survey, report or study
 * (a document noun) is the content's source, as `According to a new poll, …` would be. The
 * content is the clause after the comma, when it holds no reporting verb of its own (`In its
 * report, the agency said …` is the agency's claim; `most voters backed the plan` is the poll's).
 */
export function inSourceClaims(ctx: SentenceContext): void {
  const { text, words, claims: out } = ctx;
  let i = 0;
  if (/^(?:but|and|yet|so)$/iu.test(words[0]?.text ?? '')) i = 1;
  if (words[i]?.lower !== 'in') return;
  const comma = findWithin(words, i + 1, i + 14, (w) => isMark(w.text, ',;:—–()'));
  if (comma < 0 || words[comma]?.text !== ',') return;
  // the head: the last word before a post-modifier ("a poll released Sunday", "a poll by Gallup")
  let h = i + 1;
  while (h + 1 < comma && !/^(?:by|of|from|for|on|released|conducted|published|taken|out)$/u.test(words[h + 1]?.lower ?? '')) h++;
  const head = words[h];
  if (!head || !FINDING_HEADS.test(head.lower) || !DOCUMENT_NOUNS.has(head.lower) && !/^(?:findings|results)$/u.test(head.lower)) return;
  // "In the latest poll, conducted in May, Clinton led …": a participle phrase after the source
  let open = comma;
  if (/^\p{Ll}+(?:ed|en|ing)$/u.test(words[open + 1]?.text ?? '')) {
    open = findWithin(words, open + 1, open + 12, (w) => isMark(w.text, ',;:—–()'));
    if (open < 0 || words[open]?.text !== ',') return;
  }
  const content = frontedContent(ctx, open);
  if (!content) return;
  const inWord = words[i] as Word;
  const source = trimRange(text, { start: (words[i + 1] as Word).start, end: head.end });
  out.push(candidate(content, { start: inWord.start, end: inWord.end }, source, 'according-to-front'));
}

/**
 * The content after the comma at `comma` that closes a fronted source phrase ("In a new poll, …",
 * "In their view, …"): up to the clause's trailers, or null when it is too short, mostly quotation,
 * or holds a reporting verb of its own (then the frame is that verb's).
 */
export function frontedContent(ctx: SentenceContext, comma: number): TextRange | null {
  const { text, words, sentenceEnd } = ctx;
  const first = words[comma + 1];
  if (!first || first.start >= sentenceEnd) return null;
  const end = cutAtTrailer(ctx, comma + 1);
  // ("In its final report, the board found that …": a verb of finding is the clause's own frame too)
  for (let j = comma + 1; j < words.length && (words[j] as Word).start < end; j++) {
    const w = words[j] as Word;
    if (REPORTING_VERB_FORMS.has(w.lower) || (w.text === w.lower && EVIDENCE_BASES.has(baseOf(w.lower) ?? ''))) return null;
  }
  const content = trimRange(text, { start: first.start, end });
  return content.end - content.start < 8 || quoteShare(ctx, content) >= QUOTATION_SHARE ? null : content;
}
