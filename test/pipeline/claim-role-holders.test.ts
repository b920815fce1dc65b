import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

const claimOf = (text: string, words: string) => recordsOf(text).find((r) => r.kind === 'indirect' && r.text.includes(words));

describe('"The chief said …": a claim\'s definite role is the person just introduced with it, as a quotation\'s is', () => {
  it.each<[text: string, words: string, speaker: string]>([
    ['Fire\n\nFire Chief Arnold Beckett arrived at 4 a.m. The chief said investigators believed the fire was set deliberately.', 'the fire was set deliberately', 'Arnold Beckett'],
    ['Deal\n\nUnion leader Frank Dunleavy was unimpressed. The union leader said the deal would cost jobs.', 'the deal would cost jobs', 'Frank Dunleavy'],
  ])('%s', (text, words, speaker) => {
    const r = claimOf(text, words);
    expect(r?.speaker).toBe(speaker);
    expect(r?.type).toBe('person');
  });

  it('not once someone else has been named since: the role stays as written', () => {
    const text = 'Race\n\nRepublican candidate Tom Vail posts often. Ann Lee posts less.\n\nThe candidate said the ads would run all week.';
    expect(claimOf(text, 'the ads would run')?.speaker).not.toBe('Tom Vail');
  });
});

describe('"…, said the spokeswoman, Lorraine Beaudry.": after an inverted cue, the name set off after the role is the speaker', () => {
  it.each<[sentence: string, words: string, speaker: string]>([
    ['Six patients were on ventilators at St. Mary\'s, said the spokeswoman, Lorraine Beaudry.', 'on ventilators', 'Lorraine Beaudry'],
    ['Six patients were on ventilators, said the spokeswoman, Lorraine Beaudry, who declined to give names.', 'on ventilators', 'Lorraine Beaudry'],
  ])('%s', (sentence, words, speaker) => {
    expect(claimOf(`Hospital\n\n${sentence}`, words)?.speaker).toBe(speaker);
  });

  it('a body set off after "the company" is not taken for a person\'s name', () => {
    expect(claimOf('Sales\n\nSales fell, said the company, Acme Corp.', 'Sales fell')?.type).not.toBe('person');
  });
});

describe('"the winger", "the Dutch diplomat": a description of the person just named is not an unnamed source', () => {
  it('a player\'s position names again the one player just named', () => {
    const r = claimOf('Match\n\nDanny Kerrigan scored twice. “I just kept running,” the winger said.', 'kept running') ?? recordsOf('Match\n\nDanny Kerrigan scored twice. “I just kept running,” the winger said.').find((x) => x.text.includes('kept running'));
    expect(r?.speaker).toBe('Danny Kerrigan');
  });

  it('a nationality before a role nobody was introduced with: the one person just named, or unknown, never typed anonymous', () => {
    const r = recordsOf('Talks\n\nJan-Willem van der Berg met the envoys on Monday. “The talks were useful,” the Dutch diplomat said.').find((x) => x.text.includes('talks were useful'));
    expect(r?.type).not.toBe('anonymous');
    expect([null, 'Jan-Willem van der Berg']).toContain(r?.speaker);
  });

  it('a role the article introduced keeps its holder ("French President Emmanuel Macron … the French president said")', () => {
    const r = recordsOf('Talks\n\nFrench President Emmanuel Macron met Trump in Paris. “We agreed on much,” the French president said.').find((x) => x.text.includes('agreed on much'));
    expect(r?.speaker).toBe('Emmanuel Macron');
  });
});
