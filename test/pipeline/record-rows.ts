import { extract } from '../../src/pipeline/index.js';

/** A record as a fact-checker reads it first: kind, words, speaker and its type, who relayed it, confidence. */
export interface Row {
  kind: string;
  text: string;
  speaker: string | null;
  type: string | null;
  relay: string | null;
  confidence: number;
}

/** Every record saidby gives for `text`, with the fields a fact-checker reads first. */
export const recordsOf = (text: string): Row[] =>
  extract(text).quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null, type: q.speaker?.type ?? null, relay: q.reportedBy?.name ?? null, confidence: q.confidence }));
