import type { Attribution } from '../../schema/attribution.js';
import type { TextRange } from '../segment.js';

/**
 * `A former bookkeeper told jurors that she had moved money "whenever the auditors were in town,"
 * testimony that prosecutors say is central to their case`: a noun in apposition after the
 * quotation, with a relative clause of its own, is no speaker of the quotation. Its verb ("say")
 * is the relative clause's (prosecutors say the testimony is central), and the mention read from
 * it ("testimony that prosecutors") names no one.
 *
 * True when the record's speaker mention comes after the record and is a common noun's phrase with
 * a relative word after it, and the claim's cue (`cue`) comes before the record: the
 * claim's verb governs the quoted words, and its subject is the speaker.
 */
export function speakerIsRelativeHost(text: string, record: Attribution, cue: TextRange): boolean {
  const s = record.speaker;
  if (!s || s.start < record.end || cue.end > record.start) return false;
  // a common noun's phrase ("testimony that …", "a claim which …"), not a name
  return /^(?:\p{Ll}\S*|A|An|The)(?:\s+\p{Ll}\S*){0,3}\s+(?:that|which)\s/u.test(text.slice(s.start, s.end));
}
