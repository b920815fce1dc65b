const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * PostgreSQL's COPY … CSV ends every record with LF; saidby's CSV ends them with CRLF (RFC
 * 4180), while a line break inside a quoted cell stays as it was stored. Answers a function that
 * takes the COPY output chunk by chunk (a chunk may end inside a record, even inside a quoted
 * cell) and answers each with CR put before every LF that ends a record. A LF is inside a
 * cell when an odd number of quotes precede it in its record (a doubled quote "" counts twice),
 * so only quotes and LFs are looked at, found with indexOf rather than byte by byte.
 */
export function crlfRecordEnds(): (chunk: Buffer) => Buffer {
  let inQuotes = false;
  return (chunk) => {
    const ends: number[] = [];
    let pos = 0;
    let nextLf = -2;
    let nextQuote = -2;
    while (pos < chunk.length) {
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = chunk.indexOf(QUOTE, pos);
      if (inQuotes) {
        if (nextQuote === -1) break;
        inQuotes = false;
        pos = nextQuote + 1;
        continue;
      }
      if (nextLf !== -1 && nextLf < pos) nextLf = chunk.indexOf(LF, pos);
      if (nextQuote !== -1 && (nextLf === -1 || nextQuote < nextLf)) {
        inQuotes = true;
        pos = nextQuote + 1;
      } else if (nextLf !== -1) {
        ends.push(nextLf);
        pos = nextLf + 1;
      } else {
        break;
      }
    }
    if (ends.length === 0) return chunk;
    const out = Buffer.allocUnsafe(chunk.length + ends.length);
    let from = 0;
    let at = 0;
    for (const end of ends) {
      at += chunk.copy(out, at, from, end);
      out[at++] = CR;
      from = end;
    }
    chunk.copy(out, at, from);
    return out;
  };
}
