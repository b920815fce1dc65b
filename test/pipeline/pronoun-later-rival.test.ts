import { describe, expect, it } from 'vitest';
import { speakerOf } from './speaker-of.js';

/**
 * A man named after the last speaker, though not as a subject ("handed in by teacher Mark Dunn"),
 * may as well be the "he" of the next quotation: the speaker is left unknown rather than given to
 * the earlier speaker. Not when the sentence naming him is about "he" already, nor when the name
 * only modifies a noun or names a thing.
 */
describe('a person named since the last speaker is a rival for the pronoun', () => {
  it.each<[what: string, text: string, quote: string, speaker: string | null]>([
    ['an agent of a passive', 'Petition handed in\n\n"The council has let us down," said resident Paul Hart.\n\nThe petition was handed in on Monday by local teacher Mark Dunn. "We collected 2,000 names in a week," he said.', 'We collected 2,000 names', null],
    ['an object of a verb', 'Arrest made\n\n"It was terrifying," said shop owner Derek Harlow.\n\nPolice later arrested Tom Reed near the station. "I was at home all day," he told officers.', 'I was at home all day', null],
    ['a man introduced unnamed, as an object', 'Arrest made\n\n"It was terrifying," said shop owner Derek Harlow.\n\nPolice later arrested a 19-year-old man near the station. "I was at home all day," he told officers.', 'I was at home all day', null],
    ['"another young man", the head past a modifier', 'Arrest made\n\n"It was terrifying," said shop owner Derek Harlow.\n\nPolice later arrested another young man. "I was at home all day," he told officers.', 'I was at home all day', null],
    // negative rows: the earlier speaker goes on
    ['a man described in a sentence about the speaker', 'Street fears\n\n"We are frightened," said Paul Hart. Hart, a father of three, moved to the street in 2010. "It is not safe any more," he said.', 'It is not safe any more', 'Paul Hart'],
    ['a man in the speaker\'s own report', 'Street fears\n\n"We are frightened," said Paul Hart. Hart told police a man had broken into his garage. "It is not safe any more," he said.', 'It is not safe any more', 'Paul Hart'],
    ['a man named in a sentence that names the speaker too', 'Award\n\n"We need change," said Paul Hart. The award was presented to Hart by Mayor John Smith. "It was a team effort," he said.', 'It was a team effort', 'Paul Hart'],
    ['a kind of person, not someone introduced', 'Jet bought\n\nGreg Raiff, a broker, said the plane was unusual for a man of such wealth. "It is like buying a bag of chips," he said.', 'like buying a bag of chips', 'Greg Raiff'],
    ['the naming sentence is about "he" already', 'Budget talks\n\nMr. Lou said there was nothing wrong with the request. But he suggested that Mr. Lew had his eyes on critics at home. "They are under pressure," he said.', 'They are under pressure', 'Lou'],
    ['the name modifies a noun', 'A lawyer speaks\n\nJoseph Murray, a lawyer in Ripley, said the bill was cruel. He counts himself a devout Catholic and Donald Trump supporter. "The politics are just so blatant," he said.', 'The politics are just so blatant', 'Joseph Murray'],
    ['a name inside the title of a show', "Career advice\n\nMark Hale offered some advice. \"Just quit,\" Hale told The Opie and Anthony Show in 2013. \"Go teach kindergarten,\" he said.", 'Go teach kindergarten', 'Mark Hale'],
  ])('%s', (_what, text, quote, speaker) => {
    expect(speakerOf(text, quote)).toBe(speaker);
  });
});
