import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { ArticleInputError } from './article-errors.js';
import { htmlToText, httpUrl } from './html-to-text.js';
import type { ArticleSource } from './article-source.js';

/** What a page's JSON-LD says about the article; every field may be missing. */
export interface LinkedDataMeta {
  title: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  url: string | null;
}

const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BlogPosting', 'Report']);

// Loose on purpose: publishers write JSON-LD by hand, and a field of the wrong shape is dropped, not the page.
const Named = z.union([z.string(), z.object({ name: z.unknown() }).loose()]);
const LdArticle = z
  .object({
    '@type': z.union([z.string(), z.array(z.string())]),
    headline: z.unknown(),
    name: z.unknown(),
    author: z.unknown(),
    publisher: z.unknown(),
    datePublished: z.unknown(),
    url: z.unknown(),
    mainEntityOfPage: z.unknown(),
  })
  .partial()
  .loose();

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((v) => {
    const parsed = Named.safeParse(v);
    if (!parsed.success) return [];
    const name = typeof parsed.data === 'string' ? parsed.data : text(parsed.data.name);
    return name ? [name.trim()] : [];
  });
}

/** Every object in a JSON-LD block: top level, arrays, and `@graph` lists. */
function ldObjects(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(ldObjects);
  if (typeof value !== 'object' || value === null) return [];
  const graph = (value as Record<string, unknown>)['@graph'];
  return [value, ...(graph === undefined ? [] : ldObjects(graph))];
}

/**
 * The NewsArticle (or Article, BlogPosting...) of a page's JSON-LD blocks: headline, publisher,
 * authors ("author": [{"@type": "Person", "name": "Ana Ruiz"}, "Ben Ode"] gives both names),
 * datePublished and url. Blocks that are not valid JSON are skipped.
 */
export function readLinkedData(blocks: readonly string[]): LinkedDataMeta {
  const meta: LinkedDataMeta = { title: null, outlet: null, authors: [], published: null, url: null };
  for (const block of blocks) {
    let json: unknown;
    try {
      json = JSON.parse(block);
    } catch {
      continue;
    }
    for (const item of ldObjects(json)) {
      const parsed = LdArticle.safeParse(item);
      if (!parsed.success) continue;
      const types = [parsed.data['@type'] ?? []].flat();
      if (!types.some((t) => ARTICLE_TYPES.has(t))) continue;
      const a = parsed.data;
      meta.title ??= text(a.headline) ?? text(a.name);
      meta.outlet ??= names(a.publisher)[0] ?? null;
      if (meta.authors.length === 0) meta.authors = names(a.author);
      meta.published ??= text(a.datePublished);
      const page = typeof a.mainEntityOfPage === 'object' && a.mainEntityOfPage !== null ? (a.mainEntityOfPage as Record<string, unknown>)['@id'] : a.mainEntityOfPage;
      meta.url ??= httpUrl(text(a.url)) ?? httpUrl(text(page));
    }
  }
  return meta;
}

function isoDate(raw: string | null | undefined): string | null {
  if (!raw || Number.isNaN(Date.parse(raw))) return null;
  return new Date(raw).toISOString();
}

/**
 * An article read from a fetched web page: the body as Mozilla's Readability finds it (navigation,
 * cookie banners, related-article lists and footers left out), its paragraphs as plain text, and
 * its details from JSON-LD first, then OpenGraph and <meta> tags, then what Readability saw.
 * The canonical address is the page's own (JSON-LD url, <link rel=canonical>, og:url), else
 * `pageUrl`. Falls back to the whole page's text when Readability finds no article.
 * Does not run the page's scripts, nor follow "next page" links of a split article.
 */
export function articleFromPage(html: string, pageUrl: string): ArticleSource {
  // The head (and the depth guard) read by the same parser as uploaded HTML.
  const whole = htmlToText(html);
  const { document } = parseHTML(html);
  const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
  const ld = readLinkedData(blocks);
  let body = whole.text;
  let byline: string | null = null;
  let siteName: string | null = null;
  let readTitle: string | null = null;
  let readPublished: string | null = null;
  try {
    const read = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { maxElemsToParse: 200_000 }).parse();
    if (read?.content) {
      const readText = htmlToText(read.content).text;
      if (readText.trim()) body = readText;
      byline = text(read.byline);
      siteName = text(read.siteName);
      readTitle = text(read.title);
      readPublished = text(read.publishedTime);
    }
  } catch (err) {
    if (err instanceof ArticleInputError) throw err;
    // Readability gives up on some pages (too many elements): the whole page's text stands.
  }
  const authors = ld.authors.length > 0 ? ld.authors : whole.meta.authors.length > 0 ? whole.meta.authors : byline ? [byline.replace(/^by\s+/i, '')] : [];
  return {
    text: body,
    title: ld.title ?? whole.meta.title ?? readTitle,
    outlet: ld.outlet ?? whole.meta.outlet ?? siteName,
    authors: [...new Set(authors)],
    published: isoDate(ld.published) ?? isoDate(whole.meta.published) ?? isoDate(readPublished),
    url: ld.url ?? whole.meta.url ?? httpUrl(pageUrl),
    sourcePath: null,
  };
}
