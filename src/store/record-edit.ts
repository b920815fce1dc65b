import type { AttributionKind, SourceType } from '../schema/attribution.js';
import { NotFoundError, VersionConflictError } from './errors.js';
import { reviewableFields, type AttributionRow, type ReviewableFields } from './rows.js';
import { clustererFor } from './clusters.js';
import { sortKey } from './sort-key.js';
import type { Store } from './store.js';

/** A span a reviewer asks for that the article cannot give (outside the text, empty, taken). */
export class SpanError extends Error {
  override readonly name = 'SpanError';
}

/** A record a reviewer adds by hand: the words at start..end of the article, and who said them. */
export interface NewRecord {
  start: number;
  end: number;
  kind: AttributionKind;
  speaker: string | null;
  speakerType: SourceType;
  note?: string | null | undefined;
}

/**
 * Where `words` stand in `text`: the given start when the words are there, else the only place
 * they occur, else the place nearest `near`. Null when the words are not in the text.
 * findWords('a b a', 'a', null, 4) -> 4; findWords('a b a', 'a', null) -> 0 (first).
 */
export function findWords(text: string, words: string, start: number | null, near?: number): number | null {
  if (!words) return null;
  if (start !== null) return text.startsWith(words, start) ? start : null;
  const places: number[] = [];
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) places.push(at);
  if (places.length === 0) return null;
  if (near === undefined) return places[0] ?? null;
  return places.reduce((best, at) => (Math.abs(at - near) < Math.abs(best - near) ? at : best));
}

/**
 * Renumbers an article's records in reading order (start, then end) after one was added or
 * moved: positions, sort keys and their search rows, in the caller's transaction.
 */
export function renumber(store: Store, articleId: number, published: string | null, createdAt: string, title: string | null): void {
  const db = store.db;
  const rows = db
    .prepare(
      `SELECT a.id, a.text, s.name AS speaker FROM attributions a LEFT JOIN speakers s ON s.id = a.speaker_id
       WHERE a.article_id = ? ORDER BY a.start, a.end, a.id`,
    )
    .all(articleId) as { id: number; text: string; speaker: string | null }[];
  db.prepare('DELETE FROM attribution_search WHERE rowid IN (SELECT sort_key FROM attributions WHERE article_id = ?)').run(articleId);
  // Out of the way of the unique (article_id, position) and sort_key while renumbering.
  db.prepare('UPDATE attributions SET position = -id, sort_key = -id WHERE article_id = ?').run(articleId);
  const move = db.prepare('UPDATE attributions SET position = ?, sort_key = ? WHERE id = ?');
  const search = db.prepare('INSERT INTO attribution_search (rowid, text, speaker, title) VALUES (?, ?, ?, ?)');
  rows.forEach((r, position) => {
    const key = sortKey(published ?? createdAt, articleId, position);
    move.run(position, key, r.id);
    search.run(key, r.text, r.speaker ?? '', title ?? '');
  });
}

function audit(store: Store, id: number, userName: string, action: 'add' | 'span', before: ReviewableFields, after: ReviewableFields, note: string | null): void {
  store.db
    .prepare('INSERT INTO reviews (attribution_id, user_name, at, action, note, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, userName, new Date().toISOString(), action, note, JSON.stringify(before), JSON.stringify(after));
}


function checkSpan(text: string, start: number, end: number): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end)) {
    throw new SpanError(`the span ${start}..${end} is not inside the article (0..${text.length})`);
  }
  if (!text.slice(start, end).trim()) throw new SpanError('the span holds no words');
}

/**
 * Adds a record a reviewer found that saidby missed: status `corrected` (a person decided it),
 * confidence 1, rule `reviewer`; audited as `add`. Refuses a span some record already has.
 */
export function addRecord(store: Store, articleId: number, record: NewRecord, userName: string): AttributionRow {
  const run = store.db.transaction((): AttributionRow => {
    const article = store.getArticle(articleId);
    checkSpan(article.text, record.start, record.end);
    const taken = store.db
      .prepare('SELECT id FROM attributions WHERE article_id = ? AND start = ? AND end = ?')
      .get(articleId, record.start, record.end) as { id: number } | undefined;
    if (taken) throw new SpanError(`record ${taken.id} already holds exactly these words`);
    const count = store.db.prepare('SELECT count(*) FROM attributions WHERE article_id = ?').pluck(true).get(articleId) as number;
    const speakerId = record.speaker ? store.speakerIdFor(record.speaker, record.speakerType, [], articleId) : null;
    const note = record.note?.trim() || null;
    const text = article.text.slice(record.start, record.end);
    // A temporary place at the end; renumber() puts it in reading order.
    const info = store.db
      .prepare(
        `INSERT INTO attributions (article_id, position, sort_key, extract_id, kind, text, start, end, speaker_id,
           source_type, confidence, rule, status, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'reviewer', 'corrected', ?)`,
      )
      .run(articleId, -1 - count, -1e12 - Date.now(), `reviewer-${record.start}-${record.end}`, record.kind, text, record.start, record.end, speakerId, record.speaker ? record.speakerType : null, note);
    const id = Number(info.lastInsertRowid);
    renumber(store, articleId, article.published, article.createdAt, article.title);
    clustererFor(store.db).again([id]);
    const row = store.getAttribution(id);
    audit(store, id, userName, 'add', reviewableFields(row, text), reviewableFields(row, text), note);
    return row;
  });
  return run.immediate();
}

/**
 * Moves a record's words to start..end of its article (a quotation cut short, a claim that
 * runs on), at the version the reviewer saw; audited as `span` with the words before and after.
 */
export function adjustSpan(store: Store, id: number, span: { start: number; end: number; version: number }, userName: string): AttributionRow {
  const run = store.db.transaction((): AttributionRow => {
    const row = store.getAttribution(id);
    if (row.version !== span.version) {
      throw new VersionConflictError(
        `record ${id} was changed by someone else after your page was loaded; reload it to see the change, then try again`,
        row.version,
      );
    }
    const article = store.getArticle(row.articleId);
    checkSpan(article.text, span.start, span.end);
    const text = article.text.slice(span.start, span.end);
    const taken = store.db
      .prepare('SELECT id FROM attributions WHERE article_id = ? AND start = ? AND end = ? AND id <> ?')
      .get(row.articleId, span.start, span.end, id) as { id: number } | undefined;
    if (taken) throw new SpanError(`record ${taken.id} already holds exactly these words`);
    const changed = store.db
      .prepare(`UPDATE attributions SET start = ?, end = ?, text = ?, status = 'corrected', version = version + 1 WHERE id = ? AND version = ?`)
      .run(span.start, span.end, text, id, span.version);
    if (changed.changes !== 1) throw new NotFoundError(`no record ${id}`);
    renumber(store, row.articleId, article.published, article.createdAt, article.title);
    clustererFor(store.db).again([id]);
    const after = store.getAttribution(id);
    audit(store, id, userName, 'span', reviewableFields(row, row.text), reviewableFields(after, text), null);
    return after;
  });
  return run.immediate();
}
