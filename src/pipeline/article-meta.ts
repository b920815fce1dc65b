import * as chrono from 'chrono-node';
import type { ArticleMeta } from '../schema/article.js';
import { findOutletName } from './source-lexicons.js';

/**
 * Article metadata read from the first lines of a news article: title, outlet, authors and the
 * publication time. Pure: looks only at the text.
 *
 * Reads:
 * - a header line `date 2025-02-01 Originally Published: 01 FEB 25 00:07 ET` (the published
 *   time, with its zone: ET is New York time, so 00:07 ET on 1 Feb 2025 is 05:07Z);
 * - a byline `By Alejandra Jaramillo and Chris Lau, CNN` (two authors; the trailing outlet);
 * - a dateline `(CNN) —` or `DALLAS (AP) —` / `WASHINGTON, Dec. 8 (UPI) —` (the outlet);
 * - the title: the first line when it stands alone (a blank line after it) and reads like a
 *   headline, not like a header field, a byline or a dateline paragraph.
 *
 * Does not handle: titles that are not the first line (the seed article starts with its header,
 * so its title is null: we report what the text shows and never invent a headline from the
 * lead), datelines without a year (`Dec. 11 (UPI)` gives no published time), HTML metadata.
 */
export function readArticleMeta(text: string): ArticleMeta {
  const head = text.slice(0, HEADER_WINDOW);
  const lines = head.split('\n').map((l) => l.trim());
  return {
    title: findTitle(lines),
    outlet: findOutlet(lines),
    authors: findAuthors(lines),
    published: findPublished(lines),
  };
}

/** Metadata sits at the top; looking further would find datelines quoted in the body. */
const HEADER_WINDOW = 2000;

/** Header fields that are never a headline. */
const HEADER_FIELD = /^(?:date\b|updated\b|published\b|originally published\b|posted\b|last updated\b|by\s+\p{Lu})/iu;

/** `(CNN) —`, `DALLAS (AP) —`, `WASHINGTON, Dec. 8 (UPI) —`: the agency in parentheses before a dash. */
const DATELINE = /^(?:[\p{Lu}][\p{Lu}\p{L}\p{N}.,' -]{0,60}?\s*)?\(([\p{Lu}][\p{L}. &-]{0,40})\)\s*[—–-]/u;

// a byline is a short line: a longer one starting with "By" is prose (and splitByline's regex
// then only ever sees a few hundred characters)
const BYLINE = /^By\s+(.{1,300})$/u;

/**
 * The first non-empty line when it is followed by a blank line and looks like a headline:
 * not a header field, byline or dateline paragraph, at most 250 characters.
 */
export function findTitle(lines: readonly string[]): string | null {
  const i = lines.findIndex((l) => l !== '');
  if (i < 0) return null;
  let first = lines[i] ?? '';
  let next = lines[i + 1];
  // a headline and its deck over two lines: "U.S. commandos take on larger role; / When ordinary
  // 'boots' are ruled out, Special Operations fill the gap."
  if (/[;:]$/u.test(first) && next && (lines[i + 2] ?? '') === '') {
    first = `${first} ${next}`;
    next = lines[i + 2];
  }
  if (next !== undefined && next !== '') return null;
  if (first.length > 250 || HEADER_FIELD.test(first) || DATELINE.test(first)) return null;
  // "Millennial Democratics prefer Bernie Sanders." — the archive adds a full stop to headlines.
  // Keep the stop of a final abbreviation ("… in the U.S.").
  return first.replace(/(?<!\b\p{Lu})\.$/u, '').trim() || null;
}

/** The outlet from a dateline `(CNN) —`, else from a byline's trailing `, CNN`. */
export function findOutlet(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = DATELINE.exec(line);
    if (m?.[1]) return m[1].trim();
  }
  for (const line of lines) {
    const m = BYLINE.exec(line);
    if (!m?.[1]) continue;
    const { outlet } = splitByline(m[1]);
    if (outlet) return outlet;
  }
  return null;
}

/** Authors from the first byline: `By A and B, CNN` → [A, B]; `By A, B and C` → [A, B, C]. */
export function findAuthors(lines: readonly string[]): string[] {
  for (const line of lines) {
    const m = BYLINE.exec(line);
    if (m?.[1]) return splitByline(m[1]).authors;
  }
  return [];
}

/**
 * `Alejandra Jaramillo and Chris Lau, CNN` → authors + outlet. A comma-separated piece that is a
 * known outlet (or an outlet-like phrase such as `Associated Press`) is the outlet, not an author.
 */
export function splitByline(byline: string): { authors: string[]; outlet: string | null } {
  const pieces = byline
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const authors: string[] = [];
  let outlet: string | null = null;
  for (const piece of pieces) {
    const known = findOutletName(piece);
    if (known !== null && known.matched.length === piece.length) outlet ??= piece;
    else if (isPersonName(piece)) authors.push(piece);
  }
  return { authors, outlet };
}

/** Two to five capitalised words (initials and particles allowed): `Chris Lau`, `Mary K. de la Cruz`. */
function isPersonName(s: string): boolean {
  const words = s.split(/\s+/u);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^(?:de|da|del|la|van|von|der|bin|al)$/u.test(w));
}

/**
 * The publication time, as an ISO timestamp in UTC. Prefers `Originally Published: …`, then a
 * `Published`/`Updated`-free `date YYYY-MM-DD` header field. A time with no zone is read as UTC
 * so that the answer never depends on the machine's zone.
 */
export function findPublished(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = /(?:originally\s+)?published:?\s+(.+)$/iu.exec(line);
    if (m?.[1]) {
      const when = parseWhen(m[1]);
      if (when) return when;
    }
  }
  for (const line of lines) {
    // A bare day: midnight UTC, the start of the day the header names.
    const m = /^date\s+(\d{4}-\d{2}-\d{2})\b/iu.exec(line);
    if (m?.[1]) return parseWhen(`${m[1]} 00:00 UTC`);
  }
  return null;
}

function parseWhen(s: string): string | null {
  const [hit] = chrono.parse(s, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  if (!hit) return null;
  return hit.start.date().toISOString();
}
