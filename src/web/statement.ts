import escapeHtml from 'escape-html';
import type { ReviewStatus } from '../store/rows.js';
import type { StatementPart, StatementParts } from '../store/statements.js';

/** Another piece of the statement, as a link to its own record. */
export interface OtherPart {
  id: number;
  /** Its place in the statement, from 1. */
  n: number;
  status: ReviewStatus;
}

/**
 * A record that is one piece of a statement given in several, as a page shows it: the statement
 * read together with this piece marked, where the piece stands, and links to the others.
 */
export interface StatementView {
  /** This record's place in the statement, from 1, and how many pieces there are. */
  n: number;
  of: number;
  /** "Part 2 of 3 of one statement". */
  label: string;
  /** The pieces in text order joined by " … ", this one in <mark>, the others linking to their records; escaped. */
  html: string;
  /** The same with the other pieces cut to a few words each, for a one-line list row: this piece stays whole. */
  shortHtml: string;
  others: OtherPart[];
  /** The other pieces as "id:version", what the speaker form sends to give them the same speaker. */
  otherVersions: string;
  /** How many other pieces name another speaker than this record (the form offers to align them). */
  otherSpeakers: number;
}

/** Where one piece ends and the next begins: the words between are the writer's, left out. */
const GAP = '<span class="st-gap" title="words of the article between the parts"> … </span>';
/** How much of another piece a one-line row keeps. */
const SHORT_CHARS = 40;

/** The last (or first) `max` characters of a piece, cut at a word, with an ellipsis where cut. */
function clipped(text: string, max: number, keep: 'head' | 'tail'): string {
  if (text.length <= max) return text;
  if (keep === 'head') {
    const cut = text.lastIndexOf(' ', max);
    return `${text.slice(0, cut > 0 ? cut : max).trimEnd()}…`;
  }
  const cut = text.indexOf(' ', text.length - max);
  return `…${text.slice(cut > 0 ? cut + 1 : text.length - max).trimStart()}`;
}

function joined(parts: readonly StatementPart[], self: number, short: boolean): string {
  const at = parts.findIndex((p) => p.id === self);
  return parts
    .map((p, i) => {
      if (p.id === self) return `<mark class="st-this">${escapeHtml(p.text)}</mark>`;
      const text = short ? clipped(p.text, SHORT_CHARS, i < at ? 'tail' : 'head') : p.text;
      return short
        ? `<span class="st-part">${escapeHtml(text)}</span>`
        : `<a class="st-part" href="/attributions/${p.id}" title="part ${i + 1}: record ${p.id}">${escapeHtml(text)}</a>`;
    })
    .join(GAP);
}

/** The statement view of record `id` among its pieces (text order), or null when it was given whole. */
export function statementView(id: number, parts: readonly StatementPart[] | undefined): StatementView | null {
  if (!parts || parts.length < 2) return null;
  const at = parts.findIndex((p) => p.id === id);
  if (at < 0) return null;
  const self = parts[at] as StatementPart;
  const others = parts.flatMap((p, i) => (p.id === id ? [] : [{ id: p.id, n: i + 1, status: p.status }]));
  return {
    n: at + 1,
    of: parts.length,
    label: `Part ${at + 1} of ${parts.length} of one statement`,
    html: joined(parts, id, false),
    shortHtml: joined(parts, id, true),
    others,
    otherVersions: parts.filter((p) => p.id !== id).map((p) => `${p.id}:${p.version}`).join(','),
    otherSpeakers: parts.filter((p) => p.id !== id && p.speakerId !== self.speakerId).length,
  };
}

/** The statement views of a page's records, by record id: the records given whole are left out. */
export function statementViews(parts: StatementParts): Map<number, StatementView> {
  const views = new Map<number, StatementView>();
  for (const [id, pieces] of parts) {
    const view = statementView(id, pieces);
    if (view) views.set(id, view);
  }
  return views;
}
