import { describe, expect, it } from 'vitest';
import { crlfRecordEnds } from '../../src/store/pg/csv-line-ends.js';

// What COPY … CSV writes: LF after each record, line breaks and doubled quotes inside quoted cells.
const COPY_OUT = 'a,"b ""c""\nd",e\n"",f,"g\r\nh"\n"x""\n""y",\n\nlast,"q"\n';
const EXPECTED = 'a,"b ""c""\nd",e\r\n"",f,"g\r\nh"\r\n"x""\n""y",\r\n\r\nlast,"q"\r\n';

function run(chunks: string[]): string {
  const ends = crlfRecordEnds();
  return Buffer.concat(chunks.map((c) => ends(Buffer.from(c)))).toString();
}

describe('CRLF record ends for COPY output', () => {
  it('ends each record with CRLF and leaves line breaks inside quoted cells alone', () => {
    expect(run([COPY_OUT])).toBe(EXPECTED);
  });

  it('gives the same bytes however the output is cut into chunks', () => {
    for (let cut = 0; cut <= COPY_OUT.length; cut++) {
      expect(run([COPY_OUT.slice(0, cut), COPY_OUT.slice(cut)])).toBe(EXPECTED);
    }
    expect(run([...COPY_OUT])).toBe(EXPECTED);
  });

  it('passes a chunk with no record end through unchanged', () => {
    const chunk = Buffer.from('no end here, "nor\nhere');
    expect(crlfRecordEnds()(chunk)).toBe(chunk);
  });
});
