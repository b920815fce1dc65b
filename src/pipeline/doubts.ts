import type { Attribution, Doubt } from '../schema/attribution.js';
import { calibratedConfidence } from './calibration.js';
import { checkedSpeaker } from './speaker-check.js';

/** Below this calibrated confidence a record is queued for review even when its speaker is named. */
export const LOW_CONFIDENCE = 0.5;

const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them|his|its|their)$/iu;

/**
 * The last word on every record's speaker: a phrase that names nobody ("Smiling", "Trump has",
 * a headline fragment) becomes an unknown speaker with the words kept, and each record says why
 * a human should look at it, or `doubt: null`. Records keep their order and offsets.
 */
export function settleSpeakers(text: string, records: readonly Attribution[]): Attribution[] {
  return records.map((r) => {
    const { speaker, problem } = checkedSpeaker(r.speaker, text);
    const out: Attribution = { ...r, speaker };
    out.confidence = calibratedConfidence(out);
    out.doubt = r.doubt ?? doubtOf(out, problem);
    return out;
  });
}

function doubtOf(r: Attribution, problem: string | null): Doubt | null {
  const s = r.speaker;
  if (!s) return { code: 'no-speaker', reason: r.kind === 'indirect' ? 'The text does not say who makes this claim.' : 'The text does not say who said this.' };
  if (s.name === null) {
    if (PRONOUN.test(s.mention)) return { code: 'unresolved-speaker', reason: `The text does not settle who “${s.mention}” is: nobody named nearby fits, or more than one does.` };
    return { code: 'unresolved-speaker', reason: `“${s.mention}” is ${problem ?? 'not a name'}.` };
  }
  if (r.confidence < LOW_CONFIDENCE) return { code: 'low-confidence', reason: `${s.name} is a weak guess: records found this way are right less than half the time.` };
  return null;
}
