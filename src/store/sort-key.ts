/**
 * The claims list order packed into one safe integer, so that `ORDER BY sort_key DESC` is:
 * article day newest first, then the most recently stored article of that day, then the
 * attribution's position in its article (reading order).
 *
 *   bits 52..36  day number since 1800-01-01 (17 bits: up to the year 2158)
 *   bits 35..12  article id (24 bits: 16.7 million articles)
 *   bits 11..0   4095 - position (12 bits: 4096 attributions per article)
 *
 * 53 bits in all: the largest key is Number.MAX_SAFE_INTEGER, so JavaScript numbers carry it
 * exactly. Time of day is not part of the order (a day is the grain a fact-checker sorts by).
 */
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1800, 0, 1);
const MAX_DAY = 2 ** 17 - 1;
export const MAX_ARTICLE_ID = 2 ** 24 - 1;
export const MAX_POSITION = 2 ** 12 - 1;

/** Day number of an ISO date; unparseable dates count as day 0 (listed last). */
export function dayNumber(isoDate: string): number {
  const ms = Date.parse(isoDate);
  if (Number.isNaN(ms)) return 0;
  return Math.min(MAX_DAY, Math.max(0, Math.floor((ms - EPOCH) / DAY_MS)));
}

export function sortKey(isoDate: string, articleId: number, position: number): number {
  if (!Number.isInteger(articleId) || articleId < 1 || articleId > MAX_ARTICLE_ID) {
    throw new RangeError(`article id ${articleId} is outside the sortable range 1..${MAX_ARTICLE_ID}`);
  }
  if (!Number.isInteger(position) || position < 0 || position > MAX_POSITION) {
    throw new RangeError(`an article can hold at most ${MAX_POSITION + 1} attributions`);
  }
  return dayNumber(isoDate) * 2 ** 36 + articleId * 2 ** 12 + (MAX_POSITION - position);
}
