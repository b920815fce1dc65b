import type { TextRange } from '../segment.js';
import { isAbsolutePhrase } from './adjunct-words.js';
import { trimRange } from './trim.js';
import { glossEnd } from './frame-tails.js';
import { isOccasionPhrase } from './occasion.js';
import { candidate, MAX_LOOKBACK_CHARS, QUOTATION_SHARE, quoteShare, type ClaimCandidate, type SentenceContext } from './context.js';
import { baseOf, CUE_FORMS } from './lexicon.js';
import { subjectBefore } from './subject.js';
import { describedTailSubject } from './tails.js';
import { AUX_WORDS } from './word-classes.js';
import { isBlankedWord, perWordList, type Word } from './words.js';

/** Words that open a concession after a frame: ", though …", ", although …", ", whereas …". */
const CONCESSIVE: ReadonlySet<string> = new Set(['though', 'although', 'whereas', 'albeit']);

/** Participles that tell how or why the speaker spoke: ", speaking on condition of anonymity", ", citing …". */
const FRAME_PARTICIPLES: ReadonlySet<string> = new Set(['speaking', 'talking', 'writing', 'citing', 'pointing', 'referring', 'declining', 'requesting', 'responding', 'reacting', 'echoing']);

/**
 * `A, X said, B.` — an attribution inside the sentence splits the content in two pieces, both the
 * speaker's ("Instead, he said, he sees the benefits of …").
 *
 * The frame may carry a short tail of its own before its closing comma ("Fraudsters, he said in the
 * video, don't last long"); then only a clause continues the claim after it.
 *
 * Does not handle a verb with a complement after it (`subject-verb.ts`), nor a piece that is mostly
 * a quotation (the quotation stage owns it).
 */
export function parentheticalClaim(ctx: SentenceContext, v: number): ClaimCandidate[] | null {
  const { text, sentence: s, words, sentenceEnd } = ctx;
  const verb = words[v];
  if (!verb) return null;
  // "Fraudsters, he said in the video, don't last long", "Instead, Trump told CNN, his policy …"
  const close = words[v + 1]?.text === ',' ? v + 1 : frameTailComma(words, v, sentenceEnd);
  if (close === null) return null;
  // "the story, as reported, was false", "…, as expected, …": "as" and a bare participle is a
  // comparison with what was said or foreseen, with no one saying it
  if (words[v - 1]?.lower === 'as') return null;
  // "…, a spokeswoman, Ana Ortiz, said on Saturday, and …": a role and its holder's name
  const described = describedTailSubject(words, v);
  const subject = described?.subject ?? subjectBefore(ctx, v);
  if (!subject) return null;
  let c = described ? described.comma : v - 1;
  while (!described && c >= 0 && (words[c]?.start ?? 0) >= subject.start) c--;
  if (words[c]?.text !== ',' || c < 1) return null;
  // "…, slightly below the $2.1 billion analysts had expected, …": a phrase opened by a preposition
  // is no subject; the verb is a relative clause's inside it, its object the noun before
  if (!described && opensWithPreposition(words, c + 1)) return null;
  // "Asked whether he would resign, Hale said, …": the question is the asker's, not the answer's;
  // its content starts after "Asked" (and its agent: "Asked by Berg to respond, …")
  const frame = askedFrame(words, c);
  const asked = frame === 'question' ? null : frame;
  // "He pointed to a merger, after which, he said, staffing fell": a relative clause opened after a
  // comma is what was said; the clause it hangs on is the writer's
  const relative = frame ? -1 : relativeOpening(words, c);
  const before = trimRange(text, { start: asked ? (words[asked.content]?.start ?? s.start) : relative >= 0 ? (words[relative]?.start ?? s.start) : s.start, end: words[c]?.start ?? s.start });
  const afterStart = words[close + 1]?.start;
  if (afterStart === undefined || afterStart >= sentenceEnd) return null;
  // "…, he said, have involved public and private courses, the latter a reference to clubs that …":
  // the writer's gloss after a comma is no part of the second piece
  const after = trimRange(text, { start: afterStart, end: glossEnd(words, close + 1, sentenceEnd) });
  // "…, she said on Monday, before leaving for Paris", "…, he said in a statement, which …": after
  // a frame with words of its own, only a clause continues the claim
  if (close > v + 1 && !continuesClaim(words, close + 1)) return null;
  if (before.end - before.start > MAX_LOOKBACK_CHARS * 4) return null;
  // "In his state, he said, …", "Now, she said, …", "If elected, …": an opening adjunct is a piece of
  // the claim, as PolNeAR annotates it; "In a letter to donors, she said, …" (the occasion of the
  // statement) and "Eyebrows raised, he asked, …" (an absolute phrase) are not
  const adjunct = isAbsolutePhrase(words, 0, c - 1) || isOccasionPhrase(words, 0, c - 1) || reportsAnother(words, c);
  // "…, one of the people said, speaking on condition of anonymity because …", "…, she said,
  // adding that …": a participle of speaking right after the frame belongs to the frame (a cue's
  // own claim is read by the participle rule); another ("…, he said, imposing new limits") may
  // continue the content
  const next = words[close + 1]?.lower ?? '';
  // ("…, the ministry later said in a statement, though KTR continued to report 212": a concession
  // after the frame is the writer's, set against what was said, and no piece of it)
  const frameTail = (next.endsWith('ing') && (FRAME_PARTICIPLES.has(next) || CUE_FORMS.has(next))) || CONCESSIVE.has(next);
  const pieces = [adjunct || frame === 'question' ? null : before, frameTail ? null : after].filter((r): r is TextRange => r !== null && r.end > r.start && quoteShare(ctx, r) < QUOTATION_SHARE);
  // (the question alone: no tail reading of the same frame either)
  if (pieces.length === 0) return frame === 'question' ? [] : null;
  return pieces.map((r) => candidate(r, { start: verb.start, end: verb.end }, asked && r === before ? asked.agent : subject, 'parenthetical'));
}

/**
 * A sentence opening with "Asked" or "When asked" before the frame's comma at `c`. With a named
 * asker ("Asked by Berg to respond, …") the question is the asker's: where its content starts, and
 * who asked. Any other such opening ("When asked about the senator, …", "Asked whether he would run,
 * …") is the question put to the speaker, which `askedClaim` reads on its own: 'question', and the
 * frame's claim has no piece before it (what was asked is not what the speaker said). Null for
 * any other opening.
 */
function askedFrame(words: readonly Word[], c: number): { content: number; agent: TextRange | null } | 'question' | null {
  const a = /^(?:when|if|once)$/iu.test(words[0]?.text ?? '') ? 1 : 0;
  if (words[a]?.lower !== 'asked' || (a === 0 && words[0]?.text !== 'Asked')) return null;
  if (words[a + 1]?.lower !== 'by') return 'question';
  let k = a + 2;
  while (k < c && /^\p{Lu}/u.test(words[k]?.text ?? '')) k++;
  const first = words[a + 2];
  const last = words[k - 1];
  return k > a + 2 && k < c && first && last ? { content: k, agent: { start: first.start, end: last.end } } : 'question';
}

/**
 * The index of a relative word opening a clause after a comma before the frame's comma at `c`
 * (", which", ", after which", ", in whose"), or -1: the last one, with its preposition.
 */
function relativeOpening(words: readonly Word[], c: number): number {
  // the last relative word before `c`, from a table made once for the word list (a run-on sentence
  // with a frame every few words would otherwise be read back to its start once a frame)
  const k = relativeWordBefore(words, c);
  // "…, France, which employs 600 people, by the end of next year, Reuters reported": a comma after
  // the relative clause closed it, and the clause it hangs on went on to the frame
  if (k >= 1 && commaBetween(words, k, c)) return -1;
  if (k >= 1) {
    if (words[k - 1]?.text === ',') return k;
    if (k >= 2 && /^(?:after|before|in|on|at|by|from|under|during|since|through|of|with|for)$/u.test(words[k - 1]?.lower ?? '') && words[k - 2]?.text === ',') return k - 1;
  }
  return -1;
}

/** Whether a comma stands among the words strictly between `k` and `c` (read at most 60 words: a longer clause has closed). */
function commaBetween(words: readonly Word[], k: number, c: number): boolean {
  if (c - k > 60) return true;
  for (let j = k + 1; j < c; j++) if (words[j]?.text === ',') return true;
  return false;
}

/** The largest index `k` (at least 1) below `c` of a word "which", "whom", "whose" or "where", or -1. */
function relativeWordBefore(words: readonly Word[], c: number): number {
  const at = Math.min(c, words.length);
  return at >= 0 ? (relativeWordsBefore(words, 0)[at] as number) : -1;
}
// before[i]: the last such index below i
const relativeWordsBefore = perWordList((words) => {
  const before = new Int32Array(words.length + 1).fill(-1);
  for (let i = 2; i <= words.length; i++) before[i] = /^(?:which|whom|whose|where)$/u.test(words[i - 1]?.lower ?? '') ? i - 1 : (before[i - 1] as number);
  return before;
});

/** Prepositions that cannot open a subject ("about", "over", "nearly" can: "about 40 analysts said"). */
const SUBJECTLESS_OPENER = /^(?:below|above|beyond|short|ahead|behind|with|than|compared|against|unlike|like|despite|near|from|of|for|at|in|into|to|toward|towards|within|without)$/u;

/** Whether the phrase at word `i` opens (after any -ly adverbs) with a preposition: "slightly below the …", "in line with the …". */
function opensWithPreposition(words: readonly Word[], i: number): boolean {
  let k = i;
  while (/^\p{Ll}+ly$/u.test(words[k]?.text ?? '') && k < i + 2) k++;
  const w = words[k];
  return w !== undefined && w.text === w.lower && SUBJECTLESS_OPENER.test(w.lower);
}

/** Conjunctions that open a clause of time or reason before the main clause. */
const SUBORDINATORS = /^(?:when|after|as|while|since|because|once|until|before|though|although)$/u;

/**
 * "When the speaker said he would no longer defend him, Trump responded, …": a fronted clause of
 * time or reason (before the comma at `c`) with a reporting verb of its own reports what another
 * speaker said; it is no piece of this frame's claim.
 */
function reportsAnother(words: readonly Word[], c: number): boolean {
  const first = /^(?:but|and|yet|so)$/iu.test(words[0]?.text ?? '') ? 1 : 0;
  if (!SUBORDINATORS.test(words[first]?.lower ?? '')) return false;
  for (let k = first + 2; k < c; k++) {
    const w = words[k] as Word;
    if (w.text === w.lower && CUE_FORMS.has(w.lower) && !w.lower.endsWith('ing')) return true;
  }
  return false;
}

/** Words that open no piece of content after an inserted frame: adjuncts, relatives, participles. */
const NOT_CONTENT_OPENER = /^(?:as|while|when|before|after|since|because|until|which|who|whom|whose|where|adding|noting|saying|according|in|on|at|during|for|with|from|to|by|but|or)$/iu;

/** Whether the words at `i` can continue the claim after an inserted frame: a clause, "that …", "and …". */
export function continuesClaim(words: readonly Word[], i: number): boolean {
  const first = words[i];
  // "…, released as part of …", "…, saying …": a participle hangs on the frame
  if (!first || NOT_CONTENT_OPENER.test(first.text) || /(?:ing|ed)$/u.test(first.text)) return false;
  if (first.lower === 'and') return !NOT_CONTENT_OPENER.test(words[i + 1]?.text ?? 'as');
  return true;
}

/** Verbs of saying that take a tail in an inserted frame: "he said in the video,", "Stumpf explained earlier,". */
export const FRAME_VERBS: ReadonlySet<string> = new Set(['say', 'tell', 'write', 'add', 'explain', 'argue', 'note', 'insist', 'suggest', 'warn', 'claim', 'contend', 'acknowledge', 'predict', 'report', 'recall', 'concede', 'complain', 'reply', 'respond', 'caution', 'maintain', 'stress', 'emphasize', 'observe', 'indicate', 'testify', 'tweet', 'post', 'assert', 'admit']);

/**
 * Whether a cue's base form is one of `verbs`; the shared table lists some verbs by a past form
 * only ("noted noting": "note" is mostly a noun), so "noted" is read as "note".
 */
export function isFrameVerb(verbs: ReadonlySet<string>, base: string): boolean {
  if (verbs.has(base)) return true;
  // (a form without a final "d" has no other reading: no copy is made for it)
  if (!base.endsWith('d')) return false;
  return verbs.has(base.slice(0, -1)) || (base.endsWith('ed') && verbs.has(base.slice(0, -2)));
}

/** Words that open a frame's tail of time, place or channel: "said on Saturday", "said in a June report", "explained earlier". */
const FRAME_TAIL_HEAD = /^(?:on|in|at|during|late|early|earlier|later|last|this|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|recently|again|repeatedly|publicly|privately|separately|previously|via|through)$/iu;

/** Listeners after "told": "told CNN", "told me", "told reporters". */
const LISTENER = /^(?:me|us|him|her|them|reporters|journalists)$/u;

/**
 * The comma that closes an inserted frame whose verb at `v` has a short tail of its own: "he said in
 * the video,", "the agency said in a June report,", "he told me on Friday,", "Trump told CNN,". The
 * tail opens with an adjunct's head (or a listener after "told"), has at most eight words and holds
 * no auxiliary, no "that" and no quotation.
 */
function frameTailComma(words: readonly Word[], v: number, sentenceEnd: number): number | null {
  const first = words[v + 1];
  if (!first || first.start >= sentenceEnd) return null;
  const verb = words[v]?.lower ?? '';
  // "who argued with Ms. Brainard at the conference," is a relative clause on the subject
  if (!isFrameVerb(FRAME_VERBS, baseOf(verb) ?? '') || /^(?:who|which|that)$/u.test(words[v - 1]?.lower ?? '')) return null;
  const told = /^(?:told|tells)$/u.test(verb);
  if (!(FRAME_TAIL_HEAD.test(first.text) || (told && (LISTENER.test(first.lower) || /^\p{Lu}/u.test(first.text) || (first.lower === 'the' && /^\p{Lu}/u.test(words[v + 2]?.text ?? '')))))) return null;
  for (let k = v + 2; k <= v + 9 && k < words.length; k++) {
    const w = words[k] as Word;
    if (w.start >= sentenceEnd) return null;
    if (w.text === ',') return k;
    if (!/^[\p{L}\p{N}’'.$-]+$/u.test(w.text) || isBlankedWord(w.text) || /^(?:that|who|which|where|when|while|and|but|because|if)$/u.test(w.lower) || AUX_WORDS.has(w.lower)) return null;
  }
  return null;
}
