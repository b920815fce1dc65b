import { tagsOfLower } from './claims/verbless.js';
import { PASSIVE_BE, skippable, timeAt } from './phrase-words.js';
import { phraseBackward, type SubjectPhrase } from './subject-phrase.js';
import { isCapitalised, type Token } from './tokens.js';

/*
 * Who a participle cue set off by a comma speaks for when no verb of saying stands before it
 * (", saying …", ", adding: …"): the subject of the clause it hangs on.
 */

/** A comma closing a quotation, right before a word: `lose,” ` or `lose," `. */
export const QUOTATION_CLOSING_ON_COMMA = /,\s*[”"’']\s*$/u;

/**
 * The subject of the nearest tensed verb of the main clause before `toks[v]`, or null: a participle
 * set off by a comma speaks for the clause it closes ("Attorneys for Clinton appeared to oppose the
 * effort, saying …": the attorneys; "At a rally on Tuesday, Senator Bernie Sanders endorsed Mrs.
 * Clinton, saying …": Sanders, not the place the rally was in). Passed over: a subordinate clause
 * ("Ann Lee resigned after the party leader ignored her, saying: “…”" is Ann Lee's), a passive verb
 * ("Ann Lee wept as the verdict was read, saying"), a verb after "and" or in a relative clause.
 * ("… until his trial after a federal judge rejected his request, saying he had “…”" is the judge's
 * by its sense, which no rule of word order tells from Ann Lee's: it is left to the clause's start.)
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
    // ("addressed families who had lost sons, saying …": a relative clause's verb is passed over;
    // the participle closes the main clause)
    let r = dated - 1;
    while (r > 0 && skippable(toks[r])) r--;
    if (/^(?:who|which|that)$/u.test(toks[r]?.text.toLowerCase() ?? '')) {
      w = r;
      continue;
    }
    const subject = phraseBackward(text, toks, dated);
    if (!subject) return null;
    const s0 = toks.findIndex((x) => x.start === subject.start);
    const opener = s0 > 0 ? (toks[s0 - 1]?.text.toLowerCase() ?? '') : '';
    if (SUBORDINATORS.has(opener)) {
      w = s0;
      continue;
    }
    return /^(?:and|or|what|which|who|whom|that)$/u.test(opener) ? null : subject;
  }
  return null;
}
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'when', 'as', 'because', 'before', 'since', 'while', 'once', 'until', 'although', 'though', 'if', 'unless', 'whereas']);

/** Whether a token may be the last of a subject: a name, a noun, a pronoun, a day ("on Tuesday"). */
function mayEndSubject(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (isCapitalised(t)) return true;
  const first = tagsOfLower(t.text)?.[0] ?? '';
  return first === 'NN' || first === 'NNS' || first === 'PRP';
}
