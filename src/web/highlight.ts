import escapeHtml from 'escape-html';
import type { AttributionRow } from '../store/rows.js';


/** `part`: another piece of the shown record's statement, marked more lightly. */
type MarkKind = 'quote' | 'speaker' | 'cue' | 'part';

/** Where another piece of a statement stands in the text shown. */
export interface PartSpan {
  id: number;
  start: number;
  end: number;
}

interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  attributionId: number;
}

/** The spans to mark for one attribution; spans outside the text are dropped, not guessed. */
function marksOf(a: AttributionRow, length: number): Mark[] {
  const spans: [number | null, number | null, MarkKind][] = [
    [a.start, a.end, 'quote'],
    [a.speakerStart, a.speakerEnd, 'speaker'],
    [a.cueStart, a.cueEnd, 'cue'],
  ];
  return spans
    .filter((s): s is [number, number, MarkKind] => s[0] !== null && s[1] !== null && s[0] >= 0 && s[0] < s[1] && s[1] <= length)
    .map(([start, end, kind]) => ({ start, end, kind, attributionId: a.id }));
}

/**
 * The article text as HTML with every attribution marked in place: quote/claim spans, speaker
 * mentions and cues get different classes. Spans may overlap or nest (a cue inside an
 * indirect claim), so the text is cut at every span boundary and each piece carries the
 * classes of all spans covering it. Every piece of text is escaped; the only markup is ours.
 * Quote pieces link to their attribution's review page; `parts`, the other pieces of a shown
 * record's statement, are marked `hl-part` and link to theirs.
 */
export function highlightArticle(text: string, attributions: readonly AttributionRow[], parts: readonly PartSpan[] = []): string {
  const marks = attributions.flatMap((a) => marksOf(a, text.length));
  // A piece running out of the text shown is marked as far as it is shown.
  for (const p of parts) {
    const start = Math.max(0, p.start);
    const end = Math.min(text.length, p.end);
    if (start < end) marks.push({ start, end, kind: 'part', attributionId: p.id });
  }
  // Sweep over the boundaries, keeping the set of spans open at each point: linear in the
  // number of pieces, so a long article with thousands of attributions stays fast.
  const opening = new Map<number, Mark[]>();
  const closing = new Map<number, Mark[]>();
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
    opening.set(m.start, [...(opening.get(m.start) ?? []), m]);
    closing.set(m.end, [...(closing.get(m.end) ?? []), m]);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const open = new Set<Mark>();
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    for (const m of closing.get(from) ?? []) open.delete(m);
    for (const m of opening.get(from) ?? []) open.add(m);
    const piece = escapeHtml(text.slice(from, to));
    if (open.size === 0) {
      html += piece;
      continue;
    }
    const covering = [...open];
    const kinds = [...new Set(covering.map((m) => m.kind))].sort();
    const classes = ['hl', ...kinds.map((k) => `hl-${k}`)].join(' ');
    const quote = covering.find((m) => m.kind === 'quote') ?? covering.find((m) => m.kind === 'part');
    const owner = quote ?? covering[0]!;
    html += quote
      ? `<a class="${classes}" href="/attributions/${owner.attributionId}" data-attribution="${owner.attributionId}">${piece}</a>`
      : `<span class="${classes}" data-attribution="${owner.attributionId}">${piece}</span>`;
  }
  return html;
}
