import { isMark, type Word } from './words.js';

/**
 * Whether the dash at `j` opens an elaboration of the noun before it rather than the narrator's
 * next remark: examples or a list of what the noun covers ("new taxes — including a levy on
 * fuel", "big donors — like the unions", "several issues — such as trade and jobs"), or the
 * alternatives it stands for ("a carbon price — either a tax or a cap", "a view on every subject —
 * whether abortion, guns or trade"). As after a comma (", including …"), the phrase stays in the
 * content; "— and the mayor agreed", "— a claim she denies" still end it.
 */
export function dashElaboration(words: readonly Word[], j: number): boolean {
  const next = words[j + 1]?.lower ?? '';
  if (next === 'including' || next === 'like' || (next === 'such' && words[j + 2]?.lower === 'as')) return true;
  // "either …", "whether …": a list of nouns, not a clause ("— whether he runs is unclear")
  return (next === 'either' || next === 'whether') && nounList(words, j + 2);
}

/** Whether the words from `i` to the next stop or dash hold "or" and no auxiliary or pronoun subject. */
function nounList(words: readonly Word[], i: number): boolean {
  let or = false;
  for (let n = i; n < Math.min(words.length, i + 25); n++) {
    const x = words[n] as Word;
    if (isMark(x.text, ';:—–()')) break;
    if (NO_NOUN_LIST.has(x.lower)) return false;
    or ||= x.lower === 'or';
  }
  return or;
}

/** Words that make a clause of what follows "either" or "whether": an auxiliary or a subject pronoun. */
const NO_NOUN_LIST: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'he', 'she', 'they', 'we', 'i', 'it', 'you', 'not',
]);
