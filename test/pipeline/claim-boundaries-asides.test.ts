import { describe, it } from 'vitest';
import { expectContent } from './claim-rows.js';

/**
 * Where a paraphrase claim goes on past an inserted aside, on invented sentences: each positive row
 * gives the content as a fact-checker should read it, each negative row a sentence whose content
 * still ends where the aside begins.
 */
type Row = [what: string, sentence: string, content: string];

describe('an aside after a subject still waiting for its verb is inside the content', () => {
  it.each<Row>([
    ['a concessive aside after the subject', 'The auditor found that the scandal, while costly, was handled well.', 'that the scandal, while costly, was handled well'],
    ['a clause of concession with its own verbs', 'The auditor said that the levy, even though voters had approved it twice, was never collected.', 'that the levy, even though voters had approved it twice, was never collected'],
    ['a dash aside holding a comma', 'The memo says that the mayor — who resisted the changes her aides wanted, even though she once backed them — has decided to keep her style.', 'that the mayor — who resisted the changes her aides wanted, even though she once backed them — has decided to keep her style'],
    ['a relative aside in a content nested under "has found that"', 'The agency says its audit has found that the trusts, even though they were set up abroad, are still under her control.', 'its audit has found that the trusts, even though they were set up abroad, are still under her control'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['the subject already has its verb', 'The mayor said the council should fund the depot, which opened in May.', 'the council should fund the depot'],
    ['the aside is a fronted adjunct, not a subject', 'The auditor said the levy was collected, even though voters had rejected it twice.', 'the levy was collected'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('the second dash of a pair closes an insertion and the content goes on', () => {
  it.each<Row>([
    ['a noun phrase between dashes before the verb', 'The mayor said that the depot — a project the council backed in May — would open next year.', 'that the depot — a project the council backed in May — would open next year'],
    ['a phrase between dashes before the object\'s last words', 'The mayor wants a new depot — a costly one — for the buses.', 'a new depot — a costly one — for the buses'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['a single dash before an afterthought', 'The mayor said the depot would open in May — a month late.', 'the depot would open in May'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('an infinitive after a closed non-restrictive relative is the content\'s', () => {
  it.each<Row>([
    ['a purpose infinitive after a relative on a time phrase', 'The mayor said that she called the governor after the vote, which secured her the post, to thank him for his help.', 'that she called the governor after the vote, which secured her the post, to thank him for his help'],
    ['an infinitive content going on past a relative on its object', 'The mayor vowed to form a task force, which would include the police, to fight the gangs.', 'to form a task force, which would include the police, to fight the gangs'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['"to" opens a phrase, not an infinitive', 'The mayor announced the plan, which will cost five million, to the council.', 'the plan'],
    ['no comma closes the relative', 'The mayor said she would fund the depot, which opened in May.', 'she would fund the depot'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('a noun phrase in apposition to the content\'s subject stays in the content', () => {
  it.each<Row>([
    ['an apposition after a name', 'A new poll suggests that Ana Ruiz, the mayor there, has a small lead.', 'that Ana Ruiz, the mayor there, has a small lead'],
    ['an apposition after a tail cue\'s subject', 'Tom Lund, the nephew of a former mayor, is joining the council, the party announced.', 'Tom Lund, the nephew of a former mayor, is joining the council'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['a relative aside still splits the claim', 'A new poll suggests that the mayor, who has outspent every rival, still trails in the suburbs.', 'that the mayor'],
    ['a time adverb\'s aside still splits the claim', 'Ortiz once said that Helen Cho, then a councillor, was likable enough.', 'was likable enough'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('after "with", a document participle\'s content ends at a comma, but not at an aside after its subject', () => {
  it.each<Row>([
    ['an apposition after the subject', 'The race looks closer in Ohio, with some polls indicating that Ana Ruiz, the mayor there, has a small lead.', 'that Ana Ruiz, the mayor there, has a small lead'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['the comma follows the content\'s verb', 'The race looks closer in Ohio, with some polls indicating that Ana Ruiz has a small lead, and the vote is near.', 'that Ana Ruiz has a small lead'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('", and" before the last item of a subject list still waiting for its verb is inside the content', () => {
  it.each<Row>([
    ['a list of three places', 'The mayor said residents of the north side, the west side, and the old town would get new buses.', 'residents of the north side, the west side, and the old town would get new buses'],
    ['a list after "that"', 'The report found that the clinics, the depots, and the schools were all short of staff.', 'that the clinics, the depots, and the schools were all short of staff'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['the first clause already has its verb', 'The mayor said the north side would get new buses, and the old town would get a tram.', 'the north side would get new buses'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});
