import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

const recordOf = (text: string, words: string) => recordsOf(text).find((r) => r.text.includes(words));

describe('"the subject of a report … that said": the report is the speaker', () => {
  it('"The striker was the subject of a report by the Courier on Friday that said …"', () => {
    const r = recordOf('Transfer\n\nThe striker was the subject of a report by the Courier on Friday that said two clubs had made offers.', 'two clubs had made offers');
    expect(r?.speaker).toMatch(/^a report by the Courier/u);
  });

  it('"The mill was the focus of a statement from the council that said …"', () => {
    const r = recordOf('Mill\n\nThe old mill was the focus of a statement from the council that said the site would be sold.', 'site would be sold');
    expect(r?.speaker).toMatch(/^a statement from the council/u);
  });
});

describe('look-alikes: the first noun names the speaker', () => {
  it('"a member of the committee that said …" keeps the member\'s phrase', () => {
    const r = recordOf('Vote\n\nIt came from a member of the committee who said the vote was rigged.', 'vote was rigged');
    expect(r?.speaker ?? '').not.toMatch(/^the committee/u);
  });
});
