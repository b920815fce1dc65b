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
