import { expect } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import type { SourceType } from '../../src/schema/attribution.js';

/**
 * A speaker table's row: an invented article, words of one record's text, and the speaker every
 * record holding those words must have (`null`: unknown, with the mention kept and a doubt given).
 */
export type SpeakerRow = { title: string; article: string; text: string; speaker: string | null; mention?: string; type?: SourceType };

/** A speaker row's check: at least one record holds the words, and each such record has the row's speaker. */
export const expectSpeakerRow = (row: SpeakerRow): void => {
  const found = extract(row.article).quotes.filter((q) => q.text.includes(row.text));
  expect(found.length).toBeGreaterThan(0);
  for (const q of found) {
    expect(q.speaker?.name ?? null).toBe(row.speaker);
    if (row.mention !== undefined) expect(q.speaker?.mention).toBe(row.mention);
    if (row.type !== undefined) expect(q.speaker?.type).toBe(row.type);
    if (row.speaker === null) expect(q.doubt?.reason).toBeTruthy();
  }
};
