/**
 * What a person types in the search box, as an FTS5 query. The syntax, kept small:
 *   hostages          a word; its other forms count too (the index stems: "hostage" finds "hostages")
 *   deport*           words starting so (deport, deported, deportation)
 *   "six hostages"    those words together, in this order
 *   -trump            leaves out records with the word
 * Words are all required. Everything else (AND, OR, NEAR, parentheses, column names) is plain
 * text: a word is always quoted before it reaches FTS5, so no operator can slip through.
 */

/** Where the words are looked for: the quote or claim (the default), or with the speaker and the title too. */
export type SearchScope = 'text' | 'all';
export const SEARCH_SCOPES = ['text', 'all'] as const satisfies readonly SearchScope[];

export type SearchQuery = { ok: true; fts: string } | { ok: false; reason: string };

interface Term {
  words: string[];
  prefix: boolean;
  exclude: boolean;
}

/** `"six hostages"`, `-"a b"`, `-word`, `word*`, `word`: one term each, in order. */
const TERM = /(-?)"([^"]*)"?|(-?)([^\s"]+)/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** The terms of a typed query; a term with no letter or digit (a lone `-`, `*`, `"!"`) is dropped. */
export function searchTerms(q: string): Term[] {
  const terms: Term[] = [];
  for (const m of q.matchAll(TERM)) {
    const phrase = m[2];
    const raw = phrase ?? m[4] ?? '';
    const words = (raw.match(WORD) ?? []).map((w) => w.toLowerCase());
    if (words.length === 0) continue;
    const exclude = (phrase !== undefined ? m[1] : m[3]) === '-';
    // A star counts at the end of a bare word only: "deport*" yes, "\"six hostage*\"" is a phrase as typed.
    const prefix = phrase === undefined && raw.endsWith('*');
    terms.push({ words, prefix, exclude });
  }
  return terms;
}

/** One term as an FTS5 phrase: `"six hostages"`, `"deport" *`. Words hold letters and digits only. */
function ftsPhrase(t: Term): string {
  return `"${t.words.join(' ')}"${t.prefix ? ' *' : ''}`;
}

/**
 * The FTS5 query of what was typed, searched in `scope`; a reason in words when there is
 * nothing to search for. "Trump's envoy -grenell" in the text:
 * `{text} : ("trump s" "envoy") NOT {text} : ("grenell")`.
 */
export function toSearchQuery(q: string, scope: SearchScope = 'text'): SearchQuery {
  const terms = searchTerms(q);
  const wanted = terms.filter((t) => !t.exclude);
  const unwanted = terms.filter((t) => t.exclude);
  if (wanted.length === 0) {
    return {
      ok: false,
      reason: unwanted.length > 0
        ? 'the search only says what to leave out: add a word to look for'
        : 'the search has no letters or digits to look for',
    };
  }
  const columns = scope === 'text' ? '{text} : ' : '';
  const group = (ts: Term[]): string => `${columns}(${ts.map(ftsPhrase).join(' ')})`;
  const fts = [group(wanted), ...unwanted.map((t) => group([t]))].join(' NOT ');
  return { ok: true, fts };
}
