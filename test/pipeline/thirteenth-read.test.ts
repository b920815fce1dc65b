import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

const speakersOf = (text: string): (string | null)[] => recordsOf(text).map((r) => r.speaker);

describe('"…, a claim X denied": the one who denies a claim did not make it', () => {
  it.each<[what: string, sentence: string, speaker: string, denier: string]>([
    ['a name after "a claim"', 'Hamas said the hostages had been moved, a claim Israel rejected.', 'Hamas', 'Israel'],
    ['"a claim that" and a name', 'Hamas said the hostages had been moved, a claim that Israel rejected.', 'Hamas', 'Israel'],
    ['"an account" a body disputes', 'The ministry said 40 people had died, an account Kyiv disputes.', 'The ministry', 'Kyiv'],
    ['"a figure" and a name', 'The union said 9,000 workers had walked out, a figure Acme denied.', 'The union', 'Acme'],
  ])('%s', (_what, sentence, speaker, denier) => {
    const speakers = speakersOf(`Talks\n\n${sentence}`);
    expect(speakers).toContain(speaker);
    expect(speakers).not.toContain(denier);
  });

  it('a partial quotation in such a sentence is the claimant\'s', () => {
    const r = recordsOf('Front\n\nRussia\'s Defence Ministry said its troops had “liberated” the village, a claim Kyiv denied.').find((x) => x.text.includes('liberated'));
    expect(r?.speaker).toBe("Russia's Defence Ministry");
  });

  it('a document that says something is still its speaker ("a statement Friday said", "a report by the ministry said")', () => {
    expect(speakersOf('Talks\n\nThe hostages had been moved, a Hamas statement said.')).toEqual(['a Hamas statement']);
    expect(speakersOf('Talks\n\n“We will win,” a report by the ministry said.')).toEqual(['a report by the ministry']);
  });
});

describe('"…, a spokesman for the company said": a role held at a body, after the content', () => {
  it.each<[sentence: string, speaker: string]>([
    ['The plant will close in June, a spokesman for the company said.', 'a spokesman for the company'],
    ['The plant will close in June, the spokeswoman for the company said.', 'the spokeswoman for the company'],
    ['The appeal will go ahead, a lawyer for the family said.', 'a lawyer for the family'],
    ['The report is due in May, an official at the ministry said.', 'an official at the ministry'],
    ['The singer is recovering at home, a rep for the singer told People.', 'a rep for the singer'],
  ])('%s', (sentence, speaker) => {
    const r = recordsOf(`Plant\n\n${sentence}`);
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ kind: 'indirect', speaker });
  });

  it('a noun with a relative clause of its own still reports nothing ("…, a charge the company denies")', () => {
    expect(recordsOf('Plant\n\nSales fell, a charge the company denies.')).toEqual([]);
  });
});

describe('an unnamed medic, sniper or banker is who "he" is, not the man named before', () => {
  it.each(['medic', 'sniper', 'fighter', 'militant', 'reservist', 'evacuee', 'worshipper', 'pilgrim', 'parishioner', 'banker', 'broker', 'dealer', 'publicist'])('%s', (noun) => {
    const article = /^[aeiou]/u.test(noun) ? 'An' : 'A';
    const text = `Front\n\n“The defence is collapsing,” Sergei Rudskoi told state television.\n\n${article} ${noun} was less sure. “Sometimes we drive out at night,” he said.`;
    const r = recordsOf(text).find((x) => x.text.includes('drive out'));
    expect(r?.speaker).not.toBe('Sergei Rudskoi');
    expect(r?.speaker).toBe(`${article} ${noun}`);
  });
});

describe('a place after a verb of moving and "to" is nobody', () => {
  it.each<[sentence: string, speaker: string]>([
    ['A man who fled to Paris said he had seen bodies. “They shot them,” he said.', 'A man'],
    ['A woman who moved to Berlin said she was afraid. “We left everything,” she said.', 'A woman'],
    ['A farmer who went back to Sydney said he would not return. “It is over,” he said.', 'A farmer'],
  ])('%s', (sentence, speaker) => {
    const r = recordsOf(`War\n\n${sentence}`).find((x) => x.kind === 'direct');
    expect(r?.speaker).toBe(speaker);
  });

  it('one spoken to is still a person the pronoun may stand for (no guess either way)', () => {
    const r = recordsOf('Talks\n\nAnn Lee spoke to Tom Hart. “We agreed,” he said.').find((x) => x.kind === 'direct');
    expect(r?.speaker).not.toBe('Ann Lee');
  });
});

describe('"X told staff that … “quoted” …, the Times reported": X speaks, the paper relays', () => {
  it.each<[sentence: string, words: string, speaker: string, relay: string]>([
    ['Mark Hill told staff that the plan was “dead in the water,” the Financial Times reported.', 'dead in the water', 'Mark Hill', 'Financial Times'],
    ['Xi Jinping told Kim Jong Un that ties were “unbreakable,” Xinhua reported.', 'unbreakable', 'Xi Jinping', 'Xinhua'],
  ])('%s', (sentence, words, speaker, relay) => {
    const r = recordsOf(`Talks\n\n${sentence}`).find((x) => x.text.includes(words));
    expect(r).toMatchObject({ kind: 'mixed', speaker });
    expect(r?.relay?.replace(/^the\s/iu, '')).toBe(relay);
  });

  it('the same without quotation marks: the claim is the speaker\'s, relayed', () => {
    const r = recordsOf('Talks\n\nMark Hill told staff that the plan was dead in the water, the Financial Times reported.').find((x) => x.speaker === 'Mark Hill');
    expect(r?.relay?.replace(/^the\s/iu, '')).toBe('Financial Times');
  });
});

describe('names and titles of international copy', () => {
  it.each<[sentence: string, speaker: string]>([
    ['“The pact is dead,” said Dutch MEP Tineke Strik.', 'Tineke Strik'],
    ['“We are ready,” said Scottish Labour MSP Jackie Baillie.', 'Jackie Baillie'],
    ['Dr. Ahmed al-Farra said the hospital had run out of fuel.', 'Ahmed al-Farra'],
    ['Khalil al-Daqran, a nurse, said the ward was full.', 'Khalil al-Daqran'],
    ['“We will not stop,” said Abdel Fattah el-Sisi.', 'Abdel Fattah el-Sisi'],
  ])('%s', (sentence, speaker) => {
    const r = recordsOf(`World\n\n${sentence}`);
    expect(r[0]).toMatchObject({ speaker, type: 'person' });
  });

  it('"the Rt Rev" is a title: the bishop named after it is not passed over for someone further back', () => {
    const text = 'Faith\n\n“Mercy matters,” said Sheikh Ibrahim Mogra.\n\nThe Bishop of Leicester, the Rt Rev Martyn Snow, wrote to the council. He said the plan was cruel.';
    const r = recordsOf(text).find((x) => x.text.includes('cruel'));
    expect(r?.speaker).not.toBe('Ibrahim Mogra');
  });

  it.each<[sentence: string, relay: string]>([
    ['“The defence is collapsing,” Sergei Rudskoi told state television Rossiya-1.', 'Rossiya-1'],
    ['“We will fight,” the minister told the broadcaster NHK.', 'NHK'],
  ])('the outlet told is named whole, without the sentence\'s stop: %s', (sentence, relay) => {
    expect(recordsOf(`World\n\n${sentence}`)[0]?.relay).toBe(relay);
  });
});

describe('a place after "in" or "at" is not the subject of the verb after it', () => {
  it('"a jet that landed in Boise last month told controllers: “…”" names no "Boise last month"', () => {
    const r = recordsOf('Air\n\nThe crew of a regional jet that landed in Boise last month told controllers: “We have smoke.”')[0];
    expect(r?.speaker).toBeNull();
    expect(recordsOf('Air\n\nThe crew of a regional jet that landed in Boise last month told controllers: “We have smoke.”').map((x) => x.speaker)).not.toContain('Boise last month');
  });

  it('a quotation between the preposition and the speaker keeps the speaker ("better at “less advanced schools,” Trump said:")', () => {
    const r = recordsOf('Court\n\nHe said some students might do better at “less advanced schools,” Trump said: “I don\'t like what he said.”').find((x) => x.text.includes('like what'));
    expect(r?.speaker).toBe('Trump');
  });

  it('"the senator from Pennsylvania" is one phrase', () => {
    expect(recordsOf('Race\n\nThe senator from Pennsylvania told reporters: “We will win.”')[0]?.speaker).not.toBe('Pennsylvania');
  });
});

describe('what was posted and where someone spoke are not speakers', () => {
  it('a song title before "posted a broken-heart emoji on Instagram" gives the emoji no words', () => {
    const speakers = recordsOf('Music\n\nDrake, who collaborated with Walker on the track “Girls Need Love,” posted a broken-heart emoji on Instagram.').map((r) => r.speaker);
    expect(speakers.join(' ')).not.toMatch(/emoji/u);
  });

  it('"“…,” posted a spokesman for the band" keeps its speaker, and "“Sad!” tweeted Donald Trump" his', () => {
    expect(recordsOf('Music\n\n“We are back,” posted a spokesman for the band.')[0]?.speaker).toBe('a spokesman for the band');
    expect(recordsOf('Politics\n\n“Sad!” tweeted Donald Trump.')[0]?.speaker).toBe('Donald Trump');
  });

  it('"Tim Cook, speaking on the company\'s earnings call in January, said …" gives one claim, Cook\'s', () => {
    const r = recordsOf('Tech\n\nApple chief executive Tim Cook, speaking on the company\'s earnings call in January, said sales would rise.');
    expect(r.map((x) => x.speaker)).toEqual(['Tim Cook']);
  });
});
