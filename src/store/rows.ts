import { z } from 'zod';
import { AttributionKind, ChannelType, CueKind, DoubtCode, SourceType } from '../schema/attribution.js';

/** Where a claim stands with the fact-checkers. */
export const ReviewStatus = z.enum(['unreviewed', 'confirmed', 'corrected', 'rejected']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

const id = z.number().int().positive();
const offset = z.number().int().nonnegative();

/** An article as stored: text plus the metadata found in it or given with it. */
export const ArticleRow = z.object({
  id,
  contentHash: z.string().length(64),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  authors: z.string().transform((s, ctx) => {
    const parsed = z.array(z.string()).safeParse(JSON.parse(s));
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: 'authors is not a JSON array of strings' });
      return z.NEVER;
    }
    return parsed.data;
  }),
  published: z.string().nullable(),
  url: z.string().nullable(),
  sourcePath: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
});
export type ArticleRow = z.infer<typeof ArticleRow>;

/** An article in a list: no text. */
export const ArticleSummaryRow = ArticleRow.omit({ text: true, contentHash: true }).extend({
  attributions: z.number().int().nonnegative(),
});
export type ArticleSummaryRow = z.infer<typeof ArticleSummaryRow>;

/** One attribution as the list, the review page and the export read it. */
export const AttributionRow = z.object({
  id,
  articleId: id,
  position: offset,
  sortKey: z.number().int().nonnegative(),
  kind: AttributionKind,
  text: z.string(),
  start: offset,
  end: offset,
  group: z.string().nullable(),
  speakerId: id.nullable(),
  speakerName: z.string().nullable(),
  speakerMention: z.string().nullable(),
  speakerStart: offset.nullable(),
  speakerEnd: offset.nullable(),
  sourceType: SourceType.nullable(),
  cueText: z.string().nullable(),
  cueStart: offset.nullable(),
  cueEnd: offset.nullable(),
  channelType: ChannelType.nullable(),
  channelPlatform: z.string().nullable(),
  reportedBy: z.string().nullable(),
  reportedByType: SourceType.nullable(),
  confidence: z.number(),
  rule: z.string(),
  status: ReviewStatus,
  note: z.string().nullable(),
  version: z.number().int().positive(),
  articleTitle: z.string().nullable(),
  articleOutlet: z.string().nullable(),
  articlePublished: z.string().nullable(),
  /** Why saidby thinks a human should look (the pipeline's doubt), or null. */
  doubtCode: DoubtCode.nullable(),
  doubtReason: z.string().nullable(),
  /** What kind of report the cue makes (assertion, belief, …), or null. */
  cueKind: CueKind.nullable(),
});
export type AttributionRow = z.infer<typeof AttributionRow>;

/**
 * Where each AttributionRow field is read from, in the schema's key order: one table for the
 * list query, the JSON the API sends (built by SQLite with json_object) and the row mapper.
 * Joins: `a` attributions, `ar` its article, `s` its speaker.
 */
export const ATTRIBUTION_FIELDS = [
  ['id', 'a.id'],
  ['articleId', 'a.article_id'],
  ['position', 'a.position'],
  ['sortKey', 'a.sort_key'],
  ['kind', 'a.kind'],
  ['text', 'a.text'],
  ['start', 'a.start'],
  ['end', 'a.end'],
  ['group', 'a.grp'],
  ['speakerId', 'a.speaker_id'],
  ['speakerName', 's.name'],
  ['speakerMention', 'a.speaker_mention'],
  ['speakerStart', 'a.speaker_start'],
  ['speakerEnd', 'a.speaker_end'],
  ['sourceType', 'a.source_type'],
  ['cueText', 'a.cue_text'],
  ['cueStart', 'a.cue_start'],
  ['cueEnd', 'a.cue_end'],
  ['channelType', 'a.channel_type'],
  ['channelPlatform', 'a.channel_platform'],
  ['reportedBy', 'a.reported_by'],
  ['reportedByType', 'a.reported_by_type'],
  ['confidence', 'a.confidence'],
  ['rule', 'a.rule'],
  ['status', 'a.status'],
  ['note', 'a.note'],
  ['version', 'a.version'],
  ['articleTitle', 'ar.title'],
  ['articleOutlet', 'ar.outlet'],
  ['articlePublished', 'ar.published'],
  ['doubtCode', 'a.doubt_code'],
  ['doubtReason', 'a.doubt_reason'],
  ['cueKind', 'a.cue_kind'],
] as const satisfies readonly (readonly [keyof AttributionRow, string])[];

/**
 * One list row from its cells (better-sqlite3 raw mode, ATTRIBUTION_FIELDS order), unchecked.
 * The list, the API and the export read many rows per request from our own tables, which
 * only typed code writes (ingest from the pipeline's Attribution, reviews through a zod-checked
 * form): a zod parse per row there was a third of a page's CPU. Single rows read back for a
 * review or a page of their own still go through AttributionRow.parse. An object literal, not
 * a loop over ATTRIBUTION_FIELDS: V8 builds it in one step (a test checks the two agree).
 */
export function attributionFromCells(c: readonly unknown[]): AttributionRow {
  return {
    id: c[0],
    articleId: c[1],
    position: c[2],
    sortKey: c[3],
    kind: c[4],
    text: c[5],
    start: c[6],
    end: c[7],
    group: c[8],
    speakerId: c[9],
    speakerName: c[10],
    speakerMention: c[11],
    speakerStart: c[12],
    speakerEnd: c[13],
    sourceType: c[14],
    cueText: c[15],
    cueStart: c[16],
    cueEnd: c[17],
    channelType: c[18],
    channelPlatform: c[19],
    reportedBy: c[20],
    reportedByType: c[21],
    confidence: c[22],
    rule: c[23],
    status: c[24],
    note: c[25],
    version: c[26],
    articleTitle: c[27],
    articleOutlet: c[28],
    articlePublished: c[29],
    doubtCode: c[30],
    doubtReason: c[31],
    cueKind: c[32],
  } as AttributionRow;
}

/** What a line of the claims table shows: the list pages read only these fields. */
export type AttributionSummary = Pick<
  AttributionRow,
  | 'id'
  | 'sortKey'
  | 'articleId'
  | 'kind'
  | 'text'
  | 'speakerId'
  | 'speakerName'
  | 'speakerMention'
  | 'sourceType'
  | 'cueText'
  | 'channelType'
  | 'channelPlatform'
  | 'reportedBy'
  | 'status'
  | 'articleTitle'
  | 'articleOutlet'
  | 'doubtCode'
  | 'articlePublished'
  | 'confidence'
  | 'version'
  | 'cueKind'
>;

export const SpeakerRow = z.object({
  id,
  name: z.string(),
  key: z.string(),
  type: SourceType,
});
export type SpeakerRow = z.infer<typeof SpeakerRow>;

/** A speaker in the speakers list, with how many attributions name them. */
export const SpeakerSummaryRow = SpeakerRow.extend({
  attributions: z.number().int().nonnegative(),
});
export type SpeakerSummaryRow = z.infer<typeof SpeakerSummaryRow>;

/** The fields a reviewer may correct, as recorded before and after in the audit log. */
export const ReviewableFields = z.object({
  speaker: z.string().nullable(),
  kind: AttributionKind,
  sourceType: SourceType.nullable(),
  channelType: ChannelType.nullable(),
  channelPlatform: z.string().nullable(),
  reportedBy: z.string().nullable(),
  reportedByType: SourceType.nullable(),
  status: ReviewStatus,
  note: z.string().nullable(),
  /** The record's words, kept only by a span change (older entries have none). */
  text: z.string().optional(),
});
export type ReviewableFields = z.infer<typeof ReviewableFields>;

const jsonFields = z.string().transform((s) => ReviewableFields.parse(JSON.parse(s)));

export const ReviewRow = z.object({
  id,
  attributionId: id,
  userName: z.string(),
  at: z.string(),
  /**
   * `add`: a record a reviewer added by hand; `span`: its words moved to other offsets;
   * `speaker`: its speaker changed by managing speakers (a merge, a move, "not a speaker").
   */
  action: z.enum(['confirm', 'correct', 'reject', 'add', 'span', 'speaker']),
  note: z.string().nullable(),
  before: jsonFields,
  after: jsonFields,
});
export type ReviewRow = z.infer<typeof ReviewRow>;

export const UserRow = z.object({
  id,
  name: z.string(),
  passwordHash: z.string(),
  createdAt: z.string(),
});
export type UserRow = z.infer<typeof UserRow>;

/** A line of `saidby user list`: no password hash. */
export const UserSummaryRow = z.object({
  name: z.string(),
  createdAt: z.string(),
  sessions: z.number().int().nonnegative(),
});
export type UserSummaryRow = z.infer<typeof UserSummaryRow>;

/** One written form of a speaker ("Donald J. Trump" for Donald Trump), as the speaker index reads it. */
export const SpeakerAliasRow = z.object({
  id,
  speakerId: id,
  name: z.string(),
  key: z.string(),
  /** 1: the form means this speaker wherever it is written; 0: only shown with it. */
  exact: z.union([z.literal(0), z.literal(1)]),
});
export type SpeakerAliasRow = z.infer<typeof SpeakerAliasRow>;

/** The fields a review may change, as the audit log keeps them before and after (`text` when the span changed). */
export function reviewableFields(row: AttributionRow, text?: string): ReviewableFields {
  return {
    speaker: row.speakerName,
    kind: row.kind,
    sourceType: row.sourceType,
    channelType: row.channelType,
    channelPlatform: row.channelPlatform,
    reportedBy: row.reportedBy,
    reportedByType: row.reportedByType,
    status: row.status,
    note: row.note,
    ...(text !== undefined ? { text } : {}),
  };
}

/** The fields a correction changes; status and note are the review's own, not a correction. */
const CORRECTED_FIELDS = ['speaker', 'kind', 'sourceType', 'channelType', 'channelPlatform', 'reportedBy', 'reportedByType'] as const;

/**
 * Whether `after` corrects anything in `before`. A "correct" that changes nothing (the form sent
 * back as it was) is the reviewer saying the record is right: it is kept as a confirmation, so
 * the list does not show a record as corrected when nothing in it was.
 */
export function correctsAnything(before: ReviewableFields, after: ReviewableFields): boolean {
  return CORRECTED_FIELDS.some((field) => before[field] !== after[field]);
}
