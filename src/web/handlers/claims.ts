import type { Request, Response } from 'express';
import { AttributionKind, CueKind, SourceType } from '../../schema/attribution.js';
import { ReviewStatus } from '../../store/rows.js';
import type { AppContext } from '../context.js';
import { FilterQuery, ListQuery, filterParams, parseFilterKeepingSearch, parseInput, toFilter, toPage } from '../params.js';
import { bulkNotice } from '../desk-params.js';
import { exportFileName } from '../../store/csv-columns.js';
import { filterWords, siteBase } from '../site-address.js';
import { statementViews } from '../statement.js';

/** GET / — the claims list: fifty per page, newest article first, with the filter form. */
export async function listClaims(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const { query, searchProblem } = parseFilterKeepingSearch(ListQuery, req.query, req.accepts(['html', 'json']) === 'html');
  const filter = toFilter(query);
  // Search words with nothing to look for ("!!!", "-trump") list nothing, and say why beside the
  // filter the reviewer typed them into, instead of a bare error page.
  const page = searchProblem ? { items: [], next: null, prev: null } : await ctx.store.listAttributionSummaries(filter, toPage(query));
  const total = searchProblem ? { count: 0, capped: false } : await ctx.store.countAttributions(filter);
  if (searchProblem) res.status(400);
  const choice = query.speaker ? await ctx.store.speakerChoice(query.speaker) : { chosen: [], didYouMean: [] };
  const matchedSpeakers = query.speaker_id ? [await ctx.store.getSpeaker(query.speaker_id)] : choice.chosen;
  const params = filterParams(query);
  // "Did you mean" links keep the other filters and name the speaker exactly, by id.
  const didYouMean = choice.didYouMean.map((s) => {
    const link = filterParams({ ...query, speaker: undefined, speaker_id: s.id });
    return { name: s.name, href: `/?${link.toString()}` };
  });
  res.render('claims', {
    title: 'Claims',
    query,
    page,
    total,
    clusters: await ctx.store.clusterSummaries(page.items.map((a) => a.id)),
    statements: statementViews(await ctx.store.statementParts(page.items.map((a) => a.id))),
    matchedSpeakers,
    didYouMean,
    filterString: params.toString(),
    notice: bulkNotice(req.query['bulk']),
    searchProblem,
    options: { kinds: AttributionKind.options, cueKinds: CueKind.options, sources: SourceType.options, statuses: ReviewStatus.options },
  });
}

/** GET /api/attributions — the same filter as JSON, a page at a time with a cursor. */
export async function apiAttributions(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const query = parseInput(ListQuery, req.query, 'filter');
  const page = await ctx.store.listAttributionsJson(toFilter(query), toPage(query));
  // With a typed speaker name, the close speakers it did not choose ("Trump supporters" for "trump").
  const didYouMean = query.speaker
    ? `,"didYouMean":${JSON.stringify((await ctx.store.speakerChoice(query.speaker)).didYouMean.map(({ id, name, type }) => ({ id, name, type })))}`
    : '';
  const items = await withClusters(ctx, page.items);
  // The items arrive as JSON text (built by SQLite): the envelope is what res.json would write.
  res.type('json').send(`{"items":[${items.join(',')}],"next":${JSON.stringify(page.next)},"prev":${JSON.stringify(page.prev)}${didYouMean}}`);
}

/**
 * Each record's JSON text with its `cluster` ({id, size, articles, earliest}, or null when no
 * other record has its words) and its `statement` ({part, of, parts: [{id, text, start, end}]}
 * in text order, or null when the record is a statement of its own) added as the last keys:
 * the texts start with `{"id":N`.
 */
async function withClusters(ctx: AppContext, items: readonly string[]): Promise<string[]> {
  const ids = items.map((item) => Number(/^\{"id":(\d+)/.exec(item)?.[1]));
  const known = ids.filter(Number.isSafeInteger);
  const clusters = await ctx.store.clusterSummaries(known);
  const statements = await ctx.store.statementParts(known);
  return items.map((item, i) => {
    const id = ids[i] as number;
    const parts = statements.get(id);
    const statement = parts
      ? { part: parts.findIndex((p) => p.id === id) + 1, of: parts.length, parts: parts.map(({ id: partId, text, start, end }) => ({ id: partId, text, start, end })) }
      : null;
    return `${item.slice(0, -1)},"cluster":${JSON.stringify(clusters.get(id) ?? null)},"statement":${JSON.stringify(statement)}}`;
  });
}

/**
 * GET /export.json — the current filter as one JSON array of every record (the machine fields
 * too), streamed like the CSV. The list's "JSON" link is this download: /api/attributions
 * gives one page of 50 at a time, which read as a whole export cut short.
 */
export async function exportJson(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const query = parseInput(FilterQuery, req.query, 'filter');
  res.status(200);
  res.type('application/json; charset=utf-8');
  res.attachment(exportFileName(await filterWords(ctx.store, query), new Date(), 'json'));
  try {
    await ctx.store.writeJson(toFilter(query), res);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    if (!res.headersSent) res.removeHeader('Content-Disposition');
    throw err;
  }
}

/**
 * GET /export.csv — the current filter as CSV, streamed: rows come from the database as the
 * socket drains, so memory stays flat for a million rows; a worker thread reads and formats
 * them (see csv-export.ts), so other requests are answered meanwhile.
 */
export async function exportCsv(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const query = parseInput(FilterQuery, req.query, 'filter');
  res.status(200);
  res.type('text/csv; charset=utf-8; header=present');
  // saidby-richard-grenell-2026-12-04.csv: the filter and the day, so downloads do not collide
  res.attachment(exportFileName(await filterWords(ctx.store, query), new Date()));
  try {
    await ctx.store.writeCsv(toFilter(query), res, { claimBase: siteBase(req) });
  } catch (err) {
    // The downloader went away mid-file: nothing to answer, nothing worth logging.
    if ((err as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    // Nothing sent yet (the database could not be opened): the error page is no download.
    if (!res.headersSent) res.removeHeader('Content-Disposition');
    throw err;
  }
}
