import type { AttributionSummary } from '../store/rows.js';
import { kindLabel, speakerLabel } from './plain-words.js';

/** What a feed says about itself: its own address (also its id), a title, and the list page it follows. */
export interface FeedHead {
  selfUrl: string;
  listUrl: string;
  title: string;
  /** The site's address, for each entry's link ("https://saidby.example"). */
  base: string;
  /** When nothing in the feed has a date: now. */
  now: Date;
}

/**
 * Characters XML 1.0 does not allow at all (most control characters, U+FFFE/FFFF, lone
 * surrogates): an article pasted with a stray \x00 must not make the whole feed unreadable.
 */
const NOT_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/** Text as XML character data or an attribute value: & < > " ' escaped, forbidden characters dropped. */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An RFC 3339 time for Atom from a stored date ("2025-02-01" -> "2025-02-01T00:00:00.000Z"); null when unreadable. */
export function atomTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** "Donald Trump: “I’ve just been informed that …”", cut at about 100 characters. */
export function entryTitle(item: Pick<AttributionSummary, 'speakerName' | 'speakerMention' | 'text'>): string {
  const words = item.text.replace(/^[“"]|[”"]$/g, '').replace(/\s+/g, ' ').trim();
  const short = words.length > 100 ? `${words.slice(0, 99).replace(/\s+\S*$/, '')}…` : words;
  return `${speakerLabel(item.speakerName, item.speakerMention)}: “${short}”`;
}

/**
 * An Atom feed (RFC 4287) of a claims-list page, newest first: one entry per record, its id
 * and link the record's page, its author the speaker, its time the article's publication (the
 * feed's time when unknown), its content the claim and where it appeared, in words.
 */
export function atomFeed(head: FeedHead, items: readonly AttributionSummary[]): string {
  const now = head.now.toISOString();
  const entries = items.map((item) => {
    const link = `${head.base}/attributions/${item.id}`;
    const updated = atomTime(item.articlePublished) ?? now;
    const where = [item.articleTitle, item.articleOutlet].filter((w): w is string => Boolean(w)).join(', ');
    const content = `${kindLabel(item.kind)}: ${item.text}${where ? ` (${where})` : ''}`;
    return [
      '  <entry>',
      `    <id>${xmlText(link)}</id>`,
      `    <title>${xmlText(entryTitle(item))}</title>`,
      `    <updated>${updated}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(link)}"/>`,
      `    <author><name>${xmlText(speakerLabel(item.speakerName, item.speakerMention))}</name></author>`,
      `    <content type="text">${xmlText(content)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  const times = items.map((i) => atomTime(i.articlePublished)).filter((t): t is string => t !== null).sort();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(head.selfUrl)}</id>`,
    `  <title>${xmlText(head.title)}</title>`,
    `  <updated>${times.at(-1) ?? now}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(head.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(head.listUrl)}"/>`,
    '  <generator>saidby</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
