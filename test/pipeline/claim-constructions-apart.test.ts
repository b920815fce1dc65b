import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/**
 * Cue and complement apart, and subjects far from their verb, on invented sentences: the content
 * span as reported and who makes the claim (null: nobody the text names). Negative rows: that
 * sentence gives no claim with that content, or not with that speaker.
 */
type Row = [what: string, sentence: string, content: string, speaker: string | null];

const claimsOf = (text: string): { content: string; speaker: string | null }[] =>
  extract(text)
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => ({ content: q.text, speaker: q.speaker?.name ?? null }));

describe('a cue and its complement apart', () => {
  it.each<Row>([
    ['a relative clause on the channel before "that"', 'Ana Ortiz said on local radio, where she now hosts a weekly show, that the depot would close.', 'that the depot would close', 'Ana Ortiz'],
    ['a relative clause on the interview before "that"', 'The mayor said in an interview with the Courier, which aired Sunday, that taxes would rise.', 'that taxes would rise', 'The mayor'],
    ['a clause with no "that" after a statement and a time', 'The port authority said in a statement Thursday night it had cancelled the contract.', 'it had cancelled the contract', 'The port authority'],
    ['a clause with no "that" after a listener and a day', 'Ana Ortiz told Channel 4 on Sunday she would run again.', 'she would run again', 'Ana Ortiz'],
  ])('%s', (_what, sentence, content, speaker) => {
    const claims = claimsOf(sentence);
    const found = claims.find((c) => c.content === content);
    expect(found, `“${content}” among ${JSON.stringify(claims.map((c) => c.content))}`).toBeDefined();
    expect(found?.speaker ?? null).toBe(speaker);
  });

  it.each<[what: string, sentence: string, notContent: string]>([
    // "a statement she released": a relative clause on the channel's noun, not what was said
    ['a pronoun after a common noun opens a relative clause on it', 'Ana Ortiz said in a statement she released the letter to the board.', 'she released the letter to the board'],
    // the relative clause is about the radio show; the evening is when she spoke
    ['a relative aside with no "that" after it is no complement', 'The mayor spoke on local radio, where she hosts a show, that evening.', 'that evening'],
    ['a relative clause on the listener is no content', 'Ana Ortiz told the porter, who opened the gate, that the depot was closed.', 'who opened the gate'],
  ])('%s', (_what, sentence, notContent) => {
    expect(claimsOf(sentence).map((c) => c.content)).not.toContain(notContent);
  });
});

describe('a cue coordinated with another verb shares its subject', () => {
  it.each<Row>([
    ['a common-noun subject and an intransitive first verb', 'The appeals court overruled and said the state already offered enough polling days.', 'the state already offered enough polling days', 'The appeals court'],
    ['a quantified subject and a first verb with a prepositional object', 'Some councillors grumbled about the delay and said that they had lost patience with the mayor.', 'that they had lost patience with the mayor', 'Some councillors'],
    ['a name and a first verb with an object', 'Ana Ortiz thanked the crowd and said it was good to be home.', 'it was good to be home', 'Ana Ortiz'],
    ['inside a relative clause, the noun phrase before "who"', 'Ana Ortiz met Ben Ruiz, who runs the depot and says it will close.', 'it will close', 'Ben Ruiz'],
    ['a fronted time before the pronoun subject', 'Ben Ruiz spoke first. A few minutes later he reversed himself and said the vote was void.', 'the vote was void', 'Ben Ruiz'],
  ])('%s', (_what, sentence, content, speaker) => {
    const claims = claimsOf(sentence);
    const found = claims.find((c) => c.content === content);
    expect(found, `“${content}” among ${JSON.stringify(claims.map((c) => c.content))}`).toBeDefined();
    expect(found?.speaker ?? null).toBe(speaker);
  });

  it.each<[what: string, sentence: string, content: string, notSpeaker: string]>([
    ['the main clause\'s subject does not say what the relative clause\'s does', 'Ana Ortiz told the porter, who opened the gate and said the depot was closed.', 'the depot was closed', 'Ana Ortiz'],
    ['a name after a verb is no part of the host phrase', 'It was odd to watch Ben Ruiz, who had backed the plan and praised it, suddenly insist that the depot should stay open.', 'that the depot should stay open', 'It was odd to watch Ben Ruiz'],
  ])('%s', (_what, sentence, content, notSpeaker) => {
    const found = claimsOf(sentence).find((c) => c.content === content);
    expect(found).toBeDefined();
    expect(found?.speaker ?? null).not.toBe(notSpeaker);
  });
});
