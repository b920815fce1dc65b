import { readFileSync } from 'node:fs';
import type { Attribution } from '../schema/attribution.js';

/**
 * Confidence that means what it says: the share of records like this one that were right (span
 * and speaker) on annotated news, read from `data/calibration.json` (fitted by
 * `scripts/fit-calibration.mjs`; provenance inside). "Like this one" is a key built from what the
 * record itself shows, most specific first: the kind, the rule that decided it, how its speaker
 * was found (named, resolved from a pronoun or a role, a common-noun phrase, unknown, none), and
 * whether the reporting words sit right next to the span.
 */
export function calibrationKeys(r: Attribution): string[] {
  const rule = calibratedAs(r);
  const kind = calibratedKind(r);
  const state = speakerState(r);
  const pooled = pooledKey(kind, state);
  const keys = [kind, `${kind}|${rule}`, ...(pooled ? [pooled] : []), `${kind}|${rule}|${state}`, `${kind}|${rule}|${state}|${cueReach(r)}`];
  return keys.reverse();
}

/**
 * A record with no speaker named (unknown, or none) is read, when its rule has too few such records
 * of its own, with every record of its kind that named no speaker as well as with its rule (the lower
 * of the two): a quotation whose speaker the text does not settle is not "right" as often as one the rule named
 * ("“…,” Karen said" with two Karens in the article must not carry the 0.97 of a named speaker).
 */
function pooledKey(kind: string, state: string): string | null {
  return state === 'unknown' || state === 'none' ? `${kind}|speaker-${state}` : null;
}

/**
 * Rules the annotated news never exercises, read as the rule they work like: an interview's answer
 * given to the person the introduction names is a quotation with no cue next to it given to the
 * speaker introduced before it (`continuation`); one the introduction does not settle is a
 * quotation nobody is credited with (`unattributed`), as are words the text says were not said
 * (`denied`).
 */
function calibratedAs(r: Attribution): string {
  if (r.rule === 'interview-answer') return r.speaker?.name ? 'continuation' : 'unattributed';
  if (r.rule === 'denied') return 'unattributed';
  return r.rule;
}

/** The kind the table reads a record as: words denied are measured as a quotation nobody is credited with. */
function calibratedKind(r: Attribution): string {
  return r.rule === 'denied' ? 'direct' : r.kind;
}

/** How the record's speaker was found, as the calibration table tells them apart. */
export function speakerState(r: Attribution): string {
  const s = r.speaker;
  if (!s) return 'none';
  if (s.name === null) return 'unknown';
  if (PRONOUN.test(s.mention)) return s.type === 'person' ? 'pronoun' : namedBody(s.name, s.type) ? 'pronoun-body' : 'pronoun-group';
  if (s.name !== s.mention) return 'resolved';
  if (/^[^\p{L}]*\p{Lu}/u.test(s.mention) && !/^(?:the|a|an|some|many|his|her|their)\s/iu.test(s.mention)) return 'name';
  return 'phrase';
}

/**
 * `Northwind Energy said profits fell. It said …`: "it" or "they" for a body the article named
 * ("Northwind Energy", "France", "the company"), kept apart from those for an unnamed group ("officials", "the
 * report"). The annotated news never resolves such a pronoun (its gold keeps "it"), so it cannot
 * measure these records: the key stays under the fit's minimum and the rule's own rate answers.
 */
function namedBody(name: string, type: string): boolean {
  if (type !== 'organization' && type !== 'government' && type !== 'news-outlet') return false;
  // ("the company", "The university": a body named by its head noun the sentence before)
  if (/^the\s+\p{Ll}+$/iu.test(name)) return true;
  const words = name.split(/\s+/u).filter((w) => !/^(?:of|for|and|the|de|du|la|&)$/u.test(w));
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w)) && !/^(?:The|A|An|His|Her|Its|Their|Our)$/u.test(words[0] ?? '');
}

/** `near`: cue within a few characters of the span (`,” she said`); `far`; `none`. */
function cueReach(r: Attribution): string {
  const c = r.cue;
  if (!c) return 'none';
  const gap = c.start >= r.end ? c.start - r.end : r.start >= c.end ? r.start - c.end : 0;
  return gap <= 12 ? 'near' : 'far';
}

const PRONOUN = /^(?:he|she|they|it|we|i|you)$/iu;

export interface CalibrationTable {
  /** key -> [share right, dev records behind it] */
  rates: Record<string, [number, number]>;
  /** The share right over every record, for keys the table has never seen. */
  overall: number;
}

const TABLE_URL = new URL('../../data/calibration.json', import.meta.url);

function loadTable(): CalibrationTable {
  try {
    const raw = JSON.parse(readFileSync(TABLE_URL, 'utf8')) as Partial<CalibrationTable>;
    if (raw && typeof raw.overall === 'number' && raw.rates && typeof raw.rates === 'object') return { rates: raw.rates, overall: raw.overall };
  } catch {
    // a checkout without the fitted table still extracts; every record then gets the overall prior
  }
  return { rates: {}, overall: 0.5 };
}

const TABLE = loadTable();

/** The calibrated confidence of `r`: the rate of its most specific key the table knows. */
export function calibratedConfidence(r: Attribution, table: CalibrationTable = TABLE): number {
  // `calibrationKeys` in its order, each key built only when the more specific ones missed (the
  // most specific one answers for most records)
  const rule = calibratedAs(r);
  const state = speakerState(r);
  const kind = calibratedKind(r);
  const own = rateOf(table, `${kind}|${rule}|${state}|${cueReach(r)}`) ?? rateOf(table, `${kind}|${rule}|${state}`);
  if (own) return round(own[0]);
  const general = rateOf(table, `${kind}|${rule}`) ?? rateOf(table, kind);
  const rate = general ? general[0] : table.overall;
  // an unsettled speaker of a rule with too few such records is no surer than its rule, nor than
  // every unsettled speaker of its kind
  const pooled = pooledKey(kind, state);
  const unsettled = pooled ? rateOf(table, pooled) : null;
  return round(unsettled ? Math.min(rate, unsettled[0]) : rate);
}

function rateOf(table: CalibrationTable, key: string): [number, number] | null {
  return table.rates[key] || null;
}

function round(p: number): number {
  return Math.min(1, Math.max(0, Math.round(p * 1000) / 1000));
}
