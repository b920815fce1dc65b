import { tagsOfLower } from './claims/verbless.js';
import { timeAt } from './phrase-words.js';
import { phraseBackward, type SubjectPhrase } from './subject-phrase.js';
import { isCapitalised, type Token } from './tokens.js';

/*
 * Who a participle cue set off by a comma speaks for when no verb of saying stands before it
 * (", saying …", ", adding: …"): the subject of the clause it hangs on.
 */

/** A comma closing a quotation, right before a word: `lose,” ` or `lose," `. */
export const QUOTATION_CLOSING_ON_COMMA = /,\s*[”"’']\s*$/u;

/**
 * The subject of the nearest tensed verb before `toks[v]`, or null: a participle's implied subject is
 * that of the clause it hangs on ("will remain in custody until his trial after a federal judge
 * rejected his request, saying he had “…”": the judge; "Attorneys for Clinton appeared to oppose the
 * effort, saying": the attorneys). A passive verb's subject is skipped (", after her statement was
 * shown to be false, stating": the statement says nothing); a verb after "and" or in a relative
 * clause gives none ("Netanyahu and other leaders shunned him, claiming": the clause's start answers).
 */
export function nearestFiniteSubject(text: string, toks: readonly Token[], v: number): SubjectPhrase | null {
  for (let w = v - 1; w > 0; w--) {
    const t = toks[w] as Token;
    if (t.kind !== 'word' || isCapitalised(t)) continue;
    const tags = tagsOfLower(t.text);
    const first = tags?.[0];
    // (a form read first as a participle is a tensed verb only right after its subject: "the judge
    // rejected", not "didn’t seem particularly impressed")
    if (first !== 'VBD' && first !== 'VBZ' && !(first === 'VBN' && tags?.includes('VBD') && mayEndSubject(toks[w - 1]))) continue;
    if (PASSIVE_BE.has(t.text) && tagsOfLower(toks[w + 1]?.text ?? '')?.[0] === 'VBN') continue;
    // ("a federal judge on Tuesday rejected": a day between the subject and its verb)
    const dated = w >= 2 && timeAt(toks, w - 1) && /^(?:on|last|this)$/u.test(toks[w - 2]?.text ?? '') ? w - 2 : w;
    const subject = phraseBackward(text, toks, dated);
    const s0 = subject ? toks.findIndex((x) => x.start === subject.start) : -1;
    return s0 > 0 && /^(?:and|or|what|which|who|whom|that)$/iu.test(toks[s0 - 1]?.text ?? '') ? null : subject;
  }
  return null;
}
const PASSIVE_BE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'be']);

/** Whether a token may be the last of a subject: a name, a noun, a pronoun, a day ("on Tuesday"). */
function mayEndSubject(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (isCapitalised(t)) return true;
  const first = tagsOfLower(t.text)?.[0] ?? '';
  return first === 'NN' || first === 'NNS' || first === 'PRP';
}
