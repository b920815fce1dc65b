import { describe, it } from 'vitest';
import { expectClaim, expectContent, expectNoClaim } from './claim-rows.js';

/**
 * Dashes typed as hyphens, and dashes that open an elaboration, on invented sentences: each
 * positive row gives the content as a fact-checker should read it, each negative row a sentence
 * whose content keeps the same words because they belong to it.
 */
type Row = [what: string, sentence: string, content: string];

describe('a hyphen between spaces is a dash', () => {
  it.each<Row>([
    ['a single hyphen before the writer\'s gloss', 'The mayor said the depot would close in May - a blow to the drivers who use it.', 'the depot would close in May'],
    ['a horizontal bar pair around a relative clause of the narrator\'s', 'The mayor highlighted the new fees on parking ― which would fall mostly on visitors ― and her own plans for the depot.', 'the new fees on parking'],
    ['a hyphen before a contrast of the narrator\'s', 'The senator vowed to take his fight to the floor - even as his rival closed in on the seats she needs.', 'to take his fight to the floor'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['a pair of hyphen dashes around an aside of the subject', 'The mayor said the depot - the oldest in the county - would close in May.', 'the depot - the oldest in the county - would close in May'],
    ['a hyphen inside a word', 'The mayor said the well-known depot would close in May.', 'the well-known depot would close in May'],
    ['a hyphen before a number', 'The forecaster said the low would reach -5 degrees by Friday.', 'the low would reach -5 degrees by Friday'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('a dash that opens an elaboration of the last noun keeps it in the content', () => {
  it.each<Row>([
    ['examples opened by "including"', 'The mayor said the council would raise several fees — including a levy on parking.', 'the council would raise several fees — including a levy on parking'],
    ['examples opened by "like"', 'The mayor said the town needs more services — like a clinic and a second depot.', 'the town needs more services — like a clinic and a second depot'],
    ['examples opened by "such as"', 'The mayor said the town lacks basic services - such as a clinic and a depot.', 'the town lacks basic services - such as a clinic and a depot'],
    ['alternatives opened by "either"', 'The report found that most towns charge a fee - either a flat charge or a levy by weight.', 'that most towns charge a fee - either a flat charge or a levy by weight'],
    ['alternatives opened by "whether"', 'The mayor said she holds a firm view on every issue — whether taxes, schools or roads.', 'she holds a firm view on every issue — whether taxes, schools or roads'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['"whether" opens a clause of the narrator\'s', 'The mayor said the depot would close — whether it reopens is not clear.', 'the depot would close'],
    ['the writer\'s label for the content', 'The mayor said the depot would close — a claim the council denies.', 'the depot would close'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('after "according to X," a noun phrase closed by a dash is the content\'s subject, not an apposition to X', () => {
  it.each<Row>([
    ['a dash pair inside the content', 'According to a filing, the new hotel — at an address near the capitol — will offer 277 rooms to visitors.', 'the new hotel — at an address near the capitol — will offer 277 rooms to visitors'],
    ['the writer\'s gloss after a dash ends the content, with no space left at its end', 'According to a filing, the hotel will open in May — a boon for the town.', 'the hotel will open in May'],
    ['a hyphen pair inside the content', 'According to a filing, the new hotel - at an address near the capitol - will offer 277 rooms to visitors.', 'the new hotel - at an address near the capitol - will offer 277 rooms to visitors'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['commas set off an apposition to the source', 'According to Dana Ruiz, another former envoy, the talks were close to a deal.', 'the talks were close to a deal'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('a clause between two dashes is an aside, not a tail that reports the words before it', () => {
  it.each<[what: string, sentence: string, notContent: string]>([
    ['a verb of speech inside a dash pair', 'He is tireless in giving interviews — he talks to everybody all the time — and is both careful and loose about it.', 'He is tireless in giving interviews'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));

  it.each<Row>([
    ['one dash before a tail that ends the sentence', 'The depot will close in May — the mayor told reporters on Friday.', 'The depot will close in May'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('the subject before a dash-bounded aside', () => {
  it.each<[what: string, sentence: string, content: string, speaker: string]>([
    ['after a fronted adverb and its comma', 'Still, Ruiz — who met with advisers on Wednesday — has vowed to fight on.', 'to fight on', 'Ruiz'],
    ['a long relative aside', 'Ruiz — who met with her advisers and her family on a long flight home to the capital on Wednesday — has vowed to fight on.', 'to fight on', 'Ruiz'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<[what: string, sentence: string, notContent: string]>([
    ['a described aside of more than twelve words is not crossed', 'Ruiz — the tireless and well-liked former head of the regional transit board and of two civic clubs in the city — has vowed to fight on.', 'to fight on'],
  ])('not when %s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});
