import { describe, it } from 'vitest';
import { expectClaim, expectContent, expectNoClaim } from './claim-rows.js';

/**
 * "ordered" with an object that names an action ("ordered periodic releases", "ordered an
 * evacuation") reports the order, not a listener; a noun-phrase content ends before ", and" and a
 * clause of its own. On invented sentences.
 */
describe('an order whose object names an action', () => {
  it.each<[what: string, sentence: string, content: string, speaker: string]>([
    ['an action noun with a time after it', 'After the lawsuit, a judge ordered periodic releases at the end of each month.', 'periodic releases at the end of each month', 'a judge'],
    ['an action noun with its of-phrase', 'The governor ordered an evacuation of the coast.', 'an evacuation of the coast', 'The governor'],
    ['a listener and an infinitive, as before', 'The judge ordered the agency to release the files.', 'the agency to release the files', 'The judge'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));
  it('goods ordered are no order', () => expectNoClaim('She ordered a pizza for the office.', 'a pizza for the office'));
});

describe('a noun-phrase content before a clause of its own', () => {
  it('ends before ", and" and the clause', () => expectContent('Courts are still ordering the release of the emails, and a number of congressional probes are percolating.', 'the release of the emails'));
  it('is not cut before a second noun phrase', () => expectContent('The governor ordered an evacuation of the coast, and a curfew in the city.', 'an evacuation of the coast, and a curfew in the city'));
  it('a clause content is left as it was', () => expectContent('She said the plan was flawed, and the council agreed.', 'the plan was flawed'));
});
