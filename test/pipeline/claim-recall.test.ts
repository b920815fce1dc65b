import { describe, expect, it } from 'vitest';
import { claimsOf, expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * Reported speech and stance that has no reporting verb of saying: verbs of cognition and
 * discovery, nouns that report content, on invented sentences. Negative rows: that sentence gives
 * no claim with that content.
 */
type Row = [what: string, sentence: string, content: string, speaker: string | null, cueKind?: string];
type NoRow = [what: string, sentence: string, notContent: string];

describe('verbs of cognition and discovery with a that-clause', () => {
  it.each<Row>([
    ['"recognize that"', 'Town planners now recognize that the ring road was a mistake.', 'that the ring road was a mistake', 'Town planners', 'belief'],
    ['"realized that"', 'Ana Ortiz soon realized that the ledger had been altered.', 'that the ledger had been altered', 'Ana Ortiz', 'belief'],
    ['"learned that"', 'The auditors eventually learned that the fund had been emptied in May.', 'that the fund had been emptied in May', 'The auditors', 'belief'],
    ['"noticed that"', 'Ana Ortiz noticed that none of the buses left on time.', 'that none of the buses left on time', 'Ana Ortiz', 'belief'],
    ['"discovered that"', 'The inspector discovered that the valves had never been replaced.', 'that the valves had never been replaced', 'The inspector'],
    ['"posited that"', 'Ana Ortiz posited that rents would fall once the plant closed.', 'that rents would fall once the plant closed', 'Ana Ortiz', 'assertion'],
    ['a base form after a plural person noun, before "that"', 'But engineers note that the bridge is still safe.', 'that the bridge is still safe', 'engineers'],
    ['"reassured" an addressee "that"', 'Ana Ortiz reassured the farmers that the depot would stay open.', 'that the depot would stay open', 'Ana Ortiz'],
    ['"notified" an addressee "that"', 'The water board notified residents that the supply was unsafe.', 'that the supply was unsafe', 'The water board'],
    ['"underscores that"', 'The harbour report underscores that the port is losing trade.', 'that the port is losing trade', 'The harbour report'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['a base form after a plural that names no person is a noun', 'The weekly sales report that the shop issued was late.', 'that the shop issued was late'],
    ['reassuring a person is no claim', 'The nurse reassured the frightened boy.', 'the frightened boy'],
    ['learning a thing is no claim', 'Ana Ortiz learned the language in two years.', 'the language in two years'],
    ['noticing a thing is no claim', 'The guard noticed a van outside the depot.', 'a van outside the depot'],
    ['understanding a person is no claim', 'The mayor understands the farmers.', 'the farmers'],
    ['"recognized" before a noun is an adjective', 'The council is a recognized authority on water.', 'authority on water'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('nouns that report content with a that-clause', () => {
  it.each<Row>([
    ['"the idea that"', 'The mayor floated the idea that the tram could run all night.', 'that the tram could run all night', 'The mayor'],
    ['"doubts that"', 'The scheme has been marred by doubts that it saves any money.', 'that it saves any money', null],
    ['"the suspicion that"', 'Voters share the suspicion that the count was rigged.', 'that the count was rigged', null],
    ['"the narrative that"', 'The union is trying to undo the narrative that its leaders are corrupt.', 'that its leaders are corrupt', null],
    ['"reminders that"', 'Her aides sent constant reminders that she will back the nominee.', 'that she will back the nominee', null],
    ['a noun cue that opens the sentence', 'Fears that the plant will close have grown.', 'that the plant will close', null, 'belief'],
    ['"criticism that"', 'The agency has long suffered under criticism that it is slow to act.', 'that it is slow to act', null],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['a relative clause after the noun is no content', 'It was a message that left the pastor puzzled.', 'that left the pastor puzzled'],
    ['a relative clause with a present verb', 'She sent a message that warns of floods.', 'that warns of floods'],
    ['"the view" from a window is no content', 'The view from the tower is splendid.', 'from the tower is splendid'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a cue and its that-clause apart', () => {
  it.each<Row>([
    ['a participle before a long occasion phrase', 'Ortiz defended the budget, stating in an interview on Radio Norte’s Morning Hour with Tom Vey that the deficit was shrinking.', 'that the deficit was shrinking', 'Ortiz'],
    ['a noun cue before a place phrase', 'The merger has revived speculation on the trading floor that the bank needs a buyer.', 'that the bank needs a buyer', null],
    ['"made the case" to an audience with a participle', 'Ana Ortiz will make the case to farmers gathered in Leeds for their fair that the levy is fair.', 'that the levy is fair', 'Ana Ortiz'],
    ['"a warning" to an audience', 'The agency issued a warning to residents that the dam could fail.', 'that the dam could fail', 'The agency'],
    ['a noun cue before an occasion phrase', 'Ana Ortiz was fined in May. Reporters checked her claim in a recent radio interview that she had paid the fine.', 'that she had paid the fine', 'Ana Ortiz'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['a verb in the phrase ends the search', 'She repeated the claim in the report she wrote that year that nobody read.', 'that nobody read'],
    ['"promise to" with a verb is the infinitive, not an audience', 'She renewed her promise to cut taxes that voters liked.', 'that voters liked'],
    ['a relative clause after the phrase is no content', 'His claim in the memo that was leaked upset the board.', 'that was leaked upset the board'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('an infinitive of purpose carrying a reporting verb', () => {
  it.each<Row>([
    ['after an apposition set off by commas', 'Ana Ortiz joined the treasurer, Tom Vey, to argue that the levy was unfair.', 'that the levy was unfair', 'Ana Ortiz'],
    ['after an object noun', 'Ana Ortiz used the hearing to warn that the dam could fail.', 'that the dam could fail', 'Ana Ortiz'],
    ['"went on to"', 'Ana Ortiz went on to note that she had sold the building.', 'that she had sold the building', 'Ana Ortiz'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<[what: string, sentence: string, content: string, notSpeaker: string]>([
    ['the object does the arguing after "urged"', 'Ana Ortiz urged her lawyers to argue that the levy was unfair.', 'that the levy was unfair', 'Ana Ortiz'],
    ['the object does the arguing after "hired"', 'The council hired a consultant to argue that the depot should close.', 'that the depot should close', 'The council'],
  ])('%s', (_what, sentence, content, notSpeaker) => {
    const found = claimsOf(sentence).find((c) => c.content === content);
    expect(found?.speaker ?? null).not.toBe(notSpeaker);
  });
});

describe('a document or article whose participle reports it', () => {
  it.each<Row>([
    ['"issued a report arguing that"', 'In May, Ana Ortiz issued a report arguing that the port had been mismanaged.', 'that the port had been mismanaged', 'Ana Ortiz'],
    ['"shot back in an article stating that"', 'The Harbour Gazette shot back in an article stating that the port was profitable.', 'that the port was profitable', 'The Harbour Gazette'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<[what: string, sentence: string, content: string, notSpeaker: string]>([
    ['the verb before the preposition is the issuer, not the phrase that holds it', 'The Harbour Gazette shot back in an article stating that the port was profitable.', 'that the port was profitable', 'Harbour Gazette shot back'],
  ])('%s', (_what, sentence, content, notSpeaker) => {
    const found = claimsOf(sentence).find((c) => c.content === content);
    expect(found?.speaker ?? null).not.toBe(notSpeaker);
  });
});

describe('a participle of saying after its preposition, with no "that"', () => {
  it.each<Row>([
    ['"responded first by saying"', 'Ana Ortiz responded first by saying she should not have called Ruiz a liar.', 'she should not have called Ruiz a liar', 'Ana Ortiz'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['a verb of belief still needs "that"', 'Ana Ortiz won the seat by thinking she could win it.', 'she could win it'],
    ['an object after the participle is no clause', 'Ana Ortiz began by saying her prayers.', 'her prayers'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a fronted opinion frame', () => {
  it.each<Row>([
    ['"In Professor X\'s view,"', 'In Professor Ruiz’s view, the fund is safe for a decade.', 'the fund is safe for a decade', 'Ruiz', 'belief'],
    ['"In the view of" a group', 'But in the view of many economists, the levy will fail.', 'the levy will fail', 'many economists', 'belief'],
    ['"In her opinion," after a sentence naming her', 'Ana Ortiz voted against the plan. In her opinion, the depot should stay open.', 'the depot should stay open', 'Ana Ortiz', 'belief'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['"In the end" is no opinion', 'In the end, the fund was safe.', 'the fund was safe'],
    ['a view from a place is no opinion', 'In a view from the hill, the harbour looks small.', 'the harbour looks small'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a verb of knowing or explaining with a wh-clause', () => {
  it.each<Row>([
    ['"explained why"', 'Ana Ortiz explained why the plant had closed.', 'why the plant had closed', 'Ana Ortiz'],
    ['"learned how"', 'The auditors learned how the fund had been spent.', 'how the fund had been spent', 'The auditors', 'belief'],
    ['"understands how"', 'Tom Vey understands how hard it is to win a recount.', 'how hard it is to win a recount', 'Tom Vey', 'belief'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => expectClaim(sentence, content, speaker, cueKind));

  it.each<NoRow>([
    ['"knows what she wants" names a thing', 'Ana Ortiz knows what she wants.', 'what she wants'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
