import { createRequire } from 'node:module';
import type { ArticleMeta } from '../schema/article.js';
import { findOutletName, OUTLET_HEADS } from './source-lexicons.js';
import { GIVEN_NAMES } from './speech-lexicons.js';
import { isBylineOrDateline } from './title-lines.js';

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
  // "Mayor resigns" and right under it "March 3, 2026" or "By Ann Lee": header lines, not prose
  if (next !== undefined && next !== '') {
    let j = lines.indexOf(next, i + 1);
    // ("By Ana Ruiz" and under it "The Valley Tribune": the byline's outlet on a line of its own)
    while (j < lines.length && lines[j] !== '' && (isHeaderLine(lines[j] ?? '') || (BYLINE.test(lines[j - 1] ?? '') && isOutletName(lines[j] ?? '')))) j++;
    if (j < lines.length && lines[j] !== '') return null;
  }
  if (first.length > 250 || HEADER_FIELD.test(first) || DATELINE.test(first)) return null;
  // "Millennial Democratics prefer Bernie Sanders." — the archive adds a full stop to headlines.
  // Keep the stop of a final abbreviation ("… in the U.S.").
  return first.replace(/(?<!\b\p{Lu})\.$/u, '').trim() || null;
}

/** A header field, a byline or a line that is a date and nothing else. */
function isHeaderLine(line: string): boolean {
  return HEADER_FIELD.test(line) || BYLINE.test(line) || isBylineOrDateline(line) || /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/u.test(line) || (line.length <= 60 && /\d{4}/u.test(line) && parseWhen(line, true) !== null);
}

/** The outlet from a dateline `(CNN) —`, else from a byline's trailing `, CNN`. */
export function findOutlet(lines: readonly string[]): string | null {
  for (const line of lines) {
    // a dateline holds its agency in parentheses: a line without "(" is answered without the pattern
    const m = line.includes('(') ? DATELINE.exec(line) : null;
    if (m?.[1]) return m[1].trim();
  }
  for (const [i, line] of lines.entries()) {
    const m = BYLINE.exec(line);
    if (!m?.[1]) continue;
    const { outlet } = splitByline(m[1]);
    if (outlet) return outlet;
    // "By Lena Hart" and on the next line "Valley Tribune": the outlet on a line of its own
    const next = lines.slice(i + 1, i + 3).find((l) => l !== '');
    if (next && isOutletName(next)) return next;
  }
  return null;
}

/** A known outlet, or two to five capitalised words ending in an outlet's head ("Valley Tribune"). */
function isOutletName(s: string): boolean {
  const known = findOutletName(s);
  if (known !== null && known.matched.length === s.length) return true;
  const words = s.split(/\s+/u);
  // "Amy Post" is a person: a given name first
  if (GIVEN_NAMES.has(words[0] ?? '')) return false;
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w)) && OUTLET_HEADS.has(words[words.length - 1] ?? '');
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
  // "By Ana Ruiz, Health Reporter | OSLO, March 6": after a bar, a dateline; only a known outlet
  // there counts ("By ANA RUIZ | Associated Press")
  const [names = '', ...rest] = byline.split(/\s*\|\s*/u);
  const barOutlet = rest.map((r) => r.trim()).find((r) => isOutletName(r)) ?? null;
  // "By Ana Ruiz · Reuters", "By Ana Ruiz — The Tribune"
  const parts = names.split(/\s*[,·•]\s*|\s+[—–]\s+/u).map((p) => p.trim()).filter((p) => p !== '');
  const authors: string[] = [];
  let outlet: string | null = null;
  parts.forEach((part, i) => {
    // "Amy Liu and Carl Brandt, Valley Tribune": after a list closed by "and", a comma part is no author
    const afterList = i > 0 && /\s(?:and|&)\s/u.test(parts[i - 1] ?? '');
    for (const piece of part.split(/\s+and\s+|\s*&\s*/u).map((p) => p.trim()).filter((p) => p !== '')) {
      if (isOutletName(piece) || (afterList && piece === part && !isPersonNameWithGiven(piece) && !isJobTitle(piece))) outlet ??= piece;
      else if (isPersonName(piece) && !isJobTitle(piece)) authors.push(capitalised(piece));
    }
  });
  return { authors, outlet: outlet ?? barOutlet };
}

// "Markets Correspondent", "Staff Writer", "Senior Health Reporter": the author's post, not a name
const JOB_HEAD = /\s(?:Correspondent|Reporter|Writer|Editor|Columnist|Producer|Journalist|Contributor|Critic|Photographer|Analyst|Bureau|Desk|Staff|Chief)$/u;

function isJobTitle(s: string): boolean {
  return JOB_HEAD.test(` ${s}`);
}

/** "ANA RUIZ" -> "Ana Ruiz", "MARY-KATE O'NEIL" -> "Mary-Kate O'Neil": a byline set in capitals. */
function capitalised(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, before: string, letter: string) => before + letter.toUpperCase());
}

/** A person's name whose first word is a known given name: "Carl Brandt", not "Valley Tribune". */
function isPersonNameWithGiven(s: string): boolean {
  return isPersonName(s) && GIVEN_NAMES.has(s.split(/\s+/u)[0] ?? '');
}

/** Two to five capitalised words (initials and particles allowed): `Chris Lau`, `Mary K. de la Cruz`. */
function isPersonName(s: string): boolean {
  const words = s.split(/\s+/u);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^(?:de|da|del|la|van|von|der|bin|al)$/u.test(w));
}

/**
 * The publication time, as an ISO timestamp in UTC, from the article's header lines only (the
 * lines before the first paragraph of prose): a `Published`/`Originally Published`/`Posted`/`date`
 * field first, then an `Updated` one, then a line that is a date and nothing else (`March 3,
 * 2026`, `Thursday, March 5, 2026 6:42 PM EDT`). Day, month and year must all be written: a
 * weekday alone ("figures published by the ministry on Wednesday") gives no date, and no date is
 * better than a wrong one. A day with no time is midnight UTC, the start of that day; a time with
 * no zone is read as UTC, so the answer never depends on the machine's zone.
 */
export function findPublished(lines: readonly string[]): string | null {
  const header = headerLines(lines);
  for (const field of [PUBLISHED_FIELD, DATE_FIELD, UPDATED_FIELD]) {
    for (const line of header) {
      const m = field.exec(line);
      const when = m?.[1] ? parseWhen(m[1]) : null;
      if (when) return when;
    }
  }
  for (const line of header) {
    if (line.length > 60 || !/\d{4}/u.test(line)) continue;
    const when = parseWhen(line, true);
    if (when) return when;
  }
  return null;
}

// "Published 8:15 a.m. CT March 3, 2026", "Posted on March 3, 2026", and inside a header line:
// "date 2025-02-01 Originally Published: 01 FEB 25 00:07 ET"
const PUBLISHED_FIELD = /(?:^|\s)(?:originally published|first published|published|posted)(?:\s+on)?\s*:?\s+(.+)$/iu;
// "date 2025-02-01"
const DATE_FIELD = /^date\s*:?\s+(.+)$/iu;
// "Updated 6:42 PM EDT, Thursday March 5, 2026", "Last updated: …"
const UPDATED_FIELD = /^(?:last\s+)?updated(?:\s+on)?\s*:?\s+(.+)$/iu;

/**
 * The lines of the article's header: from the top to the first line of prose (a line over 200
 * characters, or one that ends a sentence after 12 words or more), at most 15 lines.
 */
function headerLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (out.length >= 15 || line.length > 200) break;
    if (/[.!?]["”’]?$/u.test(line) && line.split(/\s+/u).length >= 12) break;
    if (line !== '') out.push(line);
  }
  return out;
}

/**
 * Text in which chrono-node's English parsers could find a day, a month and a year: a month
 * or weekday name, a word of a relative date ("now", "tmr", "in 3 days", "a week later", "end
 * of month"), a one-letter unit ("5d"), or two numbers joined as in 2026-03-05, 3/5/2026 or
 * "2026 03 05". Deliberately loose (any "mo", "sat", "end" passes): it only spares chrono a
 * line that cannot be a date ("2016 Dems React To GOP Debate."), because chrono's first parse in
 * a process costs 0.3-0.45 s of CPU, its regexes compiling, whatever the text.
 */
const MAY_NAME_FULL_DATE =
  /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|now|tod|ton|tom|tmr|yest|last|past|next|end|sec|min|hour|hr|day|week|wk|mo|qtr|quarter|year|yr|noon|night|morn|even|after|ago|(?:^|[^a-z])[smhdwy](?![a-z])|\d\s*[-/.:,]\s*\d|\d\s+\d|\d{6}/i;

// zones of places that write the day first (05/03 is 5 March), and of those that write the month first
const DAY_FIRST_ZONE = /\b(?:GMT|BST|UTC|WET|WEST|CET|CEST|EET|EEST|IST|AEST|AEDT|ACST|AWST|NZST|NZDT|SAST)\b/u;
const MONTH_FIRST_ZONE = /\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|ET|CT|MT|PT)\b/u;

/** The instant chrono read month-first, moved to the day read day-first (its time and zone kept). */
function dayFirst(start: { get(c: 'year' | 'month' | 'day'): number | null; isCertain(c: 'hour'): boolean; date(): Date }, day: number, month: number): string {
  const year = start.get('year') ?? 0;
  const shift = Date.UTC(year, month - 1, day) - Date.UTC(year, (start.get('month') ?? 1) - 1, start.get('day') ?? 1);
  if (!start.isCertain('hour')) return new Date(Date.UTC(year, month - 1, day)).toISOString();
  return new Date(start.date().getTime() + shift).toISOString();
}

type ChronoEnglish = typeof import('chrono-node/en');
let chronoEnglish: ChronoEnglish | null = null;

/**
 * chrono-node's English parsers, loaded when the first header line needs reading as a date:
 * most articles have none, and loading them is a tenth of the CLI's start-up.
 */
function chrono(): ChronoEnglish {
  chronoEnglish ??= createRequire(import.meta.url)('chrono-node/en') as ChronoEnglish;
  return chronoEnglish;
}

/**
 * The instant a date text names, or null when day, month or year is not written. With `whole`,
 * the date must be (nearly) all of the text: a line that merely contains a date is no date line.
 */
function parseWhen(s: string, whole = false): string | null {
  if (!MAY_NAME_FULL_DATE.test(s)) return null;
  const [hit] = chrono().parse(s, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  if (!hit) return null;
  const start = hit.start;
  // "Published 3 days ago", "Updated yesterday": relative to a day the text does not give
  if (/\b(?:ago|yesterday|today|tomorrow|tonight|last|next|this)\b/iu.test(hit.text)) return null;
  if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year')) return null;
  if (whole && s.replace(hit.text, '').replace(/[\s,.|·•—–-]+/gu, '').length > 0) return null;
  // "05/03/2026": 5 March in London, May 3 in New York; only a time zone tells them apart
  const numeric = /\b(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b/u.exec(hit.text);
  if (numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2]) {
    if (DAY_FIRST_ZONE.test(s)) return dayFirst(start, Number(numeric[1]), Number(numeric[2]));
    if (!MONTH_FIRST_ZONE.test(s)) return null;
  }
  if (!start.isCertain('hour')) {
    const day = Date.UTC(start.get('year') ?? 0, (start.get('month') ?? 1) - 1, start.get('day') ?? 1);
    return new Date(day).toISOString();
  }
  return start.date().toISOString();
}
