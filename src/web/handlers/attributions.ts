import type { Request, Response } from 'express';
import { AttributionKind, ChannelType, SourceType } from '../../schema/attribution.js';
import type { AttributionRow } from '../../store/rows.js';
import type { ReviewInput } from '../../store/store.js';
import { highlightArticle, type PartSpan } from '../highlight.js';
import type { StatementPart } from '../../store/statements.js';
import type { AppContext } from '../context.js';
import { HttpError, wantsJson } from '../http-error.js';
import { VersionConflictError } from '../../store/errors.js';
import { moment } from '../view-format.js';
import { ReviewBody, idParam, parseInput } from '../params.js';
import { currentUser } from '../session.js';
import { statementView } from '../statement.js';

const CONTEXT_CHARS = 400;

/** GET /attributions/:id — one claim in context, the review form and its audit log. */
export async function showAttribution(ctx: AppContext, req: Request, res: Response): Promise<void> {
  await renderAttribution(ctx, res, idParam(req), null, req.query['saved'] === '1');
}

/**
 * A review the reviewer sent from a page that was out of date: what they chose and typed, put
 * back in the form of the record as it is now, so nothing they wrote is lost.
 */
interface StaleReview {
  message: string;
  draft: ReviewBody;
}

async function renderAttribution(ctx: AppContext, res: Response, id: number, stale: StaleReview | null = null, saved = false): Promise<void> {
  const attribution = await ctx.store.getAttribution(id);
  const article = await ctx.store.getArticle(attribution.articleId);
  const parts = (await ctx.store.statementParts([id])).get(id);
  const from = Math.max(0, attribution.start - CONTEXT_CHARS);
  const to = Math.min(article.text.length, attribution.end + CONTEXT_CHARS);
  res.render('attribution', {
    title: `Claim ${id}`,
    a: attribution,
    article,
    rating: (await ctx.store.claimRating(id))?.rating ?? '',
    cluster: (await ctx.store.clusterSummaries([id])).get(id) ?? null,
    statement: statementView(id, parts),
    // The passage around the claim, marked like the article page (offsets moved into the window).
    context: {
      clippedBefore: from > 0,
      clippedAfter: to < article.text.length,
      html: highlightArticle(article.text.slice(from, to), [shiftSpans(attribution, from)], otherParts(parts, id, from)),
    },
    reviews: await ctx.store.reviews(id),
    stale,
    // After a save the page looks much as before: say that it was saved, and where to go on.
    saved: saved && attribution.status !== 'unreviewed',
    // The speaker field suggests the article's speakers, then the most quoted ones.
    suggest: await speakerSuggestions(ctx, attribution.articleId),
    options: { kinds: AttributionKind.options, sources: SourceType.options, channels: ChannelType.options },
  });
}

async function speakerSuggestions(ctx: AppContext, articleId: number): Promise<string[]> {
  const own = (await ctx.store.speakersOfArticles([articleId])).get(articleId) ?? [];
  return [...own, ...(await ctx.store.topSpeakerNames(150)).filter((n) => !own.includes(n))];
}

/** The other pieces of the record's statement, offsets moved into the window that starts at `by`. */
function otherParts(parts: readonly StatementPart[] | undefined, id: number, by: number): PartSpan[] {
  return (parts ?? []).filter((p) => p.id !== id).map((p) => ({ id: p.id, start: p.start - by, end: p.end - by }));
}

function shiftSpans(a: AttributionRow, by: number): AttributionRow {
  const shift = (n: number | null): number | null => (n === null ? null : n - by);
  return {
    ...a,
    start: a.start - by,
    end: a.end - by,
    speakerStart: shift(a.speakerStart),
    speakerEnd: shift(a.speakerEnd),
    cueStart: shift(a.cueStart),
    cueEnd: shift(a.cueEnd),
  };
}

function toReviewInput(body: ReviewBody): ReviewInput {
  const changes: NonNullable<ReviewInput['changes']> = {};
  if (body.speaker !== undefined) changes.speaker = body.speaker;
  if (body.kind !== undefined) changes.kind = body.kind;
  if (body.source_type !== undefined) changes.sourceType = body.source_type;
  if (body.channel !== undefined) changes.channelType = body.channel;
  if (body.channel_platform !== undefined) changes.channelPlatform = body.channel_platform;
  if (body.reported_by !== undefined) changes.reportedBy = body.reported_by;
  if (body.reported_by_type !== undefined) changes.reportedByType = body.reported_by_type;
  return { action: body.action, version: body.version, note: body.note ?? null, changes, parts: body.parts };
}

/** Who changed the record, and when, in words: the reviewer decides whether their edit still holds. */
async function staleMessage(ctx: AppContext, id: number): Promise<string> {
  const last = (await ctx.store.reviews(id)).at(-1);
  const who = last ? `${last.userName} changed this record at ${moment(last.at)}` : 'Someone changed this record';
  return `Not saved: ${who}, after you opened it. It is shown below as it is now (see its history); your decision, corrections and note are still in the Review form below. Check them against the change and save again.`;
}

/**
 * POST /attributions/:id/review — confirm, correct or reject, with a note. The form carries
 * the version it was rendered from; a stale one is refused with 409 (VersionConflictError): to
 * a browser, as the record's page with the reviewer's answers still in the form.
 */
export async function reviewAttribution(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const id = idParam(req);
  const body = parseInput(ReviewBody, req.body, 'review');
  const user = currentUser(req);
  if (!user) throw new HttpError(401, 'sign in as a reviewer to make changes');
  let updated: AttributionRow;
  try {
    updated = await ctx.store.review(id, toReviewInput(body), user);
  } catch (err) {
    // A browser posting the plain form would otherwise land on an error page and lose the
    // corrections and note just typed: show the record as it now is, with them still in the form.
    if (!(err instanceof VersionConflictError) || wantsJson(req)) throw err;
    res.status(409);
    await renderAttribution(ctx, res, id, { message: await staleMessage(ctx, id), draft: body });
    return;
  }
  if (wantsJson(req)) {
    res.json(updated);
    return;
  }
  res.redirect(303, `/attributions/${id}?saved=1`);
}
