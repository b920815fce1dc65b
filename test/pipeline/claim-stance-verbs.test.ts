import { describe, it } from 'vitest';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * Beliefs, intentions and stances held by a named person or body, whose cue is no verb of saying,
 * on invented sentences. Negative rows: that sentence gives no claim with that content.
 */
type Row = [what: string, sentence: string, content: string, speaker: string | null, cueKind?: string];
type NoRow = [what: string, sentence: string, notContent: string];

describe('a verb of hope or aim with its plan infinitive', () => {
  it.each<Row>([
    ['"offered to" and a plan', 'Ana Ortiz offered to debate her rival in Leeds next week.', 'to debate her rival in Leeds next week', 'Ana Ortiz', 'intention'],
    ['a participle of hope after a comma', 'The treasurer delayed the vote on the levy, hoping to win over the farmers first.', 'to win over the farmers first', 'The treasurer', 'belief'],
    ['a participle of aim after a comma', 'Tom Vey toured the flooded valley on Monday, seeking to calm angry residents.', 'to calm angry residents', 'Tom Vey', 'intention'],
    ['a participle of fear with a bare clause', 'Tom Vey opposed the new port, fearing it would draw trade from his own harbour.', 'it would draw trade from his own harbour', 'Tom Vey', 'belief'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['"offered to" a recipient is no plan', 'Ana Ortiz offered to the council a short apology.', 'to the council a short apology'],
    ['"hoping for" a thing is no infinitive', 'The family moved to Leeds in 1990, hoping for better.', 'for better'],
    ['fearing a thing is no claim', 'Some donors asked to be left off the list, fearing the attention.', 'the attention'],
    ['a participle after "and" with a gerund before it has no holder', 'Voting for him is like hiring a plumber and expecting to get a painter.', 'to get a painter'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('thanking someone for something', () => {
  it.each<Row>([
    ['"thanked" a person for a deed', 'The mayor thanked the volunteers for clearing the flooded road.', 'the volunteers for clearing the flooded road', 'The mayor', 'assertion'],
    ['a progressive "is thanking"', 'Tom Vey is thanking his supporters for a narrow win in the county.', 'his supporters for a narrow win in the county', 'Tom Vey'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['thanking a person with no grounds is no claim', 'Ana Ortiz thanked her parents and her sisters.', 'her parents and her sisters'],
    ['an infinitive of purpose after another verb', 'He wrote to thank the nurse for the flowers.', 'the nurse for the flowers'],
    ['", then" and a cue open a claim of their own', 'The mayor thanked the crowd for its patience, then said she would run again.', 'the crowd for its patience, then said she would run again'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a verb of support whose object is one name', () => {
  it.each<Row>([
    ['a count of voters "supported" a name', 'In the county, 34,000 voters supported Ortiz.', 'Ortiz', '34,000 voters', 'belief'],
    ['"does support" a name', 'Tom Vey does support Ortiz.', 'Ortiz', 'Tom Vey', 'belief'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['a relative clause only describes its noun', 'A delegate who openly supports Ortiz spoke first.', 'Ortiz'],
    ['a pronoun object points elsewhere', 'Tom Vey supported it.', 'it'],
    ['a lower-case noun alone is no side taken', 'Most farmers opposed deportation.', 'deportation'],
    ['one name after another verb stays out', 'In the county, 34,000 voters met Ortiz.', 'Ortiz'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('offering something said', () => {
  it.each<Row>([
    ['"offered" advice', 'Tom Vey offered some blunt advice to the new treasurer.', 'some blunt advice to the new treasurer', 'Tom Vey', 'assertion'],
    ['a participle offering thoughts', 'The mayor spoke for an hour, offering her thoughts on the levy.', 'her thoughts on the levy', 'The mayor', 'assertion'],
    ['an addressee before the thing said', 'Ana Ortiz offered the farmers a frank assessment of the harvest.', 'the farmers a frank assessment of the harvest', 'Ana Ortiz', 'assertion'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['offered money is an act, not words', 'The province offered 30 million over ten years.', '30 million over ten years'],
    ['offered loans are no statement', 'The council offers cheap loans to parents.', 'cheap loans to parents'],
    ['a relative clause leaves the offerer unclear', 'She hired an aide to the governor, who has offered advice to several candidates.', 'advice to several candidates'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('how something seems, to the end of its clause', () => {
  it.each<Row>([
    ['a participle that is no cue goes on with the complement', 'The board seemed to send a clear signal, blocking the merger for a year.', 'to send a clear signal, blocking the merger for a year', null, 'belief'],
    ['"all but" is no conjunction', 'The port seemed immune to all but the worst storms.', 'immune to all but the worst storms', null],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['a participle of saying is a claim of its own', 'The mayor seemed tired, saying she would rest.', 'tired, saying she would rest'],
    ['"but" after a clause still ends it', 'The port seemed calm, but the storm was near.', 'calm, but the storm was near'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('an order and what it directs', () => {
  it.each<Row>([
    ['"ordered" a body to act', 'A county judge ordered the water board to publish its test results.', 'the water board to publish its test results', 'A county judge', 'intention'],
    ['"ordered" an action named by a noun', 'The mayor ordered an evacuation of the low-lying streets.', 'an evacuation of the low-lying streets', 'The mayor', 'intention'],
    ['a progressive "is ordering" a release', 'The court is ordering the release of the ledger.', 'the release of the ledger', 'The court'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['ordering goods is no directive', 'The airline ordered forty new jets from the maker.', 'forty new jets from the maker'],
    ['"in order to" is a purpose', 'She needs a strong finish in order to stay in the race.', 'to stay in the race'],
    ['"ordered" with a place after "to"', 'The general ordered the troops to the border.', 'the troops to the border'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('"demands" after its subject', () => {
  it.each<Row>([
    ['a headline "demands" with a bare clause', 'Vey demands Ortiz resign over the levy.', 'Ortiz resign over the levy', 'Vey', 'intention'],
    ['"demands" a thing after a name', 'Ana Ortiz demands a full recount of the ballots.', 'a full recount of the ballots', 'Ana Ortiz'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['"demands" after a determiner is a noun', 'The demands of the job are heavy.', 'of the job are heavy'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('"back" as a verb of support', () => {
  it.each<Row>([
    ['a progressive "is backing" a candidate', 'Gov. Tom Vey is backing Ana Ortiz, but he is not predicting a win.', 'Ana Ortiz', 'Tom Vey', 'belief'],
    ['"backs" a measure after a pronoun', 'He wants to close the depot; she backs tougher limits on noise.', 'tougher limits on noise', null, 'belief'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['"backed away from" is a retreat', 'Ana Ortiz backed away from a plan to sell the depot.', 'away from a plan to sell the depot'],
    ['a relative clause describes its noun', 'Donors who are backing Ana Ortiz met on Friday.', 'Ana Ortiz'],
    ['"back" as an adverb', 'Ana Ortiz came back to the town hall.', 'to the town hall'],
    ['"backs" as a noun', 'They turned their backs on the mayor.', 'on the mayor'],
    ['"back" inside a reported clause is part of it', 'Ana Ortiz said that in the end the council backed the plan.', 'the plan'],
    ['"back" yields to a cue in its object', 'The board backed a levy that farmers fear will ruin them.', 'a levy that farmers fear will ruin them'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
