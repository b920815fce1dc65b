import { describe, it } from 'vitest';
import { expectNoClaim } from './claim-rows.js';
import { expectSpeakerRow, type SpeakerRow } from './speaker-rows.js';

/**
 * A relative clause between a subject and its verb of saying ("Residents who spoke said …",
 * "Officials from the ministry who spoke on Monday said …"): the speaker is the whole noun phrase
 * before the relative pronoun, never the relative clause's verb, nor only the last noun of a
 * prepositional phrase; a verb of saying after a preposition's object takes that object
 * ("sided with preservationists who argued …"). On invented sentences.
 */
const rows: SpeakerRow[] = [
  { title: 'a relative clause of one verb', article: 'The residents who spoke said the vote was rigged.', text: 'the vote was rigged', speaker: 'The residents' },
  { title: 'a pronoun with a relative clause of one verb: the whole phrase is the mention, for a person to settle', article: 'Those who stayed said the vote was rigged.', text: 'the vote was rigged', speaker: null, mention: 'Those who stayed' },
  { title: 'a relative clause ending in a particle', article: 'Residents who gathered outside said the vote was rigged.', text: 'the vote was rigged', speaker: 'Residents' },
  { title: 'a relative clause ending in an adverb of place', article: 'Workers who walked out said pay was too low.', text: 'pay was too low', speaker: 'Workers' },
  { title: 'a noun phrase with its prepositional phrase', article: 'Officials from the ministry who spoke on Monday said the plan was legal.', text: 'the plan was legal', speaker: 'Officials from the ministry' },
  { title: 'the same with a particle', article: 'Supporters of the mayor who gathered outside said the vote was rigged.', text: 'the vote was rigged', speaker: 'Supporters of the mayor' },
  { title: 'the object of a verb and preposition', article: 'The judge sided with preservationists who argued the city had skipped a review.', text: 'the city had skipped a review', speaker: 'preservationists' },
  { title: 'the object of a preposition after a clause\'s verb', article: 'He met with officials who said the plan was legal.', text: 'the plan was legal', speaker: 'officials' },
  { title: 'a longer relative clause, as before', article: 'A senior official who was not authorized to speak said the talks had stalled.', text: 'the talks had stalled', speaker: 'A senior official' },
  { title: 'an object relative keeps its own subject', article: 'The fees, which officials said would rise, were cut in May.', text: 'would rise', speaker: 'officials' },
];

describe('a subject with a relative clause before its verb of saying', () => {
  it.each(rows)('$title', (row) => expectSpeakerRow(row));
  it('the relative clause\'s verb is no speaker and no piece', () => expectNoClaim('The residents who gathered said the vote was rigged.', 'who'));
  it('a relative clause with an auxiliary is not read as ending in a particle', () => expectNoClaim('People who are inclined to believe the rumours, and who distrust the press, were not convinced.', 'the rumours, and who distrust the press'));
});
