import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

const recordOf = (text: string, words: string) => recordsOf(text).find((r) => r.text.includes(words));

describe('"a bus driver who told her": a subject "who" stands for the person before it, not the clause\'s subject', () => {
  it.each<[sentence: string, words: string, speaker: string]>([
    ['Maria Lopez spent the summer on farms. She recalled a bus driver who had told her, “I had dinner with my kids.”', 'dinner with my kids', 'a bus driver'],
    ['Maria Lopez spent the summer on farms. She recalled a bus driver who said: “I had dinner with my kids.”', 'dinner with my kids', 'a bus driver'],
    ['Ann Lee greeted fans who chanted: “We are with you.”', 'We are with you', 'fans'],
    ['Ann Lee greeted a retired Labour MP who said: “We are with you.”', 'We are with you', 'a retired Labour MP'],
    ['The statement was attributed to Choe Myong-sun, a vice foreign minister, who said Pyongyang would “never sit down” with Seoul.', 'never sit down', 'Choe Myong-sun'],
    ['The award went to Maria Lopez, a nurse, who said: “I am honoured.”', 'I am honoured', 'Maria Lopez'],
    ['“It was not convincing,” said one Democrat familiar with the talks, who added: “Nobody was moved.”', 'Nobody was moved', 'one Democrat familiar with the talks'],
    ['Maria Lopez spent the summer on farms. She met a farmer, who told her that the rains had failed.', 'the rains had failed', 'a farmer'],
  ])('%s', (sentence, words, speaker) => {
    expect(recordOf(`Farms\n\n${sentence}`, words)?.speaker).toBe(speaker);
  });

  it('"those who said" is nobody the article names, and never the clause\'s subject', () => {
    expect(recordOf('Farms\n\nAnn Lee thanked those who said: “We are with you.”', 'We are with you')?.speaker).not.toBe('Ann Lee');
  });

  it('the one who heard the words is kept as their relay', () => {
    const r = recordsOf('Farms\n\nMaria Lopez spent the summer on farms. She recalled a bus driver who had told her, “I had dinner with my kids.”').find((x) => x.text.includes('dinner'));
    expect(r?.relay).toBe('Maria Lopez');
  });
});

describe('"A farmer who met her said": "her" after a verb is its object, and the past form after it the main verb', () => {
  it.each<[sentence: string, words: string, speaker: string]>([
    ['A farmer who once met her said: “It failed.”', 'It failed', 'A farmer'],
    ['A farmer who met her said: “It failed.”', 'It failed', 'A farmer'],
  ])('%s', (sentence, words, speaker) => {
    expect(recordOf(`Farms\n\n${sentence}`, words)?.speaker).toBe(speaker);
  });

  it('"her statement" stays a noun after a possessive', () => {
    expect(recordsOf('Farms\n\nAnn Lee read her statement aloud.')).toHaveLength(0);
  });
});

describe('"after Russia and China accused …": two names joined by "and" after a subordinator are one subject, and two states are a government source', () => {
  it('both names, typed government', () => {
    const r = recordOf('Drills\n\nTensions rose after Russia and China accused South Korea of “provoking a new arms race” in the region.', 'arms race');
    expect(r?.speaker).toBe('Russia and China');
    expect(r?.type).toBe('government');
  });

  it('a pair of states opening the sentence is a government source too', () => {
    expect(recordOf('Drills\n\nRussia and China said the drills were “a provocation.”', 'a provocation')?.type).toBe('government');
  });
});

describe('"was quoted by KCNA as saying": the passive\'s subject speaks, its agent relays', () => {
  it.each<[sentence: string, words: string, speaker: string, relay: string]>([
    ['Kim Yo-sun was quoted by KCNA as saying the drills were “a rehearsal for invasion.”', 'rehearsal', 'Kim Yo-sun', 'KCNA'],
    ['The minister was quoted by Reuters as saying: “We will not pay.”', 'We will not pay', 'The minister', 'Reuters'],
  ])('%s', (sentence, words, speaker, relay) => {
    const r = recordOf(`Drills\n\n${sentence}`, words);
    expect(r?.speaker).toBe(speaker);
    expect(r?.relay).toBe(relay);
  });
});

describe('"According to Okafor, the senator told him …": a front according-to phrase relays the speech it frames', () => {
  it.each<[sentence: string, words: string, speaker: string, relay: string]>([
    ['According to Okafor, Senator Ann Lee told him she hoped to finish the job.', 'she hoped to finish', 'Ann Lee', 'Okafor'],
    ['According to police, Pruitt then said he had acted in self-defense.', 'he had acted in self-defense', 'Pruitt', 'police'],
  ])('%s', (sentence, words, speaker, relay) => {
    const r = recordsOf(`Court\n\n${sentence}`).find((x) => x.text.startsWith(words));
    expect(r?.speaker).toBe(speaker);
    expect(r?.relay).toBe(relay);
  });
});

it('an according-to phrase cut to nothing relays nothing (no relay without a name)', () => {
  const r = recordsOf('T\n\nAccording to ,  Ann Lee said the plan would fail.').find((x) => x.text === 'the plan would fail');
  expect(r?.speaker).toBe('Ann Lee');
  expect(r?.relay).toBeNull();
});
