import { describe, it } from 'vitest';
import { expectContent } from './claim-rows.js';

/**
 * Where a paraphrase claim ends, one cut per table, on invented sentences: each positive row gives
 * the content as a fact-checker should read it, each negative row a sentence whose content runs on
 * past the same words because they belong to it.
 */
type Row = [what: string, sentence: string, content: string];


describe('a verb phrase coordinated with the frame ends the content', () => {
  it.each<Row>([
    ['a past verb after a modal content', 'The governor said she would tour the valley soon, and so far has only sent a letter to its mayors.', 'she would tour the valley soon'],
    ['"to date" between "and" and the verb', 'The governor said she would tour the valley soon, and to date has only sent a letter.', 'she would tour the valley soon'],
    ['a past verb after a noun-phrase object', 'The mayor denied the charges of fraud and thanked her staff in a short speech.', 'the charges of fraud'],
    ['a perfect after a noun-phrase object', 'The mayor denied every charge, and has promised to sue the paper.', 'every charge'],
    ['a present verb after a future content', 'The senator says he will stay in the race until June and refuses to discuss a deal.', 'he will stay in the race until June'],
    ['a past verb after an infinitive content', 'The two rivals urged the party to rally behind them and tried to calm the donors.', 'the party to rally behind them'],
    ['an irregular past verb that may be an adjective ("made")', 'The mayor said she would raise the levy, and then made remarks about the depot.', 'she would raise the levy'],
    ['a dash before "and"', 'The mayor warned of a long fight between the two parties - and exposed the council\'s old rifts.', 'a long fight between the two parties'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['two past verbs of the content', 'The auditor said the firm raised its prices and cut the wages of its drivers.', 'the firm raised its prices and cut the wages of its drivers'],
    ['a verb that is also a bare infinitive', 'The mayor said she would raise the levy and cut the fares.', 'she would raise the levy and cut the fares'],
    ['two participles of one adjective phrase', 'The company called the reports unfounded and fabricated by a rival.', 'the reports unfounded and fabricated by a rival'],
    ['an adjective in -ed before a noun', 'The agency announced a quota for all fuels, including ethanol and advanced synthetic fuels.', 'a quota for all fuels, including ethanol and advanced synthetic fuels'],
    ['a relative clause whose verb "and" continues', 'He stressed the value of a port that serves the region and has had steady trade for years.', 'the value of a port that serves the region and has had steady trade for years'],
    ['a plural verb agreeing with the content', 'The judges ruled that the rules could remove some voters and are not lawful.', 'that the rules could remove some voters and are not lawful'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('a non-restrictive relative about the content\'s last noun ends the content', () => {
  it.each<Row>([
    ['", who" at the end', 'The strategist said the long recess helped Ortiz, who has no need to prove her stamina.', 'the long recess helped Ortiz'],
    ['", whose" at the end', 'The report found that 12 clerks had been moved to the archive, whose files will open next spring.', 'that 12 clerks had been moved to the archive'],
    ['a relative after an infinitive content', 'The mayor urged young voters to weigh their doubts about Ruiz, who would be the first woman in the post.', 'young voters to weigh their doubts about Ruiz'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['the aside closes before the content\'s verb', 'The clerk said that the new head of the board, Ana Ruiz, who chairs two panels, would resign in May.', 'that the new head of the board, Ana Ruiz, who chairs two panels, would resign in May'],
    ['the relative is the subject\'s, before a tail cue', 'Builders, who are seeking a loan from the city, say work will begin in June.', 'work will begin in June'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('a noun phrase in apposition to the whole content, at its end, is the writer\'s gloss', () => {
  it.each<Row>([
    ['a figure glossed', 'Most members said they think she could win the runoff, a 20-point swing from the spring.', 'they think she could win the runoff'],
    ['a gloss with a relative clause of its own', 'The auditor said two files were moved to the vault, a room that holds the oldest deeds.', 'two files were moved to the vault'],
    ['a month name is no modal', 'Most members said they think she could win the runoff, a 20-point swing from May.', 'they think she could win the runoff'],
    ['an infinitive content glossed', 'The senator vowed to protect the tax breaks, the backbone of the farm economy.', 'to protect the tax breaks'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['the noun phrase is the last item of a list', 'The mayor said the fund paid for a clinic in Leeds, a depot and a school.', 'the fund paid for a clinic in Leeds, a depot and a school'],
    ['a second clause follows the comma', 'The mayor said that in the end, the council voted against the plan.', 'that in the end, the council voted against the plan'],
    ['the content has no verb', 'The mayor denied a report by the auditor, an internal watchdog.', 'a report by the auditor, an internal watchdog'],
    ['more follows the noun phrase', 'The mayor said the fund had paid for a clinic, the largest in the county, in its first year.', 'the fund had paid for a clinic, the largest in the county, in its first year'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('a coordinated clause with a subject of its own ends the content', () => {
  it.each<Row>([
    ['after a that-clause', 'Ortiz argued that the delegates should back her, and her staff is calling them one by one.', 'that the delegates should back her'],
    ['after a bare clause', 'Ortiz said she would name women to half the posts, and Ruiz is among the likely picks.', 'she would name women to half the posts'],
    ['a quantity as the next clause\'s subject', 'Most voters said they were worried about rents, and more than 4 in 10 said the mayor would handle them best.', 'they were worried about rents'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['the second clause has "that"', 'Ortiz said that fares would rise, and that the depot would close.', 'that fares would rise, and that the depot would close'],
    ['no comma before "and"', 'Ortiz said that fares would rise and the depot would close.', 'that fares would rise and the depot would close'],
    ['a noun phrase follows "and"', 'Ortiz said the city would fund the clinic, and the school in Leeds.', 'the city would fund the clinic, and the school in Leeds'],
    ['a quantity with no verb follows "and"', 'Ortiz said the fund paid for the clinic, and about 40 new beds.', 'the fund paid for the clinic, and about 40 new beds'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('the content of a prepositional cue starts after its preposition', () => {
  it.each<Row>([
    ['talk about', 'The mayor talked about raising the bus fares.', 'raising the bus fares'],
    ['warn against', 'The mayor warned against cutting the bus routes.', 'cutting the bus routes'],
    ['a participle with its preposition', 'The union struck on Monday, calling for a ban on night shifts.', 'a ban on night shifts'],
    ['ask for', 'The council asked for an audit of how the depot spent its funds.', 'an audit of how the depot spent its funds'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['an infinitive', 'The mayor vowed to cut the bus fares.', 'to cut the bus fares'],
    ['"as" with its complement', 'The mayor described the plan as a gift to developers.', 'the plan as a gift to developers'],
  ])('not with %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('a clause inserted in the content does not end it', () => {
  it.each<Row>([
    ['a relative closed before the main clause', 'The report found that in the three largest counties, which include Akron, many voters were struck off the rolls.', 'that in the three largest counties, which include Akron, many voters were struck off the rolls'],
    ['a subordinate clause closed before the main clause', 'Ortiz said that in the end, when the votes came in, the council backed the plan.', 'that in the end, when the votes came in, the council backed the plan'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['a subordinate clause at the end is the narrator\'s', 'Ortiz said the council would back the plan, when she spoke in Leeds on Monday.', 'the council would back the plan'],
  ])('but %s', (_what, sentence, content) => expectContent(sentence, content));
});

describe('the channel of a statement at the content\'s end is the frame\'s', () => {
  it.each<Row>([
    ['in an interview', 'The minister repeated her commitment to ending the strike in an interview ahead of the summit.', 'her commitment to ending the strike'],
    ['a participle after the channel', 'The senator said the ruling was a disgrace in an interview published Monday by a local paper.', 'the ruling was a disgrace'],
    ['in a tweet', 'The senator said the ruling was a disgrace in a tweet on Sunday.', 'the ruling was a disgrace'],
  ])('%s', (_what, sentence, content) => expectContent(sentence, content));

  it.each<Row>([
    ['the phrase has a verb of the content', 'The auditor said the claim in her statement was false.', 'the claim in her statement was false'],
    ['the phrase is the subject of a verb', 'The auditor said the error in the statement angered voters.', 'the error in the statement angered voters'],
  ])('not when %s', (_what, sentence, content) => expectContent(sentence, content));
});
