import { describe, it } from 'vitest';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * Claims with an ordinary reporting cue that an earlier reading missed entirely, on invented
 * texts. Negative rows: that text gives no claim with that content.
 */
type Row = [what: string, text: string, content: string, speaker: string | null];
type NoRow = [what: string, text: string, notContent: string];

describe('a headline line with no stop over its story', () => {
  it.each<Row>([
    ['the headline is a sentence of its own', 'Updates below.\n\nMayor Says Budget Will Be Balanced By Spring\nThe mayor said on Monday that the deficit had shrunk.', 'Budget Will Be Balanced By Spring', 'Mayor'],
    ['the story under it keeps its own claim', 'Updates below.\n\nMayor Says Budget Will Be Balanced By Spring\nAna Ortiz said on Monday that the deficit had shrunk.', 'that the deficit had shrunk', 'Ana Ortiz'],
  ])('%s', (_what, text, content, speaker) => expectClaim(text, content, speaker));

  it.each<NoRow>([
    ['the headline does not run into the story', 'Updates below.\n\nMayor Says Budget Will Be Balanced By Spring\nThe mayor said on Monday that the deficit had shrunk.', 'Budget Will Be Balanced By Spring\nThe mayor'],
  ])('%s', (_what, text, notContent) => expectNoClaim(text, notContent));
});

describe('a listener, then a clause opened by a pronoun with a contracted auxiliary', () => {
  it.each<Row>([
    ['"told reporters it’s …"', 'Ana Ortiz told reporters it’s time to close the depot.', 'it’s time to close the depot', 'Ana Ortiz'],
    ['"told CNN he’d …"', 'Raj Patel told CNN he’d run for the seat again.', 'he’d run for the seat again', 'Raj Patel'],
    ['"assured voters she’s …"', 'Ana Ortiz assured voters she’s ready to serve.', 'she’s ready to serve', 'Ana Ortiz'],
  ])('%s', (_what, text, content, speaker) => expectClaim(text, content, speaker));

  it.each<NoRow>([
    ['the listener is no part of the content', 'Ana Ortiz told reporters it’s time to close the depot.', 'reporters it’s time to close the depot'],
    ['a name’s possessive is no pronoun: the listener stays out', 'Ana Ortiz told the mayor’s aides the depot would close.', 'aides the depot would close'],
  ])('%s', (_what, text, notContent) => expectNoClaim(text, notContent));
});

describe('a verb form that is mostly a noun, after a plural subject and before a pronoun’s clause', () => {
  it.each<Row>([
    ['"critics claim he …"', 'Critics claim he misled the council about the costs.', 'he misled the council about the costs', 'Critics'],
    ['"experts note it will …"', 'Experts note it will take years to rebuild the bridge.', 'it will take years to rebuild the bridge', 'Experts'],
    ['"aides claim the polls are …"', 'Aides claim the polls are tightening in Ohio.', 'the polls are tightening in Ohio', 'Aides'],
    ['"officials promise the new bridge will …"', 'Officials promise the new bridge will open by June.', 'the new bridge will open by June', 'Officials'],
  ])('%s', (_what, text, content, speaker) => expectClaim(text, content, speaker));

  it.each<NoRow>([
    ['"claim it back" takes an object', 'Farmers claim it back every spring.', 'it back every spring'],
    ['"claim the credit" takes an object, with no verb after it', 'Both parties claim the credit for the new bridge.', 'the credit for the new bridge'],
    ['a determiner and a verb with no auxiliary is no clause read here', 'Farmers claim the subsidy each spring.', 'the subsidy each spring'],
    ['a noun that names no person is no subject', 'Each insurance claim he filed was late.', 'he filed was late'],
  ])('%s', (_what, text, notContent) => expectNoClaim(text, notContent));
});

describe('a Title Case headline whose second verb reads as a tail', () => {
  it.each<Row>([
    ['the first cue frames the whole', 'Newspaper Says Mayor Must Quit Politics, Show Remorse For The Floods.', 'Mayor Must Quit Politics, Show Remorse For The Floods', 'Newspaper'],
  ])('%s', (_what, text, content, speaker) => expectClaim(text, content, speaker));

  it.each<NoRow>([
    ['the second verb is no tail of the first clause', 'Newspaper Says Mayor Must Quit Politics, Show Remorse For The Floods.', 'Newspaper Says Mayor Must Quit Politics'],
    ['in running text neither misreading stays', 'In the bank scandal, people were mistakenly charged fees, saw their credit ratings fall, got cards they never asked for or just were confused.', 'fees, saw their credit ratings fall, got cards they never asked for or just were confused'],
  ])('%s', (_what, text, notContent) => expectNoClaim(text, notContent));
});

describe('a headline with its source before a colon, in Title Case', () => {
  it.each<Row>([
    // (the headline's "Poll" is the poll the body names: "…, a poll found")
    ['a verb that reads as a noun keeps the claim', 'Poll: Mayor Ties Rival In Senate Race.\n\nThe mayor and her rival are level, a poll found.', 'Mayor Ties Rival In Senate Race', 'a poll'],
  ])('%s', (_what, text, content, speaker) => expectClaim(text, content, speaker));

  it.each<NoRow>([
    ['a header field is no source', 'Updated: Mayor Ties Rival In Senate Race.\n\nThe mayor and her rival are level.', 'Mayor Ties Rival In Senate Race'],
  ])('%s', (_what, text, notContent) => expectNoClaim(text, notContent));
});

describe('a subject with a relative clause that has no relative word', () => {
  it.each<Row>([
    ['"Voters I interviewed said": the clause stays in the description', 'Voters I interviewed said the mayor would resign.', 'the mayor would resign', 'Voters I interviewed'],
    ['"Officials we spoke with said": a description ending in a preposition is cut to its noun phrase', 'Officials we spoke with said the depot would close.', 'the depot would close', 'Officials'],
    ['"People I have talked to said", past a time phrase', 'People I have talked to over the last few weeks said the mayor would resign.', 'the mayor would resign', 'People'],
    ['"The report she wrote said"', 'The report she wrote said the bridge was unsafe.', 'the bridge was unsafe', 'The report'],
  ])('%s', (_what, text, content, speaker) => expectClaim(text, content, speaker));

  it.each<NoRow>([
    ['an infinitive\'s "to" is no stranded preposition', 'During the remarks she tried to demonstrate that the plan worked.', 'During the remarks she tried to'],
  ])('%s', (_what, text, notContent) => expectNoClaim(text, notContent));

  it('the infinitive keeps its subject', () => expectClaim('During the remarks she tried to demonstrate that the plan worked.', 'that the plan worked', null));
});

describe('a fragment that leaves its verb phrase to the claim before it', () => {
  it.each<Row>([
    ['after a tail', 'A clerk who steals is punished, the senator said. Bank executives aren’t. The hearing went on.', 'Bank executives aren’t', 'the senator'],
    ['after a content that ends the sentence', 'The mayor said bus fares would rise. Tram fares will not.', 'Tram fares will not', 'The mayor'],
  ])('%s', (_what, text, content, speaker) => expectClaim(text, content, speaker));

  it.each<NoRow>([
    ['after an object with no verb, the verb left out is the cue’s', 'Ana Ortiz supported the plan. But others did not.', 'But others did not'],
    ['a pronoun subject may answer a question', 'Prices will rise, the mayor said. They won’t.', 'They won’t'],
    ['a sentence with a verb of its own is no fragment', 'The mayor said bus fares would rise. Then she left.', 'Then she left'],
  ])('%s', (_what, text, notContent) => expectNoClaim(text, notContent));
});

describe('a quotation before the subject that the cue does not report', () => {
  it.each<Row>([
    ['a title in marks, then a cue with its that-clause', 'Speaking on the radio show “Morning Hour,” Ana Ortiz admitted that the figures were wrong.', 'that the figures were wrong', 'Ana Ortiz'],
  ])('%s', (_what, text, content, speaker) => expectClaim(text, content, speaker));

  it.each<NoRow>([
    ['"that night" after the cue is a time, and the quotation is its content', '“We will win,” Ana Ortiz said that night.', 'that night'],
  ])('%s', (_what, text, notContent) => expectNoClaim(text, notContent));
});

describe('a second clause joined by "and" after a trailing according-to', () => {
  it.each<Row>([
    ['a clause with its own subject is the source’s too', 'The top tenth paid most of the tax, according to the budget office, and the bottom fifth paid almost none.', 'the bottom fifth paid almost none', 'the budget office'],
  ])('%s', (_what, text, content, speaker) => expectClaim(text, content, speaker));

  it.each<NoRow>([
    ['"and then" goes on with the narration', 'Turnout rose, according to the survey, and then the count began.', 'then the count began'],
  ])('%s', (_what, text, notContent) => expectNoClaim(text, notContent));
});

describe('an inserted frame whose subject is a role and its holder’s name', () => {
  it.each<Row>([
    ['the clause after the frame is the speaker’s too', 'The city built the shelter for floods, a spokeswoman, Ana Ortiz, said on Monday, and it has opened it twice this year.', 'and it has opened it twice this year', 'Ana Ortiz'],
    ['the clause before the frame loses the role', 'The city built the shelter for floods, a spokeswoman, Ana Ortiz, said on Monday, and it has opened it twice this year.', 'The city built the shelter for floods', 'Ana Ortiz'],
  ])('%s', (_what, text, content, speaker) => expectClaim(text, content, speaker));

  it.each<NoRow>([
    ['the role is no part of the first piece', 'The city built the shelter for floods, a spokeswoman, Ana Ortiz, said on Monday, and it has opened it twice this year.', 'The city built the shelter for floods, a spokeswoman'],
  ])('%s', (_what, text, notContent) => expectNoClaim(text, notContent));
});
