/** Formatting the templates share (app.locals.fmt). */

/** "2025-02-01" from an ISO timestamp; the raw text when it is not a date; "" for null. */
export function day(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString().slice(0, 10);
}

/** "2025-02-01 14:03 UTC" for audit entries. */
export function moment(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "1,000+" for a capped count. */
export function count(c: { count: number; capped: boolean }): string {
  return `${c.count.toLocaleString('en-US')}${c.capped ? '+' : ''}`;
}

/** "news-outlet" -> "news outlet". */
export function label(value: string | null | undefined): string {
  return value ? value.replace(/-/g, ' ') : '';
}

export const fmt = { day, moment, count, label };
