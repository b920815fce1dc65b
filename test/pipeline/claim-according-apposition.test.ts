import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * `according to a consumer group, Fair Bills Lakeside, …`: a name set off by commas after the
 * source's head noun (a role, a person noun, a body's kind) is the source, and the content starts
 * after it; a list of names after the comma is the content. On invented sentences.
 */
describe('an according-to source with its name in apposition', () => {
  it.each<[what: string, sentence: string, content: string, speaker: string]>([
    ['a body named after its kind, fronted', 'According to a consumer group, Fair Bills Lakeside, some families were billed more than $600.', 'some families were billed more than $600', 'Fair Bills Lakeside'],
    ['a body named after its kind, after the content', 'Some families were billed more than $600, according to a consumer group, Fair Bills Lakeside.', 'Some families were billed more than $600', 'Fair Bills Lakeside'],
    ['a person named after a person noun', 'According to a commuter, Jo Hart, the trains were late all week.', 'the trains were late all week', 'Jo Hart'],
    ['a person named after a role, as before', 'According to the board\'s finance director, Luis Ortega, the deficit has doubled.', 'the deficit has doubled', 'Luis Ortega'],
    ['a list of names after the comma is the content', 'According to the company, Tesla, Ford and GM sold fewer cars in May.', 'Tesla, Ford and GM sold fewer cars in May', 'the company'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it('the name is not left in the content', () => expectNoClaim('According to a consumer group, Fair Bills Lakeside, some families were billed more than $600.', 'Fair Bills Lakeside, some families were billed more than $600'));

  it('a body named after a collective noun is an organisation', () => {
    const q = extract('According to a consumer group, Fair Bills Lakeside, some families were billed more than $600.').quotes[0];
    expect(q?.speaker?.type).toBe('organization');
  });
});

describe('the description before a named source does not relay it', () => {
  it.each<[sentence: string, speaker: string]>([
    ['Deforestation fell by a third last year, according to Brazil\'s space research institute, INPE.', 'INPE'],
    ['Prices rose in May, according to the consumer group, Fair Bills.', 'Fair Bills'],
  ])('%s', (sentence, speaker) => {
    const q = extract(sentence).quotes[0];
    expect(q?.speaker?.name).toBe(speaker);
    expect(q?.reportedBy).toBeNull();
  });

  it('an outlet after another speaker\'s claim still relays it', () => {
    expect(extract('Smith said prices rose, according to Reuters.').quotes[0]?.reportedBy?.name).toBe('Reuters');
  });
});

describe('"according to" with no mark before it ends the clause it stands in', () => {
  it('the clause after its source is not the source\'s', () =>
    expectNoClaim('Asked about deforestation figures, which fell by almost a third last year according to Brazil\'s space research institute, INPE, the President was quick to claim credit.', 'the President was quick to claim credit'));

  it.each<[what: string, sentence: string, content: string, speaker: string]>([
    ['an inserted source, set off by commas, speaks for both pieces', 'Fundraising, according to the campaign, has surged since May.', 'has surged since May', 'the campaign'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));
});
