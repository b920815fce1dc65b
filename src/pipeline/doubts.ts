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
export function settleSpeakers(text: string, records: readonly Attribution[], sharedPicks: ReadonlyMap<number, readonly { name: string }[]> = new Map()): Attribution[] {
  // each speaker's latest quotation so far: what a continuation's speaker rests on
  const lastQuoteBy = new Map<string, Attribution>();
  return records.map((r) => {
    const { speaker, problem } = checkedSpeaker(r.speaker, text);
    const out: Attribution = { ...r, speaker };
    // "Ruth Ellery … Margaret Ellery … “…,” Ellery said": the one named last is taken, and the
    // record says who else it could be
    const shared = speaker?.name ? sharedPicks.get(speaker.start) : undefined;
    if (speaker?.name && shared?.some((e) => e.name === speaker.name)) out.doubt ??= sharedNameDoubt(speaker.mention, shared.map((e) => e.name));
    out.confidence = calibratedConfidence(out);
    // "“It is a joke,” the coach said. “A joke.”": a continuation takes its speaker from the
    // quotation before it, and is no surer of them than that quotation is
    const name = out.speaker?.name ?? null;
    const anchor = name !== null && out.rule === 'continuation' ? lastQuoteBy.get(name) : undefined;
    if (anchor && anchor.confidence < out.confidence) out.confidence = anchor.confidence;
    if (name !== null && out.kind !== 'indirect') lastQuoteBy.set(name, out);
    // "“Please don't close my school,” Carter read": a person reading aloud voices words that may
    // be someone else's (a letter, a statement); "the statement read" is the statement's own
    if (readAloud(text, out)) {
      out.confidence = Math.min(out.confidence, READ_ALOUD_CONFIDENCE);
      out.doubt = r.doubt ?? { code: 'low-confidence', reason: `${out.speaker?.name ?? 'The speaker'} read these words aloud: they may be someone else's, from a letter, a statement or a book.` };
      return out;
    }
    out.doubt ??= doubtOf(out, problem);
    return out;
  });
}

function sharedNameDoubt(mention: string, names: readonly string[]): Doubt {
  const listed = names.length === 2 ? `${names[0]} or ${names[1]}` : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  return { code: 'ambiguous-speaker', reason: `“${mention}” could be ${listed}, who share the name: the one named last was taken.` };
}

/** At most this sure of a person who read the words aloud: the words' author may be another. */
const READ_ALOUD_CONFIDENCE = 0.45;

function readAloud(text: string, r: Attribution): boolean {
  if (r.kind === 'indirect' || r.speaker?.type !== 'person' || r.speaker.name === null || !/^(?:read|reads|reading)(?:\s+(?:aloud|out))?$/iu.test(r.cue?.text ?? '')) return false;
  // ("Lutz's post, which read: “…”": the writing reads so, nobody reads it out)
  if (r.cue && /\b(?:which|that),?\s*$/iu.test(text.slice(Math.max(0, r.cue.start - 8), r.cue.start))) return false;
  // ("One post on X, from an account called @Hank, read: “…”", "A post by Ana Ruiz read:": the
  // writing is the subject of "read"; its author wrote the words)
  if (r.speaker.mention.startsWith('@') || (r.cue && WRITING_SUBJECT.test(text.slice(Math.max(0, r.cue.start - 120), r.cue.start)))) return false;
  // only someone else's writing read out ("a letter her daughter had written"), not one's own
  // statement, remarks or teleprompter
  const around = text.slice(Math.max(0, r.start - 250), Math.min(text.length, r.end + 120));
  return OTHERS_WRITING.test(around);
}

/** A writing opening the clause before "read": "One post on X, from …,", "A post by Ana Ruiz". */
// (its own phrases only between it and "read", no clause: not "A note … was handed to Judge Lee, who read it aloud")
const WRITING_SUBJECT = /(?:^|[.;:!?]\s+|\n)(?:One|A|An|The|Another|Her|His|Their|Its)\s+(?:[\p{Ll}-]+\s+)?(?:post|tweet|message|note|sign|placard|banner)\b(?:(?!\b(?:who|which|that|was|were|is|are|had|has|have)\b)[^.;:!?])*$/u;

/** Writing a person may read out that is mostly another's: a letter, a note, an email, a poem. */
const OTHERS_WRITING = /\b(?:letters?|notes? (?:from|by|written)|e-?mails?|messages?|poems?|diary|diaries|journal entr(?:y|ies)|texts? from|tweets?|posts? (?:from|by)|victim impact statements?)\b/iu;

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
