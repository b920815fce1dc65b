import { mainClauseAfter } from './clause-edges.js';
import { tagsOfLower } from './verbless.js';
import { AUX_WORDS } from './word-classes.js';
import { isMark, perWordList, type Word } from './words.js';

/**
 * Where the narrator takes the sentence back after reported content, read at word `j` of a content
 * that starts at word `k`: a clause about when or how the statement was made, after a bare object
 * ("endorsed the bill when it came to a vote", "praised his win as he urged …"), or a comparison
 * and a gloss on the whole after a comma (", down from 47 percent", ", another sign of …").
 *
 * `clausal` says whether the content so far has a verb, a complementizer or a relative of its own:
 * after one a trailing clause may be the content's ("said the plant would close when the contract
 * ends"), so only the comma tails are read.
 *
 * Does not read a trailing "because", "before", "until" or "once" clause, which reported content
 * holds as often as the frame does ("urged him not to back down until …").
 */
export function frameResumesAt(words: readonly Word[], k: number, j: number, clausal: boolean): boolean {
  const w = words[j];
  if (!w || j <= k + 1) return false;
  if (w.text === ',') return commaTail(words, j);
  if (w.lower === 'by' && passiveAgent(words, k, j)) return true;
  return !clausal && words[k]?.lower !== 'that' && words[j - 1]?.text !== ',' && subordinateClause(words, k, j);
}

/**
 * "… when the poll was taken", "… after her rival conceded", "… as he urges …", "… even as he
 * defended …", "… despite his doubts", "… now that the FBI has …", "… in part because of …".
 */
function subordinateClause(words: readonly Word[], k: number, j: number): boolean {
  const w = (words[j] as Word).lower;
  const n1 = words[j + 1]?.lower ?? '';
  if ((w === 'even' && /^(?:though|as|while|after)$/u.test(n1)) || (w === 'now' && n1 === 'that')) return true;
  // "when it comes to …" names a topic, not a time
  if (w === 'when' || w === 'after') return mainClauseAfter(words, j) && !(n1 === 'it' && /^(?:comes|came)$/u.test(words[j + 2]?.lower ?? '') && words[j + 3]?.lower === 'to');
  // "as violent as he suggested": the second "as" of a comparison is the content's
  // "described his outburst as the emotions of a worried spouse": after a verb of describing, "as" and
  // a noun phrase is what the object is described as
  if (w === 'as' && describedAs(words, k, j)) return false;
  if (w === 'as') return mainClauseAfter(words, j) && !words.slice(k, j).some((x) => x.lower === 'as');
  if (w === 'despite' || w === 'amid') return true;
  return w === 'in' && n1 === 'part' && words[j + 2]?.lower === 'because';
}

/** Forms of the verbs that describe their object as something: "described", "portrays", "characterizing". */
const DESCRIBING = /^(?:describ|portray|characteri[sz]|depict)(?:e|es|ed|ing|s)?$/u;

/**
 * "described [his outburst] as the emotions of a worried spouse": after a verb of describing and its
 * object, "as" and a noun phrase with no verb of its own ("described the scene as the crowd
 * cheered" has one: a clause of time).
 */
function describedAs(words: readonly Word[], k: number, j: number): boolean {
  if (!DESCRIBING.test(words[k - 1]?.lower ?? '') || !/^(?:a|an|the)$/u.test(words[j + 1]?.lower ?? '')) return false;
  for (let n = j + 2; n < Math.min(words.length, j + 6); n++) {
    const x = words[n] as Word;
    if (isMark(x.text, ',;:()—–')) break;
    // ("a worried spouse": after a determiner the word is an adjective)
    if (x.text !== x.lower || /^(?:a|an|the|of|his|her|their|its)$/u.test(words[n - 1]?.lower ?? '')) continue;
    if (AUX_WORDS.has(x.lower) || (tagsOfLower(x.lower) ?? []).some((t) => t === 'VBD' || t === 'VBZ' || t === 'VBP')) return false;
  }
  return true;
}

/**
 * "Pigs are considered unclean [by some faiths]", "She was called a fraud [by rivals]", "He had been
 * asked to keep them [by the panel]": after a passive cue, "by" names who holds the view, the
 * frame's agent, when the content before it is a short complement with no clause of its own
 * (not "said she was backed by most women", "a leader exasperated by gridlock").
 */
function passiveAgent(words: readonly Word[], k: number, j: number): boolean {
  const aux = words[k - 2]?.lower ?? '';
  if (!/^(?:is|are|was|were|be|been|being)$/u.test(aux) || !/ed$|^(?:seen|thought|held|told|known)$/u.test(words[k - 1]?.lower ?? '')) return false;
  if (j - k > 8) return false;
  for (let n = k; n < j; n++) {
    const x = words[n] as Word;
    if (isMark(x.text, ',;:—–()') || AUX_WORDS.has(x.lower) || /^(?:that|who|which|whether|if)$/u.test(x.lower)) return false;
    // "voters exasperated by …", "an interview published by …": a participle in the content takes the agent itself
    if (x.lower.endsWith('ed') || tagsOfLower(x.lower)?.[0] === 'VBN') return false;
  }
  const after = words[j + 1];
  return after !== undefined && /^[\p{L}]/u.test(after.text) && !/^(?:\p{Ll}+ing|far|then|now|way|means|far)$/u.test(after.lower);
}

/**
 * After the comma at `j`: ", down sharply from …", ", up from …", ", less than half of …", ", about
 * 10,000 more than …" compare the reported figure with another; ", another example of …", ", one
 * that will …" are the writer's gloss on the whole.
 */
function commaTail(words: readonly Word[], j: number): boolean {
  const n1 = words[j + 1]?.lower ?? '';
  const n2 = words[j + 2]?.lower ?? '';
  if (/^(?:down|up)$/u.test(n1) && (n2 === 'from' || words[j + 3]?.lower === 'from')) return true;
  if (/^(?:less|more|fewer)$/u.test(n1) && n2 === 'than') return true;
  if (/^(?:about|nearly|roughly|some|almost)$/u.test(n1) && /^\p{N}/u.test(words[j + 2]?.text ?? '') && /^(?:more|less|fewer)$/u.test(words[j + 3]?.lower ?? '')) return true;
  if (n1 === 'another' || (n1 === 'one' && /^(?:that|which|of)$/u.test(n2))) return true;
  return clauseGloss(words, j) || figuresToEnd(words, j);
}

/**
 * After the comma at `j`, a noun phrase that comments on the whole clause before it rather than on
 * its last noun: ", a sign of unease among donors", ", an apparent reference to the mayor", ", a
 * sharp departure from his earlier stance"; and the verbless absolute on one item of a pair: "…
 * public and private courses, the latter a reference to clubs that …".
 */
function clauseGloss(words: readonly Word[], j: number): boolean {
  const n1 = words[j + 1]?.lower ?? '';
  if (n1 === 'the' && /^(?:latter|former)$/u.test(words[j + 2]?.lower ?? '')) return /^(?:a|an|the|being)$/u.test(words[j + 3]?.lower ?? '');
  // "called himself a moderate, stances he has since disavowed", "…, views that few share": a
  // bare plural label with its own relative clause
  if (STANCE_PLURALS.has(n1)) return /^(?:that|which|he|she|they)$/u.test(words[j + 2]?.lower ?? '');
  if (n1 !== 'a' && n1 !== 'an') return false;
  // the gloss noun after at most two modifiers ("a clear sign of", "an apparent reference to"),
  // with the preposition or relative that ties it to what it glosses
  for (let n = j + 2; n <= j + 4; n++) {
    const x = words[n];
    if (!x || x.text !== x.lower) return false;
    if (GLOSS_NOUNS.has(x.lower)) return /^(?:of|to|at|from|that|on)$/u.test(words[n + 1]?.lower ?? '');
  }
  return false;
}

/** Plural nouns that label what was said as positions taken: "stances", "views", "remarks". */
const STANCE_PLURALS: ReadonlySet<string> = new Set(['stances', 'positions', 'views', 'remarks', 'comments', 'claims', 'charges', 'allegations', 'accusations', 'statements', 'assertions']);

/**
 * ", 59%-28%", ", 52 percent to 41 percent": after the comma at `j` only figures to the end of the
 * sentence, the tally the writer adds to a poll's finding (a year alone, ", 2016", is a date's).
 */
function figuresToEnd(words: readonly Word[], j: number): boolean {
  if (j + 1 >= words.length) return false;
  let numbers = 0;
  for (let n = j + 1; n < words.length; n++) {
    const x = words[n] as Word;
    if (/^\d[\d.,]*$/u.test(x.text)) numbers++;
    else if (!/^(?:percent|points?|to)$/u.test(x.lower)) return false;
  }
  return numbers > 0 && !(numbers === 1 && /^(?:1[89]|20)\d\d$/u.test(words[j + 1]?.text ?? ''));
}

/** Nouns the writer uses to say what an act or statement amounts to: "a sign of", "a nod to", "a swipe at". */
const GLOSS_NOUNS: ReadonlySet<string> = new Set([
  'sign', 'signal', 'indication', 'reflection', 'reminder', 'testament', 'measure', 'nod', 'reference', 'allusion',
  'departure', 'reversal', 'rebuke', 'swipe', 'jab', 'dig', 'echo', 'acknowledgment', 'acknowledgement', 'admission',
]);

/** Where a content from word `k` to the sentence end gives way to the writer's gloss after a comma (`commaTail`), or the sentence end. */
export function glossEnd(words: readonly Word[], k: number, sentenceEnd: number): number {
  // the commas that open a gloss depend on the words alone: found once for the word list, so that
  // a run-on sentence with a frame every few words is not read to its end once a frame
  const at = glossCommas(words, 0);
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] as number) < k + 2) lo = mid + 1;
    else hi = mid;
  }
  const j = at[lo];
  return j !== undefined && (words[j] as Word).start < sentenceEnd ? (words[j] as Word).start : sentenceEnd;
}
const glossCommas = perWordList((words) => {
  const at: number[] = [];
  for (let j = 0; j < words.length; j++) if ((words[j] as Word).text === ',' && commaTail(words, j)) at.push(j);
  return at;
});

/** Words that narrow the clause after them: "just after …", "shortly after …", "moments after …". */
const CLAUSE_MODIFIERS = /^(?:just|shortly|soon|particularly|especially|only|right|moments|minutes|hours|days|weeks|months|years|long)$/u;

/** Where to cut before word `j` (after the content's word `k`): its start, or that of the modifiers right before a subordinator ("just after …"). */
export function frameCutStart(words: readonly Word[], k: number, j: number): number {
  let n = j;
  if (/^(?:after|when|as)$/u.test(words[j]?.lower ?? '')) while (n - 1 > k && CLAUSE_MODIFIERS.test(words[n - 1]?.lower ?? '')) n--;
  return (words[n] as Word).start;
}

/**
 * Whether the content starting at word `k` sits in a fronted adverbial clause ("After she lamented
 * the delays, Clinton …", "Asked about her record, the mayor …"): the sentence opens with a
 * subordinator or "asked" and no comma stands before `k`. Its content ends at the comma before the
 * main clause.
 */
export function inFrontedClause(words: readonly Word[], k: number): boolean {
  const first = /^(?:and|but|so|yet)$/iu.test(words[0]?.text ?? '') ? 1 : 0;
  if (!FRONTED_OPENERS.test(words[first]?.lower ?? '')) return false;
  for (let n = first + 1; n < k; n++) if (isMark((words[n] as Word).text, ',;:—–()')) return false;
  return true;
}

const FRONTED_OPENERS = /^(?:after|when|as|while|before|since|asked|although|though|because|if|once|until|whenever|upon|despite)$/u;
