import type { AttributionKind, ChannelType, CueKind, SourceType } from '../schema/attribution.js';
import type { AttributionRow, ReviewableFields, ReviewRow } from '../store/rows.js';

/** What the pages call each kind of record (the stored values are for machines). */
const KIND_LABELS: Record<AttributionKind, string> = {
  direct: 'Quote',
  mixed: 'Partial quote',
  indirect: 'Paraphrase',
};

export function kindLabel(kind: AttributionKind): string {
  return KIND_LABELS[kind];
}

const CUE_KIND_LABELS: Record<CueKind, string> = {
  assertion: 'an assertion',
  belief: 'a belief',
  intention: 'an intention or promise',
  question: 'a question',
  evidence: 'evidence (a poll, a record, a finding)',
};

/** What kind of report a record is, in words: "an assertion", "a question"; "" when unknown. */
export function cueKindLabel(kind: CueKind | null | undefined): string {
  return kind ? CUE_KIND_LABELS[kind] : '';
}

const SOURCE_LABELS: Record<SourceType, string> = {
  person: 'person',
  anonymous: 'anonymous source',
  government: 'government',
  organization: 'organization',
  'news-outlet': 'news outlet',
  document: 'document',
};

/** "news outlet" for news-outlet; "" when unknown. */
export function sourceLabel(type: SourceType | null | undefined): string {
  return type ? SOURCE_LABELS[type] : '';
}

const CHANNEL_LABELS: Record<ChannelType, string> = {
  'social-media': 'a post',
  speech: 'a speech',
  remarks: 'remarks',
  interview: 'an interview',
  statement: 'a statement',
  document: 'a document',
  report: 'a report',
};

/** "a post on Truth Social", "a speech", "" when unknown. */
export function channelLabel(type: ChannelType | null | undefined, platform?: string | null): string {
  if (!type) return platform ? `on ${platform}` : '';
  const base = CHANNEL_LABELS[type];
  return platform ? `${base} on ${platform}` : type === 'social-media' ? 'a post on social media' : base;
}

/**
 * The confidence as a fact-checker reads it. Calibrated: of records at 0.8, about eight in ten
 * are right, so "high" is four in five or better and "low" is a coin toss or worse.
 */
export function confidenceLabel(confidence: number): 'high' | 'medium' | 'low' {
  return confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low';
}

/** The speaker as shown: the name, or unknown (“he”) with the words the article used. */
export function speakerLabel(name: string | null | undefined, mention?: string | null): string {
  if (name) return name;
  return mention ? `unknown (“${mention}”)` : 'unknown';
}

type Why = Pick<AttributionRow, 'rule' | 'cueText' | 'speakerMention' | 'speakerName' | 'doubtReason'>;

const q = (s: string | null | undefined, fallback: string): string => (s ? `“${s}”` : fallback);

/**
 * Why saidby chose the speaker, one plain sentence per rule. The rule names are the pipeline's
 * (src/pipeline/sieves, claims.ts); a page never shows them.
 */
const RULE_EXPLANATIONS: Record<string, (a: Why) => string> = {
  'cue-name': (a) => `Named right next to ${q(a.cueText, 'the reporting verb')}.`,
  'apposition-title': (a) => `Named with a title or description next to ${q(a.cueText, 'the reporting verb')}.`,
  'role-noun': (a) => `${q(a.speakerMention, 'The role')} is how the article introduced ${a.speakerName ?? 'this person'} earlier.`,
  pronoun: (a) => `${q(a.speakerMention, 'The pronoun')} refers back to ${a.speakerName ?? 'the last person named'}, the nearest person named before who fits.`,
  'noun-phrase': (a) => `The source is named as written before ${q(a.cueText, 'the reporting verb')}.`,
  signature: () => 'Signed with the speaker’s name on the line after the quotation.',
  reviewer: () => 'Added by a reviewer.',
  'colon-name': () => 'The speaker’s name comes just before a colon that leads into the quotation.',
  'colon-lead': () => 'The sentence leading into the quotation with a colon names the speaker.',
  continuation: () => 'It continues the quotation just before it, with no new speaker in between.',
  'according-to': () => 'Attributed with “according to”.',
  'nearby-speaker': () => 'The sentence just before the quotation names the speaker.',
  'clause-subject': (a) => `The quoted words sit in what ${a.speakerMention ? `“${a.speakerMention}”` : 'the subject of the sentence'} ${q(a.cueText, 'did')}, with nobody else named in between.`,
  unattributed: () => 'Nothing in the text says who said it.',
  denied: (a) => `The text says ${a.speakerMention ? `“${a.speakerMention}”` : 'the one named'} did not say these words.`,
  'interview-answer': (a) => `A paragraph of a printed interview or transcript, given to ${a.speakerName ?? 'the person answering'} by ${a.speakerMention ? `“${a.speakerMention}”` : 'its label'}.`,
  'claim-svc': (a) => `Named as the one who ${q(a.cueText, 'said')} it, in the same sentence.`,
  'claim-tail': (a) => `The speaker and ${q(a.cueText, 'the reporting verb')} follow the claim.`,
  'claim-tail-inverted': (a) => `${q(a.cueText, 'The reporting verb')} and then the speaker follow the claim.`,
  'claim-parenthetical': (a) => `“${a.speakerMention ?? 'The speaker'} ${a.cueText ?? 'said'}” is set into the middle of the claim.`,
  'claim-participle': (a) => `Reported with ${q(a.cueText, 'a participle')} after the speaker’s earlier words.`,
  'claim-according-to': () => 'Attributed with “according to”.',
  'claim-according-to-front': (a) => (/^(?:view|opinion|estimation|judg(?:e)?ment|assessment|telling|reckoning)$/iu.test(a.cueText ?? '') ? `Given as the source’s ${(a.cueText ?? '').toLowerCase()} (“in their ${(a.cueText ?? '').toLowerCase()}, …”) before the claim.` : 'Attributed with “according to” before the claim.'),
  'claim-reported-by': () => 'Relayed as reported by another source.',
  'claim-headline': () => 'A headline naming its source before a colon.',
};

/** The plain reason shown beside the speaker: the pipeline's doubt when it has one, else the rule's sentence. */
export function whyThisSpeaker(a: Why): string {
  if (a.doubtReason) return a.doubtReason;
  const explain = RULE_EXPLANATIONS[a.rule];
  return explain ? explain(a) : 'Found by saidby’s attribution rules.';
}

/** Each audited field: how a sentence names it, and how it shows a value. */
const FIELD_WORDS: { [K in keyof ReviewableFields]?: [name: string, show: (v: ReviewableFields[K], mention: string | null) => string] } = {
  speaker: ['the speaker', (v, mention) => speakerLabel(v, mention)],
  kind: ['the kind', (v) => kindLabel(v)],
  sourceType: ['the speaker type', (v) => sourceLabel(v) || 'unknown'],
  channelType: ['how it was said', (v) => channelLabel(v) || 'unknown'],
  channelPlatform: ['the platform', (v) => v ?? 'none'],
  reportedBy: ['who relayed it', (v) => v ?? 'nobody'],
  reportedByType: ['the type of who relayed it', (v) => sourceLabel(v) || 'unknown'],
};

const ACTION_WORDS: Record<ReviewRow['action'], string> = {
  confirm: 'confirmed it',
  correct: 'corrected it',
  reject: 'rejected it',
  add: 'added it by hand',
  span: 'moved its words',
  speaker: 'changed the speaker',
};

/** “The budget line…” for an audit sentence: quoted, cut at 80 characters. */
const words = (text: string | undefined): string => {
  const t = text ?? '';
  return `“${t.length > 80 ? `${t.slice(0, 79)}…` : t}”`;
};

/**
 * One audit entry in plain words: "ana changed the speaker from unknown (“he”) to Derek Walsh"
 * or "ben rejected it". `mention` is how the article names the speaker, for an unknown one.
 */
export function describeReview(r: Pick<ReviewRow, 'userName' | 'action' | 'before' | 'after'>, mention: string | null = null): string {
  const changes: string[] = [];
  for (const key of Object.keys(FIELD_WORDS) as (keyof typeof FIELD_WORDS)[]) {
    const words = FIELD_WORDS[key] as [string, (v: unknown, mention: string | null) => string];
    const before = r.before[key];
    const after = r.after[key];
    if (before === after) continue;
    changes.push(`${words[0]} from ${words[1](before, mention)} to ${words[1](after, mention)}`);
  }
  if (r.before.text !== undefined && r.after.text !== undefined && r.before.text !== r.after.text) {
    changes.unshift(`the words from ${words(r.before.text)} to ${words(r.after.text)}`);
  }
  if (r.action === 'add') return `${r.userName} ${ACTION_WORDS.add}`;
  if (changes.length === 0) return `${r.userName} ${ACTION_WORDS[r.action]}`;
  const list = changes.length === 1 ? changes[0] : `${changes.slice(0, -1).join(', ')} and ${changes.at(-1)}`;
  return `${r.userName} changed ${list}${r.action === 'reject' ? ', and rejected it' : ''}`;
}

export const plainWords = { kindLabel, cueKindLabel, sourceLabel, channelLabel, confidenceLabel, speakerLabel, whyThisSpeaker, describeReview };
