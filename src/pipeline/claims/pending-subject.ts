import { REPORTING_VERB_FORMS } from '../speech-lexicons.js';
import { CUE_FORMS } from './lexicon.js';
import { tagsOfLower } from './verbless.js';
import { AUX_WORDS, PREPOSITIONS } from './word-classes.js';
import { isMark, type Word } from './words.js';

/**
 * A content clause needs its verb. When the content so far is only its clause's subject ("that the
 * council's report"), a comma or dash after it opens an aside ("…, which critics say was rushed,
 * …", "… — a plan the board backed —"), and the content goes on past the aside's close to its own
 * verb ("… was an insult to farmers"): nothing inside the aside ends the content.
 *
 * Reads word classes and punctuation only.
 */

/**
 * Where the aside that opens at word `j` (a comma or dash) closes, when words `k..j-1` leave a
 * clause's subject waiting for its verb and the word after the close is that verb: the index of
 * the closing comma or dash, else -1. "said that Ana Ruiz, who chairs the board, would resign" →
 * the comma before "would"; not "praised Ruiz, who chairs the board, said a clerk" (a cue after
 * the close is the narrator's attribution), nor "said that Ohio, Iowa and Texas voted" (no close).
 */
export function pendingSubjectAsideEnd(words: readonly Word[], k: number, j: number, sentenceEnd: number): number {
  const open = words[j];
  if (!open || !(open.text === ',' || isDash(open.text))) return -1;
  const head = subjectStart(words, k, j);
  if (head < 0 || !isBareSubject(words, head, j)) return -1;
  const dash = isDash(open.text);
  for (let n = j + 2; n < Math.min(words.length, j + MAX_ASIDE_WORDS); n++) {
    const x = words[n] as Word;
    if (x.start >= sentenceEnd || isMark(x.text, ';:()')) return -1;
    // a dash closes only a dash: "— who has chafed at it, even though … — has decided"
    if (dash ? !isDash(x.text) : x.text !== ',' && !isDash(x.text)) continue;
    return verbOfClauseAt(words, n + 1) ? n : -1;
  }
  return -1;
}

/** How far (in words) the close of an aside may be from its opening. */
const MAX_ASIDE_WORDS = 40;

function isDash(text: string): boolean {
  return text === '—' || text === '–';
}

/**
 * The first word of the clause whose subject ends at word `j`: after the last complementizer
 * "that" in `k..j-1` (one after a verb, "has found that …", or the content's own first word), or
 * the content's first word when it has none and follows a verb of saying or thinking; else -1.
 */
function subjectStart(words: readonly Word[], k: number, j: number): number {
  for (let n = j - 1; n >= k; n--) {
    if ((words[n] as Word).lower !== 'that') continue;
    if (n === k || isVerbForm(words[n - 1])) return n + 1;
    return -1;
  }
  // without "that" only after a verb that takes a clause ("said the clerks, who …, earned"): after
  // "praised the clerks, who worked late, then left" the noun phrase is an object
  return CLAUSE_CUES.test(words[k - 1]?.lower ?? '') ? k : -1;
}

/**
 * Whether words `k..j-1` of a content are a list of noun phrases still waiting for their verb, so
 * that ", and …" at `j` adds the list's last item rather than a clause of the narrator's: "said
 * residents of the north side, the west side, and the old town would get buses", "show two-thirds
 * of voters in Texas, 7 in 10 in Tennessee, and nearly 8 in 10 in Alabama support the plan".
 */
export function pendingSubjectList(words: readonly Word[], k: number, j: number): boolean {
  const head = subjectStart(words, k, j);
  if (head < 0 || j - head > 24) return false;
  let from = head;
  let items = 0;
  for (let n = head; n <= j; n++) {
    if (n < j && (words[n] as Word).text !== ',') continue;
    if (!isBareSubject(words, from, n)) return false;
    items++;
    from = n + 1;
  }
  return items >= 2;
}

/** Verbs of saying and thinking whose object is a clause, "that" or not. */
const CLAUSE_CUES = /^(?:say|says|said|think|thinks|thought|believe|believes|believed|argue|argues|argued|insist|insists|insisted|claim|claims|claimed|suggest|suggests|suggested|add|adds|added|note|notes|noted|write|writes|wrote|predict|predicts|predicted|warn|warns|warned|find|finds|found|show|shows|showed|hope|hopes|hoped|fear|fears|feared|know|knows|knew|feel|feels|felt|expect|expects|expected|contend|contends|contended|assert|asserts|asserted|acknowledge|acknowledges|acknowledged|concede|concedes|conceded)$/u;

/**
 * Whether words `from..to-1` are a short noun phrase with no verb, punctuation or relative word:
 * "the council's report", "Ana Ruiz", "the two new clinics". A phrase that opens with a
 * preposition ("in the largest counties") is an adjunct, not a subject.
 */
function isBareSubject(words: readonly Word[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 8) return false;
  const first = words[from] as Word;
  if (PREPOSITIONS.has(first.lower) || /^(?:if|when|once|as|because|while|although|though|after|before|since|until|unless|and|but|or|so)$/u.test(first.lower)) return false;
  for (let n = from; n < to; n++) {
    const x = words[n] as Word;
    if (!/^[\p{L}\p{N}]/u.test(x.text) || /^(?:who|whom|whose|which|that|where|when|to|not)$/u.test(x.lower)) return false;
    if (x.text === x.lower && isVerbForm(x)) return false;
  }
  return true;
}

/** A lower-case word read first as a verb that carries tense, or an auxiliary or modal. */
function isVerbForm(w: Word | undefined): boolean {
  if (!w || w.text !== w.lower) return false;
  if (AUX_WORDS.has(w.lower) || REPORTING_VERB_FORMS.has(w.lower)) return true;
  return /^(?:VBD|VBZ|VBP|MD)$/u.test(tagsOfLower(w.lower)?.[0] ?? '');
}

/**
 * Whether a finite verb of the content's clause starts at word `i`, after at most one adverb
 * ("would resign", "still faces", "quietly dropped"), and is no verb of saying (", said a clerk").
 */
function verbOfClauseAt(words: readonly Word[], i: number): boolean {
  let n = i;
  if (/^(?:still|also|now|then|never|already|quietly|soon|later)$/u.test(words[n]?.lower ?? '')) n++;
  const v = words[n];
  if (!v || v.text !== v.lower) return false;
  if (AUX_WORDS.has(v.lower)) return true;
  if (CUE_FORMS.has(v.lower) || REPORTING_VERB_FORMS.has(v.lower)) return false;
  return /^(?:VBD|VBZ|VBP)$/u.test(tagsOfLower(v.lower)?.[0] ?? '');
}
