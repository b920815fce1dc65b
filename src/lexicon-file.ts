import { readFileSync } from 'node:fs';

/**
 * The one reader of the word lists under `data/lexicons/` (provenance in its README), shared by
 * the pipeline and the store so that each only parses what a line means to it. Format: `#` starts
 * a comment line, blank lines are ignored, `[section]` lines split a file into sections.
 */

const LEXICON_DIR = new URL('../data/lexicons/', import.meta.url);

/** The file's lines, trimmed, without blanks and comments (section headers included). */
export function lexiconLines(name: string): string[] {
  return readFileSync(new URL(name, LEXICON_DIR), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** The file's lines by `[section]`; lines before the first header are under ''. */
export function lexiconSections(name: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current = '';
  for (const line of lexiconLines(name)) {
    const head = /^\[([\w-]+)\]$/u.exec(line);
    if (head?.[1]) current = head[1];
    else {
      const lines = out.get(current);
      if (lines) lines.push(line);
      else out.set(current, [line]);
    }
  }
  return out;
}
