import { describe, it } from 'vitest';
import { expectSpeakerRow, type SpeakerRow } from './speaker-rows.js';

/**
 * A name after a preposition in the speaker's phrase is where the speaker lives or works, or the
 * body they speak for, never the speaker: "a farmer near Ludlow", "the chief executive of Tesco",
 * "a spokesman for the airline, Delta". A person's name with where they work after it is still
 * the person: "Anna Bell of the University of Leeds". On invented articles.
 */
const rows: SpeakerRow[] = [
  {
    title: 'a place after "near"',
    article: 'Storm damage\n\nFields flooded overnight. A farmer near Ludlow said: "The harvest is ruined."\n',
    text: 'The harvest is ruined',
    speaker: 'A farmer near Ludlow',
  },
  {
    title: 'a place after "of", with a relative clause before the cue',
    article: 'Storm damage\n\nThe river burst its banks. One resident of Bridgwater, who did not give her name, said: "It came up in an hour."\n',
    text: 'It came up in an hour',
    speaker: 'One resident of Bridgwater',
  },
  {
    title: 'a place at the end of a longer description',
    article: 'Storm damage\n\nRoofs were torn off. A spokesman for the fire service in Exeter said: "Crews worked through the night."\n',
    text: 'Crews worked through the night',
    speaker: 'A spokesman for the fire service in Exeter',
  },
  {
    title: 'a body after a role',
    article: 'Food prices\n\nShoppers have cut back. The chief executive of Tesco said: "Prices will fall."\n',
    text: 'Prices will fall',
    speaker: 'The chief executive of Tesco',
  },
  {
    title: 'a body with its own "of", after "at the"',
    article: 'Exam results\n\nPass rates fell again. A lecturer at the University of Kent said the results were "disappointing".\n',
    text: 'disappointing',
    speaker: 'A lecturer at the University of Kent',
  },
  {
    title: 'a person, then where she works',
    article: 'Exam results\n\nPass rates fell again. Anna Bell of the University of Leeds said the data was "weak".\n',
    text: 'weak',
    speaker: 'Anna Bell',
  },
  {
    title: 'a person, then the group she leads',
    article: 'River pollution\n\nSewage was released 400 times. Rob Mercer of the group Clean Rivers Now said the firm had "treated our rivers as drains".\n',
    text: 'treated our rivers as drains',
    speaker: 'Rob Mercer',
  },
  {
    title: 'a body named in apposition after "for the airline"',
    article: 'Flights resume\n\nThe storm grounded flights for two days. "We are sorry for the delays," said a spokesman for the airline, Delta Air Lines.\n',
    text: 'We are sorry for the delays',
    speaker: 'a spokesman for the airline',
  },
  {
    title: 'a body named in apposition, in a claim',
    article: 'Flights resume\n\nThe storm grounded flights for two days. A spokesman for the airline, Delta, said flights would resume on Monday.\n',
    text: 'flights would resume on Monday',
    speaker: 'A spokesman for the airline',
  },
  {
    title: 'a person named in apposition after "for the firm"',
    article: 'Court case\n\nThe ruling came on Friday. "We will appeal," said a lawyer for the firm, Ann Kelly.\n',
    text: 'We will appeal',
    speaker: 'Ann Kelly',
  },
  {
    title: 'two places joined by "and" in the body a spokesperson speaks for',
    article: 'Storm damage\n\nRoads were closed. A spokesperson for Devon and Cornwall Police said: "Please stay at home."\n',
    text: 'Please stay at home',
    speaker: 'A spokesperson for Devon and Cornwall Police',
  },
  {
    title: 'a role joined by "and" after "close to"',
    article: 'Police row\n\nThe chief constable resigned. Sources close to the police and crime commissioner said she was "furious".\n',
    text: 'furious',
    speaker: 'Sources close to the police and crime commissioner',
  },
  {
    title: 'a pull quote signed after a dash, after a caption naming someone else',
    article: 'Council row\n\nCouncillor Frank Doyle said the mayor had broken her promises.\n\nPhoto: Mayor Helen Okafor at the Corn Exchange.\n\n"Where is the bridge?" — Frank Doyle\n',
    text: 'Where is the bridge',
    speaker: 'Frank Doyle',
  },
  {
    title: 'the name before a participle is its subject',
    article: 'Letters\n\nThe candidate reminds me of Abraham Lincoln saying that "you can fool some of the people all of the time."\n',
    text: 'you can fool some of the people',
    speaker: 'Abraham Lincoln',
  },
];

describe('a name after a preposition in the speaker’s phrase', () => {
  it.each(rows)('$title', (row) => expectSpeakerRow(row));
});
