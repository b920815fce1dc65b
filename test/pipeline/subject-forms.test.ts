import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/**
 * Who makes a claim when the subject is written in a less common form: a name set off after a
 * possessive relative ("whose chairman, Owen Hale, said"), a name with two particles ("Ana de la
 * Cruz"); and what is never a speaker: a clause after an inverted verb ("…, said the rise was unfair").
 */
type Row = [what: string, sentence: string, content: string, speaker: string | null];

const claimBy = (text: string, content: string): string | null | undefined => {
  const r = extract(text).quotes.find((q) => q.text === content);
  return r === undefined ? undefined : (r.speaker?.name ?? null);
};

describe('subjects in less common forms', () => {
  it.each<Row>([
    ['a name after a possessive relative', "The fare rise was disputed by the passengers' association, whose chairman, Owen Hale, said the rise was unfair.", 'the rise was unfair', 'Owen Hale'],
    ['a name after a possessive relative with a longer noun', 'The rise was disputed by the union, whose chief executive, Ana Cruz, said the talks had failed.', 'the talks had failed', 'Ana Cruz'],
    ['a name with two particles', 'Ana de la Cruz said the talks had failed.', 'the talks had failed', 'Ana de la Cruz'],
    ['a name with two particles after the verb', '"The talks failed," said Rik van der Berg.', '"The talks failed,"', 'Rik van der Berg'],
    ['an inverted verb with a short subject', 'The rise was unfair, said the union chairman.', 'The rise was unfair', 'the union chairman'],
  ])('%s', (_what, sentence, content, speaker) => {
    expect(claimBy(sentence, content)).toBe(speaker);
  });

  // the mention as written is the whole name, particles and all (a reviewer checks it against the text)
  it.each<[what: string, sentence: string, mention: string]>([
    ['one particle', 'Pieter van Dam said the talks failed.', 'Pieter van Dam'],
    ['two particles', 'Ana de la Cruz said the talks failed.', 'Ana de la Cruz'],
    ['two particles after the verb', '"The talks failed," said Rik van der Berg.', 'Rik van der Berg'],
    ['a name without a particle', 'Ana Cruz said the talks failed.', 'Ana Cruz'],
  ])('the mention of a name with %s', (_what, sentence, mention) => {
    expect(extract(sentence).quotes[0]?.speaker?.mention).toBe(mention);
  });
  it('a particle between a name and a lower-case word is no part of the name', () => {
    // "de" after the name opens a Spanish phrase, not a longer name
    const r = extract('Ana Cruz said the talks de facto failed.').quotes[0];
    expect(r?.speaker?.mention).toBe('Ana Cruz');
  });

  it.each<[what: string, sentence: string, notContent: string]>([
    // a clause after an inverted verb is its content, and what comes before is no claim of that clause's
    ['a clause after "said" is not the speaker of what comes before', "The fare rise was disputed by the passengers' association, whose chairman, Owen Hale, said the rise was unfair.", "The fare rise was disputed by the passengers' association, whose chairman, Owen Hale"],
  ])('%s', (_what, sentence, notContent) => {
    expect(extract(sentence).quotes.map((q) => q.text)).not.toContain(notContent);
  });
});

describe('a body noun right before a name types the name', () => {
  const typeOf = (text: string): string | undefined => extract(text).quotes[0]?.speaker?.type;
  it.each<[what: string, sentence: string, type: string]>([
    ['"the airline" before a name', 'The airline Westline said fares would rise in April.', 'organization'],
    ['a body noun with a modifier', 'The ferry operator Westline warned that fares would rise in April.', 'organization'],
    // negative rows: the founder of the body, a person's given name
    ['the name is the subject of a clause about the body', 'The company Smith founded said fares would rise in April.', 'person'],
    ['a given name makes a person', 'The airline pilot Maria Lopez said fares would rise in April.', 'person'],
  ])('%s', (_what, sentence, type) => {
    expect(typeOf(sentence)).toBe(type);
  });
});

describe('a clause is never a speaker', () => {
  it('a past-tense verb and a counted object after the opening word make a clause fragment', async () => {
    const { speakerProblem } = await import('../../src/pipeline/speaker-check.js');
    expect(speakerProblem('Another featured five vintage photos')).toBe('a clause fragment, not a name');
    expect(speakerProblem('The council approved 12 new posts')).toBe('a clause fragment, not a name');
    // negative rows: an adjective in -ed before a noun, a name
    expect(speakerProblem('the embattled governor')).toBeNull();
    expect(speakerProblem('Ted Cruz')).toBeNull();
  });
});
