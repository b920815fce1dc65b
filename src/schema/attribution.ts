import { z } from 'zod';

/** Who or what a speaker or relaying source is. */
export const SourceType = z.enum(['person', 'anonymous', 'government', 'organization', 'news-outlet', 'document']);
export type SourceType = z.infer<typeof SourceType>;

/** How a statement was made: a post, a speech, remarks to reporters, ... */
export const ChannelType = z.enum(['social-media', 'speech', 'remarks', 'interview', 'statement', 'document', 'report']);
export type ChannelType = z.infer<typeof ChannelType>;

/**
 * `direct`: the span is a quotation (or a run of quotations), marks included.
 * `mixed`: quoted words inside a paraphrase, or a partial quotation inside a sentence.
 * `indirect`: reported speech with no quotation marks.
 */
export const AttributionKind = z.enum(['direct', 'mixed', 'indirect']);
export type AttributionKind = z.infer<typeof AttributionKind>;

const offset = z.number().int().nonnegative();

export const Speaker = z.object({
  /** Canonical full name for the article ("Donald Trump"), or the source phrase ("US officials"). */
  name: z.string().min(1),
  /** The mention as written next to this quote ("he", "The US President", "Trump"). */
  mention: z.string().min(1),
  /** Offsets of `mention` in the original text (UTF-16, end-exclusive). */
  start: offset,
  end: offset,
  type: SourceType,
});
export type Speaker = z.infer<typeof Speaker>;

export const Cue = z.object({ text: z.string().min(1), start: offset, end: offset });
export type Cue = z.infer<typeof Cue>;

export const Channel = z.object({ type: ChannelType, platform: z.string().nullable() });
export type Channel = z.infer<typeof Channel>;

export const ReportedBy = z.object({ name: z.string().min(1), type: SourceType });
export type ReportedBy = z.infer<typeof ReportedBy>;

/**
 * The one record saidby produces. Offsets are UTF-16 code-unit offsets into the original
 * article text, end-exclusive: `text.slice(start, end) === attribution.text`. For quotations
 * the span includes the quotation marks.
 */
export const Attribution = z
  .object({
    id: z.string().min(1),
    kind: AttributionKind,
    text: z.string(),
    start: offset,
    end: offset,
    /** Pieces of one quotation split by its attribution share a group id; null when alone. */
    group: z.string().nullable(),
    speaker: Speaker.nullable(),
    cue: Cue.nullable(),
    channel: Channel.nullable(),
    reportedBy: ReportedBy.nullable(),
    /** 0..1: how sure the deciding rule is. */
    confidence: z.number().min(0).max(1),
    /** Name of the sieve or rule that decided the speaker (or found the span, when no speaker). */
    rule: z.string().min(1),
  })
  .refine((a) => a.end >= a.start, { message: 'end must not precede start' });
export type Attribution = z.infer<typeof Attribution>;

/** Something the pipeline noticed but would not guess about (unbalanced marks, ambiguous speaker). */
export const Diagnostic = z.object({
  code: z.string().min(1),
  message: z.string().min(1),
  start: offset,
  end: offset,
});
export type Diagnostic = z.infer<typeof Diagnostic>;
