import type { Request } from 'express';
import { z } from 'zod';
import { AttributionKind, ChannelType, CueKind, SourceType } from '../schema/attribution.js';
import { ReviewStatus } from '../store/rows.js';
import type { AttributionFilter, PageRequest } from '../store/store.js';
import { SEARCH_SCOPES, toSearchQuery } from '../store/search-query.js';
import { describeZodError, HttpError } from './http-error.js';

/** A blank form field means "not set": `?kind=` is no kind filter, not an invalid kind. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());
}

/** A blank correction field means "clear it" (null), e.g. no channel known. */
function clearable<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullable().optional());
}

const cursor = optional(z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER));

/** The claims list filter, shared by `/`, `/api/attributions` and `/export.csv`. */
export const FilterQuery = z.object({
  speaker: optional(z.string().trim().max(200)),
  speaker_id: optional(z.coerce.number().int().positive()),
  kind: optional(AttributionKind),
  source: optional(SourceType),
  /** "assertion" keeps to what was asserted; beliefs, intentions, questions and evidence apart. */
  claim: optional(CueKind),
  /** 'all' shows rejected records too (hidden when no status is chosen). */
  status: optional(z.enum([...ReviewStatus.options, 'all'])),
  /** Search words (search-query.ts): `deport*`, `"six hostages"`, `-trump`; one with nothing to look for is refused with the reason. */
  q: optional(z.string().trim().max(500).superRefine((q, ctx) => {
    const search = toSearchQuery(q);
    if (!search.ok) ctx.addIssue({ code: 'custom', message: search.reason });
  })),
  /** Where the words are looked for: the quote or claim (default), or with speaker and title too. */
  in: optional(z.enum(SEARCH_SCOPES)),
});

export const ListQuery = FilterQuery.extend({
  after: cursor,
  before: cursor,
  limit: optional(z.coerce.number().int().min(1).max(200)),
}).refine((v) => v.after === undefined || v.before === undefined, { message: 'use either after or before, not both' });
export type ListQuery = z.infer<typeof ListQuery>;

export const SpeakersQuery = z.object({
  name: optional(z.string().trim().max(200)),
  page: optional(z.coerce.number().int().min(1).max(10_000)),
});

export const SignInBody = z.object({
  name: z.string().trim().min(1, 'enter your user name').max(64),
  password: z.string().min(1, 'enter your password').max(1024),
  next: optional(z.string().max(2000)),
});

/** "Lena Hart, Omar Reyes" or one name a line -> ['Lena Hart', 'Omar Reyes']. */
const authorList = z
  .string()
  .max(2000)
  .transform((s) => [...new Set(s.split(/[,;\n]/).map((a) => a.trim()).filter((a) => a.length > 0))])
  .pipe(z.array(z.string().max(200)).max(50));

/** A day (2026-12-03) or a moment (2026-12-03T21:40:00-05:00), as ISO 8601 in UTC. */
const publishedDate = z
  .string()
  .trim()
  .max(64)
  .refine((s) => !Number.isNaN(Date.parse(s)), { message: 'the date is not a date (write it like 2026-12-03)' })
  .transform((s) => new Date(s).toISOString());

/** The details of an article a reviewer can give or change (the add form, the article page). */
export const ArticleDetailsBody = z.object({
  title: optional(z.string().trim().max(500)),
  outlet: optional(z.string().trim().max(200)),
  authors: optional(authorList),
  published: optional(publishedDate),
  url: optional(z.url({ protocol: /^https?$/ }).max(2000)),
});

export const ArticleBody = ArticleDetailsBody.extend({
  text: optional(z.string().max(2_000_000)),
});

export const AddressBody = z.object({
  url: z.string().trim().min(1, 'enter the address of the page').max(2000),
});

const PIECE = '[1-9]\\d{0,15}:[1-9]\\d{0,9}';

/**
 * "12:3,13:1": the other pieces of the record's statement as the page showed them (id:version),
 * sent when the reviewer lets a new speaker go to the whole statement (ReviewInput.parts).
 */
export const PartsField = optional(
  z
    .string()
    .regex(new RegExp(`^${PIECE}(,${PIECE}){0,49}$`), 'the parts of the statement are written id:version, separated by commas')
    .transform((s) => s.split(',').map((p) => {
      const [id, version] = p.split(':').map(Number) as [number, number];
      return { id, version };
    })),
);

export const ReviewBody = z.object({
  action: z.enum(['confirm', 'correct', 'reject']),
  version: z.coerce.number().int().positive(),
  note: optional(z.string().max(2000)),
  speaker: clearable(z.string().trim().max(200)),
  kind: optional(AttributionKind),
  source_type: clearable(SourceType),
  channel: clearable(ChannelType),
  channel_platform: clearable(z.string().trim().max(100)),
  reported_by: clearable(z.string().trim().max(200)),
  reported_by_type: clearable(SourceType),
  parts: PartsField,
});
export type ReviewBody = z.infer<typeof ReviewBody>;

/** Parses request input or throws a 400 whose message names the field and the problem. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new HttpError(400, describeZodError(result.error, what));
  return result.data;
}

/**
 * A list's filter from the query string; when only the search words are wrong ("!!!", "-trump"),
 * the rest of it with the words as typed (for the form) and what is wrong with them, so the page
 * can say so beside the filter instead of a bare error page (`forPage`: the client reads HTML).
 * Anything else wrong is a 400.
 */
export function parseFilterKeepingSearch<T extends z.ZodType<{ q?: string | undefined }>>(
  schema: T,
  input: Record<string, unknown>,
  forPage: boolean,
): { query: z.infer<T>; searchProblem: string | null } {
  // (a client asking for JSON gets the 400 with the field named, as every other bad filter)
  if (!forPage) return { query: parseInput(schema, input, 'filter'), searchProblem: null };
  const parsed = schema.safeParse(input);
  if (parsed.success) return { query: parsed.data, searchProblem: null };
  const typed = input['q'];
  const onlySearch = parsed.error.issues.every((i) => i.path[0] === 'q');
  if (!onlySearch || typeof typed !== 'string') return { query: parseInput(schema, input, 'filter'), searchProblem: null };
  const rest = parseInput(schema, { ...input, q: undefined }, 'filter');
  return { query: { ...rest, q: typed }, searchProblem: parsed.error.issues[0]?.message ?? 'the search words cannot be looked for' };
}

/** A numeric id from the path; anything else names no row, so it is a 404 like an unknown id. */
export function idParam(req: Request, name = 'id'): number {
  const raw = req.params[name];
  const n = typeof raw === 'string' && /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n)) throw new HttpError(404, `no such ${name === 'id' ? 'record' : name}: ${String(raw)}`);
  return n;
}

export function toFilter(q: z.infer<typeof FilterQuery>): AttributionFilter {
  return { speaker: q.speaker, speakerId: q.speaker_id, kind: q.kind, sourceType: q.source, cueKind: q.claim, status: q.status, q: q.q, searchIn: q.in };
}

export function toPage(q: ListQuery, defaultLimit = 50): PageRequest {
  return { after: q.after, before: q.before, limit: q.limit ?? defaultLimit };
}

/** The filter as query-string pairs (for links that keep it: pager, export, JSON). */
export function filterParams(q: z.infer<typeof FilterQuery>): URLSearchParams {
  const params = new URLSearchParams();
  const pairs: [string, string | number | undefined][] = [
    ['speaker', q.speaker],
    ['speaker_id', q.speaker_id],
    ['kind', q.kind],
    ['source', q.source],
    ['claim', q.claim],
    ['status', q.status],
    ['q', q.q],
    ['in', q.in],
  ];
  for (const [k, v] of pairs) if (v !== undefined && v !== '') params.set(k, String(v));
  return params;
}
