import { Parser } from 'htmlparser2';
import { ArticleTooComplexError } from './article-errors.js';

/** What an HTML page says about itself in its head: all optional. */
export interface HtmlMeta {
  title: string | null;
  outlet: string | null;
  authors: string[];
  published: string | null;
  url: string | null;
}

// Never article text: code, styling, navigation chrome, embedded media.
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'head',
  'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'figure',
]);

// Elements that end a paragraph: their text is separated by a blank line.
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'hr', 'address', 'figcaption',
]);

/**
 * Elements open inside each other at most. Real article pages nest a few dozen deep; 650,000
 * unclosed <i> tags (2 MB) made htmlparser2 work for over a minute, its cost growing faster
 * than the depth. Refused past this depth, an attack costs milliseconds.
 */
export const MAX_HTML_DEPTH = 1000;

/**
 * Article text and head metadata from an HTML page, read by a real HTML parser (htmlparser2):
 * entities decoded, scripts/styles/navigation dropped, each block (p, h2, li, blockquote...) a
 * paragraph separated by a blank line, runs of inline whitespace folded to one space, <br> a
 * line break. When the page has an <article>, only its content is kept.
 * Does not judge boilerplate inside the article (share prompts, "Read more" links stay).
 * Throws ArticleTooComplexError when elements nest deeper than MAX_HTML_DEPTH.
 */
export function htmlToText(html: string): { text: string; meta: HtmlMeta } {
  const meta: HtmlMeta = { title: null, outlet: null, authors: [], published: null, url: null };
  const all: string[] = [];
  const inArticle: string[] = [];
  let skipDepth = 0;
  let articleDepth = 0;
  let sawArticle = false;
  let inTitle = false;
  let titleText = '';
  let h1Text: string | null = null;
  let inH1 = false;
  let h1Buffer = '';
  // The parser's own stack: it reports every close, implied ones and void elements included.
  let depth = 0;

  const push = (s: string): void => {
    all.push(s);
    if (articleDepth > 0) inArticle.push(s);
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (++depth > MAX_HTML_DEPTH) {
          throw new ArticleTooComplexError(
            `the HTML has elements nested more than ${MAX_HTML_DEPTH.toLocaleString('en')} deep (unclosed tags?); save the page as plain text and add that instead`,
          );
        }
        if (name === 'title') inTitle = true;
        if (name === 'meta') readMeta(attrs, meta);
        if (name === 'link' && attrs['rel'] === 'canonical') meta.url ??= httpUrl(attrs['href']);
        if (SKIPPED.has(name)) {
          skipDepth++;
          return;
        }
        if (name === 'article') {
          articleDepth++;
          sawArticle = true;
        }
        if (name === 'h1' && skipDepth === 0) {
          inH1 = true;
          h1Buffer = '';
        }
        if (skipDepth > 0) return;
        if (name === 'br') push('\n');
        else if (BLOCKS.has(name)) push('\n\n');
      },
      ontext(data) {
        if (inTitle) titleText += data;
        if (skipDepth > 0) return;
        if (inH1) h1Buffer += data;
        push(data);
      },
      onclosetag(name) {
        depth--;
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (name === 'h1' && inH1) {
          inH1 = false;
          h1Text ??= fold(h1Buffer) || null;
        }
        if (skipDepth > 0) return;
        if (BLOCKS.has(name)) push('\n\n');
        if (name === 'article') articleDepth = Math.max(0, articleDepth - 1);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  meta.title ??= h1Text ?? (fold(titleText) || null);
  const text = tidy((sawArticle ? inArticle : all).join(''));
  return { text, meta };
}

function readMeta(attrs: Record<string, string>, meta: HtmlMeta): void {
  const key = (attrs['property'] ?? attrs['name'] ?? attrs['itemprop'] ?? '').toLowerCase();
  const content = attrs['content']?.trim();
  if (!key || !content) return;
  if (key === 'og:title' || key === 'twitter:title') meta.title ??= content;
  else if (key === 'og:site_name') meta.outlet ??= content;
  else if (key === 'author' || key === 'article:author') {
    if (!/^https?:/.test(content)) meta.authors.push(content);
  } else if (key === 'article:published_time' || key === 'datepublished' || key === 'pubdate') {
    meta.published ??= content;
  } else if (key === 'og:url') meta.url ??= httpUrl(content);
}

/**
 * The address when it is an absolute http(s) URL, else null: a page's metadata becomes the
 * article's "source" link, and `javascript:alert(1)` or a `data:` URL there would run or show
 * whatever the page's author chose when a reviewer clicks it. Relative addresses have no base
 * to resolve against and are dropped too.
 */
export function httpUrl(href: string | null | undefined): string | null {
  const trimmed = href?.trim();
  if (!trimmed || !URL.canParse(trimmed)) return null;
  const url = new URL(trimmed);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

function fold(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Inline whitespace folded; paragraphs separated by exactly one blank line. */
function tidy(raw: string): string {
  return raw
    .split(/\n{2,}/)
    .map((para) =>
      para
        .split('\n')
        .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
        .join('\n')
        .trim(),
    )
    .filter((para) => para.length > 0)
    .join('\n\n');
}
