import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

const SEED = readFileSync(new URL('../../data/samples/cnn-2025-02-01-venezuela-detainees.txt', import.meta.url), 'utf8');
const { quotes, diagnostics } = extract(SEED, { quotesOnly: true });

/** Every quotation in the seed article: the quoted words, kind, speaker, cue. Nothing else is a quotation there. */
const EXPECTED = [
  { name: 'Trump’s post, first piece', quoted: '“I’ve just been informed that we are bringing six hostages home from Venezuela,”', kind: 'direct', speaker: 'Donald Trump', cue: 'wrote' },
  { name: 'Trump’s post, second piece', quoted: '“Thank you to Ric Grenell and my entire staff. Great job!”', kind: 'direct', speaker: 'Donald Trump', cue: 'wrote' },
  { name: 'Grenell’s post', quoted: '“We are wheels up and headed home with these six American citizens. They just spoke to President Trump, and they couldn’t stop thanking him,”', kind: 'direct', speaker: 'Richard Grenell', cue: 'wrote' },
  { name: 'Trump to reporters, via the role noun', quoted: '“do something with Venezuela,”', kind: 'mixed', speaker: 'Donald Trump', cue: 'told' },
  { name: 'Trump as an opponent, via the role noun', quoted: '“a big opponent of Venezuela and Maduro.”', kind: 'mixed', speaker: 'Donald Trump', cue: 'noted' },
  { name: 'Trump via the pronoun he', quoted: '“They’ve treated us not so good, but they’ve treated, more importantly, the Venezuelan people, very badly,”', kind: 'direct', speaker: 'Donald Trump', cue: 'said' },
  { name: 'Maduro’s speech, partial', quoted: '“new deals for the good of the two countries and the region,”', kind: 'mixed', speaker: 'Nicolás Maduro', cue: 'said' },
  { name: 'Maduro addressing Trump (the name inside is not the speaker)', quoted: '“President Donald Trump, we have made a first step, hopefully it can continue,”', kind: 'direct', speaker: 'Nicolás Maduro', cue: 'said' },
  { name: 'the State Department warning', quoted: '“there is a high risk of wrongful detention of U.S. nationals.”', kind: 'mixed', speaker: 'The State Department', cue: 'warning' },
] as const;

describe('the seed article (CNN, Venezuela detainees)', () => {
  it('has exactly the expected quotations, in order, and no diagnostics', () => {
    expect(quotes).toHaveLength(EXPECTED.length);
    expect(diagnostics).toEqual([]);
  });

  it.each(EXPECTED.map((e, i) => [e.name, i, e] as const))('%s: span, kind, speaker and cue', (_name, i, e) => {
    const q = quotes[i];
    expect(q).toBeDefined();
    if (!q) return;
    expect(q.text).toContain(e.quoted);
    expect(SEED.slice(q.start, q.end)).toBe(q.text);
    // a direct quotation is exactly its marks and words; a mixed one is the paraphrase holding them
    if (e.kind === 'direct') expect(q.text).toBe(e.quoted);
    expect(q.kind).toBe(e.kind);
    expect(q.speaker?.name).toBe(e.speaker);
    expect(q.cue?.text).toBe(e.cue);
    expect(q.speaker && SEED.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker?.mention);
  });

  it('keeps the two pieces of Trump’s post in one group with one speaker', () => {
    expect(quotes[0]?.group).not.toBeNull();
    expect(quotes[1]?.group).toBe(quotes[0]?.group);
  });

  it('keeps each mention as written beside the canonical name', () => {
    expect(quotes.map((q) => q.speaker?.mention)).toEqual(['Trump', 'Trump', 'Grenell', 'The US President', 'The US President', 'he', 'Maduro', 'Maduro', 'The State Department']);
  });
});
