import { describe, expect, it } from 'vitest';
import { checkedSpeaker, speakerProblem } from '../../src/pipeline/speaker-check.js';
import { expectSpeakerRow, type SpeakerRow } from './speaker-rows.js';

/**
 * Sources the text names plainly that a reader can check: documents and their descriptions, the
 * people a poll asked, a company whose name opens with a title word. Each row is an invented
 * article, the words of one record and the speaker it must have (`null`: unknown, the words kept).
 */
const ROWS: SpeakerRow[] = [
  // documents the text names
  { title: 'missive', article: 'Letter sent\n\nThe governors wrote to the agency on Monday. The missive suggests the states will sue over the rule.', text: 'the states will sue', speaker: 'The missive' },
  { title: 'pitch', article: 'Hotel plan\n\nInvestors were sent a glossy brochure. The pitch explains that the hotel would open in 2027.', text: 'the hotel would open', speaker: 'The pitch' },
  { title: 'story', article: 'Delegates waver\n\nThe paper ran a long piece on Sunday. The story also noted that only one delegate backs the plan.', text: 'only one delegate backs the plan', speaker: 'The story' },
  { title: 'earlier version', article: 'Correction\n\nThis story has been corrected. An earlier version said the fund had received no money.', text: 'the fund had received no money', speaker: 'An earlier version' },
  { title: 'summary', article: 'Audit out\n\nThe audit runs to 300 pages. According to the summary, the city lost $4 million on the deal.', text: 'the city lost $4 million', speaker: 'the summary' },
  { title: 'timeline', article: 'Night of the fire\n\nAccording to a county timeline, the alarm sounded at 2 a.m.', text: 'the alarm sounded at 2 a.m', speaker: 'a county timeline' },
  { title: 'ranking', article: 'Rich lists differ\n\nOne list puts the founder tenth. Another ranking says he is not a billionaire at all.', text: 'he is not a billionaire', speaker: 'Another ranking' },
  // a time phrase owning a document's head
  { title: 'last year’s figures', article: 'Crime falls\n\nLast year’s police statistics show that burglaries fell by a third.', text: 'burglaries fell by a third', speaker: 'Last year’s police statistics' },
  // a participle phrase after a document's head
  { title: 'documents made public', article: 'Mill leak\n\nThe mill knew of the leak for years, according to internal company documents made public in a lawsuit.', text: 'The mill knew of the leak', speaker: 'internal company documents made public in a lawsuit' },
  { title: 'emails unearthed', article: 'Aide kept on\n\nThe aide stayed on the payroll for a year, according to emails unearthed in the inquiry into the deal.', text: 'The aide stayed on the payroll', speaker: 'emails unearthed in the inquiry into the deal' },
  // the people a poll asked
  { title: 'those surveyed', article: 'Library funding\n\nBy 58%-33%, those surveyed said the library should keep its funding.', text: 'the library should keep its funding', speaker: 'those surveyed' },
  // a plural body
  { title: 'appeals courts', article: 'Voting laws\n\nThe states passed new voting laws that appeals courts said were unfair to older voters.', text: 'were unfair to older voters', speaker: 'appeals courts' },
  // a company whose first word is also a title, and whose last word alone names nobody
  { title: 'title word in a company name', article: 'Tax bill\n\nThe firm pays many other taxes. General Electric says that it paid $2 billion in income taxes last year.', text: 'it paid $2 billion', speaker: 'General Electric' },
  // negative: a title before a person's name still names the person alone
  { title: 'a general', article: 'Troops stay\n\nGen. Ruth Kagame said the troops would stay until spring.', text: 'the troops would stay', speaker: 'Ruth Kagame' },
  // negative: a bare quantity names nobody
  { title: 'most', article: 'Poll\n\nAmong voters who want change, most said they would stay home.', text: 'they would stay home', speaker: null, mention: 'most' },
];

describe('sources the text names plainly', () => {
  it.each(ROWS.map((r) => [r.title, r] as const))('%s', (_t, row) => expectSpeakerRow(row));
});

describe('speaker phrases that name a source, and look-alikes that do not', () => {
  it.each([
    ['the officer in charge of the Navy base that night', null],
    ['unofficial election results tallied through Friday', null],
    ['those polled', null],
    ['state agencies', null],
    // a time phrase alone, or owning nothing
    ['Last year', 'a date or time, not a name'],
    ['Last week’s', 'a date or time, not a name'],
    // a verb and its object after a name, even with "that"
    ['Sanders frames his tax', 'a clause fragment, not a name'],
    // a finite verb after a document's head
    ['The report made', 'a clause fragment, not a name'],
    ['The report made clear', 'a clause fragment, not a name'],
    // a participle after a word that is no document
    ['the voters filing into rallies last week were', 'a clause fragment, not a name'],
    ['those who left', 'no person or body named'],
    // people named by a view or role they hold
    ['Trump’s representatives', null],
    ['budget hawks', null],
    ['some moderates', null],
    // negative: a thing someone holds
    ['Trump’s rhetoric', 'a thing, not a speaker'],
  ] as const)('%s', (phrase, problem) => {
    expect(speakerProblem(phrase)).toBe(problem);
  });
});

describe('a mention run on into its verb', () => {
  const check = (mention: string): { name: string | null; mention: string } => {
    const text = `Report\n\n${mention} said that the plan would fail.`;
    const start = text.indexOf(mention);
    const { speaker } = checkedSpeaker({ name: mention, mention, start, end: start + mention.length, type: 'person' }, text);
    return { name: speaker?.name ?? null, mention: speaker?.mention ?? '' };
  };
  it.each([
    ['Rubio has', 'Rubio'],
    ['The memo goes', 'The memo'],
    ['Channel 9 barely', 'Channel 9'],
    ['Senator Ruiz made an unprompted', 'Senator Ruiz'],
    // a time phrase or the interviews before the people who spoke
    ['Last year only 30 percent of farmers', 'only 30 percent of farmers'],
    ['interviews with a dozen county officials', 'a dozen county officials'],
    // negative: a pronoun, a bare quantity or an expletive before the verb names nobody
    ['Some have', null],
    ['There’s also', null],
    // negative: a whole clause taken for the subject; the speaker is elsewhere
    ['His record has angered the party’s top donors', null],
  ] as const)('%s', (mention, name) => {
    const found = check(mention);
    expect(found.name).toBe(name);
    if (name !== null) expect(found.mention).toBe(name);
  });
});
