import { searchTerms, toSearchQuery, type SearchScope } from '../search-query.js';

/**
 * What a person types in the search box (the syntax of ../search-query.ts: words, `deport*`,
 * `"six hostages"`, `-trump`) as a PostgreSQL tsquery text, for `to_tsquery('saidby', …)`:
 * the words are stemmed there as they are in the index ("hostage" finds "hostages"), a phrase
 * is words joined by `<->` (next to each other, in order), a prefix is `:*`, a word left out is
 * `!`. Every term is required. Words hold letters and digits only (searchTerms), so no
 * tsquery operator can come from the typed text. The same queries are refused, with the
 * same reasons, as on SQLite.
 */
export type TsQuery = { ok: true; tsquery: string; scope: SearchScope } | { ok: false; reason: string };

export function toTsQuery(q: string, scope: SearchScope = 'text'): TsQuery {
  const checked = toSearchQuery(q, scope);
  if (!checked.ok) return checked;
  const parts = searchTerms(q).map((t) => {
    const words = t.words.map((w, i) => (t.prefix && i === t.words.length - 1 ? `${w}:*` : w));
    const phrase = words.length > 1 ? `(${words.join(' <-> ')})` : (words[0] as string);
    return t.exclude ? `!${phrase}` : phrase;
  });
  // Wanted terms first: a query that starts with "!" alone would read as "anything but".
  parts.sort((a, b) => Number(a.startsWith('!')) - Number(b.startsWith('!')));
  return { ok: true, tsquery: parts.join(' & '), scope };
}
