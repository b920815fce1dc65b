/**
 * Plain prose from Markdown, line by line: heading marks, list bullets, block-quote marks,
 * emphasis markers and link/image syntax go, their words stay ("[the post](https://x)" ->
 * "the post"). The first `# ` heading is the title. Not a full CommonMark parser: tables,
 * HTML blocks and reference links pass through as text.
 */
export function markdownToText(markdown: string): { text: string; title: string | null } {
  let title: string | null = null;
  let inFence = false;
  const lines: string[] = [];
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      lines.push(raw);
      continue;
    }
    let line = raw;
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      line = heading[1] ?? '';
      if (title === null && /^\s{0,3}#\s/.test(raw)) title = inline(line).trim() || null;
    }
    line = line
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/^\s*([-*_])(\s*\1){2,}\s*$/, '');
    lines.push(inline(line));
  }
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text, title };
}

function inline(line: string): string {
  // The lazy patterns below are quadratic on a pathological line; a line this long is data, not prose markup.
  if (line.length > 20_000) return line;
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
}
