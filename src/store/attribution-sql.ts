import { CSV_COLUMNS } from './csv-columns.js';
import { ATTRIBUTION_FIELDS, type AttributionSummary } from './rows.js';

// The SQLite texts that read attributions and articles: columns, joins, and rows built as JSON by SQLite.

export const ATTRIBUTION_COLUMNS = `
  a.id, a.article_id AS articleId, a.position, a.sort_key AS sortKey, a.kind, a.text, a.start, a.end,
  a.grp AS "group", a.speaker_id AS speakerId, s.name AS speakerName, a.speaker_mention AS speakerMention,
  a.speaker_start AS speakerStart, a.speaker_end AS speakerEnd, a.source_type AS sourceType,
  a.cue_text AS cueText, a.cue_start AS cueStart, a.cue_end AS cueEnd,
  a.channel_type AS channelType, a.channel_platform AS channelPlatform,
  a.reported_by AS reportedBy, a.reported_by_type AS reportedByType,
  a.confidence, a.rule, a.status, a.note, a.version,
  ar.title AS articleTitle, ar.outlet AS articleOutlet, ar.published AS articlePublished,
  a.doubt_code AS doubtCode, a.doubt_reason AS doubtReason, a.cue_kind AS cueKind`;

export const ATTRIBUTION_JOINS = `
  JOIN articles ar ON ar.id = a.article_id
  LEFT JOIN speakers s ON s.id = a.speaker_id`;

/** The list row as cells (raw mode), in ATTRIBUTION_FIELDS order: see attributionFromCells. */
export const ATTRIBUTION_CELLS = ATTRIBUTION_FIELDS.map(([, sql]) => sql).join(', ');

/**
 * The list row as one JSON object text, built by SQLite: the API sends it as is. One string
 * per row crosses into JavaScript instead of thirty cells (better-sqlite3 pays per cell), and
 * no JSON.stringify runs. Same keys in the same order as JSON.stringify(AttributionRow).
 */
export const ATTRIBUTION_JSON = `json_object(${ATTRIBUTION_FIELDS.map(([key, sql]) => `'${key}', ${sql}`).join(', ')})`;

/** The SQL of each AttributionRow field (ATTRIBUTION_FIELDS), by field name. */
const FIELD_SQL: ReadonlyMap<string, string> = new Map(ATTRIBUTION_FIELDS);

/**
 * A claims-table line (AttributionSummary) as one JSON array text built by SQLite (fields in
 * SUMMARY_FIELDS order), article and speaker joined in: a whole page leaves SQLite as one
 * json_group_array text and one JSON.parse reads it. better-sqlite3 pays per row and per cell
 * handed over: 13 cells for each of 50 rows plus the article lookup took 0.59 ms of a
 * full-text page on the million-row bench database, this about 0.45. Arrays, not objects:
 * SQLite builds them faster and JSON.parse reads them in half the time.
 */
const SUMMARY_FIELDS = [
  'id', 'sortKey', 'articleId', 'kind', 'text', 'speakerId', 'speakerName', 'speakerMention', 'sourceType', 'cueText',
  'channelType', 'channelPlatform', 'reportedBy', 'status', 'articleTitle', 'articleOutlet', 'articlePublished', 'doubtCode',
  'confidence', 'version', 'cueKind',
] as const satisfies readonly (keyof AttributionSummary)[];
export const SUMMARY_JSON = `json_array(${SUMMARY_FIELDS.map((key) => FIELD_SQL.get(key)).join(', ')})`;

/** A summary from its SUMMARY_JSON cells; unchecked, like attributionFromCells (SQLite's own columns). */
export function summaryFromCells(c: unknown[]): AttributionSummary {
  return {
    id: c[0],
    sortKey: c[1],
    articleId: c[2],
    kind: c[3],
    text: c[4],
    speakerId: c[5],
    speakerName: c[6],
    speakerMention: c[7],
    sourceType: c[8],
    cueText: c[9],
    channelType: c[10],
    channelPlatform: c[11],
    reportedBy: c[12],
    status: c[13],
    articleTitle: c[14],
    articleOutlet: c[15],
    articlePublished: c[16],
    doubtCode: c[17],
    confidence: c[18],
    version: c[19],
    cueKind: c[20],
  } as AttributionSummary;
}

/**
 * How the export reads a CSV record: one JSON array text per row, built by SQLite from the
 * CSV_COLUMNS expressions (csv-columns.ts), parsed with JSON.parse. better-sqlite3 pays per
 * cell handed over, and one string plus a parse cost less than eighteen cells; a JSON text is
 * also what crosses cheaply from the export's worker thread (csv-export.ts). JSON keeps nulls
 * and any character of a text (quotes, control characters) exactly, so no separator can
 * collide with the data.
 */
export const CSV_JSON = `json_array(${CSV_COLUMNS.map(([, sql]) => sql).join(', ')})`;

export const ARTICLE_COLUMNS = `id, content_hash AS contentHash, title, outlet, authors, published, url,
  source_path AS sourcePath, text, created_at AS createdAt`;
