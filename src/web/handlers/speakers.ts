import type { Request, Response } from 'express';
import type { AppContext } from '../context.js';
import { ListQuery, SpeakersQuery, idParam, parseInput, toPage } from '../params.js';

const SPEAKERS_PER_PAGE = 100;

/** GET /speakers — who is quoted and how often; `name` searches forgivingly. */
export function listSpeakers(ctx: AppContext, req: Request, res: Response): void {
  const query = parseInput(SpeakersQuery, req.query, 'query');
  const page = query.page ?? 1;
  const speakers = ctx.store.listSpeakers({
    name: query.name,
    limit: SPEAKERS_PER_PAGE + 1,
    offset: (page - 1) * SPEAKERS_PER_PAGE,
  });
  res.render('speakers', {
    title: 'Speakers',
    query,
    speakers: speakers.slice(0, SPEAKERS_PER_PAGE),
    page,
    hasMore: speakers.length > SPEAKERS_PER_PAGE,
  });
}

/** GET /speakers/:id — one speaker: totals by kind, and their claims, newest first. */
export function showSpeaker(ctx: AppContext, req: Request, res: Response): void {
  const id = idParam(req);
  const speaker = ctx.store.getSpeaker(id);
  const query = parseInput(ListQuery, req.query, 'query');
  const stats = ctx.store.speakerStats(id);
  const page = ctx.store.listAttributionSummaries({ speakerId: id }, toPage(query));
  const aliases = ctx.store.speakerAliases(id);
  res.render('speaker', { title: speaker.name, speaker, aliases, stats, page, filterString: '' });
}
