import type { CueMatch } from './cues.js';
import { cueOf, SENTENCE_ADVERBS } from './cue-context.js';
import { passiveAt } from './relayed-cues.js';
import { CLAUSE_WORDS, phraseBackward, verbAt } from './subject-phrase.js';
import type { Token } from './tokens.js';

/**
 * `Almeida told Reuters the government had offered compensation that would “not pay for the
 * diesel”`: the verb nearest the quotation sits in what an earlier reporting verb reports, its
 * subject right after that verb and its listener, so the quotation is the earlier speaker's. The
 * earlier cue, or null when the subject opens no such clause.
 */
export function outerCue(text: string, toks: readonly Token[], subjectStart: number, quoteStart: number): CueMatch | null {
  // ("said that his chief of staff, Colonel Denise Halvorsen, told her …": the inner subject's
  // description before it, set off by its comma, is no more than the subject)
  const s = describedBefore(toks, toks.findIndex((t) => t.start === subjectStart));
  // the listener and "that" between the verb and the inner subject: at most four words, no mark
  for (let w = s - 1; w >= 0 && w >= s - 7; w--) {
    const t = toks[w] as Token;
    // ("She said, however, that …": a sentence adverb set off between the verb and its "that")
    if (t.text === ',' && toks[w + 1]?.text === 'that' && toks[w - 2]?.text === ',' && SENTENCE_ADVERBS.has(toks[w - 1]?.text.toLowerCase() ?? '') && verbAt(toks, w - 3)) {
      w -= 2;
      continue;
    }
    if (t.kind !== 'word') return null;
    // "said that in 2021 Brannigan told her": a time fronted in the reported clause
    // (a preposition with words of its own before the subject: "after Hale told" is a clause of time,
    // whose verb is no part of what the outer verb reports)
    if (OCCASION_OPENERS.has(t.text) && w + 1 < s && (toks[w - 1]?.text === 'that' || verbAt(toks, w - 1))) continue;
    if (w < s - 5) return null;
    if (!verbAt(toks, w) || /ing$/u.test(t.text) || passiveAt(toks, w)) {
      // "Cruz said as the heckler yelled", "asked for a photo and Clinton said", "footage of Trump
      // saying": a conjunction or a preposition opens no reported clause
      if (t.text !== 'that' && CLAUSE_WORDS.has(t.text.toLowerCase())) return null;
      continue;
    }
    const subject = phraseBackward(text, toks, w);
    if (!subject) return null;
    const between = text.slice(t.end, quoteStart);
    return { cue: cueOf(t), subject, position: 'before', adjacent: between.length < 60 && /[:,]\s*$/u.test(between) };
  }
  return null;
}

const OCCASION_OPENERS: ReadonlySet<string> = new Set(['in', 'at', 'during']);


/**
 * The start of a description set off before the name at `s` ("that his chief of staff, Colonel
 * Denise Halvorsen, told her": "his chief of staff"), right after "that"; `s` when there is none.
 */
function describedBefore(toks: readonly Token[], s: number): number {
  if (s < 3 || toks[s - 1]?.text !== ',') return s;
  let b = s - 2;
  while (b > s - 8 && b >= 0 && toks[b]?.kind === 'word' && toks[b]?.text !== 'that') b--;
  const opener = toks[b + 1]?.text.toLowerCase() ?? '';
  return toks[b]?.text === 'that' && b + 1 < s - 1 && /^(?:his|her|their|its|the|a|an)$/u.test(opener) ? b + 1 : s;
}
