/**
 * A pure function of an article's text, with the last article's answer kept: asked for every record
 * of one article, it is computed once. An equal copy of the text read anew (from a file or the
 * database) is equal only by content, and each comparison costs its length, so the copy last asked
 * about is kept and the next comparison is by identity.
 */
export function lastArticleMemo<T>(compute: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | null = null;
  return (text) => {
    if (last?.text !== text) last = { text, value: compute(text) };
    last.text = text;
    return last.value;
  };
}
