import { tagsOf } from './verbless.js';
import { AUX_WORDS } from './word-classes.js';

/**
 * A relative clause whose pronoun stands for the subject of the cue's content: "New Hampshire,
 * which he hoped would spark a revival", "the fees, which the mayor said were never collected",
 * "the deal Ana Ortiz said would save $3 million". The reported clause is then the finite verb
 * phrase after the cue, as after "said" in a main clause, and the antecedent is the writer's
 * (the news corpus marks "would spark a revival"). An object gap keeps its antecedent: "Dana
 * Whitfield, whom critics have accused of ignoring the floods" reads nothing without it, and
 * neither does "which the mayor plans to rebuild".
 *
 * `content` is the text of the content as found (it starts right after the cue).
 */
export function opensWithGapVerb(content: string): boolean {
  const words = content.split(/\s+/u).filter((w) => w !== '');
  let i = 0;
  // "which he said never were", "that she said also includes"
  while (i < words.length - 1 && i < 2 && PRE_VERB_ADVERBS.test(words[i] as string)) i++;
  const word = words[i];
  if (word === undefined || word !== word.toLowerCase()) return false;
  const bare = word.replace(/[,;:.]+$/u, '').replace(/’/gu, "'");
  if (AUX_WORDS.has(bare) || NEGATED_AUX.test(bare)) return true;
  // a finite verb the lexicon reads first as one: "spur", "favored", "led" (a participle that is
  // also a past form); not "plans", "costs", read first as nouns
  const tags = tagsOf(bare) ?? [];
  return /^(?:VBD|VBZ|VBP|VB|MD)$/u.test(tags[0] ?? '') || (tags[0] === 'VBN' && tags.includes('VBD'));
}

const PRE_VERB_ADVERBS = /^(?:also|never|still|already|not|now|once|often|only|\p{Ll}+ly)$/u;
const NEGATED_AUX = /^(?:is|are|was|were|has|have|had|does|did|do|wo|would|ca|could|should)n't$/u;
