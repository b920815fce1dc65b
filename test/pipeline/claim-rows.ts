import { expect } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/** The paraphrase claims saidby finds in `text`: content as written, speaker's name, kind of cue. */
export const claimsOf = (text: string): { content: string; speaker: string | null; cueKind: string | null }[] =>
  extract(text)
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => ({ content: q.text, speaker: q.speaker?.name ?? null, cueKind: q.cueKind }));

/** The contents of the paraphrase claims saidby finds in `text`, as written. */
export const contentsOf = (text: string): string[] => claimsOf(text).map((c) => c.content);

/** A row's check: `sentence` gives a paraphrase claim whose content is exactly `content`. */
export const expectContent = (sentence: string, content: string): void => {
  expect(contentsOf(sentence)).toContain(content);
};

/**
 * A positive row's check: `sentence` gives a claim with exactly `content`, made by `speaker` (null:
 * nobody the text names), with that kind of cue when one is given.
 */
export const expectClaim = (sentence: string, content: string, speaker: string | null, cueKind?: string): void => {
  const claims = claimsOf(sentence);
  const found = claims.find((c) => c.content === content);
  expect(found, `“${content}” among ${JSON.stringify(claims.map((c) => c.content))}`).toBeDefined();
  expect(found?.speaker ?? null).toBe(speaker);
  if (cueKind) expect(found?.cueKind).toBe(cueKind);
};

/** A negative row's check: `sentence` gives no claim with content `notContent`. */
export const expectNoClaim = (sentence: string, notContent: string): void => {
  expect(contentsOf(sentence)).not.toContain(notContent);
};
