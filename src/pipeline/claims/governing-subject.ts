import type { TextRange } from '../segment.js';
import type { SentenceContext } from './context.js';
import { subjectBefore } from './subject.js';

/**
 * `Ortiz was quick to note that …`, `D'Souza went on to explain that …`, `He continues to insist
 * that …`: a cue in an infinitive takes the subject of the phrase that governs it (at most a verb
 * or adjective and a particle before "to"); an expletive `it` (`It is important to note that …`)
 * is no source.
 */
export function governingSubject(ctx: SentenceContext, v: number): TextRange | null {
  const { text, words } = ctx;
  if (words[v - 1]?.lower !== 'to') return null;
  let g = v - 2;
  if (words[g]?.lower === 'on') g--;
  const head = words[g];
  if (!head) return null;
  // "was quick to note": an adjective of manner after a form of "be"; "went on to explain",
  // "continues to insist": a verb of continuing or beginning
  let copula = g - 1;
  // "voters are slightly more likely to say …": a poll's comparison reports what each group says
  if (head.lower === 'likely' && /^(?:more|less)$/u.test(words[g - 1]?.lower ?? '')) {
    copula = g - 2;
    while (copula > 0 && /^(?:much|far|still|even|\p{Ll}+ly)$/u.test(words[copula]?.lower ?? '')) copula--;
  }
  const adjective = (CATENATIVE_ADJECTIVES.has(head.lower) || copula < g - 1) && /^(?:is|are|was|were|be|been|’s|'s)$/u.test(words[copula]?.lower ?? '');
  const verb = CATENATIVE_VERBS.test(head.lower) && (head.lower.startsWith('go') || head.lower.startsWith('went') ? words[g + 1]?.lower === 'on' : true);
  if (!adjective && !verb) return null;
  const subject = subjectBefore(ctx, copula < g - 1 ? copula + 1 : g);
  if (!subject || /^it$/iu.test(text.slice(subject.start, subject.end))) return null;
  return subject;
}

/** Adjectives that take an infinitive of the subject's own act: "was quick to note", "is careful to say". */
const CATENATIVE_ADJECTIVES: ReadonlySet<string> = new Set(['quick', 'careful', 'eager', 'keen', 'right', 'correct', 'wrong', 'wise', 'first', 'last', 'willing', 'ready', 'happy', 'glad', 'loath', 'reluctant', 'anxious', 'sure', 'proud']);

/** Verbs of continuing, beginning and trying that take the subject's own act: "went on to explain", "continues to insist". */
const CATENATIVE_VERBS = /^(?:continue[sd]?|continuing|go|goes|went|began|begin|begins|begun|start(?:s|ed)?|tried|tries|try|sought|seeks?|hastened|rushed|moved|chose|chooses|choose|decided|decides|used|took|take|takes)$/u;
