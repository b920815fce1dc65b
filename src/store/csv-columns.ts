import { AttributionKind, ChannelType, CueKind, SourceType } from '../schema/attribution.js';
import { channelLabel, cueKindLabel, kindLabel, sourceLabel } from '../web/plain-words.js';

/**
 * The CSV a fact-checker opens in a spreadsheet: headers and values in words, the machine
 * fields (rule, offsets, version) left to the JSON API. Each column is an SQL expression over
 * `a` (attributions), `ar` (its article) and `s` (its speaker), so SQLite builds the whole
 * record as one JSON array.
 * `@claimBase` is the site's address ("https://saidby.example"), or '' for a relative link.
 */
export const CSV_COLUMNS: readonly (readonly [header: string, sql: string])[] = [
  ['Speaker', "coalesce(s.name, 'unknown' || coalesce(' (“' || a.speaker_mention || '”)', ''))"],
  ['Speaker type', sqlLabels('a.source_type', SourceType.options, (t) => capitalize(sourceLabel(t)))],
  ['Quote or claim', 'a.text'],
  ['Kind', sqlLabels('a.kind', AttributionKind.options, kindLabel)],
  ['Kind of claim', sqlLabels('a.cue_kind', CueKind.options, (k) => capitalize(cueKindLabel(k).replace(/^an? /, '')))],
  ['How it was said', sqlLabels('a.channel_type', ChannelType.options, channelWords)],
  ['Platform', 'a.channel_platform'],
  ['Relayed by', 'a.reported_by'],
  ['Article', 'ar.title'],
  ['Outlet', 'ar.outlet'],
  ['Published', 'ar.published'],
  ['Article URL', 'ar.url'],
  ['Claim link', "@claimBase || '/attributions/' || a.id"],
  // The same words in other articles (clusters.ts): how many, and where and when first seen;
  // empty when no other record has them.
  ['Also in', `(SELECT c.articles - 1 FROM cluster_members m JOIN quote_clusters c ON c.id = m.cluster_id
     WHERE m.attribution_id = a.id AND c.articles > 1)`],
  [
    'First seen',
    `(SELECT trim(coalesce(far.outlet, '') || ', ' || substr(coalesce(far.published, far.created_at), 1, 10), ', ')
      FROM cluster_members m JOIN quote_clusters c ON c.id = m.cluster_id
      JOIN attributions fa ON fa.id = c.first_id JOIN articles far ON far.id = fa.article_id
      WHERE m.attribution_id = a.id AND c.articles > 1)`,
  ],
  ['Status', 'a.status'],
  ['Reviewed by', latestReview('user_name')],
  ['Reviewed at', latestReview('at')],
  // The speaker saidby found, when a reviewer put another in its place (the first review's "before");
  // "unknown" (with the words it had, as in Speaker) when saidby named nobody and a reviewer did.
  [
    'Original speaker',
    `CASE WHEN a.status = 'corrected' THEN (
      SELECT CASE WHEN json_extract(r0.before, '$.speaker') IS NOT NULL THEN nullif(json_extract(r0.before, '$.speaker'), s.name)
        WHEN s.name IS NOT NULL THEN 'unknown' || coalesce(' (“' || a.speaker_mention || '”)', '') END
      FROM reviews r0 WHERE r0.attribution_id = a.id ORDER BY r0.id LIMIT 1) END`,
  ],
  ['Note', 'a.note'],
  // Text, so a spreadsheet shows 0.90 and not 0.9 or 0.8999999999999999
  ['Confidence', "printf('%.2f', a.confidence)"],
];

export const CSV_JOINS = `
  JOIN articles ar ON ar.id = a.article_id
  LEFT JOIN speakers s ON s.id = a.speaker_id`;

/**
 * A column of the record's latest review, read only for reviewed records: a CASE is sure to
 * skip the lookup for the rest (most of a large database). A LEFT JOIN on the latest review
 * took the 200k-row export's query from about 430 ms to 800 even though 5% were reviewed.
 */
function latestReview(column: 'user_name' | 'at'): string {
  return `CASE WHEN a.status <> 'unreviewed' THEN
    (SELECT r.${column} FROM reviews r WHERE r.attribution_id = a.id ORDER BY r.id DESC LIMIT 1) END`;
}

/** `CASE col WHEN 'direct' THEN 'Quote' … END`: a stored value in words, NULL stays NULL. */
export function sqlLabels<T extends string>(column: string, values: readonly T[], label: (value: T) => string): string {
  const whens = values.map((v) => `WHEN ${sqlString(v)} THEN ${sqlString(label(v))}`).join(' ');
  return `CASE ${column} ${whens} END`;
}

/** A string as an SQL literal: 'it''s'. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** "a speech" -> "Speech", "a post on social media" -> "Social media post": the platform has a column of its own. */
function channelWords(type: ChannelType): string {
  return capitalize(channelLabel(type).replace(/^an? /, '').replace(/^(\w+) on (.+)$/, '$2 $1'));
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The download's file name from what the list is narrowed to and the day:
 * ["Richard Grenell"] on 4 December 2026 -> `saidby-richard-grenell-2026-12-04.csv`. Letters
 * lose their accents and everything else becomes a hyphen, so the name is safe on any system;
 * with no filter it is `saidby-claims-2026-12-04.csv`.
 */
export function exportFileName(filterWords: readonly (string | null | undefined)[], day: Date, extension = 'csv'): string {
  const slug = filterWords
    .map((w) => (w ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter((w) => w !== '')
    .join('-')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `saidby-${slug || 'claims'}-${day.toISOString().slice(0, 10)}.${extension}`;
}
