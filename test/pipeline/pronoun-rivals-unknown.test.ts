import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

const recordOf = (text: string, words: string) => recordsOf(text).find((r) => r.text.includes(words));

describe('a pronoun is not passed over a likely but unlisted person to an older speaker', () => {
  it('"Achterberg, 29, was typically modest. “…,” he said": unknown, naming both, not the manager quoted before', () => {
    const r = recordOf('Match\n\nIan Marlow was pleased. “He was great,” Marlow said.\n\nAchterberg, 29, was typically modest. “The gaffer exaggerates,” he said.', 'gaffer exaggerates');
    expect(r?.speaker).toBeNull();
  });

  it('a name that is no subject of its sentence does not stand in the way', () => {
    const r = recordOf('Match\n\nIan Marlow was pleased. “He was great,” Marlow said.\n\nThe club thanked Achterberg. “We were lucky,” he said.', 'We were lucky');
    expect(r?.speaker).toBe('Ian Marlow');
  });
});

describe('"whose side host Northfield": a role word that is also a verb, before a lone capitalised word, names no person', () => {
  it('"he" after it is the manager, not the club his side hosts', () => {
    const r = recordOf("Match\n\nIan Marlow's side lost 3-0. Marlow, whose side host Northfield a week on Saturday, was asked whether he had a message for the fans. He laughed. “I'd have booed us too,” he said.", 'booed us too');
    expect(r?.speaker).toBe('Ian Marlow');
  });

  it('"talk-show host Jimmy Fallon" still names a host', () => {
    const r = recordOf('Show\n\nTalk-show host Jimmy Fallon was in a good mood. “We had fun,” he said.', 'We had fun');
    expect(r?.speaker).toBe('Jimmy Fallon');
  });
});

describe('a quotation with no cue after a sentence opened by "He" or "She"', () => {
  it('"He went on to describe the atmosphere … ¶ “…”" is his, as a weak guess', () => {
    const text = 'Fed\n\nTom Kessler spent 20 years at the Fed.\n\nHe went on to describe the atmosphere inside the building during the crisis.\n\n“It was like a hospital ward. Nobody slept.\n\n“We knew the numbers were bad. We did not know how bad.”';
    const r = recordOf(text, 'hospital ward');
    expect(r?.speaker).toBe('Tom Kessler');
    expect(r?.confidence).toBeLessThan(0.7);
  });
});
