import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { swapSingleQuotes } from '../../src/pipeline/single-quotes.js';

const story = readFileSync(new URL('../fixtures/stories/rail-fares.txt', import.meta.url), 'utf8');

describe('quotations in single marks', () => {
  const { quotes } = extract(story);
  const find = (words: string) => quotes.find((q) => q.text.includes(words));

  it.each([
    ['a whole quotation after a colon', 'Nobody likes paying more', 'direct', 'Sarah Cole'],
    ['a quotation before "he told"', 'Fares have gone up three times', 'direct', 'Ian Price'],
    ['a partial quotation', 'a kick in the teeth', 'mixed', 'Ian Price'],
    ['a quotation with a quotation inside it in double marks', 'Why do you pay so much', 'direct', 'Jo Hart'],
    ['a quotation running over two paragraphs', 'every line will run more trains', 'direct', 'a spokesperson for the Rail Delivery Group'],
  ])('%s', (_what, words, kind, speaker) => {
    const q = find(words);
    expect(q, words).toBeDefined();
    expect(q?.kind).toBe(kind);
    expect(q?.speaker?.name).toBe(speaker);
  });

  it('keeps the marks as written in every record, at its offsets', () => {
    for (const q of quotes) {
      expect(story.slice(q.start, q.end)).toBe(q.text);
      if (q.speaker) expect(story.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.mention);
      if (q.cue) expect(story.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
    expect(find('Fares have gone up')?.text.startsWith('‘')).toBe(true);
  });

  it('does not end a quotation at an apostrophe or a plural possessive', () => {
    expect(find('The workers')?.text).toBe('‘The workers’ union has said so for years. Families simply can’t afford it.’');
  });
});

describe('swapSingleQuotes', () => {
  it.each([
    ['an article with double marks only', 'He said, “We will win.” She said, “No.”\n'],
    ['single marks nested in double ones', 'He said, “She told me ‘no’ twice,” and left.\n'],
    ['double marks written as two apostrophes', "''That wasn't a good way to treat me,'' he said. ''No.''\n"],
    ['apostrophes and decades only', "The ’90s were the workers’ decade, and Reyes’s too.\n"],
    ['no marks at all', 'Plain text.\n'],
  ])('leaves %s alone', (_what, text) => {
    expect(swapSingleQuotes(text)).toBeNull();
  });

  it('swaps single and double marks, keeping every offset', () => {
    const text = '‘He said “no” to me,’ she said.\n';
    const swapped = swapSingleQuotes(text);
    expect(swapped).toBe('“He said ‘no’ to me,” she said.\n');
    expect(swapped?.length).toBe(text.length);
  });

  it('swaps a whole single-marked quotation in copy that uses double marks for partial ones', () => {
    const text =
      'Labour said the rise was "a kick in the teeth" for the commuters who pay for the railways every single working day of the year.\n\n' +
      "'Fares have gone up three times faster than wages,' he told the Guardian.\n";
    expect(swapSingleQuotes(text)).toContain('"Fares have gone up three times faster than wages," he told');
  });
});

describe('an elided letter between two marks is no quotation boundary', () => {
  it.each([
    ["'I grew up on rock 'n' roll and I'm not stopping now,' Sir Mick said.", "'I grew up on rock 'n' roll and I'm not stopping now,'"],
    ["'We grew up on fish ’n’ chips,' Mr Smith said.", "'We grew up on fish ’n’ chips,'"],
  ])('%s', (line, quote) => {
    expect(extract(`Probe\n\n${line}`).quotes.map((q) => q.text)).toEqual([quote]);
  });
});
