import { expect } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/** The contents of the paraphrase claims saidby finds in `text`, as written. */
export const contentsOf = (text: string): string[] =>
  extract(text)
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => q.text);

/** A row's check: `sentence` gives a paraphrase claim whose content is exactly `content`. */
export const expectContent = (sentence: string, content: string): void => {
  expect(contentsOf(sentence)).toContain(content);
};
