import { describe, it } from 'vitest';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * Verbs of saying and evidence in constructions the subject-verb rule does not read, on invented
 * sentences. Negative rows: that sentence gives no claim with that content.
 */
type Row = [what: string, sentence: string, content: string, speaker: string | null, cueKind?: string];
type NoRow = [what: string, sentence: string, notContent: string];

describe('"quoted X as saying": X said it (the outlet that quoted them relays it)', () => {
  it.each<Row>([
    ['an outlet quoting a person', 'The Harbour Gazette quoted a dock worker as saying the cranes had been idle for weeks.', 'the cranes had been idle for weeks', 'a dock worker'],
    ['an apposition on the person quoted', 'Radio Norte quoted Ana Ortiz, a ferry pilot, as saying that the crossing was closed.', 'that the crossing was closed', 'Ana Ortiz'],
    ['"as having said"', 'Radio Norte quoted the mayor as having said the levy would stay.', 'the levy would stay', 'the mayor'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['quoting a text is no report of words said', 'The pastor quoted a psalm at the start of the service.', 'a psalm at the start of the service'],
    ['quoted words after "as saying" are the quotation stage’s', 'The bulletin quoted the mayor as saying “the levy stays.”', 'the mayor as saying “the levy stays.”'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('verbs of directing with their object and an infinitive', () => {
  it.each<Row>([
    ['an object and an infinitive', 'The county judge ordered the water board to publish its test results.', 'the water board to publish its test results', 'The county judge'],
    ['a pronoun object', 'Ana Ortiz ordered them to wait at the gate.', 'them to wait at the gate', 'Ana Ortiz'],
    ['a that-clause', 'Ana Ortiz ordered that the gates be closed.', 'that the gates be closed', 'Ana Ortiz'],
    ['"encouraged"', 'The union had encouraged the nurses to testify before the panel.', 'the nurses to testify before the panel', 'The union'],
    ['"challenged"', 'Ana Ortiz challenged the senator to release his tax returns.', 'the senator to release his tax returns', 'Ana Ortiz'],
    ['"begged"', 'Ana Ortiz begged reporters to ask about the budget.', 'reporters to ask about the budget', 'Ana Ortiz'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['ordering a thing is no claim', 'The court ordered a new trial at the end of May.', 'the end of May'],
    ['a meal ordered is no claim', 'Ana Ortiz ordered the soup.', 'the soup'],
    ['"order" as a noun before an infinitive', 'The two towns are now under court order to close their landfills.', 'to close their landfills'],
    ['challenging a ruling is no directive', 'The firm challenged the ruling in court.', 'the ruling in court'],
    ['"begs the question" is an idiom', 'The closure begs the question of who pays.', 'the question of who pays'],
    ['a cause encourages, it does not say', 'The toll encouraged drivers to take the ring road.', 'drivers to take the ring road'],
    ['a relative clause on a thing', 'It is a rule that encourages farmers to sell early.', 'farmers to sell early'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('"questioned" with a noun-phrase object', () => {
  it.each<Row>([
    ['a quality questioned', 'The senator questioned the governor’s commitment to the treaty.', 'the governor’s commitment to the treaty', 'The senator', 'question'],
    ['a need questioned', 'Ana Ortiz questioned the need to rebuild the pier.', 'the need to rebuild the pier', 'Ana Ortiz', 'question'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['a suspect questioned is a person, not a doubt', 'Detectives questioned the suspect for six hours.', 'the suspect for six hours'],
    ['a named person questioned', 'Detectives questioned Ortiz about the fire.', 'Ortiz about the fire'],
    ['"questions" as a noun', 'The mayor took questions from reporters on the pier.', 'from reporters on the pier'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a "while" clause fronted inside a that-clause', () => {
  it.each<Row>([
    ['after an opening phrase of time', 'The ferry pilot has claimed that in 2019, while on duty, she was told to skip the checks.', 'that in 2019, while on duty, she was told to skip the checks', 'The ferry pilot'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['a contrast after the content stays the narrator’s', 'The mayor said that the levy would rise, while the governor said it would fall.', 'that the levy would rise, while the governor said it would fall'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a wh-clause after a verb of explaining and its adjunct', () => {
  it.each<Row>([
    ['after the addressee', 'Ana Ortiz explained to reporters why the ferry was late.', 'why the ferry was late', 'Ana Ortiz'],
    ['after a time phrase', 'Ana Ortiz explained on Monday how the fund was spent.', 'how the fund was spent', 'Ana Ortiz'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['a verb of saying takes no wh-clause', 'Ana Ortiz said on Monday how proud she was.', 'how proud she was'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('an aside set off by commas between the cue and "that"', () => {
  it.each<Row>([
    ['an adverb', 'Ana Ortiz said, however, that the pier would reopen.', 'that the pier would reopen', 'Ana Ortiz'],
    ['a phrase', 'Ana Ortiz testified, for example, that she never saw the ledger.', 'that she never saw the ledger', 'Ana Ortiz'],
    ['after a time phrase', 'Ana Ortiz said on Monday, however, that the pier would reopen.', 'that the pier would reopen', 'Ana Ortiz'],
    ['a manner adverb', 'Ana Ortiz said flatly that the pier would reopen.', 'that the pier would reopen', 'Ana Ortiz'],
    ['"without" and its noun', 'Ana Ortiz claimed without evidence that the count was rigged.', 'that the count was rigged', 'Ana Ortiz'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['the aside is no part of the content', 'Ana Ortiz said, however, that the pier would reopen.', 'however, that the pier would reopen'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a participle of telling after a preposition, with its listener', () => {
  it.each<Row>([
    ['"by telling" a listener a clause with no "that"', 'Ana Ortiz won the seat by telling farmers she would cut the levy.', 'she would cut the levy', 'Ana Ortiz'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['telling stories is no claim', 'Ana Ortiz won the seat by telling stories.', 'stories'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a passive verb of asking with its asker and a wh-clause', () => {
  it.each<Row>([
    ['"was asked by X why"', 'The mayor was asked by a caller why the pier was closed.', 'why the pier was closed', 'a caller', 'question'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['a topic after the asker is no question put', 'The mayor was asked by a caller about the pier.', 'about the pier'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('an inverted tail after a clause with an opening phrase', () => {
  it.each<Row>([
    ['"For some, …, said X"', 'For some, the new fees would outweigh the savings, said Ortiz.', 'For some, the new fees would outweigh the savings', 'Ortiz'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['the name after the verb is no content', 'For some, the new fees would outweigh the savings, said Ortiz.', 'Ortiz'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
