/**
 * Where a statement appeared and how the appearances disagree: earliest first (the article's
 * date, then when it was stored), each later one compared with the earliest, flagged when
 * another speaker is given the words or the words changed. Does not decide who is right: the
 * earliest appearance is where to start checking, not the truth.
 */
import { comparedText } from './wording.js';
import { diffWording, type Significance, type WordingDiff } from './variants.js';

/** One appearance as stored. */
export interface Appearance {
  attributionId: number;
  articleId: number;
  articleTitle: string | null;
  outlet: string | null;
  /** The article's date (ISO), null when unknown. */
  published: string | null;
  /** When the article was stored (ISO). */
  ingestedAt: string;
  url: string | null;
  kind: string;
  text: string;
  speakerId: number | null;
  speakerName: string | null;
  speakerMention: string | null;
  reportedBy: string | null;
  position: number;
}

export interface ProvenanceEntry extends Appearance {
  earliest: boolean;
  /** The words against the earliest appearance's; null on the earliest itself. */
  diff: WordingDiff | null;
  /** Given to another known speaker than the earliest appearance's. */
  differentSpeaker: boolean;
  changedWording: boolean;
  significant: Significance[];
}

export interface Provenance {
  earliest: ProvenanceEntry;
  entries: ProvenanceEntry[];
  /** How many distinct articles carry it. */
  articles: number;
  differentSpeakers: boolean;
  changedWording: boolean;
  significant: Significance[];
}

/** Time order: the article's date, else its storing time; then storing time; then the article and place in it. */
export function byFirstSeen(x: Appearance, y: Appearance): number {
  const dx = x.published ?? x.ingestedAt;
  const dy = y.published ?? y.ingestedAt;
  return (
    (dx < dy ? -1 : dx > dy ? 1 : 0) ||
    (x.ingestedAt < y.ingestedAt ? -1 : x.ingestedAt > y.ingestedAt ? 1 : 0) ||
    x.articleId - y.articleId ||
    x.position - y.position
  );
}

const ORDER: readonly Significance[] = ['number', 'negation', 'name'];

/** The appearances in time order, each compared with the earliest; null when there are none. */
export function provenanceOf(appearances: readonly Appearance[]): Provenance | null {
  const sorted = [...appearances].sort(byFirstSeen);
  const first = sorted[0];
  if (!first) return null;
  const firstWords = comparedText(first.kind, first.text);
  const significant = new Set<Significance>();
  const entries = sorted.map((a, i): ProvenanceEntry => {
    if (i === 0) return { ...a, earliest: true, diff: null, differentSpeaker: false, changedWording: false, significant: [] };
    const diff = diffWording(firstWords, comparedText(a.kind, a.text));
    for (const s of diff.significant) significant.add(s);
    const differentSpeaker = a.speakerId !== null && first.speakerId !== null && a.speakerId !== first.speakerId;
    return { ...a, earliest: false, diff, differentSpeaker, changedWording: diff.changed, significant: diff.significant };
  });
  return {
    earliest: entries[0] as ProvenanceEntry,
    entries,
    articles: new Set(entries.map((e) => e.articleId)).size,
    differentSpeakers: entries.some((e) => e.differentSpeaker),
    changedWording: entries.some((e) => e.changedWording),
    significant: ORDER.filter((s) => significant.has(s)),
  };
}
