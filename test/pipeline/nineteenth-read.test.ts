import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { recordsOf } from './record-rows.js';

const article = (body: string): string => `Story\n\n${body}`;
const recordWith = (text: string, words: string) => extract(text).quotes.find((r) => r.text.includes(words));

describe('a surname two people named in full share', () => {
  it('goes to the one named last, and the record says who else it could be', () => {
    const text = article('Ruth Ellery, 61, met her sister at the airport.\n\nMargaret Ellery, now 83, waited at home.\n\n"That\'s how I knew she was really my sister," Ellery said.');
    const r = recordWith(text, 'really my sister');
    expect(r?.speaker?.name).toBe('Margaret Ellery');
    expect(r?.doubt?.code).toBe('ambiguous-speaker');
    expect(r?.doubt?.reason).toContain('Ruth Ellery or Margaret Ellery');
  });

  it('a surname only one person bears raises no doubt', () => {
    const text = article('Ruth Ellery, 61, met her sister at the airport.\n\n"That\'s how I knew she was really my sister," Ellery said.');
    const r = recordWith(text, 'really my sister');
    expect(r?.speaker?.name).toBe('Ruth Ellery');
    expect(r?.doubt).toBeNull();
  });

  it('nor one whose other bearer the article brings in only as kin', () => {
    const text = article('Marco Bellini opened the bakery in 1983. His daughter, Sofia Bellini, runs it now.\n\n"We never closed a single day," Bellini said.');
    const r = recordWith(text, 'never closed');
    expect(r?.speaker?.name).toBe('Marco Bellini');
    expect(r?.doubt).toBeNull();
  });

  it('"the younger Quennell" after a son brought in as kin is either of them, not the father alone', () => {
    const text = article('Harold Quennell, former mayor of Ashbury, died on Thursday. He was 88.\n\nHis death was confirmed by his son, Martin Quennell, who said his father had been ill since March. "He went peacefully," the younger Quennell said.');
    const r = recordWith(text, 'went peacefully');
    expect(r?.speaker?.name).toBeNull();
    expect(r?.doubt?.reason).toContain('Harold Quennell or Martin Quennell');
  });
});

describe("a dateline's place in capitals", () => {
  it('is no speaker of a quotation a colon hands over', () => {
    const text = article('PORT CAVEN — The sign went up in the window on Monday, handwritten on the back of a cake box: "Closing Saturday. Thank you for everything."');
    expect(recordWith(text, 'Closing Saturday')?.speaker).toBeNull();
  });

  it('the person after the dateline still is', () => {
    const text = article('PORT CAVEN — Mayor Ann Lee was blunt: "We will rebuild the pier."');
    expect(recordWith(text, 'rebuild the pier')?.speaker?.name).toBe('Ann Lee');
  });
});

describe('"Council Member Rosa Delgado": a body\'s member as a title', () => {
  it('names a person, whom a later "she" can stand for', () => {
    const text = article('"We will appeal," said Mayor Tom Barnett.\n\nCouncil Member Rosa Delgado disagreed. On Facebook, she posted: "This is a disgrace."');
    const r = recordWith(text, 'This is a disgrace');
    expect(r?.speaker?.name).toBe('Rosa Delgado');
    expect(recordsOf(article('Board Member James Ortiz said the vote would go ahead.'))[0]).toMatchObject({ speaker: 'James Ortiz', type: 'person' });
  });

  it('the council itself stays a body', () => {
    const rows = recordsOf(article('The City Council said the vote would go ahead.'));
    expect(rows[0]).toMatchObject({ speaker: 'The City Council' });
    expect(rows[0]?.type).not.toBe('person');
  });
});

describe('"despite reports that …" after what someone said', () => {
  it("others' reports are the narrator's frame, not the speaker's claim", () => {
    const plain = recordsOf(article('Ruiz said the president has full confidence in him despite reports that Ashby misled Congress.'));
    expect(plain.map((r) => r.text)).toEqual(['the president has full confidence in him']);
    const partial = recordsOf(article('Press secretary Natalie Ruiz defended Ashby, telling reporters that the president "has full confidence" in him despite reports that Ashby misled Congress.'));
    expect(partial.find((r) => r.kind === 'mixed')?.text).toBe('that the president "has full confidence" in him');
    const amid = recordsOf(article('The minister said talks would continue amid growing allegations that the envoy had been bribed.'));
    expect(amid[0]?.text).toBe('talks would continue');
  });

  it('"despite" the speaker sets against their own claim stays in it', () => {
    expect(recordsOf(article('Ruiz said the plan would go ahead despite the protests.'))[0]?.text).toBe('the plan would go ahead despite the protests');
    expect(recordsOf(article('Ruiz said the plan would go ahead despite reports of delays.'))[0]?.text).toBe('the plan would go ahead despite reports of delays');
  });
});

describe('the subject after a fronted clause with a "with" phrase', () => {
  it('is whom "she" goes on with, not the speaker before', () => {
    const text = article('"That\'s not true," Greer said. "She called in sick in 1998."\n\nAsked what she would do on Sunday morning, with no bread to make, Whitfield shrugged. "Sleep," she said.');
    expect(recordWith(text, 'Sleep')?.speaker?.name).toBe('Whitfield');
  });

  it('a name inside the "with" phrase is not that subject', () => {
    const text = article('"We open at six," Ana Greer said.\n\nAsked about the sale, with Tom Hale beside her, the owner shrugged. "Sleep," she said.');
    expect(recordWith(text, 'Sleep')?.speaker?.name).not.toBe('Tom Hale');
  });
});

describe('"Fitch, he said, had …": a frame set in right after a name', () => {
  it('is someone else speaking about the one named', () => {
    const text = article('Officer Scott Henney said he did not blame Officer Darren Fitch. Fitch, he said, had "done what he was trained to do."');
    expect(recordWith(text, 'trained to do')?.speaker?.name).toBe('Scott Henney');
    const plain = article('Kyle Babcock, a party insider, said Trump is his third choice. He is leaning toward Kasich, he said, because he prizes electability.');
    expect(recordsOf(plain).find((r) => r.text.includes('prizes electability'))?.speaker).toBe('Kyle Babcock');
  });

  it('a pronoun after the name as its own subject still stands for it', () => {
    const text = article('"It was fair," Darren Fitch said of the ruling.\n\nFitch paused. "I would do it again," he said.');
    expect(recordWith(text, 'do it again')?.speaker?.name).toBe('Darren Fitch');
  });
});

describe('"…, who told him" after a verb\'s preposition', () => {
  it('"who" is the one the verb reached, named or not', () => {
    const text = article('Fitch said he had mentioned it to Lambert, who told him to "log it and leave it."');
    expect(recordWith(text, 'log it')?.speaker?.name).toBe('Lambert');
    expect(recordWith(article('Tom Reed hit back at Harlow, who had called him "a liar."'), 'a liar')?.speaker?.name).toBe('Harlow');
  });

  it('after a noun the preposition describes, "who" is that noun\'s person', () => {
    const text = article('Ben Cole, an adviser to Hale, who said the plan was "dead," left the room.');
    expect(recordWith(text, 'dead')?.speaker?.name).toBe('Ben Cole');
  });
});

describe('speakers that name nobody, or the wrong sex', () => {
  it('a preposition opening the sentence, alone, is no speaker', () => {
    const text = article('Within an hour of the speech, the Hale campaign issued a statement calling Calloway\'s remarks "desperate."');
    const r = recordWith(text, 'desperate');
    expect(r?.speaker?.name ?? null).toBeNull();
    expect(r?.doubt?.reason).toContain('prepositional phrase');
  });

  it('"he" is not the woman a description names in apposition', () => {
    const text = article('One reporter, Tessa Morrow of the Capitol Ledger, pressed Ruiz on a statement Ashby made in February, when he told senators that talks with Ottawa "have not begun in any formal sense."');
    const r = recordWith(text, 'formal sense');
    expect(r?.speaker?.name).toBeNull();
    expect(r?.doubt?.code).toBe('ambiguous-speaker');
  });

  it('"she" still is the woman a description names', () => {
    const text = article('One reporter, Tessa Morrow of the Capitol Ledger, pressed Ruiz on the talks. She said the answer was "not good enough."');
    expect(recordWith(text, 'not good enough')?.speaker?.name).toBe('Tessa Morrow');
  });
});

describe('a name between "said" and a verb of its own', () => {
  it('is talked about, and no antecedent of the speaker\'s "she"', () => {
    const text = article('A former council clerk, who asked not to be named because she still works for the county, said Quennell would read council papers aloud. "It was excruciating," she said.');
    expect(recordWith(text, 'excruciating')?.speaker?.name ?? null).not.toBe('Quennell');
  });

  it('a name after an inverted "said" still speaks', () => {
    const text = article('"We will rebuild," said Tom Hale. "It will take years," he added.');
    expect(recordWith(text, 'take years')?.speaker?.name).toBe('Tom Hale');
  });
});

describe('"She said, however, that his chief of staff, Colonel Denise Halvorsen, told her …"', () => {
  const relayed = (body: string) => extract(article(body)).quotes.find((r) => r.text.includes('boss wants'));

  it('a quotation set off after the inner verb is the inner speaker\'s, retold by the outer one', () => {
    for (const body of ['The official said, however, that Halvorsen told her: "The boss wants this quiet."', 'The official said that his chief of staff, Colonel Denise Halvorsen, told her: "The boss wants this quiet."', 'The official said that Halvorsen told her: "The boss wants this quiet."']) {
      const r = relayed(body);
      expect(r?.speaker?.name).toMatch(/Halvorsen$/u);
      expect(r?.reportedBy?.name).toBe('The official');
    }
  });

  it('quoted words inside what the outer speaker says stay the outer speaker\'s, with or without the adverb and the description', () => {
    for (const body of ['The second official said, however, that Colonel Denise Halvorsen told her that "the boss wants this quiet."', 'The second official said that his chief of staff, Colonel Denise Halvorsen, told her that "the boss wants this quiet."']) {
      expect(relayed(body)?.speaker?.name).toBe('The second official');
    }
  });
});

describe('"an aide in Greaves\'s office wrote"', () => {
  it('the aide writes, not the office', () => {
    const r = recordWith(article('In a memo dated Sept. 3, an aide in Greaves\'s office wrote that the audit team had agreed to "a soft landing."'), 'soft landing');
    expect(r?.speaker?.name).toBe("an aide in Greaves's office");
    expect(r?.speaker?.type).toBe('anonymous');
  });

  it('the office alone still writes', () => {
    expect(recordWith(article('Greaves\'s office wrote that the team had agreed to "a soft landing."'), 'soft landing')?.speaker?.name).toBe("Greaves's office");
  });
});

describe('the headline', () => {
  it('a quotation the body repeats word for word is that speaker\'s', () => {
    const text = '"I knew her by her laugh": Sisters reunite after 58 years\n\nRuth Ellery waited at the gate. "I knew her by her laugh," Ellery said.';
    expect(recordWith(text, 'by her laugh"')?.speaker?.name).toBe('Ruth Ellery');
  });

  it('not when two speakers in the body say those words, nor when the body never does', () => {
    const twice = '"Not again, never again": Storm hits coast\n\n"Not again, never again," Ann Lee said. "Not again, never again," Tom Hale said.';
    expect(recordWith(twice, 'never again"')?.speaker).toBeNull();
    const never = '"We are closing for good": Bakery to shut\n\nThe bakery will close on Saturday, owner Ann Lee said. "It breaks my heart," she said.';
    expect(recordWith(never, 'We are closing')?.speaker).toBeNull();
  });

  it('a role in the headline is not a holder the body says declined to comment', () => {
    const text = 'Man freed as prosecutor admits conviction was wrong\n\n"I never stopped saying it," Anthony Reyes told reporters. District Attorney Carla Whitfield apologised. The original trial prosecutor, Dennis Harlow, declined to comment.';
    expect(recordWith(text, 'conviction was wrong')?.speaker?.name).not.toBe('Dennis Harlow');
    const spoke = 'Prosecutor admits conviction was wrong\n\nThe original trial prosecutor, Dennis Harlow, said the conviction was wrong.';
    expect(recordWith(spoke, 'conviction was wrong')?.speaker?.name).toBe('Dennis Harlow');
  });
});

describe('"… and hung up", "… and declined to elaborate": the turn ends', () => {
  it('after quoted words and after a plain content', () => {
    expect(recordWith(article('A sergeant told her that "he is fine, he is just sulking" and hung up.'), 'sulking')?.text).toBe('that "he is fine, he is just sulking"');
    expect(recordWith(article('Ann Lee said "some of them do" and declined to elaborate.'), 'some of them')?.text).toBe('"some of them do"');
    expect(recordsOf(article('Ann Lee told her the boy was fine and hung up.'))[0]?.text).toBe('the boy was fine');
  });

  it('a verb the content goes on with stays in it', () => {
    expect(recordsOf(article('Ann Lee said the deal was rushed and ignored voters.'))[0]?.text).toBe('the deal was rushed and ignored voters');
  });
});

describe('kin named by the given name alone, then in full', () => {
  it('is one person under one name', () => {
    const text = article('Peter Ainsworth died at the scene.\n\nAinsworth\'s elder brother, Colin Ainsworth, said the family had been "hollowed out." His younger brother, Neil, then spoke. He said he had been the one to identify the body.\n\nNeil Ainsworth said Colin had not been able to return to work.');
    const names = new Set(recordsOf(text).map((r) => r.speaker));
    expect(names.has('Neil')).toBe(false);
    expect(recordsOf(text).find((r) => r.text.includes('identify the body'))?.speaker).toBe('Neil Ainsworth');
  });

  it('not a namesake from another family', () => {
    const text = article('Tom Baker and his wife, Mary, lost everything in the fire. Mary said the house was "gone."\n\nMary Collins, a neighbour, said the street had flooded.');
    expect(recordWith(text, 'gone')?.speaker?.name).not.toBe('Mary Collins');
  });
});

describe('two press conferences printed under their speakers\' names', () => {
  const text = 'Lindqvist beats Moreau for first Halden Open title\n\nSweden\'s Elsa Lindqvist beat Camille Moreau of France in the final. Both players spoke to the media.\n\nELSA LINDQVIST\n\nQ: What were you telling yourself?\n\nA: Honestly, nothing useful. I tried to breathe.\n\nQ: What will you do with the trophy?\n\nA: My mother will take it.\n\nCAMILLE MOREAU\n\nQ: How do you feel?\n\nA: Tired. Disappointed. But also proud.\n\nQ: Was the wrist a problem?\n\nA: No. It was just the tape.';

  it('each answer is the person named above it', () => {
    expect(recordWith(text, 'My mother will take it')?.speaker?.name).toBe('Elsa Lindqvist');
    expect(recordWith(text, 'just the tape')?.speaker?.name).toBe('Camille Moreau');
    expect(recordWith(text, 'just the tape')?.speaker?.type).toBe('person');
  });

  it('a heading that names nobody in the article leaves the answers unknown, with the reason', () => {
    const r = recordWith(text.replace('CAMILLE MOREAU', 'THE LOSER'), 'just the tape');
    expect(r?.speaker?.name ?? null).toBeNull();
  });
});

describe('"Moreau, 27, who had won 14 matches, said …"', () => {
  it('asides sharing their commas still leave her the subject "she" goes on with', () => {
    const text = article('"I stopped thinking," Elsa Lindqvist told reporters.\n\nMoreau, 27, who had won 14 consecutive matches at the tournament, said she had "no regrets." She admitted, however, that her serve had let her down.');
    expect(recordWith(text, 'her serve')?.speaker?.name).toBe('Moreau');
  });
});

describe('"said on Tuesday there was no evidence that …"', () => {
  it('the existential clause is the content, not the "that" inside it', () => {
    expect(recordsOf(article('The bank said on Tuesday there was no evidence that card data had been used.'))[0]?.text).toBe('there was no evidence that card data had been used');
    expect(recordsOf(article('The bank said on Tuesday that card data had been used.'))[0]?.text).toBe('that card data had been used');
  });
});

describe('"X, a researcher based in Gdansk, who said …"', () => {
  it('"who" is the person described, not the place that closes the description', () => {
    expect(recordsOf(article('The breach was first reported by Tomasz Wierzbicki, an independent security researcher based in Gdansk, who said he found a copy.'))[0]?.speaker).toBe('Tomasz Wierzbicki');
    expect(recordsOf(article('It was found by Ann Lee, a researcher in Leeds, who said the file was old.'))[0]?.speaker).toBe('Ann Lee');
  });

  it('people of a place stay those people', () => {
    expect(recordsOf(article('He met voters in Ohio, who said jobs mattered.'))[0]?.speaker).toBe('voters in Ohio');
  });
});

describe('a headline quotation the body gives to someone named', () => {
  it('is theirs, not the headline subject\'s', () => {
    const text = 'Harwick City sack Dunmore after eight games without a win: "We had to act"\n\n"This is not a decision we have taken lightly," the chairman, Martin Ashby, said in the statement. "But we are a Premier Division club, and we had to act."';
    expect(recordWith(text, 'We had to act"')?.speaker?.name).toBe('Martin Ashby');
  });

  it('a headline whose body says nothing of those words keeps its subject', () => {
    const text = 'Mayor Ann Lee on the budget: "We will not cut libraries"\n\nThe council met on Monday.';
    expect(recordWith(text, 'cut libraries')?.speaker?.name).toBe('Ann Lee');
  });
});

describe('"Priya Nandakumar of the online magazine Frame Rate described …"', () => {
  it('the person speaks, not the magazine', () => {
    const text = article('Not all critics agreed. Priya Nandakumar of the online magazine Frame Rate described the film as "the most quietly devastating thing I have seen this year".');
    expect(recordWith(text, 'quietly devastating')?.speaker?.name).toBe('Priya Nandakumar');
  });

  it('"the German magazine Der Spiegel reported" is still the magazine', () => {
    const text = article('The German magazine Der Spiegel reported that the talks had "collapsed."');
    expect(recordWith(text, 'collapsed')?.speaker?.name).toContain('Der Spiegel');
  });
});

describe('look-alikes a review of the change found', () => {
  it('"X, a Republican from Maine, who said …, voted": the claim ends at the relative clause', () => {
    expect(recordsOf(article('Senator Ann Mills, a Republican from Maine, who said the bill would hurt farmers, voted against it.'))[0]).toMatchObject({ speaker: 'Ann Mills', text: 'the bill would hurt farmers' });
  });

  it('a name closing an opening phrase is no host: the description speaks', () => {
    expect(recordsOf(article('After talks with Biden, an official in Kyiv, who said the meeting had gone well, flew home.'))[0]?.speaker).toBe('an official in Kyiv');
    expect(recordsOf(article('In March, a nurse from Ohio, who said she had been fired unfairly, sued the hospital.'))[0]?.speaker).toBe('a nurse from Ohio');
  });

  it('a participle describing the host is no verb: "a commander allied with Haftar, who said"', () => {
    expect(recordWith(article('The attack was claimed by Ahmed Saleh, a militia commander allied with Haftar, who said: "We will fight on."'), 'fight on')?.speaker?.name).toBe('Ahmed Saleh');
  });

  it('page furniture in capitals is no heading over answers', () => {
    const text = 'Mayor Linda Park on her first year\n\nMayor Linda Park spoke to the Gazette.\n\nQ: What comes first?\n\nA: Fixing the roads before winter comes.\n\nADVERTISEMENT\n\nQ: And schools?\n\nA: We will hire forty new teachers this year.';
    expect(recordWith(text, 'forty new teachers')?.speaker?.name).toBe('Linda Park');
  });

  it('a refusal by someone else after the holder\'s name does not set the holder aside', () => {
    const text = 'Officer lied about the shooting, prosecutor says\n\nProsecutor Dennis Harlow said on Monday that the officer had refused to speak with investigators for weeks.';
    expect(recordWith(text, 'Officer lied')?.speaker?.name).toBe('Dennis Harlow');
  });

  it('after a plain content, walking out may be the content\'s own subject\'s act', () => {
    expect(recordsOf(article('Ruiz said the delegates listened quietly to the speech and then walked out.'))[0]?.text).toBe('the delegates listened quietly to the speech and then walked out');
  });
});
