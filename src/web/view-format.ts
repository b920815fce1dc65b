import escapeHtmlText from 'escape-html';
import { alsoIn, changedWords, otherArticles } from './cluster-words.js';
import { httpUrl } from '../ingest/html-to-text.js';
import { plainWords } from './plain-words.js';
/** Formatting the templates share (app.locals.fmt). */

/** A bare date or a UTC timestamp before midnight (hour 24 is the next day). */
const UTC_ISO = /^(\d{4})-(0[1-9]|1[0-2])-(\d{2})(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?Z)?$/;
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The first ten characters of a UTC ISO string when they are a real day (Date.parse takes "02-30" as March 2). */
function utcDayOf(iso: string): string | null {
  const m = UTC_ISO.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const dayOfMonth = Number(m[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && !leap ? 28 : (MONTH_DAYS[month - 1] ?? 0);
  return dayOfMonth >= 1 && dayOfMonth <= days ? iso.slice(0, 10) : null;
}

/** "2025-02-01" from an ISO timestamp (its UTC day); the raw text when it is not a date; "" for null. */
export function day(iso: string | null | undefined): string {
  if (!iso) return '';
  // A claims page shows fifty dates, nearly all stored in UTC: those are read off the text
  // (Date.parse and toISOString cost about 2 µs), the rest go through Date.
  const utcDay = utcDayOf(iso);
  if (utcDay) return utcDay;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString().slice(0, 10);
}

/**
 * `<%= %>` output: escape-html (what Express itself uses: the five HTML specials, one regex
 * search, then a char-code loop), with null and undefined as nothing, as EJS does. EJS's own
 * escaper runs a replace with a callback on every cell; a claims page has a thousand cells and
 * this was a third of its render time.
 */
export function escapeHtml(value: unknown): string {
  return value === undefined || value === null ? '' : escapeHtmlText(String(value));
}

/** "2025-02-01 14:03 UTC" for audit entries. */
export function moment(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** One formatter for every count: Number#toLocaleString builds a new one on each call (about 20 µs). */
const THOUSANDS = new Intl.NumberFormat('en-US');

/** "1,000+" for a capped count. */
export function count(c: { count: number; capped: boolean }): string {
  return `${THOUSANDS.format(c.count)}${c.capped ? '+' : ''}`;
}

/** "news-outlet" -> "news outlet". */
export function label(value: string | null | undefined): string {
  return value ? value.replace(/-/g, ' ') : '';
}

/**
 * A stored article address fit for an href: http(s) only, so a `javascript:` URL stored before
 * ingest checked the scheme is shown as no link rather than a link that runs.
 */
export function href(url: string | null | undefined): string | null {
  return httpUrl(url);
}

/**
 * What a page calls an article: its title, or for one read without a headline "Untitled article
 * no. 12", so nobody takes a made-up name for the outlet's headline (the details form adds one).
 */
export function articleName(title: string | null | undefined, id: number): string {
  return title && title.trim() ? title : `Untitled article no. ${id}`;
}

export const fmt = { day, moment, count, label, href, articleName, alsoIn, otherArticles, changedWords, ...plainWords };
