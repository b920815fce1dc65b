import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Attribution, SourceType } from '../../src/schema/attribution.js';
import { extract } from '../../src/pipeline/index.js';

/**
 * The shared shape of the invented-story speaker tests: each row names a record by words of its
 * text and says who the speaker must be (a name, or `null`: unknown, with the mention as written);
 * each `notSpeakers` pair is a phrase that must never be anyone's speaker in that story.
 */
export type StoryRow = { story: string; text: string; speaker: string | null; mention?: string; type?: SourceType; doubt?: string };

/** The text of `test/fixtures/stories/NAME.txt`. */
export const story = (name: string): string => readFileSync(new URL(`../fixtures/stories/${name}.txt`, import.meta.url), 'utf8');

const results = new Map<string, { text: string; quotes: Attribution[] }>();

/** A story's text and its records, extracted once per test file. */
export function runStory(name: string): { text: string; quotes: Attribution[] } {
  let r = results.get(name);
  if (!r) {
    const text = story(name);
    r = { text, quotes: extract(text).quotes };
    results.set(name, r);
  }
  return r;
}

/** One `describe` of table rows: every row's records have its speaker, and no phrase of `notSpeakers` is a speaker. */
export function describeStories(title: string, rows: readonly StoryRow[], notSpeakers: readonly [string, string][]): void {
  describe(title, () => {
    it.each(rows.map((r) => [`${r.story}: “${r.text}” → ${r.speaker ?? `unknown (${r.mention})`}`, r] as const))('%s', (_n, row) => {
      const { text, quotes } = runStory(row.story);
      const found = quotes.filter((q) => q.text.includes(row.text));
      expect(found.length, `a record containing “${row.text}”`).toBeGreaterThan(0);
      for (const q of found) {
        expect(q.speaker?.name ?? null).toBe(row.speaker);
        if (row.mention !== undefined) expect(q.speaker?.mention).toBe(row.mention);
        if (row.type !== undefined) expect(q.speaker?.type).toBe(row.type);
        if (row.doubt !== undefined) expect(q.doubt?.code).toBe(row.doubt);
        // the mention is where its offsets say
        if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.mention);
        // an unknown speaker always says why
        if (q.speaker && q.speaker.name === null) expect(q.doubt?.reason).toBeTruthy();
      }
    });

    it.each(notSpeakers)('%s: “%s” is nobody’s speaker', (name, phrase) => {
      expect(runStory(name).quotes.map((q) => q.speaker?.name ?? null)).not.toContain(phrase);
    });
  });
}
