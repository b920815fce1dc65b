import { readFileSync } from 'node:fs';
import { firstIndexAfter, type TextRange } from '../segment.js';
import { DOCUMENT_NOUNS } from '../source-lexicons.js';
import { REPORTING_VERB_FORMS } from '../speech-lexicons.js';
import { codePointLetterOrDigitLength, isLowSurrogate, isSpace } from '../tokens.js';

/**
 * Indirect speech and according-to claims: the content span of reported speech, belief or
 * intention with no quotation marks around it (or with quoted words inside a paraphrase), its
 * cue and the mention of its source as written.
 *
 *   X said (that) CONTENT            X told reporters (that) CONTENT      X announced CONTENT
 *   CONTENT, X said.                 CONTENT, said X.                     X has accused Y of CONTENT
 *   according to X, CONTENT          CONTENT, according to X              X, who …, has warned Y against CONTENT
 *
 * Content runs from the complementizer (`that …`, kept as PolNeAR annotates it) or the word after
 * the cue to the end of the clause; a trailing `, according to Z` is cut off and reported as the
 * relaying source. Reporting verbs come from the one shared table (`reporting-verbs.txt`), verbs of
 * belief and intention from `claim-verbs.txt`.
 *
 * Does not handle: direct quotations (the quotation stage owns them; a claim whose content is one
 * quotation is skipped), nominal cues (`his claim that …`), speakers elided across a coordination
 * (`… and said …` gets no speaker), passives (`it was reported that …`). Does not resolve the
 * speaker mention (a pronoun stays `he`): the claims stage does that with the entity index.
 */
export function findClaims(text: string, sentences: readonly TextRange[], quotes: readonly TextRange[]): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  let q = 0;
  for (const s of sentences) {
    while (q < quotes.length && (quotes[q]?.end ?? 0) <= s.start) q++;
    const inside: TextRange[] = [];
    for (let k = q; k < quotes.length; k++) {
      const r = quotes[k];
      if (!r || r.start >= s.end) break;
      inside.push(r);
    }
    // a loop, not push(...): a run-on sentence may hold more claims than a call has arguments
    for (const c of claimsInSentence(text, s, inside)) out.push(c);
  }
  return out;
}

/** A claim as found: offsets into the article, the source mention as written (unresolved). */
export interface ClaimCandidate extends TextRange {
  cue: TextRange;
  /** The source phrase as written ("Maduro", "he", "a Venezuelan government statement"), or null. */
  source: TextRange | null;
  /** `according to Reuters` after a speaker's claim: the relaying source as written. */
  relayedBy: TextRange | null;
  /** The rule that found it: `svc` (subject-verb-content), `tail`, `tail-inverted`, `according-to`, `according-to-front`. */
  rule: ClaimRule;
}

export type ClaimRule = 'svc' | 'tail' | 'tail-inverted' | 'parenthetical' | 'participle' | 'according-to' | 'according-to-front' | 'reported-by' | 'headline';

// ---------------------------------------------------------------------------------------------
// lexicon

const LEXICON_DIR = new URL('../../../data/lexicons/', import.meta.url);

function claimVerbSections(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current = '';
  for (const raw of readFileSync(new URL('claim-verbs.txt', LEXICON_DIR), 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const head = /^\[([\w-]+)\]$/u.exec(line);
    if (head?.[1]) current = head[1];
    else out.set(current, [...(out.get(current) ?? []), line]);
  }
  return out;
}

const claimSections = claimVerbSections();

/** Predicate adjectives that report a stance before "that": "Clinton is confident that …". */
const STANCE_ADJECTIVES: ReadonlySet<string> = new Set(claimSections.get('adjectives') ?? []);

/** Every cue verb form (shared reporting verbs + claim verbs + stance adjectives) → its base form. */
const CUE_FORMS: ReadonlyMap<string, string> = new Map([
  ...REPORTING_VERB_FORMS,
  ...[...STANCE_ADJECTIVES].map((a) => [a, a] as const),
  ...(claimSections.get('verbs') ?? []).flatMap((l) => {
    const forms = l.split(/\s+/u);
    return forms.map((f) => [f.toLowerCase(), forms[0] ?? f] as const);
  }),
]);
const NEEDS_THAT: ReadonlySet<string> = new Set(claimSections.get('needs-that') ?? []);
const NEEDS_COMPLEMENT: ReadonlySet<string> = new Set(claimSections.get('needs-complement') ?? []);

/**
 * The base form of a cue word, spelled as this module's word classes spell it ("posted" → "post"),
 * whatever the shared table lists as the line's first form; null when the word is no cue.
 */
function baseOf(form: string): string | null {
  const known = BASE_OF.get(form);
  if (known !== undefined) return known;
  const listed = CUE_FORMS.get(form);
  if (listed === undefined) return null;
  const guesses = [listed, form, form.replace(/ed$/u, ''), form.replace(/d$/u, ''), form.replace(/e?s$/u, ''), form.replace(/ing$/u, ''), form.replace(/ing$/u, 'e'), form.replace(/ied$/u, 'y'), form.replace(/ies$/u, 'y')];
  const base = guesses.find((g) => KNOWN_BASES.has(g)) ?? listed;
  // every cue word of every sentence asks again: remembered per cue form (bounded by the lexicon)
  BASE_OF.set(form, base);
  return base;
}
const BASE_OF = new Map<string, string>();
const EVIDENTIAL: ReadonlySet<string> = new Set((claimSections.get('evidential') ?? []).map((l) => l.split(/\s+/u)[0] ?? l));
const OBJECT_FIRST: ReadonlySet<string> = new Set(claimSections.get('object-first') ?? []);

// ---------------------------------------------------------------------------------------------
// word classes used to find clause edges (closed classes of English, not lexicon facts)

/**
 * Auxiliaries and adverbs that sit between a subject and its verb: "Gonzalez has also warned".
 * Matched as whole words, case-insensitively (see `preVerbStart`).
 */
const PRE_VERB_WORDS =
  "has|have|had|having|is|are|was|were|been|being|be|will|would|could|can|may|might|must|should|shall|did|does|do|not|n’t|n't|also|previously|repeatedly|later|then|now|again|already|never|often|once|still|long|first|further|even|only|simply|just|recently|earlier|initially|originally|frequently|consistently|flatly|strongly|openly|publicly|privately|separately|finally|ultimately|reportedly|allegedly|apparently|quickly|immediately|clearly|explicitly|directly|falsely|wrongly|correctly|rightly|privately|personally|essentially|basically|generally|largely|widely|mostly|subsequently|since|soon|indeed|however|too|seemingly|allegedly|formally|officially|specifically|firmly|bluntly|forcefully|angrily|sharply|loudly|calmly|quietly|proudly|happily|sadly|sarcastically|jokingly|half-jokingly|emphatically|repeatedly|previously|continually|constantly|routinely|regularly|usually|always|sometimes|occasionally|rarely|seldom|increasingly|actually|really|certainly|surely|probably|likely|perhaps|maybe|not";
const PRE_VERB: ReadonlySet<string> = new Set(PRE_VERB_WORDS.split('|'));
/** The same words under /iu folding, for a word with a non-ASCII letter (ſ folds to s, K to k). */
const PRE_VERB_FOLDED = new RegExp(`^(?:${PRE_VERB_WORDS})$`, 'iu');
/** -ly words that are no adverb before a verb: "the only", "his family". */
const NOT_LY_ADVERBS: ReadonlySet<string> = new Set(['only', 'early', 'family', 'likely', 'daily', 'weekly', 'ally', 'rally', 'belly', 'bully']);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);

/** Words that begin a subordinate or coordinate clause: the subject NP starts after them. */
const CLAUSE_OPENERS = new Set([
  'that', 'which', 'and', 'but', 'or', 'because', 'while', 'when', 'whereas', 'as', 'after', 'before', 'since',
  'although', 'though', 'if', 'unless', 'until', 'so', 'where', 'whether', 'once', 'then', 'than', 'nor', 'yet',
  'what', 'how', 'why', 'whom', 'whose', 'who', 'given',
]);

/**
 * Prepositions that may open a verb's content, and the verbs that take them: "warned against
 * cutting a deal", "accused (Maduro) of stealing", "called for a ban", "described it as". After
 * any other verb a preposition starts an adjunct ("said on Sunday", "said to cheers"), and the
 * content is elsewhere. `to` is open to every verb: "plans to run", "declined to comment".
 */
const CONTENT_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string> | 'any'> = new Map<string, ReadonlySet<string> | 'any'>([
  ['of', new Set(['accuse', 'warn', 'speak', 'talk', 'think', 'remind', 'convince', 'inform', 'assure', 'complain', 'boast', 'brag', 'caution', 'dream', 'know', 'hear', 'learn'])],
  ['about', new Set(['talk', 'speak', 'complain', 'worry', 'ask', 'write', 'tell', 'warn', 'think', 'know', 'joke', 'boast', 'brag', 'caution', 'remind', 'inform', 'testify', 'wonder', 'muse', 'comment', 'post', 'tweet', 'rail', 'lament', 'fear', 'feel'])],
  ['against', new Set(['warn', 'caution', 'argue', 'rail', 'speak', 'advise', 'vote', 'testify', 'campaign', 'lash', 'push'])],
  ['for', new Set(['call', 'ask', 'push', 'argue', 'press', 'plead', 'vote', 'advocate', 'hope', 'pray', 'campaign', 'lobby', 'demand'])],
  ['on', new Set(['call', 'comment', 'insist', 'focus', 'speak', 'agree', 'weigh', 'elaborate', 'report', 'testify'])],
  ['as', new Set(['describe', 'see', 'regard', 'label', 'view', 'characterize', 'characterise', 'portray', 'cite', 'paint', 'dismiss', 'praise', 'criticize', 'tout', 'brand', 'depict'])],
  ['over', new Set(['clash', 'spar', 'worry', 'complain'])],
  ['to', 'any'],
]);

/** May the content of a `base` verb start with this word? Prepositions only by the table above. */
function contentMayStartWith(base: string, word: string): boolean {
  if (!PREPOSITIONS.has(word)) return true;
  const verbs = CONTENT_PREPOSITIONS.get(word);
  if (verbs === 'any') return !SAY_LIKE.has(base); // "said to reporters" names the addressee
  return verbs !== undefined && verbs.has(base);
}

/** Verbs whose "to" introduces the addressee, not an infinitive: "said to cheers", "wrote to Comey". */
const SAY_LIKE = new Set(['say', 'write', 'add', 'explain', 'announce', 'complain', 'report', 'speak', 'talk', 'remark', 'reply', 'respond', 'tweet', 'post']);

/** Copulas and auxiliaries: content cannot start with one ("that Carson said was written about …"). */
const FINITE_START = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|does|did|do)$/u;

/** Subordinators that put a cue in a fronted clause: "while he said X, he clarified …" (content ends at the comma). */
const FRONTED = new Set(['while', 'although', 'though', 'when', 'if', 'because', 'since', 'after', 'before', 'as', 'whereas', 'unless', 'once']);

/** Passive auxiliaries: "Trump was asked if …", "she is expected to win" — the subject is not the source. */
const PASSIVE_AUX = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|not\s+|also\s+)*$/iu;

/** Auxiliaries inside a would-be subject show a clause: "which has published thousands of tallies that suggested". */
const AUX_WORDS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'did', 'do', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']);

/** Leading dateline of a lead paragraph: "(CNN) — ", "DALLAS (AP) — ", "WASHINGTON, Dec. 8 (UPI) — ". */
const DATELINE_LEAD = /^(?:[\p{Lu}][\p{Lu}\p{L}\p{N}.,' -]{0,60}?\s*)?\([\p{Lu}][\p{L}. &-]{0,40}\)\s*[—–-]+\s*/u;

/** Contractions and subject pronouns inside a longer phrase show it is a clause, not a subject NP. */
const CLAUSE_INSIDE = /(?:n[’']t|[’'](?:re|ve|m|ll|d))$/iu;

const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'since', 'for', 'from', 'with', 'without', 'by', 'to', 'of', 'into',
  'under', 'over', 'about', 'among', 'amid', 'despite', 'through', 'throughout', 'like', 'unlike', 'following', 'upon',
  'within', 'against', 'toward', 'towards', 'across', 'behind', 'beyond', 'near', 'outside', 'inside', 'per',
]);

/** Function words that cannot end a subject NP ("the", "of"): a verb after them is not a cue. */
const NP_CANNOT_END = new Set([...PREPOSITIONS, 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'to', 'not', 'no', 'and', 'or', 'but']);

/** Words after a verb that show it is not a cue use: "said to be", "told to", "called off". */
const NOT_CUE_AFTER = /^\s*(?:to\s+(?:be|have)\b|off\b|up\b)/iu;

/** Time and place adjuncts that may stand between a verb and its complementizer or end a tail. */
const ADJUNCT_HEAD =
  /^(?:on|in|at|during|after|before|late|early|earlier|later|last|this|next|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|month|year|recently|again|too|also|repeatedly|publicly|privately|separately|previously|while|when|as|via|through|from|to|with|outside|inside|near|before|following|amid|by|—|–|-|\(|,|;|:)$/iu;

// ---------------------------------------------------------------------------------------------

const ABBREVIATION = /^(?:\p{Lu}|(?:\p{Lu}\.)+\p{Lu}?|Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Rev|Hon|Prof|St|Jr|Sr|Mt|Ft|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.$/u;

/**
 * Bounds that keep the stage linear on text with no sentence breaks (a 10 MB run-on paragraph):
 * reported content longer than this many words, or a subject further back, is not looked for.
 */
const MAX_CONTENT_WORDS = 150;
const MAX_LOOKBACK_CHARS = 400;

/** Index of the word starting at `start` (binary search; -1 when none). */
function wordAt(words: readonly { start: number }[], start: number): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = words[mid]?.start ?? 0;
    if (w === start) return mid;
    if (w < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** First index `j` in (from, to) with `test(words[j])`, or -1: a bounded findIndex. */
function findWithin<T>(words: readonly T[], from: number, to: number, test: (w: T) => boolean): number {
  for (let j = Math.max(0, from + 1); j < Math.min(words.length, to); j++) if (test(words[j] as T)) return j;
  return -1;
}

interface Word extends TextRange {
  text: string;
  lower: string;
}

/** Words of the masked sentence (letters, digits, inner apostrophes/hyphens/stops) with offsets. */
function wordsOf(masked: string, base: number): Word[] {
  // a hand scan, same tokens as /[\p{L}\p{N}]+(?:[’'.\-][\p{L}\p{N}]+)*\.?|[—–]|[,;:()]/gu: this runs
  // on every sentence of every article and the regex (with its match objects) was the claims stage's
  // largest single cost
  const out: Word[] = [];
  const n = masked.length;
  let i = 0;
  while (i < n) {
    const c = masked.charCodeAt(i);
    const len = codePointLetterOrDigitLength(masked, i);
    if (len === 0) {
      if (c === 0x2014 || c === 0x2013 || c === 44 || c === 59 || c === 58 || c === 40 || c === 41) {
        const t = masked[i] as string;
        out.push({ start: base + i, end: base + i + 1, text: t, lower: t });
        i++;
      } else i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(masked.charCodeAt(i + 1)) ? 2 : 1;
      continue;
    }
    const from = i;
    let j = lettersAndDigitsFrom(masked, i);
    for (;;) {
      const d = masked.charCodeAt(j);
      if (j < n && (d === 0x2019 || d === 39 || d === 46 || d === 45) && codePointLetterOrDigitLength(masked, j + 1) > 0) j = lettersAndDigitsFrom(masked, j + 1);
      else break;
    }
    if (j < n && masked.charCodeAt(j) === 46) j++;
    if (j - from <= MAX_SHARED_QUOTED_WORD && isQuotedRun(masked, from, j)) {
      // a word of a blanked quotation ("QQQQ"): a third of the words of a news sentence; its two
      // spellings are shared, not sliced and lower-cased again for every one
      out.push({ start: base + from, end: base + j, text: quotedWord(j - from), lower: quotedWordLower(j - from) });
      i = j;
      continue;
    }
    let word = masked.slice(from, j);
    // keep the stop of an abbreviation or initial ("Sen.", "U.S.", "W."), not of a sentence end
    // ("said."); every abbreviation but "vs." starts with a capital, so a lower-case word needs no regex
    if (word.endsWith('.') && ((isAsciiLower(word.charCodeAt(0)) && word !== 'vs.') || !ABBREVIATION.test(word))) word = word.slice(0, -1);
    out.push({ start: base + from, end: base + from + word.length, text: word, lower: word.toLowerCase() });
    i = j;
  }
  return out;
}

/** Only Q between `from` and `to`: a blanked quotation's word (a stop after it makes it no such word). */
function isQuotedRun(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.charCodeAt(k) !== 81) return false;
  return true;
}

/** Longer runs (a quotation with no spaces) are sliced as any word: the shared spellings stay small. */
const MAX_SHARED_QUOTED_WORD = 40;
const QUOTED_WORDS: string[] = [];
const QUOTED_WORDS_LOWER: string[] = [];
function quotedWord(length: number): string {
  return (QUOTED_WORDS[length] ??= 'Q'.repeat(length));
}
function quotedWordLower(length: number): string {
  return (QUOTED_WORDS_LOWER[length] ??= 'q'.repeat(length));
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** The end of the run of letters and digits starting at `i`. */
function lettersAndDigitsFrom(s: string, i: number): number {
  for (;;) {
    const len = codePointLetterOrDigitLength(s, i);
    if (len === 0) return i;
    i += len;
  }
}


/**
 * The sentence with the inside of every quotation blanked out (same length, so offsets hold):
 * words inside a quotation are the speaker's, never a cue or a clause edge of the narration.
 */
function maskQuotes(text: string, s: TextRange, quotes: readonly TextRange[]): string {
  if (quotes.length === 0) return text.slice(s.start, s.end); // most sentences quote nobody
  const parts: string[] = [];
  let from = s.start;
  for (const q of quotes) {
    const a = Math.max(q.start, from);
    const b = Math.min(q.end, s.end);
    if (b <= a) continue;
    parts.push(text.slice(from, a), text.slice(a, b).replace(/[^\s]/gu, 'Q'));
    from = b;
  }
  parts.push(text.slice(from, s.end));
  return parts.join('');
}

function claimsInSentence(text: string, s: TextRange, quotes: readonly TextRange[]): ClaimCandidate[] {
  const masked = maskQuotes(text, s, quotes);
  const words = wordsOf(masked, s.start);
  // most sentences hold no cue at all: every rule below needs a cue word, `according`, or a
  // headline colon among the first words, so a sentence with none of them has no claim
  // (one pass that also notes which rules can apply at all: each rule is its own function, so the
  // engine compiles, and recompiles when a rare branch is first taken, one small rule at a time)
  let according = false;
  let reported = false;
  let cue = false;
  let colon = false;
  for (let i = 0; i < words.length; i++) {
    const lower = (words[i] as Word).lower;
    if (lower === 'according') according = true;
    if (lower === 'reported') reported = true;
    if (CUE_FORMS.has(lower)) cue = true;
    if (i < 6 && lower === ':') colon = true;
  }
  if (!according && !cue && !colon) return [];
  const out: ClaimCandidate[] = [];
  const sentenceEnd = contentEnd(text, s.start, s.end);
  if (according) accordingToClaims(text, masked, s, words, sentenceEnd, out);
  if (reported) reportedByClaims(text, words, sentenceEnd, out);
  if (colon) headlineClaim(text, masked, s, words, sentenceEnd, out);
  if (cue) cueWordClaims(text, masked, s, words, sentenceEnd, out);
  return attachRelays(text, cutAtNextSubject(text, dropContained(out)));
}

/** `according to X, CONTENT` and `CONTENT, according to X`: pushes what it finds onto `out`. */
function accordingToClaims(text: string, masked: string, s: TextRange, words: readonly Word[], sentenceEnd: number, out: ClaimCandidate[]): void {
  const at = (i: number): Word | undefined => words[i];
  // according to X — the one phrase cue; the content is on the other side of the comma
  for (let i = 0; i + 1 < words.length; i++) {
    if (at(i)?.lower !== 'according' || at(i + 1)?.lower !== 'to') continue;
    const cue: TextRange = { start: at(i)?.start ?? 0, end: at(i + 1)?.end ?? 0 };
    const sourceStart = at(i + 2)?.start;
    if (sourceStart === undefined) continue;
    const sourceEnd = phraseEnd(words, i + 2, sentenceEnd);
    const source = trimRange(text, { start: sourceStart, end: sourceEnd });
    // the words after the source: "…, according to the campaign, has surged" goes on
    let next = findWithin(words, i + 1, i + 40, (w) => w.start >= sourceEnd && /^[,—–]$/u.test(w.text));
    // "according to Dennis B. Ross, another former American special envoy, was …": skip the apposition
    if (next > 0 && /^(?:a|an|the|another|his|her|their)$/iu.test(at(next + 1)?.text ?? '')) {
      const close = findWithin(words, next + 1, next + 14, (w) => /^[,—–]$/u.test(w.text));
      if (close > 0) next = close;
    }
    const after = next > 0 && at(next + 1) && (at(next + 1)?.start ?? sentenceEnd) < sentenceEnd ? at(next + 1) : undefined;
    if (i === 0 || (i <= 3 && words.slice(0, i).every((w) => /^(?:but|and|yet|so|,)$/iu.test(w.text)))) {
      // According to X, CONTENT.
      if (!after) continue;
      out.push({ start: after.start, end: cutAtTrailer(words, next + 1, sentenceEnd), cue, source, relayedBy: null, rule: 'according-to-front' });
    } else {
      // CONTENT, according to X.
      const before = at(i - 1);
      const start = clauseStartBefore(words, i);
      if (!before || start === null) continue;
      const end = before.text === ',' || before.text === '—' ? before.start : cue.start;
      const range = trimRange(text, { start, end });
      if (range.end - range.start >= 8) out.push({ ...range, cue, source, relayedBy: null, rule: 'according-to' });
      // A, according to X, B: "Fundraising, according to the campaign, has surged" — B is X's too
      if (after && !/^(?:and|but|while|which|who|as|after|before|although|though|even)$/iu.test(after.text)) {
        const rest = trimRange(text, { start: after.start, end: cutAtTrailer(words, next + 1, sentenceEnd) });
        if (rest.end - rest.start >= 8 && quoteShare(masked, s, rest) < QUOTATION_SHARE) {
          out.push({ ...rest, cue, source, relayedBy: null, rule: 'according-to-front' });
        }
      }
    }
  }
}

/** `CONTENT, first reported by X, …`: pushes what it finds onto `out`. */
function reportedByClaims(text: string, words: readonly Word[], sentenceEnd: number, out: ClaimCandidate[]): void {
  const at = (i: number): Word | undefined => words[i];
  // "The meeting in Caracas, first reported by CNN, was notable …": the outlet reported the event
  for (let i = 1; i + 2 < words.length; i++) {
    if (at(i)?.lower !== 'reported' || at(i + 1)?.lower !== 'by') continue;
    let c = i - 1;
    if (/^(?:first|originally|earlier|previously|also|initially|exclusively)$/u.test(at(c)?.lower ?? '')) c--;
    const comma = at(c);
    const first = at(0);
    if (!comma || comma.text !== ',' || c < 1 || !first) continue;
    const sourceStart = at(i + 2)?.start ?? 0;
    const source = trimRange(text, { start: sourceStart, end: phraseEnd(words, i + 2, sentenceEnd) });
    const content = trimRange(text, { start: first.start, end: comma.start });
    out.push({ ...content, cue: { start: at(c + 1)?.start ?? 0, end: at(i + 1)?.end ?? 0 }, source, relayedBy: null, rule: 'reported-by' });
  }
}

/** `Newt Gingrich: Trump Must Decide …`: a headline with its source before the colon. */
function headlineClaim(text: string, masked: string, s: TextRange, words: readonly Word[], sentenceEnd: number, out: ClaimCandidate[]): void {
  const at = (i: number): Word | undefined => words[i];
  // headlines: "Newt Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket", "Clinton camp: …"
  const colon = findWithin(words, -1, 6, (w) => w.text === ':');
  if (colon >= 1 && colon <= 4 && startsItsLine(text, s.start) && isParagraphEnd(text, s.end)) {
    const head = words.slice(0, colon);
    const rest = words.slice(colon + 1);
    const alphabetic = rest.filter((w) => /^\p{L}{2,}/u.test(w.text)).length;
    const headWords = head.map((w) => w.lower).join(' ');
    const headerField =
      /^(?:updated|published|posted|date|by|photo|photos|source|sources|credit|note|editor|related|watch|read|update|correction|video|live|breaking|exclusive|analysis|opinion|editorial)$/u.test(head[0]?.lower ?? '') ||
      /^(?:the latest|fact check|editor's note|editor’s note)$/u.test(headWords);
    if (!headerField && head.every((w) => /^\p{Lu}/u.test(w.text) || /^(?:camp|campaign|aide|aides|allies|spokesman|spokeswoman)$/u.test(w.lower)) && alphabetic >= 3) {
      const src = { start: head[0]?.start ?? s.start, end: head[head.length - 1]?.end ?? s.start };
      const content = trimRange(text, { start: rest[0]?.start ?? s.end, end: sentenceEnd });
      if (quoteShare(masked, s, content) < QUOTATION_SHARE) {
        out.push({ ...content, cue: { start: at(colon)?.start ?? 0, end: at(colon)?.end ?? 0 }, source: src, relayedBy: null, rule: 'headline' });
      }
    }
  }
}

/** Claims around every cue word of the sentence (svc, evidential, participle, parenthetical, tail). */
function cueWordClaims(text: string, masked: string, s: TextRange, words: readonly Word[], sentenceEnd: number, out: ClaimCandidate[]): void {
  const at = (i: number): Word | undefined => words[i];
  // headlines: "Chris Christie Says He Would Issue A Quarantine" — every word capitalised;
  // read only when a capitalised cue word needs it (most sentences never ask)
  let titleCase: boolean | undefined;
  const isTitleCase = (): boolean => (titleCase ??= isTitleCaseLine(words));
  for (let i = 0; i < words.length; i++) {
    const w = at(i);
    if (!w) continue;
    const base = baseOf(w.lower);
    if (!base || /^Q+$/u.test(w.text)) continue;
    // "Six Americans … are heading home" is not "head": verbs are lower case except sentence-first
    if (w.text !== w.lower && i > 0 && !isTitleCase()) continue;
    const after = masked.slice(w.end - s.start, w.end - s.start + 40);
    if (NOT_CUE_AFTER.test(after)) continue;
    if (/ing$/u.test(w.lower) && !/ing$/u.test(base)) {
      const p = participleClaim(text, masked, s, words, i, base, sentenceEnd, out);
      if (p) out.push(p);
      continue;
    }
    if (EVIDENTIAL.has(base)) {
      for (const c of evidentialClaim(text, masked, s, words, i, sentenceEnd)) out.push(c);
      continue;
    }
    const svc = subjectVerbContent(text, masked, s, words, i, base, sentenceEnd);
    if (svc === 'quotation') continue;
    if (svc) {
      out.push(svc);
      continue;
    }
    const pieces = parentheticalClaim(text, masked, s, words, i, sentenceEnd) ?? [tailClaim(text, masked, s, words, i, base, sentenceEnd)];
    for (const c of pieces) if (c) out.push(c);
  }
}

/** "Chris Christie Says He Would Issue A Quarantine": four or more words, at least 80% capitalised. */
function isTitleCaseLine(words: readonly Word[]): boolean {
  const lettered = words.filter((w) => /^\p{L}/u.test(w.text));
  return lettered.length >= 4 && lettered.filter((w) => /^\p{Lu}/u.test(w.text)).length >= 0.8 * lettered.length;
}

/**
 * `X said (that) CONTENT`: a subject NP right before the verb (auxiliaries and adverbs allowed
 * between), and content after it. Returns null when the verb has no subject NP or no content
 * follows (then it may be a tail: `CONTENT, X said.`).
 */
function subjectVerbContent(
  text: string,
  masked: string,
  s: TextRange,
  words: readonly Word[],
  v: number,
  base: string,
  sentenceEnd: number,
): ClaimCandidate | 'quotation' | null {
  const verb = words[v];
  if (!verb) return null;
  // "Trump was asked if …", "Clinton is expected to win", "Indiana appears to be a break from the
  // norm": no source in the sentence
  const passive =
    (PASSIVE_AUX.test(text.slice(Math.max(s.start, verb.start - 60), verb.start)) && /(?:ed|wn|ght|id|ld|en)$/u.test(verb.lower) && !STANCE_ADJECTIVES.has(base)) ||
    EVIDENTIAL.has(base);
  const subject = passive ? null : subjectBefore(text, s, words, v);
  if (!subject && !passive) return null;
  // `“…,” Palmieri said on the show`: this cue attributes the quotation before it
  if (subject && /[”"'’»]\s*$/u.test(text.slice(Math.max(s.start, subject.start - 3), subject.start)) && /[,!?—–]\s*[”"'’»]+\s*$/u.test(text.slice(Math.max(s.start, subject.start - 8), subject.start))) return 'quotation';

  let k = v + 1;
  // phrasal cues: "called for", "called on", "pointed out", "warned against" keep their particle in the cue
  let cueEnd = verb.end;
  const next = words[k];
  if (next && /^(?:for|on|out|back|up)$/iu.test(next.text) && /^(?:call|point|fire|shoot|sum|speak|push|lash)$/u.test(base)) {
    cueEnd = next.end;
    k++;
  }
  if (OBJECT_FIRST.has(base)) {
    // "told The Post and Courier newspaper of Charleston on Saturday that he cast his ballot"
    const that = findWithin(words, k, k + 16, (w) => w.lower === 'that');
    const between = that > 0 ? words.slice(k, that) : [];
    k = that > 0 && !between.some((w) => /^[,;:()—–]$/u.test(w.text) || SUBJECT_PRONOUNS.has(w.lower)) ? that : skipObject(words, k);
  }
  k = skipAdjuncts(words, k);
  let first = words[k];
  if (!first || first.start >= sentenceEnd) return null;
  // "Marco Rubio says, win or lose …, he’s staying in the race" (subject opens the sentence);
  // "But as Clyburn noted, those voters will …"
  const subjectIndex = subject ? wordAt(words, subject.start) : -1;
  if (first.text === ',' && subject && (subjectIndex === 0 || (subjectIndex > 0 && /^(?:as)$/u.test(words[subjectIndex - 1]?.lower ?? ''))) && words[k + 1]) {
    k++;
    first = words[k] as Word;
  }
  if (first.text === ',' || first.text === ';' || first.text === ')') return null;
  if ((NEEDS_THAT.has(base) || STANCE_ADJECTIVES.has(base)) && !/^(?:that|:)$/iu.test(first.text)) return null;
  // "500 pledged delegates": a pledge is reported by its complement
  if (NEEDS_COMPLEMENT.has(base) && !/^(?:that|to|whether|if|:)$/iu.test(first.text)) return null;
  // "said of Cruz", "said with a grin", "said at a rally": an adjunct, so the content is elsewhere
  if (!contentMayStartWith(base, first.lower)) return null;
  // "which the probe said were covered up": a relative clause's gap makes the verb the content's start
  const gapped = subject !== null && /^(?:which|what|that|who|whom)$/u.test(words[subjectIndex - 1]?.lower ?? '');
  if (FINITE_START.test(first.lower) && !gapped) return null;
  // "Grenell's picture shows four of the released Americans": only a document shows a claim
  if (base === 'show' && first.lower !== 'that' && !DOCUMENT_NOUNS.has(lastWordOf(text, subject))) return null;
  let start = first.text === ':' ? (words[k + 1]?.start ?? first.end) : first.start;
  if (/^[,—–]$/u.test(first.text)) start = words[k + 1]?.start ?? first.end;
  let end = cutAtTrailer(words, k, sentenceEnd);
  // "And while he said he would bring back waterboarding, he clarified …": the fronted clause ends at its comma
  const before = subjectIndex - 1;
  if (before >= 0 && FRONTED.has(words[before]?.lower ?? '')) {
    const comma = findWithin(words, k, k + MAX_CONTENT_WORDS, (w) => w.text === ',' && w.start < end);
    if (comma > 0) end = words[comma]?.start ?? end;
  }
  // "55 percent said so in December": the content is the pro-form alone
  if (first.lower === 'so' || first.lower === 'otherwise') end = first.end;
  const range = trimRange(text, { start, end });
  if (range.end - range.start < 2) return null;
  // `Trump said: "…"` — the content is a quotation: the quotation stage attributes it
  if (quoteShare(masked, s, range) >= QUOTATION_SHARE) return 'quotation';
  return { ...range, cue: { start: verb.start, end: cueEnd }, source: subject, relayedBy: null, rule: 'svc' };
}

/**
 * `The race appears closer in Ohio`, `Mr. Trump seemed to overstay his welcome`: an appearance
 * reported with no source: how it seems (the complement, up to the clause's end) is the content,
 * and it has no speaker. PolNeAR also marks the subject ("The race") as content; a fact-checker
 * gains nothing from a record that says only "The race", so saidby leaves it out.
 */
function evidentialClaim(text: string, masked: string, s: TextRange, words: readonly Word[], v: number, sentenceEnd: number): ClaimCandidate[] {
  const verb = words[v];
  const first = words[v + 1];
  if (!verb || !first || first.start >= sentenceEnd || /^[,;:)]$/u.test(first.text)) return [];
  // "appeared before reporters", "appeared on Fox": a physical appearance, not a seeming
  if (PREPOSITIONS.has(first.lower) && first.lower !== 'to' && first.lower !== 'like') return [];
  let end = cutAtTrailer(words, v + 1, sentenceEnd);
  for (let j = v + 2; j < words.length; j++) {
    const w = words[j];
    if (!w || w.start >= end) break;
    // "seemed to match the sense of relief as the rock classic played": the clause ends at a subordinator
    if (w.text === ',' || /^(?:as|because|since|although|though|when|while|but)$/u.test(w.lower)) {
      end = w.start;
      break;
    }
  }
  const cue = { start: verb.start, end: verb.end };
  const out: ClaimCandidate[] = [];
  const complement = trimRange(text, { start: first.start, end });
  if (complement.end > complement.start && quoteShare(masked, s, complement) < QUOTATION_SHARE) {
    out.push({ ...complement, cue, source: null, relayedBy: null, rule: 'svc' });
  }
  return out;
}

/** Content that is mostly quoted words is a quotation, not a claim. */
const QUOTATION_SHARE = 0.6;

/** Share of non-space characters of `r` that are inside a quotation. */
function quoteShare(masked: string, s: TextRange, r: TextRange): number {
  // counted in place, with slice()'s bounds: one claim per "said" of a run-on sentence each copied
  // and rescanned up to 150 words
  const n = masked.length;
  const bound = (x: number): number => (x < 0 ? Math.max(n + x, 0) : Math.min(x, n));
  const from = bound(r.start - s.start);
  const to = bound(r.end - s.start);
  let kept = 0;
  let quoted = 0;
  for (let i = from; i < to; i++) {
    const c = masked.charCodeAt(i);
    if (isSpace(c)) continue;
    kept++;
    if (c === 81) quoted++;
  }
  return kept === 0 ? 0 : quoted / kept;
}

/**
 * `A, X said, B.` — an attribution inside the sentence splits the content in two pieces, both the
 * speaker's ("Instead, he said, he sees the benefits of …").
 */
function parentheticalClaim(
  text: string,
  masked: string,
  s: TextRange,
  words: readonly Word[],
  v: number,
  sentenceEnd: number,
): ClaimCandidate[] | null {
  const verb = words[v];
  if (!verb || words[v + 1]?.text !== ',') return null;
  const subject = subjectBefore(text, s, words, v);
  if (!subject) return null;
  let c = v - 1;
  while (c >= 0 && (words[c]?.start ?? 0) >= subject.start) c--;
  if (words[c]?.text !== ',' || c < 1) return null;
  const before = trimRange(text, { start: s.start, end: words[c]?.start ?? s.start });
  const afterStart = words[v + 2]?.start;
  if (afterStart === undefined || afterStart >= sentenceEnd) return null;
  const after = trimRange(text, { start: afterStart, end: sentenceEnd });
  if (before.end - before.start > MAX_LOOKBACK_CHARS * 4) return null;
  const pieces = [before, after].filter((r) => r.end > r.start && quoteShare(masked, s, r) < QUOTATION_SHARE);
  if (pieces.length === 0) return null;
  return pieces.map((r) => ({ ...r, cue: { start: verb.start, end: verb.end }, source: subject, relayedBy: null, rule: 'parenthetical' as const }));
}

/**
 * `…, saying (that) CONTENT` / `…, adding that CONTENT`: a participle after a comma reports what the
 * main clause's subject said. The speaker is the source of the sentence's previous claim, else
 * the name or pronoun that opens the sentence.
 */
function participleClaim(
  text: string,
  masked: string,
  s: TextRange,
  words: readonly Word[],
  v: number,
  base: string,
  sentenceEnd: number,
  earlier: readonly ClaimCandidate[],
): ClaimCandidate | null {
  const verb = words[v];
  const prev = words[v - 1];
  if (!verb || !prev || !/^(?:,|and|—|–)$/u.test(prev.text)) return null;
  if (!REPORTING_VERB_FORMS.has(verb.lower)) return null;
  let k = v + 1;
  if (OBJECT_FIRST.has(base)) k = skipObject(words, k);
  const first = words[k];
  if (!first || first.start >= sentenceEnd || /^[,;)]$/u.test(first.text)) return null;
  if (NEEDS_THAT.has(base) && !/^(?:that|:)$/iu.test(first.text)) return null;
  if (!contentMayStartWith(base, first.lower) || FINITE_START.test(first.lower)) return null;
  const start = first.text === ':' ? (words[k + 1]?.start ?? first.end) : first.start;
  const range = trimRange(text, { start, end: cutAtTrailer(words, k, sentenceEnd) });
  if (range.end - range.start < 2 || quoteShare(masked, s, range) >= QUOTATION_SHARE) return null;
  const host = [...earlier].reverse().find((c) => c.source && c.cue.start < verb.start && c.cue.start >= s.start);
  return { ...range, cue: { start: verb.start, end: verb.end }, source: host?.source ?? sentenceSubject(words, v), relayedBy: null, rule: 'participle' };
}

/** The name or pronoun opening the sentence ("Trump", "Sen. Ted Cruz", "She"), or null. */
function sentenceSubject(words: readonly Word[], limit: number): TextRange | null {
  const first = words[0];
  if (!first) return null;
  if (SUBJECT_PRONOUNS.has(first.lower) && first.lower !== 'it') return { start: first.start, end: first.end };
  // "Senator Ted Cruz …", "The Arizona Republican …": a capitalised run (a determiner may open it)
  let e = -1;
  const from = /^(?:the)$/iu.test(first.text) && /^\p{Lu}/u.test(words[1]?.text ?? '') ? 1 : 0;
  for (let k = from; k < limit; k++) {
    const w = words[k];
    if (!w || !/^\p{Lu}/u.test(w.text) || CLAUSE_OPENERS.has(w.lower) || PREPOSITIONS.has(w.lower) || /^(?:the|a|an)$/iu.test(w.text)) break;
    e = k;
  }
  const last = words[e];
  if (e >= 0 && last && (e > from || !SENTENCE_ADVERBS.test(first.text))) return { start: first.start, end: last.end };
  // "A few minutes later they reversed themselves … and said": the first personal pronoun
  const pronoun = words.slice(0, Math.min(limit, 40)).find((w) => /^(?:he|she|they|we|i)$/u.test(w.lower));
  return pronoun ? { start: pronoun.start, end: pronoun.end } : null;
}

/** Capitalised sentence openers that are no name: "Meanwhile", "Later", "Yesterday". */
const SENTENCE_ADVERBS = /^(?:Meanwhile|Later|Earlier|Yesterday|Today|Still|Instead|However|Then|Now|Also|Afterward|Afterwards|Finally|Separately|Last|Next|Since|Once|Even|Yet)$/u;

/** After `told`/`assured`/`warned`: skip the addressee ("reporters", "the White House", "him"). */
function skipObject(words: readonly Word[], k: number): number {
  const w = words[k];
  if (!w) return k;
  if (w.lower === 'that' || w.text === ':' || w.text === ',') return k;
  // "promise of mass deportations": a preposition right after the verb means no addressee
  if (PREPOSITIONS.has(w.lower) || CLAUSE_OPENERS.has(w.lower)) return k;
  if (OBJECT_PRONOUNS.has(w.lower)) return k + 1;
  // an NP: optional determiner, then words up to a clause-starting word (pronoun, "that", a determiner)
  let j = k;
  if (/^(?:the|a|an|his|her|their|its|our|my|your|this|these|those|some|several|fellow)$/iu.test(w.text)) j++;
  let n = 0;
  while (j < words.length && n < 5) {
    const x = words[j];
    if (!x || x.lower === 'that' || SUBJECT_PRONOUNS.has(x.lower) || /^[,;:—–()]$/u.test(x.text) || CLAUSE_OPENERS.has(x.lower)) break;
    if (n > 0 && /^(?:the|a|an|his|her|their|its|this|there)$/iu.test(x.text)) break;
    if (n > 0 && /^(?:to|against|of|about|in|on)$/iu.test(x.text)) break;
    j++;
    n++;
  }
  // "Trump assured voters." — nothing after the object: no content
  return n === 0 ? k : j;
}

/** Skip time/place adjuncts ("Friday", "on Friday", "in an annual speech …") up to a `that` within reach. */
function skipAdjuncts(words: readonly Word[], k: number): number {
  const w = words[k];
  if (!w || w.lower === 'that') return k;
  // "said in an annual speech to the judiciary late on Friday evening that the meeting …"
  if (ADJUNCT_HEAD.test(w.text) && !/^[,;:(—–-]$/u.test(w.text)) {
    for (let j = k; j < Math.min(words.length, k + 16); j++) {
      const x = words[j];
      if (!x || /^[;:()—–]$/u.test(x.text)) break;
      if (x.lower === 'that') return j;
      // "says at a campaign stop in Toledo, Ohio, that …": a comma inside a place name, or before "that"
      if (x.text === ',' && !/^(?:that|\p{Lu})/u.test(words[j + 1]?.text ?? '')) break;
    }
  }
  // a bare day name or time word right after the verb: "announced Friday the release …"
  let j = k;
  while (j < words.length && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|again|repeatedly|publicly|privately|separately|recently|also|too)$/iu.test(words[j]?.text ?? '')) j++;
  if (j > k && words[j]?.text === ',') j++;
  return j;
}

/**
 * `CONTENT, X said [adjuncts].` and `CONTENT, said X.`: the verb sits after a comma near the end
 * with a short subject, and nothing but adjuncts follows it.
 */
function tailClaim(
  text: string,
  masked: string,
  s: TextRange,
  words: readonly Word[],
  v: number,
  base: string,
  sentenceEnd: number,
): ClaimCandidate | null {
  const verb = words[v];
  if (!verb || NEEDS_THAT.has(base)) return null;
  // what follows the verb must be an adjunct, not a complement ("…, Trump said Friday, after …")
  const next = words[v + 1];
  const adjunctAfter = !next || next.start >= sentenceEnd || ADJUNCT_HEAD.test(next.text);

  // inverted: "CONTENT, said Maduro." / "CONTENT, says a new poll."
  if (words[v - 1]?.text === ',' && next && !/^(?:that|to|in|on|at|of|with|for|by|,)$/iu.test(next.text) && !SUBJECT_PRONOUNS.has(next.lower)) {
    const commaAt = v - 1;
    const srcEnd = phraseEnd(words, v + 1, sentenceEnd);
    let srcWords = 0;
    for (let k = v + 1; k < words.length && (words[k]?.end ?? 0) <= srcEnd && srcWords <= 6; k++) srcWords++;
    // "…, said several observers." — a short source that ends the sentence (or its clause)
    if (srcWords > 6) return null;
    const start = s.start;
    const end = words[commaAt]?.start ?? verb.start;
    if (end - start > MAX_LOOKBACK_CHARS * 4) return null;
    if (end - start >= 8 && commaAt > 1 && quoteShare(masked, s, { start, end }) < QUOTATION_SHARE) {
      return {
        ...trimRange(text, { start, end }),
        cue: { start: verb.start, end: verb.end },
        source: trimRange(text, { start: next.start, end: srcEnd }),
        relayedBy: null,
        rule: 'tail-inverted',
      };
    }
  }
  if (!adjunctAfter) return null;
  // "CONTENT, X said." — find the comma before the subject
  const subject = subjectBefore(text, s, words, v);
  if (!subject) return null;
  let c = v - 1;
  while (c >= 0 && (words[c]?.start ?? 0) >= subject.start) c--;
  const comma = words[c];
  if (!comma || !/^[,—–]$/u.test(comma.text) || c < 2) return null;
  if (comma.start - s.start > MAX_LOOKBACK_CHARS * 4) return null;
  const range = trimRange(text, { start: s.start, end: comma.start });
  if (range.end - range.start < 8 || quoteShare(masked, s, range) >= QUOTATION_SHARE) return null;
  return { ...range, cue: { start: verb.start, end: verb.end }, source: subject, relayedBy: null, rule: 'tail' };
}

/**
 * The subject NP ending right before verb `v` (auxiliaries/adverbs skipped), or null. The NP starts
 * after the nearest clause edge: sentence start, a comma/semicolon/colon/dash, or a clause-opening
 * word. `Gonzalez, who …, has warned` skips the relative clause back to `Gonzalez`.
 */
function subjectBefore(text: string, s: TextRange, words: readonly Word[], v: number): TextRange | null {
  const verb = words[v];
  if (!verb) return null;
  const windowStart = Math.max(s.start, verb.start - MAX_LOOKBACK_CHARS);
  const pre = text.slice(windowStart, verb.start);
  // "his critics hysterically denounced him": any -ly adverb may sit before the verb
  let trimmed = pre.length;
  while (trimmed > 0 && isSpace(pre.charCodeAt(trimmed - 1))) trimmed--;
  const aux = preVerbStart(pre, trimmed, isPreVerbWord);
  const ly = aux >= 0 ? -1 : preVerbStart(pre, trimmed, isLyAdverb);
  const npEnd = windowStart + (aux >= 0 ? aux : ly >= 0 ? ly : trimmed);
  // last word index before npEnd
  let e = v - 1;
  while (e >= 0 && (words[e]?.end ?? 0) > npEnd) e--;
  const last = words[e];
  if (!last) return null;
  if (last.text === ',' || last.text === ')') {
    // "Gonzalez, who the US recognizes …, has warned": back to the NP before ", who"
    // "Polk County GOP Chairman Will Rogers, for example, said …", "Clinton, speaking in Ohio, talked …":
    // the sentence's first phrase, set off by commas, is the subject
    return relativeHost(words, e) ?? (last.text === ',' ? openingSubject(words, e) : null);
  }
  // "… survived 5 ½ years in a Vietnamese prison and says such techniques are inhumane": the
  // coordinated verb shares the sentence's subject
  if (/^(?:and|but|then)$/u.test(last.lower) && e > 0) return sentenceSubject(words, e);
  if (NP_CANNOT_END.has(last.lower) || /^Q+$/u.test(last.text)) return null;
  if (/^(?:[;:—–(])$/u.test(last.text)) return null;
  // walk back to the clause edge
  let b = e;
  while (b - 1 >= 0 && e - b < 24) {
    const x = words[b - 1];
    if (!x || /^[,;:—–()]$/u.test(x.text) || CLAUSE_OPENERS.has(x.lower) || /^Q+$/u.test(x.text)) break;
    // a verb form between: "…, which had been expected to cover …" — stop at another cue verb
    if (CUE_FORMS.has(x.lower) && x.text === x.lower && !/ing$/u.test(x.lower)) break;
    b--;
  }
  // "Govs. Jeb Bush and Chris Christie, who say …" → the host NP before ", who"
  if (b === e && words[b]?.lower === 'who') return words[b - 1]?.text === ',' ? npBefore(words, b - 1) : null;
  // "A senior official who was not authorized to speak publicly said …": a restrictive relative
  // clause sits between the subject and its verb; the subject is the NP before "who"
  if (b < e && words[b - 1]?.lower === 'who' && b >= 2 && !/^[,;:—–()]$/u.test(words[b - 2]?.text ?? '')) return npBefore(words, b - 1);
  // strip leading prepositional phrases: "In an interview Trump said" → Trump
  while (b <= e && PREPOSITIONS.has(words[b]?.lower ?? '')) {
    let j = b + 1;
    while (j <= e && !/^\p{Lu}/u.test(words[j]?.text ?? '') && !SUBJECT_PRONOUNS.has(words[j]?.lower ?? '')) j++;
    // skip the capitalised object of the preposition itself ("In September the US")
    if (j <= e && j === b + 1) {
      j++;
      while (j <= e && !/^\p{Lu}/u.test(words[j]?.text ?? '') && !SUBJECT_PRONOUNS.has(words[j]?.lower ?? '') && !/^(?:the|a|an)$/u.test(words[j]?.text ?? '')) j++;
    }
    b = j;
  }
  if (b > e) return null;
  const first = words[b];
  if (!first) return null;
  // a subject that opens the sentence may be long ("The GOP’s complaint to the D.C. Court of
  // Appeals’ Board on Professional Responsibility says"); one inside it is a clause, not an NP
  if (e - b + 1 > (b === 0 ? 18 : 12)) return null;
  // "has published thousands of voting tallies that suggested": the NP starts after the verb group
  for (let k = e - 1; k >= b; k--) {
    if (AUX_WORDS.has(words[k]?.lower ?? '')) {
      const from = k + 2 <= e ? k + 2 : k + 1;
      const end = /^(?:who|that|which)$/iu.test(last.text) ? e - 1 : e;
      return subjectFrom(words, from, end);
    }
  }
  // "the four women who have accused": the subject is the NP before the relative pronoun
  if (/^(?:who|that|which)$/iu.test(last.text)) {
    if (e === b) return relativeHost(words, e - 1);
    const host = words[e - 1];
    return host ? { start: first.start, end: host.end } : null;
  }
  // "Maduro’s claim to a third term": a noun, not a verb
  if (/[’']s$/u.test(last.text)) return null;
  // "I can't say", "They’re now planning", "He scrapped plans": a clause, not a subject NP
  for (let k = b; k <= e; k++) {
    const w = words[k];
    if (!w) continue;
    if (CLAUSE_INSIDE.test(w.text)) return null;
    if (k < e && SUBJECT_PRONOUNS.has(w.lower) && w.lower !== 'it') return null;
  }
  // a subject needs a noun-ish word: a name, a pronoun, or a lower-case content word
  return { start: first.start, end: last.end };
}

/**
 * Where the run of pre-verb words that ends `s.slice(0, end)` begins: the offset of the whitespace
 * before its first word, or -1 when the last word is none. The same answer as the leftmost match of
 * `/(?:\s+(?:WORD))+$/` on that string, read backwards from the verb: the regex tried every
 * position of a 400-character look-back, and took quadratic time on a long run of spaces.
 */
function preVerbStart(s: string, end: number, isWord: (w: string) => boolean): number {
  let found = -1;
  let pos = end;
  while (pos > 0) {
    let from = pos;
    while (from > 0 && !isSpace(s.charCodeAt(from - 1))) from--;
    // a word needs whitespace before it, and must be one of the words (all of it: \s or the end follows)
    if (from === pos || from === 0 || !isWord(s.slice(from, pos))) break;
    let space = from;
    while (space > 0 && isSpace(s.charCodeAt(space - 1))) space--;
    found = space;
    pos = space;
  }
  return found;
}

/** An auxiliary or adverb of PRE_VERB, matched as `/iu` would match it. */
function isPreVerbWord(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128 && c !== 0x2019) return PRE_VERB_FOLDED.test(w);
  }
  return PRE_VERB.has(w.toLowerCase());
}

/** "his critics hysterically denounced him": a lower-case -ly word other than "only", "family", … */
function isLyAdverb(w: string): boolean {
  if (w.length < 3 || !w.endsWith('ly') || NOT_LY_ADVERBS.has(w)) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** The phrase from the sentence start (after But/And) to its first comma, when that comma chain runs to `e`. */
function openingSubject(words: readonly Word[], e: number): TextRange | null {
  let b = 0;
  if (/^(?:but|and|yet|so)$/iu.test(words[0]?.text ?? '')) b = 1;
  const comma = findWithin(words, b, b + 10, (w) => w.text === ',');
  if (comma < 0 || comma >= e || comma - b > 8 || comma - b < 1) return null;
  if (words.slice(b, comma).some((w) => CLAUSE_OPENERS.has(w.lower) || PREPOSITIONS.has(w.lower) && w === words[b] || AUX_WORDS.has(w.lower))) return null;
  if (!/^\p{Lu}/u.test(words[b]?.text ?? '')) return null;
  return subjectFrom(words, b, comma - 1);
}

/** Words `b..e` as a subject NP, or null when empty. */
function subjectFrom(words: readonly Word[], b: number, e: number): TextRange | null {
  const first = words[b];
  const last = words[e];
  if (!first || !last || b > e) return null;
  return { start: first.start, end: last.end };
}

function lastWordOf(text: string, r: TextRange | null): string {
  if (!r) return '';
  const m = /(\p{L}+)\P{L}*$/u.exec(text.slice(r.start, r.end));
  return (m?.[1] ?? '').toLowerCase();
}

/** The NP ending right before word index `c` (a comma), back to the clause edge; at most 8 words. */
function npBefore(words: readonly Word[], c: number): TextRange | null {
  const e = c - 1;
  const last = words[e];
  if (!last || /^[,;:—–()]$/u.test(last.text)) return null;
  let b = e;
  while (b - 1 >= 0) {
    const x = words[b - 1];
    if (!x || /^[,;:—–()]$/u.test(x.text) || CLAUSE_OPENERS.has(x.lower) || PREPOSITIONS.has(x.lower)) break;
    b--;
  }
  // "his rivals, particularly Govs. Jeb Bush and Chris Christie": the names, not the adverb
  while (b < e && !/^\p{Lu}/u.test(words[b]?.text ?? '') && /ly$/u.test(words[b]?.lower ?? '')) b++;
  const first = words[b];
  return first && e - b < 8 ? { start: first.start, end: last.end } : null;
}

/** For `X, who …,` (comma at index `c` or the word before "who"): the NP X. */
function relativeHost(words: readonly Word[], c: number): TextRange | null {
  // "Sen. Bernie Sanders (I-Vt.) said": the parenthesis closes right before the verb
  if (words[c]?.text === ')') {
    let k = c - 1;
    while (k >= 0 && words[k]?.text !== '(' && c - k < 12) k--;
    if (words[k]?.text !== '(') return null;
    const last = words[k - 1];
    if (!last || /^[,;:—–()]$/u.test(last.text)) return null;
    return npBefore(words, k);
  }
  // find ", who" / ", a … ," opening the parenthetical, across commas inside it ("Christopher
  // Harvey, an African-American delegate from Houston, Texas, said"): at most 24 words back
  let k = c - 1;
  let sawRelative = false;
  let isAppositive = false;
  while (k >= 0 && c - k < 24) {
    const w = words[k];
    if (!w || /^[;:()]$/u.test(w.text)) return null;
    if (/^(?:who|which|whose|whom)$/iu.test(w.text)) sawRelative = true;
    if (w.text === ',') {
      const opener = words[k + 1];
      if (opener && /^(?:who|which|a|an|the|whose|whom)$/iu.test(opener.text)) {
        isAppositive = true;
        break;
      }
      if (sawRelative) break;
    }
    k--;
  }
  if (k < 0 || (!sawRelative && !isAppositive) || words[k]?.text !== ',') return null;
  // the host NP ends at the comma at k; it starts at the clause edge before it
  const e = k - 1;
  const last = words[e];
  if (!last || /^[,;:—–()]$/u.test(last.text)) return null;
  let b = e;
  while (b - 1 >= 0) {
    const x = words[b - 1];
    if (!x || /^[,;:—–()]$/u.test(x.text) || CLAUSE_OPENERS.has(x.lower)) break;
    b--;
  }
  if (e - b + 1 > 8) return null;
  const first2 = words[b];
  return first2 ? { start: first2.start, end: last.end } : null;
}

/**
 * End of a source NP starting at word `i`: the next comma, semicolon, dash or the sentence end,
 * less a trailing time adjunct ("a Venezuelan government statement on Friday" → "… statement").
 */
function phraseEnd(words: readonly Word[], i: number, sentenceEnd: number): number {
  let k = i;
  while (k < words.length) {
    const w = words[k];
    if (!w || w.start >= sentenceEnd || /^[,;:—–()]$/u.test(w.text)) break;
    k++;
  }
  let e = k - 1;
  // drop "on Friday", "last week", "in 2016", "this month" from the end
  for (;;) {
    const last = words[e]?.lower ?? '';
    const prev = words[e - 1]?.lower ?? '';
    if (e - 1 > i && TIME_WORDS.test(last) && /^(?:on|last|this|earlier|late|in|early|next)$/u.test(prev)) e -= 2;
    else if (e > i && TIME_WORDS.test(last) && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/u.test(last)) e -= 1;
    else break;
  }
  return words[e]?.end ?? sentenceEnd;
}

const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|week|month|year|weekend|morning|evening|night|\d{4})$/u;

/** The start of the clause that ends at word `i` (sentence start, or after `;`/`:`). */
function clauseStartBefore(words: readonly Word[], i: number): number | null {
  let k = i - 1;
  while (k >= 0 && !/^[;:]$/u.test(words[k]?.text ?? '')) {
    if (i - k > MAX_CONTENT_WORDS) return null;
    k--;
  }
  const first = words[k + 1];
  if (!first) return null;
  // "But …", "And …": the conjunction is narration, not content
  if (/^(?:but|and|so|yet)$/iu.test(first.text) && words[k + 2]) return words[k + 2]?.start ?? first.start;
  return first.start;
}

/**
 * Where reported content ends: the sentence end, or earlier where the narration takes over again —
 * `, according to X`, `; …`, `, which …`, `, saying …`, `while …`, `but would not …`, an unpaired
 * dash before an apposition (`— a controversial proposal`).
 */
function cutAtTrailer(words: readonly Word[], k: number, sentenceEnd: number): number {
  for (let j = k + 1; j < words.length; j++) {
    const w = words[j];
    if (!w || w.start >= sentenceEnd) break;
    // a run-on "sentence" hundreds of words long: report a bounded stretch, not the rest of the text
    if (j - k > MAX_CONTENT_WORDS) return words[j - 1]?.end ?? w.start;
    // "…; Wealth-X tallies 585" — a semicolon ends the reported clause
    if (w.text === ';') return w.start;
    // "… in the primaries while about 6 in 10 white men supported Sanders", "… but would not offer details"
    if (w.lower === 'while' || w.lower === 'whereas') return w.start;
    // "… but would not offer details" ends it; "… but that the plans won't help" continues it
    if (w.lower === 'but' && words[j + 1]?.lower !== 'that') return w.start;
    // "… and predicted that …": a second reporting verb with its own content is a second claim
    if (w.lower === 'and' && CUE_FORMS.has(words[j + 1]?.lower ?? '') && words[j + 2]?.lower === 'that') return w.start;
    if (w.lower === 'and' && words[j - 1]?.text === ',' && SUBJECT_PRONOUNS.has(words[j + 1]?.lower ?? '')) return words[j - 1]?.start ?? w.start;
    if (w.text !== ',' && w.text !== '—' && w.text !== '–') continue;
    const n1 = words[j + 1]?.lower ?? '';
    // "… back – and the US has generally been unable …", "… terrorists — a controversial proposal"
    if (w.text !== ',' && (n1 === 'and' || n1 === 'but')) {
      // "… – and the US has generally been unable": a new clause; "— and the chief alternative to
      // Trump": the same NP goes on
      if (words.slice(j + 2, j + 8).some((x) => AUX_WORDS.has(x.lower))) return w.start;
      continue;
    }
    if (w.text !== ',' && findWithin(words, j, j + MAX_CONTENT_WORDS, (x) => x.start < sentenceEnd && (x.text === '—' || x.text === '–')) < 0) return w.start;
    const n2 = words[j + 2]?.lower;
    if (n1 === 'according' && n2 === 'to') return w.start;
    // ", saying …", ", which had been …", ", after 55 percent said so": the narration resumes
    if (TRAILER_OPENERS.has(n1) && !(n1 === 'but' && n2 === 'that')) return w.start;
    if (/ing$/u.test(n1) && CUE_FORMS.has(n1)) return w.start;
  }
  return sentenceEnd;
}

/** Words that, after a comma, start narration again rather than continue the reported clause. */
const TRAILER_OPENERS = new Set([
  'which', 'while', 'whereas', 'after', 'before', 'as', 'when', 'because', 'since', 'although', 'though', 'even',
  'despite', 'amid', 'but', 'however', 'putting', 'making', 'leaving', 'giving', 'prompting', 'sparking', 'drawing', 'meaning',
]);

/**
 * Only whitespace between the start of its line and `at` (a headline stands alone on its line).
 * Read backwards and stopped at the first other character: walking to the line's start first took
 * quadratic time on a long one-line text.
 */
function startsItsLine(text: string, at: number): boolean {
  for (let i = at; i > 0 && text[i - 1] !== '\n'; i--) if (!/\s/u.test(text[i - 1] ?? '')) return false;
  return true;
}

function isParagraphEnd(text: string, end: number): boolean {
  return /^\s*(?:\n|$)/u.test(text.slice(end, end + 3));
}

/** The sentence end without its final stop (a stop inside a closing quotation stays). */
function contentEnd(text: string, start: number, end: number): number {
  let e = end;
  // "… terrorist attacks in the U.S. He says Americans …": an abbreviation's stop can end a sentence
  const hidden = /\b(?:U\.S|U\.K|D\.C|a\.m|p\.m|Jr|Inc|Corp)\.\s+(?=(?:He|She|They|It|The|But|And|This|That|We|I|In|On|At|His|Her|Their)\s)/u.exec(text.slice(start, end));
  if (hidden) return start + hidden.index + hidden[0].indexOf('.');
  while (e > start && /\s/u.test(text[e - 1] ?? '')) e--;
  if (/[.!?;:]/u.test(text[e - 1] ?? '')) e--;
  return e;
}

function trimRange(text: string, r: TextRange): TextRange {
  let { start, end } = r;
  // a dateline holds "(": most ranges have none in their first 120 characters and skip the regex
  const head = Math.min(end, start + 120);
  let paren = start < 0;
  for (let i = start; i < head && !paren; i++) paren = text.charCodeAt(i) === 40;
  const dateline = paren ? DATELINE_LEAD.exec(text.slice(start, head)) : null;
  if (dateline) start += dateline[0].length;
  while (start < end && isTrimmed(text.charCodeAt(start))) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** `[\s,;:—–]`: what trimRange cuts from both ends. */
function isTrimmed(c: number): boolean {
  return isSpace(c) || c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013;
}

/**
 * "Six in 10 voters said Clinton is honest, and three-quarters said the same of Sanders": a claim
 * ends where a coordinated clause brings the next claim's own subject.
 */
function cutAtNextSubject(text: string, claims: ClaimCandidate[]): ClaimCandidate[] {
  // sources sorted by start: each claim looks only at the sources inside its own (bounded) content,
  // and of those only at the ones after a comma or semicolon (and/but…): the comma before a source
  // is found once, from the text's start, and a claim starting at or before it sees the same comma
  // (the backward read never passes it), so "said said said …" has no candidate at all
  const sourced = claims
    .filter((c) => c.source)
    .sort((x, y) => (x.source?.start ?? 0) - (y.source?.start ?? 0))
    .map((c) => ({ claim: c, comma: coordinationBefore(text, 0, c.source?.start ?? 0) }))
    .filter((x) => x.comma >= 0);
  const starts = sourced.map((x) => x.claim.source?.start ?? 0);
  for (const a of claims) {
    for (let j = firstIndexAfter(starts, a.start); j < sourced.length && (starts[j] ?? 0) < a.end; j++) {
      const { claim: b, comma } = sourced[j] as { claim: ClaimCandidate; comma: number };
      // coordinationBefore(text, a.start, …) is that comma when it is at or after a.start, else -1
      if (b === a || comma < a.start) continue;
      const cut = trimRange(text, { start: a.start, end: comma });
      if (cut.end - cut.start >= 2) a.end = Math.min(a.end, cut.end);
    }
  }
  return claims;
}

/**
 * Where `text[from, to)` ends in `, and` / `; but` / `,` (a comma or semicolon, then optionally
 * and/but/while/whereas, spaces around): the offset of that comma, else -1. Read backwards from
 * `to`, as `/[,;]\s*(?:and|but|while|whereas)?\s*$/` would match, without scanning the whole
 * stretch for commas once per later source (slow on "said said said …").
 */
function coordinationBefore(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  const conjunction = COORDINATORS.find((w) => i - w.length >= from && text.startsWith(w, i - w.length));
  if (conjunction) {
    i -= conjunction.length;
    while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  }
  return i > from && (text[i - 1] === ',' || text[i - 1] === ';') ? i - 1 : -1;
}

const COORDINATORS = ['and', 'but', 'while', 'whereas'];

/** One claim per content: when two candidates overlap, the earlier-cued, longer one stays. */
function dropContained(claims: ClaimCandidate[]): ClaimCandidate[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || b.end - a.end);
  const seen = new Set<string>();
  return sorted.filter((c) => {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `Maduro said … that CONTENT, according to Reuters`: the according-to phrase right after a
 * speaker's claim relays it (reportedBy), and is not a second claim.
 */
function attachRelays(text: string, claims: ClaimCandidate[]): ClaimCandidate[] {
  const according = claims.filter((c) => c.rule === 'according-to');
  const others = claims.filter((c) => c.rule !== 'according-to');
  const out: ClaimCandidate[] = [...others];
  // hosts by where their content ends: the according-to phrase starts at most 4 characters later
  const byEnd = new Map<number, ClaimCandidate[]>();
  const replaced = new Set<ClaimCandidate>();
  for (const o of others) if (o.rule === 'svc' && o.source) byEnd.set(o.end, [...(byEnd.get(o.end) ?? []), o]);
  for (const a of according) {
    let host: ClaimCandidate | undefined;
    for (let d = 0; d <= 4 && !host; d++) host = byEnd.get(a.cue.start - d)?.find((o) => o.cue.start < a.cue.start && !replaced.has(o));
    if (!host) out.push(a);
    else if (REPORTING_VERB_FORMS.has(text.slice(host.cue.start, host.cue.end).toLowerCase().split(/\s+/u)[0] ?? '')) host.relayedBy = a.source;
    else {
      // "Maduro and Grenell also discussed migration, according to a government statement": what
      // they did is the statement's claim, not theirs
      replaced.add(host);
      out.push(a);
    }
  }
  return out.filter((c) => !replaced.has(c)).sort((a, b) => a.start - b.start);
}

/** Every base form some word class above names: lets `baseOf` pick "post" for "posted". */
const KNOWN_BASES: ReadonlySet<string> = new Set([
  ...NEEDS_THAT,
  ...NEEDS_COMPLEMENT,
  ...STANCE_ADJECTIVES,
  ...OBJECT_FIRST,
  ...EVIDENTIAL,
  ...SAY_LIKE,
  ...[...CONTENT_PREPOSITIONS.values()].flatMap((v) => (v === 'any' ? [] : [...v])),
  ...(claimSections.get('verbs') ?? []).map((l) => l.split(/\s+/u)[0] ?? l),
  'say', 'tell', 'show', 'call', 'point', 'fire', 'shoot', 'sum', 'speak', 'push', 'lash',
]);
