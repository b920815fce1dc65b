import type { Attribution, SourceType } from '../schema/attribution.js';
import { ARTICLE_COLUMNS, ATTRIBUTION_COLUMNS, ATTRIBUTION_JOINS } from './attribution-sql.js';
import { clustererFor, seenKey } from './clusters.js';
import { contentHash } from './content-hash.js';
import { NotFoundError } from './errors.js';
import { ArticleRow, AttributionRow } from './rows.js';
import { readingCells } from './reading-cells.js';
import { sortKey } from './sort-key.js';
import type { SqliteConn } from './sqlite-sql.js';
import type { AddArticleResult, NewArticle } from './store-types.js';

// Articles on SQLite: stored with their attributions in one transaction, read back by id.

export function findArticleByHash(c: SqliteConn, hash: string): number | null {
  const row = c.sql('SELECT id FROM articles WHERE content_hash = ?').get(hash) as
    | { id: number }
    | undefined;
  return row?.id ?? null;
}

/**
 * Stores an article and its attributions in ONE transaction: after a crash the article is
 * there with every attribution, or not at all. The same text (by content hash) is stored
 * once; the second call answers `duplicate` with the first article's id.
 */
export function addArticle(c: SqliteConn, article: NewArticle, quotes: readonly Attribution[]): AddArticleResult {
  const hash = contentHash(article.text);
  const createdAt = new Date().toISOString();
  const run = c.db.transaction((): AddArticleResult => {
    const existing = findArticleByHash(c, hash);
    if (existing !== null) {
      const n = c.sql('SELECT count(*) AS n FROM attributions WHERE article_id = ?').get(existing) as {
        n: number;
      };
      return { status: 'duplicate', articleId: existing, attributions: n.n };
    }
    const { meta } = article;
    const info = c.sql(
        `INSERT INTO articles (content_hash, title, outlet, authors, published, url, source_path, text, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        hash,
        meta.title,
        meta.outlet,
        JSON.stringify(meta.authors),
        meta.published,
        article.url ?? null,
        article.sourcePath ?? null,
        article.text,
        createdAt,
      );
    const articleId = Number(info.lastInsertRowid);
    const sortDate = meta.published ?? createdAt;
    const insert = c.sql(
      `INSERT INTO attributions (article_id, position, sort_key, extract_id, kind, text, start, end, grp,
         speaker_id, speaker_mention, speaker_start, speaker_end, source_type, cue_text, cue_start, cue_end,
         channel_type, channel_platform, reported_by, reported_by_type, confidence, rule, doubt_code, doubt_reason, cue_kind)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const search = c.sql(
      'INSERT INTO attribution_search (rowid, text, speaker, title) VALUES (?, ?, ?, ?)',
    );
    const clusterer = clustererFor(c.db);
    const seen = seenKey(meta.published, createdAt);
    clusterer.startArticle(articleId, true);
    // Reading order, whatever order the pipeline listed them in.
    const ordered = [...quotes].sort((x, y) => x.start - y.start || x.end - y.end);
    // The people this article names: a bare "Clinton" is whichever of them the article names.
    const articleNames = [...new Set(ordered.flatMap((q) => (q.speaker?.name && q.speaker.type === 'person' ? [q.speaker.name] : [])))];
    // A speaker quoted five times in an article is resolved once.
    const resolved = new Map<string, number | null>();
    const speakerIdOf = (name: string, type: SourceType): number | null => {
      const memo = `${type}\u0000${name}`;
      let id = resolved.get(memo);
      if (id === undefined) resolved.set(memo, (id = c.speakers.speakerIdFor(name, type, articleNames, articleId)));
      return id;
    };
    ordered.forEach((q, position) => {
      const key = sortKey(sortDate, articleId, position);
      // An unknown speaker (name null: "he" with nobody to refer to) gets no speaker row.
      const speakerId = q.speaker?.name ? speakerIdOf(q.speaker.name, q.speaker.type) : null;
      const info = insert.run(articleId, position, key, ...readingCells(q, speakerId));
      search.run(key, q.text, q.speaker?.name ?? '', meta.title ?? '');
      clusterer.add({ id: Number(info.lastInsertRowid), kind: q.kind, text: q.text, speakerId, articleId, seen });
    });
    return { status: 'ingested', articleId, attributions: ordered.length };
  });
  return run.immediate();
}

export function getArticle(c: SqliteConn, id: number): ArticleRow {
  const row = c.sql(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`).get(id);
  if (!row) throw new NotFoundError(`no article ${id}`);
  return ArticleRow.parse(row);
}

/** Every attribution of one article, in reading order. */
export function articleAttributions(c: SqliteConn, articleId: number): AttributionRow[] {
  const rows = c.sql(`SELECT ${ATTRIBUTION_COLUMNS} FROM attributions a ${ATTRIBUTION_JOINS} WHERE a.article_id = ? ORDER BY a.position`)
    .all(articleId);
  return rows.map((r) => AttributionRow.parse(r));
}

export function articleCount(c: SqliteConn): number {
  return (c.sql('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
}
