import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

const recordOf = (text: string, words: string) => recordsOf(text).find((r) => r.text.includes(words));

describe('a name in apposition after a possessive description speaks, and a later "he" goes on with it', () => {
  it('"His cousin, Kiros Tesfaye, said …. He said …": the cousin, not the man named first', () => {
    const text = 'Flood\n\nSamir Nasser, 52, told the BBC that the water had risen overnight. His cousin, Kiros Tesfaye, said he had lost his car. He said the council had sent no help.';
    expect(recordOf(text, 'council had sent no help')?.speaker).toBe('Kiros Tesfaye');
  });

  it('"Mendel\'s deputy, Arvid Lindholm, told a rally …. He said …": an owner\'s name before the description', () => {
    const text = 'Vote\n\nPer Olsen, a former mayor, said the party would lose. Mendel\'s deputy, Arvid Lindholm, told a rally that the party would win. He said turnout was "the whole story."';
    expect(recordOf(text, 'turnout was')?.speaker).toBe('Arvid Lindholm');
  });

  it('"Kaur\'s business partner, finance director Tom Ellery, calls her …. “…,” he says": a lower-case title before the name', () => {
    const text = 'Startup\n\nKaur\'s business partner, finance director Tom Ellery, calls her fearless. "She never blinks," he says.';
    expect(recordOf(text, 'never blinks')?.speaker).toBe('Tom Ellery');
  });

  it('"His opposite number, United boss Rob Keane, said …": a capitalised club before a lower-case role', () => {
    const text = 'Match\n\nAlbion coach Dan Frost was angry.\n\nHis opposite number, United boss Rob Keane, said he had not seen the foul. \'I was looking the other way,\' he said.';
    expect(recordOf(text, 'not seen the foul')?.speaker).toBe('Rob Keane');
    expect(recordOf(text, 'looking the other way')?.speaker).toBe('Rob Keane');
  });

  it('without the possessive description the name still speaks as before', () => {
    const text = 'Flood\n\nSamir Nasser, 52, told the BBC that the water had risen overnight. Omar Haddad said he had lost his car. He said the council had sent no help.';
    expect(recordOf(text, 'council had sent no help')?.speaker).toBe('Omar Haddad');
  });
});

describe('look-alikes that name someone who does not speak', () => {
  it('"Her sister, a nurse, met Omar Haddad, who said …": a name that is no apposition of the subject does not become its speaker', () => {
    const text = 'Flood\n\nSamir Nasser, 52, told the BBC that the water had risen. Her sister, a nurse, met Omar Haddad in the shelter. She said the shelter was full.';
    expect(recordOf(text, 'shelter was full')?.speaker).not.toBe('Omar Haddad');
  });

  it('"His lawyer, who told Omar Haddad …": a relative clause after the comma is no title of the name', () => {
    const text = 'Court\n\nSamir Nasser, 52, said he was innocent. His lawyer, who told Omar Haddad about the case, was not in court. He said the trial was unfair.';
    expect(recordOf(text, 'trial was unfair')?.speaker).not.toBe('Omar Haddad');
  });
});
