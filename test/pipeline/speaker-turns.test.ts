import { describe, it } from 'vitest';
import { expectSpeakerRow, type SpeakerRow } from './speaker-rows.js';

/**
 * A pronoun after a sentence that names two people of its gender on an equal footing stays
 * unknown: the one asked a question answers as often as the one asking goes on, and the first of
 * two people joined as one subject is no likelier than the second. On invented articles.
 */
const rows: SpeakerRow[] = [
  {
    title: 'after a question put to another man',
    article: 'Committee hearing\n\nCommittee chair David Forsyth asked Paul Hennessy whether he would give up his bonus. He said he had not decided.\n',
    text: 'he had not decided',
    speaker: null,
  },
  {
    title: 'after a question put to a woman described first',
    article: 'Committee hearing\n\nSenator Ruth Lane asked the nominee, Judge Mary Cole, whether she had ever met the defendant. She said the question was unfair.\n',
    text: 'the question was unfair',
    speaker: null,
  },
  {
    // (a short answer echoing the yes-no question's auxiliary is the one asked: the one asking
    // does not answer her own question)
    title: 'a short answer to a question put to a woman described first',
    article: 'Committee hearing\n\nSenator Ruth Lane asked the nominee, Judge Mary Cole, whether she had ever met the defendant. She said she had not.\n',
    text: 'she had not',
    speaker: 'Mary Cole',
  },
  {
    title: 'a question put about someone else keeps the one who went on speaking',
    article: 'Debate night\n\nSen. Luis Ortiz called his rival weak. When asked about Ortiz, Mark Diaz said the voters would decide.\n\nOrtiz wasted no time responding. "He did not answer your question," he said.\n',
    text: 'He did not answer your question',
    speaker: 'Luis Ortiz',
  },
  {
    title: 'two women joined as one subject, the second with her role',
    article: 'Party conference\n\nParty chair Linda Grey and deputy leader Karen Holt watched from the front row. She later told reporters the debate had been "robust but fair".\n',
    text: 'robust but fair',
    speaker: null,
  },
  {
    title: 'two men joined as one subject, the second in apposition',
    article: 'Budget talks\n\nCoach Mark Hill and the chairman, Roger Tate, met on Friday. He said the budget would not be cut.\n',
    text: 'the budget would not be cut',
    speaker: null,
  },
  {
    title: 'two men joined as one subject, the second with an owner before his name',
    article: 'Radio row\n\nFrank Doyle and the Chamber\'s Ian Shaw clashed on local radio. He accused him of being "a cheerleader for the town hall".\n',
    text: 'a cheerleader for the town hall',
    speaker: null,
  },
  {
    title: 'a man and a woman joined as one subject: the pronoun tells them apart',
    article: 'Budget talks\n\nCoach Mark Hill and the chairwoman, Rita Tate, met on Friday. She said the budget would not be cut.\n',
    text: 'the budget would not be cut',
    speaker: 'Rita Tate',
  },
];

describe('a pronoun after two people of its gender on an equal footing', () => {
  it.each(rows)('$title', (row) => expectSpeakerRow(row));
});
