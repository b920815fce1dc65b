import { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createUtf8DecoderStream, splitLines } from '../../src/cli/read-input.js';

/** Feeds `bytes` in chunks of `size` bytes, so multi-byte characters land across chunk edges. */
async function linesOf(bytes: Uint8Array, size: number): Promise<string[]> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(Buffer.from(bytes.subarray(i, i + size)));
  const text = pipeline(Readable.from(chunks), createUtf8DecoderStream(), () => {});
  const out: string[] = [];
  for await (const line of splitLines(text as AsyncIterable<string>)) out.push(line);
  return out;
}

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('splitLines over createUtf8DecoderStream', () => {
  it.each([
    ['plain lines', 'a\nbb\nccc\n', ['a', 'bb', 'ccc']],
    ['a last line with no newline still counts', 'a\nb', ['a', 'b']],
    ['CRLF line ends lose their CR', 'a\r\nb\r\n', ['a', 'b']],
    ['blank lines are kept (the caller numbers and skips them)', 'a\n\n\nb\n', ['a', '', '', 'b']],
    ['empty input has no lines', '', []],
    ['multi-byte characters split across every chunk edge survive', '«é» “😀”\nçà\n', ['«é» “😀”', 'çà']],
  ])('%s', async (_name, input, expected) => {
    for (const size of [1, 2, 3, 5, 64 * 1024]) expect(await linesOf(encode(input), size)).toEqual(expected);
  });

  it('invalid UTF-8 fails the stream instead of becoming U+FFFD', async () => {
    await expect(linesOf(Uint8Array.from([0x61, 0x0a, 0xff, 0x0a]), 1)).rejects.toMatchObject({
      code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
    });
  });

  it('a bare lead byte at the very end is invalid too', async () => {
    await expect(linesOf(Uint8Array.from([0x61, 0xe2, 0x80]), 2)).rejects.toMatchObject({
      code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
    });
  });
});
