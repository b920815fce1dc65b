import type { Request, Response } from 'express';
import { z } from 'zod';
import { isReviewed } from '../../store/claim-review.js';
import { currentUser } from '../session.js';
import type { AppContext } from '../context.js';
import { atomFeed } from '../atom-feed.js';
import { HttpError } from '../http-error.js';
import { FilterQuery, filterParams, idParam, parseInput, toFilter } from '../params.js';
import { filterWords, siteBase } from '../site-address.js';

/** Entries in a feed: the newest fifty, as on the first page of the list. */
const FEED_ENTRIES = 50;

/**
 * GET /feed.atom — any claims-list filter as an Atom feed (`/feed.atom?speaker=grenell&q=hostage`),
 * so a fact-checker can follow a speaker or a topic in a feed reader.
 */
export async function claimsFeed(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const query = parseInput(FilterQuery, req.query, 'filter');
  const base = siteBase(req);
  const params = filterParams(query).toString();
  const page = await ctx.store.listAttributionSummaries(toFilter(query), { limit: FEED_ENTRIES });
  const words = await filterWords(ctx.store, query);
  const xml = atomFeed(
    {
      selfUrl: `${base}/feed.atom${params ? `?${params}` : ''}`,
      listUrl: `${base}/${params ? `?${params}` : ''}`,
      title: words.length > 0 ? `saidby: claims — ${words.join(', ')}` : 'saidby: claims',
      base,
      now: new Date(),
    },
    page.items,
  );
  res.type('application/atom+xml; charset=utf-8').send(xml);
}

/** GET /attributions/:id/claimreview.json — a reviewed record as schema.org ClaimReview JSON-LD. */
export async function claimReview(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const id = idParam(req);
  const review = await ctx.store.claimReviewOf(id, siteBase(req));
  if (!review) throw new HttpError(404, `record ${id} is not reviewed yet: confirm or correct it first, then it has a ClaimReview`);
  res.type('application/ld+json; charset=utf-8').send(JSON.stringify(review, null, 2));
}

/** The rating form: free words, as fact-checkers rate in their own scale; blank clears it. */
const RatingBody = z.object({ rating: z.string().max(100).optional() });

/** POST /attributions/:id/rating — the fact-checker's rating for the record's ClaimReview (optional). */
export async function rateClaim(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const id = idParam(req);
  const body = parseInput(RatingBody, req.body, 'rating');
  const user = currentUser(req);
  if (!user) throw new HttpError(401, 'sign in as a reviewer to rate a claim');
  if (!isReviewed(await ctx.store.getAttribution(id))) throw new HttpError(400, 'confirm or correct the record before rating the claim');
  await ctx.store.setClaimRating(id, body.rating ?? null, user);
  res.redirect(303, `/attributions/${id}`);
}
