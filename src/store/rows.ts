import { z } from 'zod';
import { AttributionKind, ChannelType, SourceType } from '../schema/attribution.js';

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
});
export type AttributionRow = z.infer<typeof AttributionRow>;

export const SpeakerRow = z.object({
  id,
  name: z.string(),
  key: z.string(),
  type: SourceType,
});
export type SpeakerRow = z.infer<typeof SpeakerRow>;

/** A speaker in the speakers list: how often quoted, in how many articles. */
export const SpeakerSummaryRow = SpeakerRow.extend({
  attributions: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
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
});
export type ReviewableFields = z.infer<typeof ReviewableFields>;

const jsonFields = z.string().transform((s) => ReviewableFields.parse(JSON.parse(s)));

export const ReviewRow = z.object({
  id,
  attributionId: id,
  userName: z.string(),
  at: z.string(),
  action: z.enum(['confirm', 'correct', 'reject']),
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
