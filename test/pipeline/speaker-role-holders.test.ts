import { describe, it } from 'vitest';
import { expectSpeakerRow, type SpeakerRow } from './speaker-rows.js';

/**
 * A plain role phrase ("the senator", "the president") stands for the one person the article gave
 * that role, or for the one it has named far more often than any other holder; when two holders
 * are named about as often, nothing in the phrase says which is meant and it stays as written.
 * "Vice President X" holds the role "vice president", not "president". On invented articles.
 */
const rows: SpeakerRow[] = [
  {
    title: 'one holder of the role',
    article: 'Sen. Ann Cole of Ohio proposed the bill on Monday. Critics said it would cost too much.\n\n"It pays for itself," the senator said.\n',
    text: 'It pays for itself',
    speaker: 'Ann Cole',
  },
  {
    title: 'two holders named once each: nobody is picked',
    article: 'Sen. Ann Cole of Ohio proposed the bill on Monday. Sen. Mark Diaz of Texas opposed it on Tuesday.\n\n"It is a waste," the senator said.\n',
    text: 'It is a waste',
    speaker: 'the senator',
  },
  {
    title: 'the holder named far more often than the other',
    article: 'Governor Lena Marsh signed the budget on Friday. Marsh had fought for it for months, and Marsh thanked the legislature.\n\nGovernor Paul Ekdahl of the neighbouring state called it reckless.\n\n"It keeps every promise we made," the governor said.\n',
    text: 'It keeps every promise we made',
    speaker: 'Lena Marsh',
  },
  {
    title: 'a vice president is not the president',
    article: 'President Amara Osei opened the summit on Monday. Vice President Tomas Lind chaired the talks on Tuesday.\n\n"We are close to a deal," the vice president said. "Nobody leaves empty-handed," the president said.\n',
    text: 'We are close to a deal',
    speaker: 'Tomas Lind',
  },
  {
    title: 'the president, with a vice president named nearer',
    article: 'President Amara Osei opened the summit on Monday. Vice President Tomas Lind chaired the talks on Tuesday.\n\n"We are close to a deal," the vice president said. "Nobody leaves empty-handed," the president said.\n',
    text: 'Nobody leaves empty-handed',
    speaker: 'Amara Osei',
  },
];

describe('a role phrase and the people holding the role', () => {
  it.each(rows)('$title', (row) => expectSpeakerRow(row));
});
