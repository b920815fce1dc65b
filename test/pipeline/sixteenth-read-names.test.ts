import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

const article = (body: string): string => `Story\n\n${body}`;

describe('"Neither Burhan nor Hemedti": "Neither" opens no name', () => {
  it('the person keeps the full name the article gave first', () => {
    const rows = recordsOf(article('"Neither Johnson nor Weld can win," said Ali Musa, an analyst. Gary Johnson disagreed. Johnson said the polls were wrong.'));
    expect(rows.find((r) => r.text === 'the polls were wrong')?.speaker).toBe('Gary Johnson');
  });
});

describe('a school\'s principal is a person\'s title', () => {
  it('"Lincoln High School Principal Gregory Fenn" is a person, named Gregory Fenn', () => {
    const rows = recordsOf(article('The board fired Lincoln High School Principal Gregory Fenn. "I did nothing wrong," Fenn said. Reached by phone, he said he had been made a scapegoat.'));
    expect(rows.map((r) => [r.speaker, r.type])).toEqual([
      ['Gregory Fenn', 'person'],
      ['Gregory Fenn', 'person'],
    ]);
  });

  it('"Dean Smith said" keeps Dean as a given name', () => {
    expect(recordsOf(article('Dean Smith said the loan was safe.'))[0]?.speaker).toBe('Dean Smith');
  });
});

describe('a surname written first stands for one named in full before it', () => {
  it('"Kim said" after "Kim Jong Un" is not the "Kim Dong-yup" named later', () => {
    const rows = recordsOf(article('KCNA reported that leader Kim Jong Un had guided the test. Kim said the test showed the deterrent was ready.\n\nLater, Kim Dong-yup, an analyst, said he doubted that claim.'));
    expect(rows.find((r) => r.text === 'the test showed the deterrent was ready')?.speaker).toBe('Kim Jong Un');
  });
});

describe('a surname\'s joined particle may be left off', () => {
  it('"Burhan said" after "Abdel Fattah al-Burhan"', () => {
    const rows = recordsOf(article('General Abdel Fattah al-Burhan rejected the truce. Burhan said the army would fight on.'));
    expect(rows.find((r) => r.text === 'the army would fight on')?.speaker).toBe('Abdel Fattah al-Burhan');
  });
});
