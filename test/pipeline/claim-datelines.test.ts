import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/**
 * A lead paragraph's dateline is where the story was filed, never part of what was said: with an
 * agency ("DALLAS (AP) — ") or without one ("LISBON — ", "SAN JOSE, Calif. — ").
 */
const contents = (text: string): string[] => extract(text).quotes.map((q) => q.text);

describe('a dateline before a lead claim is no part of it', () => {
  it.each<[what: string, lead: string, content: string]>([
    ['a city in capitals and a dash', 'LISBON — Colombian striker Luis Diaz is close to a move to Porto, two people familiar with the talks said on Tuesday.', 'Colombian striker Luis Diaz is close to a move to Porto'],
    ['a city and its state', 'SAN JOSE, Calif. — The company will cut 300 jobs, a spokeswoman said.', 'The company will cut 300 jobs'],
    ['a spaced hyphen', 'JERUSALEM - The talks will resume next week, officials said.', 'The talks will resume next week'],
    ['an agency in parentheses', 'DALLAS (AP) — The airline will add ten routes, its chief executive said.', 'The airline will add ten routes'],
    // negative rows: a capitalised name or an acronym opening the content stays in it
    ['an acronym that is the subject', 'NATO will send more ships, the minister said.', 'NATO will send more ships'],
    ['a name in capitals with no dash', 'ACME Corp will cut 300 jobs, a spokeswoman said.', 'ACME Corp will cut 300 jobs'],
  ])('%s', (_what, lead, content) => {
    expect(contents(lead)).toContain(content);
  });
});
