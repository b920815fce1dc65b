import type { Request, Response } from 'express';
import type { AppContext } from '../context.js';
import { SpeakersQuery, idParam, parseInput, toPage } from '../params.js';
import { currentUser } from '../session.js';
import { SpeakerPageQuery, speakerNotice } from '../speaker-params.js';
import { describeSpeakerLog } from '../speaker-words.js';
import { statementViews } from '../statement.js';
import { speakerNameOptions } from './speaker-admin.js';

const SPEAKERS_PER_PAGE = 100;
const PER_SECTION = 50;

/** GET /speakers — who is quoted and how often (speakers with no records left are not listed); `name` searches forgivingly. */
export async function listSpeakers(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const query = parseInput(SpeakersQuery, req.query, 'query');
  const page = query.page ?? 1;
  const speakers = await ctx.store.listSpeakers({
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
    notice: req.query['done'] === 'not-speaker' ? 'Marked as not a speaker: its records are back in the review queue with an unknown speaker.' : null,
  });
}

/**
 * GET /speakers/:id — one speaker: totals by kind, their quotations (direct and partial) and
 * their paraphrased claims in two sections, newest first, and what reviewers did to the speaker.
 * `section` says which section a pager link moves; the other shows its newest.
 */
export async function showSpeaker(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const id = idParam(req);
  const speaker = await ctx.store.getSpeaker(id);
  const query = parseInput(SpeakerPageQuery, req.query, 'query');
  const pageFor = (section: 'quotes' | 'claims') => (query.section === section ? toPage(query, PER_SECTION) : { limit: PER_SECTION });
  const stats = await ctx.store.speakerStats(id);
  const quotes = await ctx.store.listAttributionSummaries({ speakerId: id, kinds: ['direct', 'mixed'] }, pageFor('quotes'));
  const claims = await ctx.store.listAttributionSummaries({ speakerId: id, kind: 'indirect' }, pageFor('claims'));
  const aliases = await ctx.store.speakerAliases(id);
  res.render('speaker', {
    title: speaker.name,
    speaker,
    aliases,
    stats,
    quotes,
    claims,
    clusters: await ctx.store.clusterSummaries([...quotes.items, ...claims.items].map((a) => a.id)),
    statements: statementViews(await ctx.store.statementParts([...quotes.items, ...claims.items].map((a) => a.id))),
    filterString: '',
    notice: speakerNotice(query.done),
    entries: (await ctx.store.speakerLog(id)).map((e) => ({ at: e.at, text: describeSpeakerLog(e) })),
    suggest: currentUser(req) ? (await speakerNameOptions(ctx.store)).filter((n) => n !== speaker.name) : [],
  });
}
