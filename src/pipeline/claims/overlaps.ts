import { firstIndexAfter } from '../segment.js';
import { REPORTING_VERB_FORMS } from '../speech-lexicons.js';
import { isSpace } from '../tokens.js';
import { trimRange } from './boundaries.js';
import type { ClaimCandidate } from './context.js';

/**
 * What happens to a sentence's claims once every rule has run: the same content found twice is
 * kept once (`dropContained`), a claim stops where a coordinated clause brings the next claim's
 * own subject (`cutAtNextSubject`), and `, according to X` right after a speaker's claim becomes
 * that claim's relaying source (`attachRelays`).
 *
 * Does not look beyond the sentence: claims of different sentences never meet here.
 */

/**
 * "Six in 10 voters said Clinton is honest, and three-quarters said the same of Sanders": a claim
 * ends where a coordinated clause brings the next claim's own subject.
 */
export function cutAtNextSubject(text: string, claims: ClaimCandidate[]): ClaimCandidate[] {
  // sources sorted by start: each claim looks only at the sources inside its own (bounded) content,
  // and of those only at the ones after a comma or semicolon (and/but…): the comma before a source
  // is found once, from the text's start, and a claim starting at or before it sees the same comma
  // (the backward read never passes it), so "said said said …" has no candidate at all
  const sourced = claims
    .filter((c) => c.source)
    .sort((x, y) => (x.source?.start ?? 0) - (y.source?.start ?? 0))
    .map((c) => ({ claim: c, comma: coordinationBefore(text, 0, c.source?.start ?? 0) }))
    .filter((x) => x.comma >= 0);
  const starts = sourced.map((x) => x.claim.source?.start ?? 0);
  for (const a of claims) {
    for (let j = firstIndexAfter(starts, a.start); j < sourced.length && (starts[j] ?? 0) < a.end; j++) {
      const { claim: b, comma } = sourced[j] as { claim: ClaimCandidate; comma: number };
      // coordinationBefore(text, a.start, …) is that comma when it is at or after a.start, else -1
      if (b === a || comma < a.start) continue;
      const cut = trimRange(text, { start: a.start, end: comma });
      if (cut.end - cut.start >= 2) a.end = Math.min(a.end, cut.end);
    }
  }
  return claims;
}

/**
 * Where `text[from, to)` ends in `, and` / `; but` / `,` (a comma or semicolon, then optionally
 * and/but/while/whereas, spaces around): the offset of that comma, else -1. Read backwards from
 * `to`, as `/[,;]\s*(?:and|but|while|whereas)?\s*$/` would match, without scanning the whole
 * stretch for commas once per later source (slow on "said said said …").
 */
function coordinationBefore(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  const conjunction = COORDINATORS.find((w) => i - w.length >= from && text.startsWith(w, i - w.length));
  if (conjunction) {
    i -= conjunction.length;
    while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  }
  return i > from && (text[i - 1] === ',' || text[i - 1] === ';') ? i - 1 : -1;
}

const COORDINATORS = ['and', 'but', 'while', 'whereas'];

/** One claim per content: when two candidates overlap, the earlier-cued, longer one stays. */
export function dropContained(claims: ClaimCandidate[]): ClaimCandidate[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || b.end - a.end);
  const seen = new Set<string>();
  return sorted.filter((c) => {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `Maduro said … that CONTENT, according to Reuters`: the according-to phrase right after a
 * speaker's claim relays it (reportedBy), and is not a second claim.
 */
export function attachRelays(text: string, claims: ClaimCandidate[]): ClaimCandidate[] {
  const according = claims.filter((c) => c.rule === 'according-to');
  const others = claims.filter((c) => c.rule !== 'according-to');
  const out: ClaimCandidate[] = [...others];
  // hosts by where their content ends: the according-to phrase starts at most 4 characters later
  const byEnd = new Map<number, ClaimCandidate[]>();
  const replaced = new Set<ClaimCandidate>();
  for (const o of others) if (o.rule === 'svc' && o.source) byEnd.set(o.end, [...(byEnd.get(o.end) ?? []), o]);
  for (const a of according) {
    let host: ClaimCandidate | undefined;
    for (let d = 0; d <= 4 && !host; d++) host = byEnd.get(a.cue.start - d)?.find((o) => o.cue.start < a.cue.start && !replaced.has(o));
    if (!host) out.push(a);
    else if (REPORTING_VERB_FORMS.has(text.slice(host.cue.start, host.cue.end).toLowerCase().split(/\s+/u)[0] ?? '')) host.relayedBy = a.source;
    else {
      // "Maduro and Grenell also discussed migration, according to a government statement": what
      // they did is the statement's claim, not theirs
      replaced.add(host);
      out.push(a);
    }
  }
  return out.filter((c) => !replaced.has(c)).sort((a, b) => a.start - b.start);
}
