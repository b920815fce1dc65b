import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { claimsOf, expectClaim } from './claim-rows.js';

/**
 * Sources of paraphrased claims that read as nobody before: a British office in initials, a public
 * service, a gerund heading a poll, the WHO, a relative clause ending in a time phrase. Invented sentences.
 */
describe('a source the text names plainly is named', () => {
  it.each<[what: string, sentence: string, content: string, speaker: string]>([
    ['an MP, unnamed', 'One MP said the plan was dead.', 'the plan was dead', 'One MP'],
    ['another MP', 'Another MP said the whips had been civil.', 'the whips had been civil', 'Another MP'],
    ['a public service', 'According to the fire service, crews were called to the hospital at 11:05 p.m.', 'crews were called to the hospital at 11:05 p.m.', 'the fire service'],
    ['a gerund heading a poll', 'Polling by YouGov published on Thursday found that 58 per cent of voters opposed the cut.', 'that 58 per cent of voters opposed the cut', 'Polling by YouGov published on Thursday'],
    ['the WHO, in capitals after "the"', 'The WHO warned that cases could rise.', 'that cases could rise', 'The WHO'],
    ['the WHO before an auxiliary', 'The WHO has previously said that up to 40 percent of cases could be prevented.', 'that up to 40 percent of cases could be prevented', 'The WHO'],
    ['a relative clause ending in "that night"', 'But staff members who were on duty that night described a chaotic scene.', 'a chaotic scene', 'staff members'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it('the relative pronoun "who" still opens its clause', () => {
    expect(claimsOf('Officials who spoke on Monday said the plan was dead.').find((c) => c.content === 'the plan was dead')?.speaker).toBe('Officials');
  });
});

describe('a speaker phrase that names nobody is left to the desk', () => {
  it('"own" with its owner cut off', () => {
    const c = claimsOf('Brandt, whose own government supports the deal, said she understood the impatience.').find((x) => x.content === 'the deal');
    expect(c === undefined || c.speaker === null).toBe(true);
  });
});

describe('a body\'s name is kept whole', () => {
  it.each<[sentence: string, words: string, speaker: string]>([
    ['Ukraine\'s General Staff reported heavy fighting. “The situation remains difficult but under control,” the General Staff said in its evening update.', 'remains difficult', 'General Staff'],
    ['The Institute for the Study of War, a Washington-based think tank, said in its daily assessment that Russian forces had made “marginal but consistent” gains.', 'marginal but consistent', 'The Institute for the Study of War'],
  ])('%s', (sentence, words, speaker) => {
    expect(extract(`War\n\n${sentence}`).quotes.find((q) => q.text.includes(words))?.speaker?.name).toBe(speaker);
  });

  it('a general is still a general', () => {
    expect(extract('War\n\n“We expect more,” said Gen. Mark Milley. General Ruiz said: “No.”').quotes.map((q) => q.speaker?.name)).toEqual(['Mark Milley', 'Ruiz']);
  });
});

describe('the outlet a person talked to relays their words', () => {
  it.each<[sentence: string, outlet: string]>([
    ['“They are fine,” Ann Lee told Vogue.', 'Vogue'],
    ['Tom Reilly told LBC that the plan was dead.', 'LBC'],
    ['Tom Reilly told Radio New Zealand that the plan was dead.', 'Radio New Zealand'],
  ])('%s', (sentence, outlet) => {
    expect(extract(`Interview\n\n${sentence}`).quotes[0]?.reportedBy?.name).toBe(outlet);
  });
});

describe('a clause with no "that" after a time phrase', () => {
  it.each<[sentence: string, content: string, speaker: string]>([
    ['Russia\'s Defence Ministry said on Friday its forces had captured the village.', 'its forces had captured the village', 'Russia\'s Defence Ministry'],
    ['The ministry said on Friday Russian forces had captured the village.', 'Russian forces had captured the village', 'The ministry'],
    ['Smith said on Monday night the vote was rigged.', 'the vote was rigged', 'Smith'],
  ])('%s', (sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it('an object after the time phrase is no clause', () => {
    expect(claimsOf('The company announced on Friday the release of a new phone.')).toEqual([]);
  });
});

describe('a description, then a titled full name, set off by commas before the verb', () => {
  it('the name is the speaker, not the participle phrase opening the sentence', () => {
    const q = extract('War\n\nSpeaking to reporters in the occupied city of Donetsk, a senior Russian commander, Lieutenant General Apti Alaudinov, said through an interpreter that resistance was “weakening by the day.”').quotes[0];
    expect(q?.speaker?.name).toBe('Apti Alaudinov');
  });

  it('a description after the name still names the one before it', () => {
    expect(extract('Clinic\n\nHugh Hill, a doctor, said: “Yes.”').quotes[0]?.speaker?.name).toBe('Hugh Hill');
  });
});
