import { describe, expect, it } from 'vitest';
import { segment, splitParagraphs } from '../../src/pipeline/segment.js';

const sentencesOf = (text: string): string[] => segment(text).sentences.map((s) => text.slice(s.start, s.end));

describe('splitParagraphs', () => {
  it.each([
    ['blank lines separate paragraphs', 'One.\n\nTwo.\n\n\nThree.', ['One.', 'Two.', 'Three.']],
    ['a single line break inside a paragraph is kept when the text has blank lines', 'One\nstill one.\n\nTwo.', ['One\nstill one.', 'Two.']],
    ['every line is a paragraph when the text has no blank line', 'One.\nTwo.', ['One.', 'Two.']],
    ['whitespace-only paragraphs are skipped', '  \n\nOne.\n\n   \n\n', ['One.']],
    ['empty text has no paragraph', '', []],
  ])('%s', (_name, text, expected) => {
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(expected);
  });
});

describe('sentences', () => {
  it.each([
    ['splits at a full stop before a capital', 'He left. She stayed.', ['He left.', 'She stayed.']],
    ['does not split after an honorific', 'Sen. Warren said no. Then she left.', ['Sen. Warren said no.', 'Then she left.']],
    ['does not split after an initial', 'George W. Bush spoke. Done.', ['George W. Bush spoke.', 'Done.']],
    ['splits after a one-letter word before a quotation', 'She wrote in a post on X. “Closer than anyone knows.”', ['She wrote in a post on X.', '“Closer than anyone knows.”']],
    ['does not split after an initial before a name in quotation marks', 'Ask John Q. Public. Done.', ['Ask John Q. Public.', 'Done.']],
    ['does not split after U.S. inside a name', 'The U.S. Embassy closed. Staff left.', ['The U.S. Embassy closed.', 'Staff left.']],
    ['never splits inside a quotation', '“Stop. Now. Please,” he said. They stopped.', ['“Stop. Now. Please,” he said.', 'They stopped.']],
    ['splits after a quotation that ends the sentence', 'He said: “We won.” Then he left.', ['He said: “We won.”', 'Then he left.']],
    ['does not split before a lower-case word', 'It cost $5.5 million. ok then.', ['It cost $5.5 million. ok then.']],
    ['splits after a headline line with no stop', 'Intro.\n\nMayor Says Budget Will Be Balanced By Spring\nThe mayor said the budget would balance.', ['Intro.', 'Mayor Says Budget Will Be Balanced By Spring', 'The mayor said the budget would balance.']],
    ['keeps a hard-wrapped line of prose in its sentence', 'Intro.\n\nThe mayor said on Monday that the\nCity Council would vote.', ['Intro.', 'The mayor said on Monday that the\nCity Council would vote.']],
    ['keeps a short capitalised line in its sentence', 'Intro.\n\nPresident Joe Biden\nSpoke today.', ['Intro.', 'President Joe Biden\nSpoke today.']],
    ['keeps a headline line that ends in a colon with what follows', 'Intro.\n\nWhat The Mayor Told Us About Taxes:\nRates will rise.', ['Intro.', 'What The Mayor Told Us About Taxes:\nRates will rise.']],
    ['keeps a headline line before a lower-case line', 'Intro.\n\nThe Best Budget In Ten Years\nand more to come.', ['Intro.', 'The Best Budget In Ten Years\nand more to come.']],
  ])('%s', (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('numbers sentences with the paragraph that holds them', () => {
    const s = segment('One. Two.\n\nThree.').sentences;
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });
});

describe('plural titles end no sentence', () => {
  it('"Sens." and "Reps." before names', () => {
    const text = 'Vote\n\nTwo Republicans, Sens. Susan Collins and Lisa Murkowski, have said they will vote no. Reps. Ann Hill and Tom Ray agreed.';
    expect(segment(text).sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Vote', 'Two Republicans, Sens. Susan Collins and Lisa Murkowski, have said they will vote no.', 'Reps. Ann Hill and Tom Ray agreed.']);
  });
});

describe('an abbreviation that often closes a sentence', () => {
  it.each<[what: string, text: string, sentences: string[]]>([
    ['"a.m." before a title and a name', 'The fire started at 7 a.m. Mayor Jane Holt said two people were hurt.', ['The fire started at 7 a.m.', 'Mayor Jane Holt said two people were hurt.']],
    ['"p.m." before a quotation', 'The fire started at 7 p.m. "Two people were hurt," Holt said.', ['The fire started at 7 p.m.', '"Two people were hurt," Holt said.']],
    ['"p.m." before "Anyone"', 'Stay away between 4 p.m. and 7 p.m. Anyone who was there should call a doctor.', ['Stay away between 4 p.m. and 7 p.m.', 'Anyone who was there should call a doctor.']],
    ['"a.m." before a common word capitalised to open the sentence', 'She smelled smoke at 2 a.m. Several other residents said the alarms did not sound.', ['She smelled smoke at 2 a.m.', 'Several other residents said the alarms did not sound.']],
    ['"p.m." before a plural noun capitalised to open the sentence', 'The call came at 9 p.m. Firefighters arrived within minutes.', ['The call came at 9 p.m.', 'Firefighters arrived within minutes.']],
    ['"Inc." before "The"', 'It is a unit of Harlan Foods Inc. The company said sales rose.', ['It is a unit of Harlan Foods Inc.', 'The company said sales rose.']],
    ['"U.S." before "He"', 'He wants fewer attacks in the U.S. He says the plan works.', ['He wants fewer attacks in the U.S.', 'He says the plan works.']],
  ])('%s ends it when a sentence can only open after it', (_what, text, sentences) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });

  it.each<[what: string, text: string]>([
    ['a time zone after "a.m."', 'Polls close at 7 a.m. Eastern time on Tuesday.'],
    ['a day after "p.m."', 'The vote is at 9 p.m. Monday in the council chamber.'],
    ['a name after "U.S."', 'The U.S. Senate voted on the bill.'],
    ['a place and "time" after "a.m."', 'The briefing is at 10 a.m. Moscow time on Friday.'],
    ['a capitalised word after "Inc."', 'Harlan Foods Inc. Chief Executive Ann Lee said sales rose.'],
  ])('%s goes on', (_what, text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });
});
