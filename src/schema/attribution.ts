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
  /**
   * Canonical full name for the article ("Donald Trump"), or the source phrase ("US officials").
   * `null` when the text does not settle who it is: the mention is kept as written ("he") and the
   * record's `doubt` says why. An unknown speaker is never stored as a person called "he".
   */
  name: z.string().min(1).nullable(),
  /** The mention as written next to this quote ("he", "The US President", "Trump"). */
  mention: z.string().min(1),
  /** Offsets of `mention` in the original text (UTF-16, end-exclusive). */
  start: offset,
  end: offset,
  type: SourceType,
});
export type Speaker = z.infer<typeof Speaker>;

/**
 * What kind of report a cue makes: `assertion` (said, told, according to), `belief` (believes, is
 * confident that), `intention` (plans to, vowed to), `question` (asked whether) or `evidence` (a
 * poll showed, records indicate).
 */
export const CueKind = z.enum(['assertion', 'belief', 'intention', 'question', 'evidence']);
export type CueKind = z.infer<typeof CueKind>;

export const Cue = z.object({ text: z.string().min(1), start: offset, end: offset });
export type Cue = z.infer<typeof Cue>;

export const Channel = z.object({ type: ChannelType, platform: z.string().nullable() });
export type Channel = z.infer<typeof Channel>;

export const ReportedBy = z.object({ name: z.string().min(1), type: SourceType });
export type ReportedBy = z.infer<typeof ReportedBy>;

/**
 * Why a record needs a human look: `unresolved-speaker` (a pronoun or description with nobody in
 * the text it can refer to), `ambiguous-speaker` (two people fit equally), `no-speaker` (nobody is
 * named), `low-confidence` (the rule that decided it is often wrong).
 */
export const DoubtCode = z.enum(['unresolved-speaker', 'ambiguous-speaker', 'no-speaker', 'low-confidence']);
export type DoubtCode = z.infer<typeof DoubtCode>;

/** A reason for review, in plain words for the review desk ("“he” could be Ana Ortiz or Raj Patel"). */
export const Doubt = z.object({ code: DoubtCode, reason: z.string().min(1) });
export type Doubt = z.infer<typeof Doubt>;

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
    /** The kind of report the cue makes; null when there is no cue. */
    cueKind: CueKind.nullable(),
    channel: Channel.nullable(),
    reportedBy: ReportedBy.nullable(),
    /**
     * 0..1: the probability that the record is right (span and speaker), calibrated on annotated
     * news (`data/calibration.json`): of records at 0.8, about eight in ten are right.
     */
    confidence: z.number().min(0).max(1),
    /** Why a human should look at this record, or null when nothing stands out. */
    doubt: Doubt.nullable(),
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
