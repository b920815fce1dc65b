import type { Paragraph, TextRange } from './segment.js';
import { lastArticleMemo } from './article-memo.js';

/**
 * Line breaks inside a paragraph that end a sentence with no stop before them: the line before is
 * a headline ("Governor Says He Will Veto The Budget" over the story that follows it, as live blogs
 * and some exports print it). A headline carries no full stop, so without this its words run into
 * the next sentence, and "Says" is read with a subject and a content across the break.
 *
 * The line before the break must look like a headline: at least four words that start with a
 * letter, four in five of them capitalised, and no stop, comma, colon or closing mark at its end. A
 * hard-wrapped line of prose is never that capitalised. The next line starts with a capital, a digit
 * or an opening quotation mark; a break inside a quotation (`protect`) is never one.
 *
 * Returns the pieces of `p` between such breaks (each trimmed of the break's spaces), in order.
 */
export function titleLinePieces(text: string, p: Paragraph, protect: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  let from = p.start;
  let nl = text.indexOf('\n', p.start);
  while (nl >= 0 && nl < p.end) {
    const lineStart = Math.max(from, text.lastIndexOf('\n', nl - 1) + 1);
    let next = nl + 1;
    while (next < p.end && /\s/u.test(text[next] ?? '')) next++;
    const line = text.slice(lineStart, nl);
    if (next < p.end && OPENING.test(text[next] ?? '') && (isTitleLine(line) || TIME_LINE.test(line) || headerBreak(text, p, lineStart, nl, next)) && !inside(protect, nl)) {
      let end = nl;
      while (end > from && /\s/u.test(text[end - 1] ?? '')) end--;
      if (end > from) out.push({ start: from, end });
      from = next;
    }
    nl = text.indexOf('\n', nl + 1);
  }
  out.push({ start: from, end: p.end });
  return out;
}

const OPENING = /[\p{Lu}\p{N}"“'‘]/u;

/**
 * A break in the article's header: the first line is a headline when the line under it is a byline
 * or a dateline ("Quake strikes west; state TV says 212 dead" over "By Ilse Brand | ZARIN"), and a
 * byline or dateline line in one of the first paragraphs ends where its line ends. Without it the
 * headline's last words run on into the byline ("experts urge caution By Theo Lind, Health Reporter").
 */
function headerBreak(text: string, p: Paragraph, lineStart: number, nl: number, next: number): boolean {
  if (p.index > 2) return false;
  if (isBylineOrDateline(text.slice(lineStart, nl))) return true;
  if (p.index !== 0 || lineStart !== p.start) return false;
  const after = text.indexOf('\n', next);
  return isBylineOrDateline(text.slice(next, after < 0 || after > p.end ? p.end : after));
}

// "By Ana Ruiz, Health Reporter | OSLO, March 6": a short line, no sentence in it
const BYLINE_LINE = /^By\s+\p{Lu}[^.!?]{0,150}$/u;
// "From our correspondent | KELMAR, June 3"
const CORRESPONDENT_LINE = /^From\s+(?:our|a)\s+(?:own\s+|special\s+|staff\s+)?correspondents?\b/iu;
// "HALVERSON, Ostrava County", "ZARIN, Kestovia", "SAN JOSE, Calif., Feb 2": a place in capitals,
// then a comma, a bar or a bracket; a short line with no full stop at its end
const DATELINE_LINE = /^\p{Lu}{3,}(?:[ .'-]+\p{Lu}{2,})*\s*(?:,|\||\()/u;

/** A byline or dateline standing on its own line at the head of an article. */
export function isBylineOrDateline(line: string): boolean {
  const t = line.trim();
  if (t.length > 160 || /[:;]$/u.test(t)) return false;
  // ("By Tuesday, Governor Ruth Alder had changed her tone", "NATO, which had long insisted …",
  // "OSLO, Norway — Prime Minister Erik Lund put it simply": prose, whose lower-case words a byline
  // or a dateline lacks)
  const lower = t.split(/\s+/u).filter((w) => /^\p{Ll}/u.test(w) && !HEADER_LOWER.has(w)).length;
  if (BYLINE_LINE.test(t)) return lower === 0;
  if (CORRESPONDENT_LINE.test(t)) return true;
  return t.length <= 80 && lower <= 1 && !/[.!?]["”’]?$/u.test(t) && !/\s[—–]\s*\S/u.test(t) && DATELINE_LINE.test(t);
}

/** Lower-case words a byline or dateline holds: "By Elena Marsh and Tom Reyes", "Calif.", "de la Cruz". */
const HEADER_LOWER: ReadonlySet<string> = new Set(['and', 'of', 'the', 'for', 'de', 'da', 'del', 'la', 'le', 'van', 'von', 'der', 'bin', 'al']);

// a live blog's time stamp on a line of its own: "12:30 GMT", "9.15am", "10:05 a.m. ET"
// (minutes or "am"/"pm" make it a time: a bare "12" may be a list's number or a score)
const TIME_LINE = /^\s*\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s+(?:GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|local time))?\s*$/iu;

/** "Senator Says Tax Plan Is Dead": four or more lettered words, 80% capitalised, no closing stop or mark. */
function isTitleLine(line: string): boolean {
  const t = line.trim();
  if (t === '' || /[.!?…,;:"”’')\]—–-]$/u.test(t)) return false;
  const lettered = t.split(/\s+/u).filter((w) => /^\p{L}/u.test(w));
  return lettered.length >= 4 && lettered.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * lettered.length;
}

/** Whether `at` falls inside one of the sorted, disjoint `protect` ranges (binary search). */
function inside(protect: readonly TextRange[], at: number): boolean {
  let lo = 0;
  let hi = protect.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = protect[mid] as TextRange;
    if (at <= r.start) hi = mid - 1;
    else if (at >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Where the article's first line ends when it stands alone as a title, in any case ("Foreign
 * minister rejects sanctions call: …"): at most 200 characters, then a blank line or a byline or
 * dateline line; 0 otherwise.
 */
export const titleLineEnd: (text: string) => number = lastArticleMemo(findTitleLineEnd);

function findTitleLineEnd(text: string): number {
  // (the search stops where a title line must end, not at the first line break of a text that may have none)
  const end = text.slice(0, 201).indexOf('\n');
  if (end <= 0 || end > 200) return 0;
  if (/^\n[ \t]*\n/u.test(text.slice(end, end + 8))) return end;
  const after = text.slice(end + 1, end + 202);
  const line = after.slice(0, after.indexOf('\n') < 0 ? after.length : after.indexOf('\n'));
  return isBylineOrDateline(line) ? end : 0;
}

/** The items (name mentions) that start outside the byline and dateline lines at the head of the article. */
export function outsideHeaderLines<T extends { start: number }>(text: string, items: T[]): T[] {
  const header = headerLineEnd(text);
  return header > 0 ? items.filter((m) => m.start >= header || !inHeaderLine(text, m.start)) : items;
}

/** Where the last byline or dateline line among the article's first lines ends; 0 when it has none. */
function headerLineEnd(text: string): number {
  let end = 0;
  let from = 0;
  for (let n = 0; n < 6 && from < Math.min(text.length, 600); n++) {
    const nl = text.indexOf('\n', from);
    const line = text.slice(from, nl < 0 ? text.length : nl);
    if (isBylineOrDateline(line)) end = from + line.length;
    if (nl < 0) break;
    from = nl + 1;
  }
  return end;
}

/** Whether the line holding `at` is a byline or dateline line. */
function inHeaderLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return isBylineOrDateline(text.slice(start, nl < 0 ? text.length : nl));
}
