import { createHash } from 'node:crypto';

/**
 * The text two copies of one article share: Unicode NFC, whitespace runs (CRLF, NBSP, tabs,
 * blank lines) folded to one space, ends trimmed. A re-saved file or a pasted copy hashes
 * the same; a changed word does not.
 */
export function normalizeForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** sha256 (hex) of the normalized text: the article's identity in the store. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text), 'utf8').digest('hex');
}
