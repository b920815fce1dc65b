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
