/**
 * A table of "key<TAB>value" lines sorted by their UTF-8 bytes, searched by halving over the bytes
 * as read, each probe widened to its whole line (as look(1) does): no string of the whole file is
 * decoded and no index of its line starts is built before the first answer. The value of `word`,
 * '' for a key with no value, undefined when the table lacks it.
 */
export function sortedTableValue(bytes: Buffer, word: string): string | undefined {
  const key = Buffer.from(word, 'utf8');
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // (a negative offset would count from the end)
    const start = mid === 0 ? 0 : bytes.lastIndexOf(NEWLINE, mid - 1) + 1;
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline < 0 ? bytes.length : newline;
    const tab = bytes.indexOf(TAB, start);
    const keyEnd = tab < 0 || tab > end ? end : tab;
    const order = key.compare(bytes, start, keyEnd);
    if (order === 0) return keyEnd === end ? '' : bytes.toString('utf8', keyEnd + 1, end);
    if (order > 0) lo = end + 1;
    else hi = start;
  }
  return undefined;
}
const NEWLINE = 10;
const TAB = 9;
