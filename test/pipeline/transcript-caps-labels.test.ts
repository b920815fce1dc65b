import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { capsLabelPeople } from '../../src/pipeline/caps-labels.js';

/** Broadcast transcripts whose turns are labelled with names in capitals, on invented articles. */
const turns = (text: string) => extract(text).quotes.filter((q) => q.rule === 'interview-answer').map((q) => [q.speaker?.name ?? null, q.text]);

describe('a transcript labelled with names in capitals', () => {
  it('reads a full-name label and the surname labels after it as one person', () => {
    const text =
      'Harbour chief questioned on delays\n\nThe port authority was asked about the dredging on air.\n\n' +
      'DANA REYES: Why is the dredging late?\n\nMARK DYER: The contractor underestimated the silt. We told them so.\n\n' +
      'REYES: When will it end?\n\nDYER: In September, if the cranes arrive.\n';
    expect(turns(text)).toEqual([
      ['Dana Reyes', 'Why is the dredging late?'],
      ['Mark Dyer', 'The contractor underestimated the silt. We told them so.'],
      ['Dana Reyes', 'When will it end?'],
      ['Mark Dyer', 'In September, if the cranes arrive.'],
    ]);
  });

  it('names nobody from labels that are no given name and surname', () => {
    expect([...capsLabelPeople(['BREAKING NEWS', 'PORT UPDATE', 'NEWS'])]).toEqual([]);
  });

  it('leaves a surname shared by two full-name labels unread', () => {
    const people = capsLabelPeople(['DANA REYES', 'MARIA REYES', 'REYES']);
    expect(people.get('reyes')).toBeUndefined();
    expect(people.get('dana reyes')).toBe('Dana Reyes');
  });
});
