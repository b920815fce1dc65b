import { describe, expect, it } from 'vitest';
import { opensWithGapVerb } from '../../src/pipeline/claims/relative-gap.js';
import { expectContent } from './claim-rows.js';

/**
 * A relative clause round a cue: where the relative pronoun is the content's subject, the content
 * is the verb phrase after the cue; where it is an object inside the content, or the cue's own
 * subject, the antecedent stays with the content as before. Invented sentences.
 */
type Row = [what: string, sentence: string, content: string];

describe('a subject gap: the content reads from its verb', () => {
  it.each<Row>([
    ['"which" and a modal', 'The mayor toured the east bank, which she hoped would win back the river towns.', 'would win back the river towns'],
    ['"which" and a negated future', 'The council kept the old leases, which the clerk estimates will not run out before 2030.', 'will not run out before 2030'],
    ['"that" and a perfect', 'The senator grew up near a mill that he said has poisoned the river.', 'has poisoned the river'],
    ['an auxiliary after "previously had said"', 'The union proposed a Sunday, which it previously had said was out of the question.', 'was out of the question'],
    ['a plain present verb', 'The report praised the grants, which the authors argue lift rural incomes.', 'lift rural incomes'],
    ['an adverb before the verb', 'The mayor praised the plan, which she said still needs a vote.', 'still needs a vote'],
    ['a zero relative', 'The town built the bridge Ana Ortiz said would cut the commute.', 'would cut the commute'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['an object gap in a preposition\'s phrase', 'The board hired Dana Whitfield, whom critics have accused of ignoring the floods.', 'Dana Whitfield, whom critics have accused of ignoring the floods'],
    ['an object gap in an infinitive', 'Crowds gathered by the old wall, which the mayor plans to rebuild next year.', 'the old wall, which the mayor plans to rebuild next year'],
  ])('not for %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('opensWithGapVerb', () => {
  it.each<[content: string, expected: boolean]>([
    ['would spark a revival', true],
    ['was never collected', true],
    ["wasn't needed", true],
    ['also includes new buses', true],
    ['led him to the river', true],
    ['of ignoring the floods', false],
    ['to rebuild next year', false],
    ['voters trusted', false],
    ['Covering Up The Losses', false],
    ['plans to rebuild', false],
    ['', false],
  ])('%s -> %s', (content, expected) => expect(opensWithGapVerb(content)).toBe(expected));
});
