import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

describe('"Union tells ministers strike is \'inevitable\'": a headline\'s listener is not the start of what was said', () => {
  it.each<[headline: string, text: string]>([
    ["Rail union tells ministers strike is 'inevitable'", "strike is 'inevitable'"],
    ["Former central banker tells podcast inflation fight is 'far from over'", "inflation fight is 'far from over'"],
    ['Mayor tells court he is innocent', 'he is innocent'],
  ])('%s', (headline, text) => {
    const rows = recordsOf(`${headline}\n\nThe story goes on here.`);
    expect(rows.map((r) => r.text)).toContain(text);
  });
});
