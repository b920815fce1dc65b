import { groupParts, type StatementPart, type StatementParts } from '../statements.js';
import type { Queryable } from './transaction.js';

/**
 * The pieces of each record's statement, by record id (see ../statements.ts): one query, each
 * record by its primary key and its siblings through the (article_id, position) unique index.
 */
export async function statementParts(q: Queryable, ids: readonly number[]): Promise<StatementParts> {
  if (ids.length === 0) return new Map();
  const { rows } = await q.query<StatementPart & { of: number }>(
    `SELECT m.id AS "of", p.id, p.kind, p.text, p.start, p."end", p.status, p.version,
            p.speaker_id AS "speakerId", s.name AS "speakerName"
       FROM attributions m
       JOIN attributions p ON p.article_id = m.article_id AND p.grp = m.grp
       LEFT JOIN speakers s ON s.id = p.speaker_id
      WHERE m.id = ANY($1::integer[]) AND m.grp IS NOT NULL
      ORDER BY m.id, p.start, p.id`,
    [ids],
  );
  return groupParts(rows);
}
