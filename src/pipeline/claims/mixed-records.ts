import { classifyQuote } from '../quotes.js';
import { firstIndexAfter, indexAt, type TextRange } from '../segment.js';
import type { ClaimCandidate } from './context.js';
import { isVerbless } from './verbless.js';

/**
 * A claim and the quotation stage's record of the same words: which of them spans a partial
 * quotation and its paraphrase (kind mixed), and how far.
 */

/**
 * `He notes that the right to free speech comes with the limitation that you can’t yell “fire” in
 * a theater`: the quotation stage spans only the clause round the quoted word, the claim the whole
 * content. One partial quotation inside a claim's content is that claim's quoted piece, and the
 * record (kind mixed) takes the claim's span, unless the quotation's own speaker is named inside
 * that content (`told him she worries he’s “too nice”`, `a man yelled “Stay there!”`): then it is
 * a report within the report, kept as the quotation stage spans it. A record that starts where the
 * claim starts is widened only when it stopped at a stop inside the claim. Returns the record to
 * widen, or null.
 */
export function widenedMixedHost<T extends TextRange & { speaker: TextRange | null }>(text: string, claim: ClaimCandidate, mixed: readonly T[]): T | null {
  if (mixed.length !== 1) return null;
  const host = mixed[0] as T;
  // (`said he was "all in" for Sen. Lasko`: a record that starts with the claim but stops at the stop
  // of an abbreviation inside it was cut short, and takes the claim's span too)
  // (`said that if Manila continued its “provocative moves,” China would respond`: nor one that
  // stopped at the comma closing a fronted subordinate clause; the main clause is the point)
  // (`said the company had seen “a pullback” in orders, and that she expected …`: nor one the claim
  // goes on from with a second that-clause of the same verb)
  if (host.start < claim.start || (host.start === claim.start && !(host.end < claim.end && (text[host.end] === '.' || closesFrontedClause(text, claim.start, host.end) || SECOND_THAT_CLAUSE.test(text.slice(host.end, host.end + 14)))))) return null;
  if (host.speaker && host.speaker.start >= claim.start && host.speaker.start < claim.end) return null;
  return host;
}

/** A second complement of the same verb: ", and that …", " but that …". */
const SECOND_THAT_CLAUSE = /^,?\s+(?:and|but)\s+that\s/u;

/** A content opening with a subordinator ("that if …", "when …") whose quotation closes on its comma at `end`. */
function closesFrontedClause(text: string, start: number, end: number): boolean {
  return /,[”"’']$/u.test(text.slice(end - 2, end)) && /^(?:that\s+)?(?:if|unless|when|once|while|although|though|because|since|after|before|as long as)\s/iu.test(text.slice(start, start + 16));
}

/**
 * `She said the plan was a “top priority.”`: reported content that holds quoted words is a partial
 * quotation (kind mixed), whether or not the quotation stage kept those words as a record of their
 * own. A title or name in quotation marks (`joined the “Today” show`, `an account called
 * “Hypo-Cruz”`) is nobody's words and leaves the content indirect. `quotationEnds` are the ends of
 * the article's quotations, sorted (they do not overlap).
 */
export function holdsQuotedWords(text: string, claim: TextRange, quotations: readonly TextRange[], quotationEnds: readonly number[], sentences: readonly TextRange[]): boolean {
  for (let i = firstIndexAfter(quotationEnds, claim.start); i < quotations.length; i++) {
    const q = quotations[i] as TextRange;
    if (q.start >= claim.end) return false;
    const sentence = sentences[indexAt(sentences, q.start)] ?? q;
    if (classifyQuote(text, q, sentence, false).speech) return true;
  }
  return false;
}

/**
 * `Ortiz said Monday evening in Dover, Del., that the race was “rigged.”`: the quotation stage
 * spans a partial quotation from its cue on, past a time and place before the complementizer; the
 * claim on the same cue starts at "that" and ends with it. The words between are the cue's
 * adjuncts, with no verb, so the record starts where the claim does. Whether `host` was so narrowed.
 */
export function narrowToComplementizer(text: string, host: TextRange & { text: string; cue: TextRange | null }, claim: ClaimCandidate): boolean {
  if (!host.cue || host.cue.start !== claim.cue.start || host.start >= claim.start || host.end !== claim.end || host.start < host.cue.end) return false;
  if (!/^that\s/u.test(text.slice(claim.start, claim.end))) return false;
  const between = text.slice(host.start, claim.start);
  if (between.length > 80 || !isVerbless(between)) return false;
  host.start = claim.start;
  host.text = text.slice(host.start, host.end);
  return true;
}
