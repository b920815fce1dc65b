import { REPORTING_VERB_FORMS } from '../speech-lexicons.js';
import { cutAtTrailer } from './boundaries.js';
import { trimRange } from './trim.js';
import { candidate, QUOTATION_SHARE, quoteShare, type ClaimCandidate, type SentenceContext } from './context.js';
import { CUE_FORMS } from './lexicon.js';
import { firstVerbSubject } from './subject.js';
import { mayBeFiniteVerb, tagsOf } from './verbless.js';
import { AUX_WORDS, CLAUSE_OPENERS } from './word-classes.js';
import { isBlankedWord, isMark, type Word } from './words.js';

/**
 * Main verbs whose object, not their subject, does what the infinitive after it says: "urged
 * voters to argue that …", "hired lawyers to argue that …", "asked him to explain that …".
 */
const OBJECT_CONTROL: ReadonlySet<string> = new Set([
  'ask', 'asks', 'asked', 'urge', 'urges', 'urged', 'tell', 'tells', 'told', 'want', 'wants', 'wanted', 'expect', 'expects', 'expected',
  'need', 'needs', 'needed', 'allow', 'allows', 'allowed', 'force', 'forces', 'forced', 'encourage', 'encourages', 'encouraged',
  'invite', 'invites', 'invited', 'persuade', 'persuades', 'persuaded', 'order', 'orders', 'ordered', 'call', 'calls', 'called',
  'pressure', 'pressures', 'pressured', 'push', 'pushes', 'pushed', 'get', 'gets', 'got', 'lead', 'leads', 'led', 'prompt',
  'prompts', 'prompted', 'convince', 'convinces', 'convinced', 'require', 'requires', 'required', 'help', 'helps', 'helped',
  'challenge', 'challenges', 'challenged', 'dare', 'dared', 'beg', 'begged', 'press', 'pressed', 'hire', 'hires', 'hired',
  'pay', 'pays', 'paid', 'send', 'sends', 'sent', 'appoint', 'appointed', 'recruit', 'recruited', 'enlist', 'enlisted',
  'instruct', 'instructed', 'direct', 'directed', 'authorize', 'authorized', 'permit', 'permitted', 'cause', 'caused',
  'leave', 'left', 'let', 'make', 'made', 'have', 'has', 'had', 'prefer', 'prefers', 'preferred', 'like', 'liked', 'love', 'loved',
]);

/**
 * An infinitive of purpose that carries a reporting verb with its that-clause: "Brainard joined the
 * chairwoman, Janet Yellen, to argue that …", "Ruiz used the hearing to warn that …", "Ortiz went on
 * to note that …". The infinitive's subject is the main clause's, which is the claim's source.
 * `v` is the reporting verb's index, right after "to".
 *
 * Does not handle an infinitive after a verb of intention or an adjective ("plans to argue that",
 * "was quick to note that": the cue before it or the subject-verb rule reads those), nor after a
 * verb whose object is the infinitive's subject ("urged voters to argue that", "hired lawyers to
 * argue that": the object does the arguing, and saying who would be a guess).
 */
export function purposeInfinitiveClaim(ctx: SentenceContext, v: number): ClaimCandidate | null {
  const { text, words, sentenceEnd } = ctx;
  const verb = words[v];
  const that = words[v + 1];
  if (!verb || words[v - 1]?.lower !== 'to' || that?.lower !== 'that' || !REPORTING_VERB_FORMS.has(verb.lower)) return null;
  // the base form: "to argue", not "to argued"
  if (/(?:ed|s|ing)$/u.test(verb.lower) && !/(?:ss|ess)$/u.test(verb.lower)) return null;
  const main = mainVerbBefore(words, v - 1);
  if (main < 0) return null;
  const first = words[v + 2];
  if (!first || first.start >= sentenceEnd) return null;
  const source = firstVerbSubject(ctx, main + 1, false);
  if (!source) return null;
  const range = trimRange(text, { start: that.start, end: cutAtTrailer(ctx, v + 1) });
  if (range.end - range.start < 8 || quoteShare(ctx, range) >= QUOTATION_SHARE) return null;
  return candidate(range, { start: verb.start, end: verb.end }, source, 'svc');
}

/**
 * The index of the main clause's finite verb before "to" at `to`, when the words between them are
 * the verb's object and adjuncts (a name, a noun phrase, an apposition set off by commas, "on"),
 * else -1: a cue, an auxiliary or a clause opener right before "to", or an object-control verb.
 */
function mainVerbBefore(words: readonly Word[], to: number): number {
  const before = words[to - 1];
  // "plans to", "was quick to", "is going to", "has to": the cue or the verb group owns the infinitive
  if (!before || CUE_FORMS.has(before.lower) || AUX_WORDS.has(before.lower) || CLAUSE_OPENERS.has(before.lower)) return -1;
  // "used the hearing to", "went on to", "Janet Yellen, to": a noun, a name, "on" or a comma
  // ("quick to", "ready to": an adjective)
  if (before.text === before.lower && before.lower !== 'on' && before.text !== ',' && !/^NN/u.test(tagsOf(before.lower)?.[0] ?? '')) return -1;
  for (let j = to - 1; j >= Math.max(0, to - 16); j--) {
    const w = words[j] as Word;
    if (isMark(w.text, ';:()—–') || isBlankedWord(w.text) || CLAUSE_OPENERS.has(w.lower)) return -1;
    if (w.text !== w.lower || j === 0) continue;
    if (!AUX_WORDS.has(w.lower) && !mayBeFiniteVerb(w.lower)) continue;
    if (OBJECT_CONTROL.has(w.lower) || CUE_FORMS.has(w.lower)) return -1;
    return j;
  }
  return -1;
}
