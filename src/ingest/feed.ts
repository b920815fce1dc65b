import { parseFeed } from 'feedsmith';
import { z } from 'zod';
import { ArticleInputError } from './article-errors.js';
import { httpUrl } from './html-to-text.js';

/** One article a feed lists: its address, and the title the feed gives it. */
export interface FeedItem {
  url: string;
  title: string | null;
}

export interface FeedContent {
  title: string | null;
  items: FeedItem[];
}

// feedsmith gives Atom text constructs as { value } and RSS ones as strings.
const TextLike = z.union([z.string(), z.object({ value: z.string().optional() }).loose()]).optional();
const RssShape = z.object({
  title: TextLike,
  items: z.array(z.object({ title: TextLike, link: z.string().optional(), guid: z.object({ value: z.string().optional(), isPermaLink: z.boolean().optional() }).loose().optional() }).loose()).optional(),
}).loose();
const AtomShape = z.object({
  title: TextLike,
  entries: z.array(z.object({ title: TextLike, id: z.string().optional(), links: z.array(z.object({ href: z.string().optional(), rel: z.string().optional() }).loose()).optional() }).loose()).optional(),
}).loose();

function plain(value: z.infer<typeof TextLike>): string | null {
  const s = typeof value === 'string' ? value : value?.value;
  return s?.trim() || null;
}

/** True when the body looks like a feed rather than a page (the content type often says text/xml or nothing useful). */
export function looksLikeFeed(contentType: string, body: string): boolean {
  if (/(rss|atom)\+xml/i.test(contentType)) return true;
  const head = body.slice(0, 1000).replace(/^\uFEFF/, '').trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(head);
}

/**
 * The articles an RSS 2.0, RSS 1.0 or Atom feed lists, read by feedsmith, in feed order, each
 * address once. An item's address is its link (Atom: the `alternate` link, else the first), else
 * an RSS guid that is a web address; items with no http(s) address are left out.
 * Throws ArticleInputError when the text is not a feed.
 */
export function readFeed(xml: string): FeedContent {
  let parsed;
  try {
    parsed = parseFeed(xml);
  } catch (err) {
    throw new ArticleInputError(`not an RSS or Atom feed (${err instanceof Error ? err.message : String(err)})`);
  }
  const items: FeedItem[] = [];
  let title: string | null = null;
  if (parsed.format === 'atom') {
    const feed = AtomShape.parse(parsed.feed);
    title = plain(feed.title);
    for (const e of feed.entries ?? []) {
      const links = e.links ?? [];
      const link = links.find((l) => (l.rel ?? 'alternate') === 'alternate') ?? links[0];
      const url = httpUrl(link?.href) ?? httpUrl(e.id);
      if (url) items.push({ url, title: plain(e.title) });
    }
  } else if (parsed.format === 'rss' || parsed.format === 'rdf') {
    const feed = RssShape.parse(parsed.feed);
    title = plain(feed.title);
    for (const i of feed.items ?? []) {
      const url = httpUrl(i.link) ?? (i.guid?.isPermaLink === false ? null : httpUrl(i.guid?.value));
      if (url) items.push({ url, title: plain(i.title) });
    }
  } else {
    throw new ArticleInputError('a JSON feed, not RSS or Atom');
  }
  const seen = new Set<string>();
  return { title, items: items.filter((i) => !seen.has(i.url) && seen.add(i.url)) };
}
