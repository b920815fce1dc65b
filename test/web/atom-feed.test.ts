import { describe, expect, it } from 'vitest';
import { atomTime, entryTitle, xmlText } from '../../src/web/atom-feed.js';

describe('Atom feed pieces', () => {
  it.each([
    ['a < b & "c" \'d\' > e', 'a &lt; b &amp; "c" \'d\' &gt; e'.replace(/"/g, '&quot;').replace(/'/g, '&apos;')],
    ['nul \x00 bell \x07 tab \t ok', 'nul  bell  tab \t ok'], // characters XML 1.0 forbids are dropped
    ['lone \ud800 surrogate, pair \u{1F600}', 'lone  surrogate, pair \u{1F600}'],
  ])('xmlText(%j)', (value, xml) => expect(xmlText(value)).toBe(xml));

  it.each([
    ['2025-02-01', '2025-02-01T00:00:00.000Z'],
    ['2025-02-01T05:07:00+02:00', '2025-02-01T03:07:00.000Z'],
    ['soon', null],
  ])('atomTime(%s) is %s', (value, time) => expect(atomTime(value)).toBe(time));

  it('an entry title is the speaker and the claim, cut at a word', () => {
    expect(entryTitle({ speakerName: 'Ann Lee', speakerMention: null, text: '“Short.”' })).toBe('Ann Lee: “Short.”');
    const long = entryTitle({ speakerName: null, speakerMention: 'he', text: 'word '.repeat(40) });
    expect(long.startsWith('unknown (“he”): “word word')).toBe(true);
    expect(long.endsWith('word…”')).toBe(true);
    expect(long.length).toBeLessThan(130);
  });
});
