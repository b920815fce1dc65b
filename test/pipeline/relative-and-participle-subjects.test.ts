import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { recordsOf } from './record-rows.js';

const speakerOf = (text: string, words: string): string | null | undefined => recordsOf(text).find((r) => r.text.includes(words))?.speaker;

describe('"Voters who backed the mayor said …": the object of a restrictive relative clause is not the speaker', () => {
  it.each<[sentence: string, words: string, speaker: string]>([
    ['Voters who backed the mayor told pollsters: “We want change.”', 'We want change', 'Voters'],
    ['Voters who backed Trump told pollsters: “We want change.”', 'We want change', 'Voters'],
    ['Fans who love Trump said: “Great rally.”', 'Great rally', 'Fans'],
    ['A nurse who has long known Ortiz said: “She is kind.”', 'She is kind', 'A nurse'],
    ['People who know Ann Lee say she is “tough”.', 'tough', 'People'],
    ['Voters who backed the mayor said that taxes were too high.', 'taxes were too high', 'Voters'],
    ['A man who knows the mayor told reporters the plan was dead.', 'the plan was dead', 'A man'],
    ['Residents who know the mayor well say the plan is dead.', 'the plan is dead', 'Residents'],
    ['Groups that backed the mayor said the tax was fair.', 'the tax was fair', 'Groups'],
  ])('%s', (sentence, words, speaker) => {
    expect(speakerOf(`Reaction\n\n${sentence}`, words)).toBe(speaker);
  });

  it.each<[sentence: string, words: string, speaker: string]>([
    ['Ann Lee, who backed Trump, said: “Yes.”', 'Yes', 'Ann Lee'],
    ['Between 130 and 160 courses close every year, a trend that the foundation predicts will continue “for the next few years.”', 'next few years', 'the foundation'],
  ])('an aside, and an object relative, keep their speakers: %s', (sentence, words, speaker) => {
    expect(speakerOf(`Reaction\n\n${sentence}`, words)).toBe(speaker);
  });
});

describe('a participle after a comma speaks for the subject of the clause it hangs on', () => {
  it.each<[sentence: string, words: string, speaker: string]>([
    // a comma closing the quotation before the participle is still its comma
    ['Ruth Chepkoech, who finished second, wrote on X that Vogt had “run like someone with nothing to lose,” adding: “Respect. See you in Valencia.”', 'Respect', 'Ruth Chepkoech'],
    ['Lawyers for the city appeared to oppose the motion, saying in court papers that the records were “private.”', 'private', 'Lawyers for the city'],
    // a subordinate clause between is passed over: the participle closes the main clause
    ['Ann Lee resigned after the party leader ignored her, saying: “I had no choice.”', 'no choice', 'Ann Lee'],
    ['Ann Lee apologised once the report came out, adding: “I got it wrong.”', 'got it wrong', 'Ann Lee'],
    ['Ann Lee wept as the verdict was read, saying: “I just want justice.”', 'want justice', 'Ann Lee'],
    ['The union rejected the offer because the company refused to guarantee jobs, saying: “This is an insult.”', 'an insult', 'The union'],
  ])('%s', (sentence, words, speaker) => {
    expect(speakerOf(`Court\n\n${sentence}`, words)).toBe(speaker);
  });

  it.each<[sentence: string, words: string, speaker: string]>([
    // a passive clause set off by commas is an aside: its subject says nothing
    ['The candidate changed her story months later, after her first statement was shown to be false, stating that no emails were “marked classified at the time.”', 'marked classified', 'The candidate'],
    // not a participle read as a tensed verb
    ['Weaver didn’t seem particularly impressed with the comments, telling reporters, “A lot of people said the governor should step down.”', 'A lot of people', 'Weaver'],
  ])('the main clause answers: %s', (sentence, words, speaker) => {
    expect(speakerOf(`Court\n\n${sentence}`, words)).toBe(speaker);
  });
});

describe('the words of someone a relative clause names, retold by its subject', () => {
  it.each<[sentence: string, words: string, speaker: string, relay: string]>([
    ['Reporters who interviewed Ann Lee quoted her as saying: “I will not resign.”', 'not resign', 'Ann Lee', 'Reporters'],
    ['Police who arrested Tom Reilly said he told them: “I did it.”', 'I did it', 'Tom Reilly', 'Police'],
  ])('%s', (sentence, words, speaker, relay) => {
    const q = extract(`News\n\n${sentence}`).quotes.find((r) => r.text.includes(words));
    expect(q?.speaker?.name).toBe(speaker);
    expect(q?.reportedBy?.name).toBe(relay);
  });

  it('"Tom Reilly said he told them: …" stays his own', () => {
    expect(speakerOf('News\n\nTom Reilly said he told them: “I did it.”', 'I did it')).toBe('Tom Reilly');
  });

  it.each([
    ['Residents who spoke say she would have stayed.', 'she would have stayed'],
    ['People who know Ann Lee say she would never have left the children alone.', 'she would never have left the children alone'],
  ])('the content after a main verb is not cut at its auxiliary: %s', (sentence, content) => {
    expect(recordsOf(`News\n\n${sentence}`).some((r) => r.text === content)).toBe(true);
  });
});
