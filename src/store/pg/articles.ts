import type pg from 'pg';
import type { Attribution } from '../../schema/attribution.js';
import { seenKey } from '../clusters.js';
import { contentHash } from '../content-hash.js';
import { NotFoundError } from '../errors.js';
import { ArticleRow, AttributionRow, attributionFromCells } from '../rows.js';
import { readingCells } from '../reading-cells.js';
import { sortKey } from '../sort-key.js';
import type { AddArticleResult, NewArticle } from '../store-types.js';
import { PgClusterer } from './clusterer.js';
import { ATTRIBUTION_CELLS_PG, ATTRIBUTION_JOINS_PG } from './queries.js';
import { resolveSpeakerIds } from './speaker-resolve.js';
import { inTransaction, type Queryable } from './transaction.js';

// Articles on PostgreSQL: stored with their attributions in one transaction, read back by id.

const ARTICLE_COLUMNS = `id, content_hash AS "contentHash", title, outlet, authors, published, url,
  source_path AS "sourcePath", text, created_at AS "createdAt"`;

const ATTRIBUTION_INSERT_COLUMNS = [
  'article_id', 'position', 'sort_key', 'extract_id', 'kind', 'text', 'start', '"end"', 'grp',
  'speaker_id', 'speaker_mention', 'speaker_start', 'speaker_end', 'source_type', 'cue_text', 'cue_start', 'cue_end',
  'channel_type', 'channel_platform', 'reported_by', 'reported_by_type', 'confidence', 'rule', 'doubt_code', 'doubt_reason', 'cue_kind',
];

export async function findArticleByHash(q: Queryable, hash: string): Promise<number | null> {
  const { rows } = await q.query<{ id: number }>('SELECT id FROM articles WHERE content_hash = $1', [hash]);
  return rows[0]?.id ?? null;
}

async function duplicateOf(q: Queryable, articleId: number): Promise<AddArticleResult> {
  const { rows } = await q.query<{ n: number }>('SELECT count(*)::integer AS n FROM attributions WHERE article_id = $1', [articleId]);
  return { status: 'duplicate', articleId, attributions: rows[0]!.n };
}

/**
 * Stores an article and its attributions in ONE transaction, speakers resolved as on SQLite.
 * The same text (by content hash) is stored once, also when two servers store it at the same
 * moment: the unique hash makes the second wait for the first and answer `duplicate`.
 */
export function addArticle(pool: pg.Pool, article: NewArticle, quotes: readonly Attribution[]): Promise<AddArticleResult> {
  const hash = contentHash(article.text);
  const createdAt = new Date().toISOString();
  return inTransaction(pool, async (client) => {
    const { meta } = article;
    const inserted = await client.query<{ id: number }>(
      `INSERT INTO articles (content_hash, title, outlet, authors, published, url, source_path, text, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
      [hash, meta.title, meta.outlet, JSON.stringify(meta.authors), meta.published, article.url ?? null, article.sourcePath ?? null, article.text, createdAt],
    );
    const articleId = inserted.rows[0]?.id;
    if (articleId === undefined) {
      const existing = await findArticleByHash(client, hash);
      if (existing === null) throw new Error('an article with the same text was being stored and is gone; store it again');
      return duplicateOf(client, existing);
    }
    // Reading order, whatever order the pipeline listed them in.
    const ordered = [...quotes].sort((x, y) => x.start - y.start || x.end - y.end);
    // The people this article names: a bare "Clinton" is whichever of them the article names.
    const articleNames = [...new Set(ordered.flatMap((q) => (q.speaker?.name && q.speaker.type === 'person' ? [q.speaker.name] : [])))];
    const named = ordered.flatMap((q) => (q.speaker?.name ? [{ name: q.speaker.name, type: q.speaker.type }] : []));
    const ids = await resolveSpeakerIds(client, named, articleNames, articleId);
    let next = 0;
    // An unknown speaker (name null: "he" with nobody to refer to) gets no speaker row.
    const speakerIds = ordered.map((q) => (q.speaker?.name ? ids[next++]! : null));
    const sortDate = meta.published ?? createdAt;
    const rows = ordered.map((q, position) => [articleId, position, sortKey(sortDate, articleId, position), ...readingCells(q, speakerIds[position] ?? null)]);
    // A few hundred rows per statement keep well under the 65,535 parameters a statement takes.
    const width = ATTRIBUTION_INSERT_COLUMNS.length;
    const idAt: number[] = [];
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      const values = chunk.map((_, r) => `(${ATTRIBUTION_INSERT_COLUMNS.map((__, c) => `$${r * width + c + 1}`).join(', ')})`).join(', ');
      const made = await client.query<{ id: number; position: number }>(
        `INSERT INTO attributions (${ATTRIBUTION_INSERT_COLUMNS.join(', ')}) VALUES ${values} RETURNING id, position`,
        chunk.flat(),
      );
      for (const r of made.rows) idAt[r.position] = r.id;
    }
    // Each record into its cluster, in reading order, as SQLite's addArticle does.
    const clusterer = new PgClusterer(client);
    clusterer.startArticle(articleId, true);
    const seen = seenKey(meta.published, createdAt);
    for (const [position, q] of ordered.entries()) {
      await clusterer.add({ id: idAt[position]!, kind: q.kind, text: q.text, speakerId: speakerIds[position] ?? null, articleId, seen });
    }
    return { status: 'ingested', articleId, attributions: ordered.length };
  });
}

export async function getArticle(q: Queryable, id: number): Promise<ArticleRow> {
  const { rows } = await q.query(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id]);
  if (!rows[0]) throw new NotFoundError(`no article ${id}`);
  return ArticleRow.parse(rows[0]);
}

/** Every attribution of one article, in reading order. */
export async function articleAttributions(q: Queryable, articleId: number): Promise<AttributionRow[]> {
  const { rows } = await q.query({
    text: `SELECT ${ATTRIBUTION_CELLS_PG} FROM attributions a ${ATTRIBUTION_JOINS_PG} WHERE a.article_id = $1 ORDER BY a.position`,
    values: [articleId],
    rowMode: 'array',
  });
  return (rows as unknown[][]).map((cells) => AttributionRow.parse(attributionFromCells(cells)));
}

export async function articleCount(q: Queryable): Promise<number> {
  return (await q.query<{ n: number }>('SELECT count(*)::integer AS n FROM articles')).rows[0]!.n;
}

export async function totalAttributions(q: Queryable): Promise<number> {
  return (await q.query<{ n: number }>('SELECT count(*)::integer AS n FROM attributions')).rows[0]!.n;
}
