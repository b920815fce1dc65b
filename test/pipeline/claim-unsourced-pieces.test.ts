import { describe, it } from 'vitest';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * Pieces of one claim split by its cue, where the cue is a report adverb or an according-to phrase
 * set inside the sentence, on invented sentences: each piece as reported and who made it (null:
 * nobody the text names). Negative rows: that sentence gives no claim with that content.
 */
type Row = [what: string, sentence: string, content: string, speaker: string | null];
type NoRow = [what: string, sentence: string, notContent: string];

describe('a report adverb between the subject and the rest', () => {
  it.each<Row>([
    ['the subject is a piece', 'The bakery reportedly paid $2 million to settle the case.', 'The bakery', null],
    ['the rest is the other piece', 'The bakery reportedly paid $2 million to settle the case.', 'paid $2 million to settle the case', null],
    ['the subject before an auxiliary', 'The ferry company has allegedly deleted the logs.', 'The ferry company', null],
    ['the subject of an absolute phrase', 'With former Mayor Helen Cho reportedly weighing a run, the council met on Monday.', 'Mayor Helen Cho', null],
    ['a coordinated subject of names', 'Both Acme and Globex have reportedly looked at the site and passed.', 'Both Acme and Globex', null],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<NoRow>([
    ['an expletive subject is no piece', 'It reportedly took the crew three days to clear the road.', 'It'],
    ['an adjective use gives no piece', 'The allegedly forged letters were sent to the court.', 'The'],
    ['a report adverb before a reporting verb leaves the claim to the verb', 'The mayor reportedly said that taxes would rise.', 'The mayor'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('an according-to phrase inside the clause', () => {
  it.each<Row>([
    ['a one-word subject before the phrase is a piece', 'Turnout, according to Ana Ortiz, has doubled since May.', 'Turnout', 'Ana Ortiz'],
    ['the rest after the phrase is the other piece', 'Turnout, according to Ana Ortiz, has doubled since May.', 'has doubled since May', 'Ana Ortiz'],
    [
      'a fronted phrase before the subject of a clause the phrase vouches for',
      'In late-night calls, the mayor’s aides voiced anger at the coverage and began to call the leak a smear, according to Ana Ortiz.',
      'In late-night calls, the mayor’s aides voiced anger at the coverage and began to call the leak a smear',
      'Ana Ortiz',
    ],
    ['a tail after a fronted phrase keeps the content before it', 'Ana Ortiz is a nurse. Her work gives her purpose, and she finds that in public service, she said.', 'Her work gives her purpose', 'Ana Ortiz'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<NoRow>([
    ['a one-word content before a closing according-to phrase is no claim', 'Nonsense, according to Ana Ortiz.', 'Nonsense'],
    ['a short piece cut inside a clock time is no piece', 'About 9:15 p.m., according to the log, the crew left the port.', '15 p.m.'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
