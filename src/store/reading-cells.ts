import type { Attribution } from '../schema/attribution.js';

/** A value bound to a statement parameter, on either engine. */
export type Cell = string | number | null;

/**
 * The attribution cells a pipeline reading sets, in the stored column order from `extract_id`
 * (the pipeline's id) to `cue_kind`: what storing an article and re-reading it write, on either
 * engine (the column lists are in articles.ts, articles-admin.ts and their pg/ counterparts).
 */
export function readingCells(q: Attribution, speakerId: number | null): Cell[] {
  return [
    q.id, q.kind, q.text, q.start, q.end, q.group, speakerId, q.speaker?.mention ?? null, q.speaker?.start ?? null,
    q.speaker?.end ?? null, q.speaker?.type ?? null, q.cue?.text ?? null, q.cue?.start ?? null, q.cue?.end ?? null,
    q.channel?.type ?? null, q.channel?.platform ?? null, q.reportedBy?.name ?? null, q.reportedBy?.type ?? null,
    q.confidence, q.rule, q.doubt?.code ?? null, q.doubt?.reason ?? null, q.cueKind ?? null,
  ];
}
