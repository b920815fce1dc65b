import { partsByRecord, type StatementPart, type StatementParts } from '../statements.js';
import type { Queryable } from './transaction.js';

/**
 * The pieces of each record's statement, by record id (see ../statements.ts): one query, the
 * records' distinct (article, group) pairs by primary key, then each statement's pieces through
 * the (article_id, position) unique index.
 */
export async function statementParts(q: Queryable, ids: readonly number[]): Promise<StatementParts> {
  if (ids.length === 0) return new Map();
  const { rows } = await q.query<StatementPart & { articleId: number; group: string }>(
    `SELECT p.article_id AS "articleId", p.grp AS "group", p.id, p.kind, p.text, p.start, p."end", p.status, p.version,
            p.speaker_id AS "speakerId"
       FROM (SELECT DISTINCT article_id, grp FROM attributions WHERE id = ANY($1::integer[]) AND grp IS NOT NULL) g
       JOIN attributions p ON p.article_id = g.article_id AND p.grp = g.grp`,
    [ids],
  );
  return partsByRecord(ids, rows.map(({ articleId, group, ...part }) => ({ articleId, group, part })));
}
