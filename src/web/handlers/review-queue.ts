import type { Request, Response } from 'express';
import { AttributionKind, CueKind, SourceType } from '../../schema/attribution.js';
import { type BulkResult, type Pick } from '../../store/bulk-review.js';
import { VersionConflictError } from '../../store/errors.js';
import { ReviewStatus, type AttributionRow } from '../../store/rows.js';
import type { AppContext } from '../context.js';
import { BulkBody, QueueQuery, QueueReviewBody, bulkNotice } from '../desk-params.js';
import { HttpError, wantsJson } from '../http-error.js';
import { filterParams, idParam, parseFilterKeepingSearch, parseInput, toFilter } from '../params.js';
import { passageOf, type Passage } from '../passage.js';
import { currentUser } from '../session.js';
import { statementViews } from '../statement.js';

const QUEUE_PAGE = 20;
const SUGGESTED_SPEAKERS = 150;

/** A queue card: the record, where it stands in its article, and the names to suggest for it. */
export interface QueueCard {
  a: AttributionRow;
  passage: Passage;
  /** Datalist id: one list per article on the page. */
  listId: string;
}

/** GET /review — the unreviewed records that most need a human, first, with the claims list's filter. */
export async function showQueue(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const { query, searchProblem } = parseFilterKeepingSearch(QueueQuery, req.query, req.accepts(['html', 'json']) === 'html');
  // The queue is the unreviewed records: the list's status filter does not apply here.
  const filter = { ...toFilter({ ...query, status: undefined }), status: undefined };
  // Search words with nothing to look for: no cards, and the reason beside the filter (as on the list).
  const page = searchProblem
    ? { items: [], next: null, prev: null, articleTexts: new Map<number, string>(), articleSpeakers: new Map<number, string[]>() }
    : await ctx.store.listReviewQueue(filter, { after: query.after, limit: QUEUE_PAGE });
  if (searchProblem) res.status(400);
  const parts = await ctx.store.statementParts(page.items.filter((a) => a.group !== null).map((a) => a.id));
  const cards: QueueCard[] = page.items.map((a) => ({
    a,
    passage: passageOf(page.articleTexts.get(a.articleId) ?? '', a, parts.get(a.id)),
    listId: `speakers-${a.articleId}`,
  }));
  const params = filterParams({ ...query, status: undefined });
  const top = await ctx.store.topSpeakerNames(SUGGESTED_SPEAKERS);
  // Per article: its own speakers first, then the most quoted ones.
  const suggest = [...page.articleSpeakers.keys()].map((articleId) => {
    const own = page.articleSpeakers.get(articleId) ?? [];
    return { id: `speakers-${articleId}`, names: [...own, ...top.filter((n) => !own.includes(n))] };
  });
  res.render('review', {
    title: 'Review queue',
    query,
    cards,
    page,
    suggest,
    total: searchProblem ? { count: 0, capped: false } : await ctx.store.countReviewQueue(filter),
    searchProblem,
    clusters: await ctx.store.clusterSummaries(cards.map((c) => c.a.id)),
    statements: statementViews(parts),
    filterString: params.toString(),
    notice: query.saved ? `Saved: record ${query.saved} ${query.done ?? 'reviewed'}.` : bulkNotice(req.query['bulk']),
    options: { kinds: AttributionKind.options, cueKinds: CueKind.options, sources: SourceType.options, statuses: ReviewStatus.options },
  });
}

function userOf(req: Request): string {
  const user = currentUser(req);
  if (!user) throw new HttpError(401, 'sign in as a reviewer to make changes');
  return user;
}

/** "/review?kind=direct" plus `extra` pairs, and an anchor. */
function withParams(path: string, extra: Record<string, string>, anchor = ''): string {
  const [base, search] = path.split('?', 2) as [string, string | undefined];
  const params = new URLSearchParams(search ?? '');
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const qs = params.toString();
  return `${base}${qs ? `?${qs}` : ''}${anchor}`;
}

const DONE: Record<'confirm' | 'correct' | 'reject', 'confirmed' | 'corrected' | 'rejected'> = {
  confirm: 'confirmed',
  correct: 'corrected',
  reject: 'rejected',
};

/**
 * POST /review/:id — one decision from the queue: confirm, reject, or correct the speaker (with
 * an optional note). Then back to the queue ("save & next"): the record has left it, so the
 * next one is on top; `next_id` anchors the page on the card that followed it.
 */
export async function reviewFromQueue(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const id = idParam(req);
  const body = parseInput(QueueReviewBody, req.body, 'review');
  const user = userOf(req);
  const back = body.return ?? '/review';
  // A name typed before "Confirm" is the speaker the reviewer confirms: a correction.
  const action = body.action === 'confirm' && body.speaker ? 'correct' : body.action;
  let saved: AttributionRow;
  try {
    saved = await ctx.store.review(
      id,
      {
        action,
        version: body.version,
        ...(body.note !== undefined ? { note: body.note } : {}),
        ...(action === 'correct' ? { changes: { speaker: body.speaker ?? null }, parts: body.parts } : {}),
      },
      user,
    );
  } catch (err) {
    if (!(err instanceof VersionConflictError) || wantsJson(req)) throw err;
    res.status(409).render('error', { title: '409', status: 409, message: err.message, reload: `/attributions/${id}` });
    return;
  }
  if (wantsJson(req)) {
    // The statement's pieces as they now stand: the page brings its other cards up to date.
    const parts = body.parts ? ((await ctx.store.statementParts([id])).get(id) ?? []) : [];
    const others = parts.filter((p) => p.id !== id && p.status !== 'unreviewed' && body.parts?.some((b) => b.id === p.id && b.version !== p.version));
    const withOthers = others.length > 0 ? `, with ${others.length === 1 ? 'the other part' : `the other ${others.length} parts`} of its statement` : '';
    res.json({
      saved: { id: saved.id, status: saved.status, version: saved.version, speakerName: saved.speakerName },
      parts: parts.map((p) => ({ id: p.id, status: p.status, version: p.version })),
      message: `Saved: record ${id} ${DONE[action]}${withOthers}.`,
    });
    return;
  }
  res.redirect(303, withParams(back, { saved: String(id), done: DONE[action] }, body.next_id ? `#r${body.next_id}` : ''));
}

function toPicks(raw: readonly string[]): Pick[] {
  const seen = new Set<number>();
  const picks: Pick[] = [];
  for (const p of raw) {
    const [id, version] = p.split(':').map(Number) as [number, number];
    if (seen.has(id)) throw new HttpError(400, `record ${id} is ticked twice`);
    seen.add(id);
    picks.push({ id, version });
  }
  return picks;
}

/** A bulk result in words: "12 confirmed; 2 changed by someone else since the page was loaded: 5, 9". */
export function describeBulk(result: BulkResult, action: 'confirm' | 'reject'): string {
  const done = `${result.saved.length} ${action === 'confirm' ? 'confirmed' : 'rejected'}`;
  if (result.conflicts.length === 0) return `${done}.`;
  return `${done}; ${result.conflicts.length} left as they were, changed by someone else since the page was loaded: ${result.conflicts.map((c) => c.id).join(', ')}.`;
}

/**
 * POST /review/bulk — confirm or reject every ticked record (from the list or the queue) in one
 * transaction, each audited. Records changed since the page was loaded are reported one by one
 * (409, the others saved); an unknown record changes nothing (404).
 */
export async function bulkFromList(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const body = parseInput(BulkBody, req.body, 'selection');
  const user = userOf(req);
  const result = await ctx.store.bulkReview(toPicks(body.pick), body.action, user);
  const message = describeBulk(result, body.action);
  const status = result.conflicts.length > 0 ? 409 : 200;
  if (wantsJson(req)) {
    res.status(status).json({ saved: result.saved.map((r) => ({ id: r.id, status: r.status, version: r.version })), conflicts: result.conflicts, message });
    return;
  }
  const back = body.return ?? '/';
  if (status === 200) {
    res.redirect(303, withParams(back, { bulk: `${body.action === 'confirm' ? 'confirmed' : 'rejected'}:${result.saved.length}` }));
    return;
  }
  res.status(409).render('bulk-result', { title: 'Some records changed', message, result, next: back });
}
