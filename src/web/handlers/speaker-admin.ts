import type { Request, Response } from 'express';
import { SpeakerConflictError, SpeakerInputError } from '../../store/speaker-admin.js';
import type { StoreBackend } from '../../store/backend.js';
import type { AppContext } from '../context.js';
import { HttpError, wantsJson } from '../http-error.js';
import { idParam, parseInput } from '../params.js';
import { currentUser } from '../session.js';
import { MergeBody, MergeQuery, MoveRecordBody, NotSpeakerBody, SpeakerNameBody } from '../speaker-params.js';

/** Speaker names the forms offer (datalist): the most quoted first. */
export const SUGGESTED_SPEAKERS = 300;

function userOf(req: Request): string {
  const user = currentUser(req);
  if (!user) throw new HttpError(401, 'sign in as a reviewer to make changes');
  return user;
}

/** The store's refusals as HTTP: a name another speaker has is a conflict (409), a bad name is the input's fault (400). */
async function asHttp<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof SpeakerConflictError) throw new HttpError(409, err.message);
    if (err instanceof SpeakerInputError) throw new HttpError(400, err.message);
    throw err;
  }
}

/** The one speaker a typed name means: exactly that name, else the filter's single choice ("grenel"). */
async function speakerNamed(store: StoreBackend, name: string): Promise<number | null> {
  const exact = await store.speakerByExactName(name);
  if (exact !== null) return exact;
  const { chosen } = await store.speakerChoice(name);
  return chosen.length === 1 ? chosen[0]!.id : null;
}

/** GET /speakers/:id/merge?into=NAME — the confirmation step: both names and how many records each has. */
export async function confirmMerge(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const id = idParam(req);
  const from = await ctx.store.speakerWithCount(id);
  const query = parseInput(MergeQuery, req.query, 'merge');
  const intoId = await speakerNamed(ctx.store, query.into);
  if (intoId === null) throw new HttpError(400, `no speaker is called “${query.into}”; choose one of the names the field offers`);
  if (intoId === id) throw new HttpError(409, `“${query.into}” is this speaker; choose another speaker to merge into`);
  res.render('speaker-merge', { title: 'Merge speakers', speaker: from, values: { into: await ctx.store.speakerWithCount(intoId) } });
}

/** POST /speakers/:id/merge — every record of this speaker moves to the chosen one. */
export async function mergePost(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const id = idParam(req);
  const body = parseInput(MergeBody, req.body, 'merge');
  const user = userOf(req);
  const done = await asHttp(() => ctx.store.mergeSpeakers(id, body.into_id, user));
  if (wantsJson(req)) {
    res.json({ merged: id, into: body.into_id, ...done });
    return;
  }
  res.redirect(303, `/speakers/${body.into_id}?done=merged`);
}

/** POST /speakers/:id/rename — a new name; the old one stays as another name. */
export async function renamePost(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const id = idParam(req);
  const body = parseInput(SpeakerNameBody, req.body, 'name');
  const user = userOf(req);
  const speaker = await asHttp(() => ctx.store.renameSpeaker(id, body.name, user));
  if (wantsJson(req)) {
    res.json(speaker);
    return;
  }
  res.redirect(303, `/speakers/${id}?done=renamed`);
}

/** POST /speakers/:id/aliases — another name the speaker goes by. */
export async function aliasPost(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const id = idParam(req);
  const body = parseInput(SpeakerNameBody, req.body, 'name');
  const user = userOf(req);
  await asHttp(() => ctx.store.addAlias(id, body.name, user));
  if (wantsJson(req)) {
    res.status(201).json({ id, aliases: await ctx.store.speakerAliases(id) });
    return;
  }
  res.redirect(303, `/speakers/${id}?done=alias`);
}

/** GET /speakers/:id/not-speaker — the confirmation step: how many records go back to the queue. */
export async function confirmNotSpeaker(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const speaker = await ctx.store.speakerWithCount(idParam(req));
  res.render('speaker-not', { title: 'Not a speaker', speaker });
}

/** POST /speakers/:id/not-speaker — its records become unknown-speaker records in the queue; the speaker goes. */
export async function notSpeakerPost(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const id = idParam(req);
  parseInput(NotSpeakerBody, req.body, 'confirmation');
  const user = userOf(req);
  const done = await ctx.store.markNotSpeaker(id, user);
  if (wantsJson(req)) {
    res.json({ removed: id, ...done });
    return;
  }
  res.redirect(303, '/speakers?done=not-speaker');
}

/** POST /attributions/:id/speaker — this one record moves to another speaker (or a new one by that name). */
export async function moveRecordPost(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const id = idParam(req);
  const body = parseInput(MoveRecordBody, req.body, 'speaker');
  const user = userOf(req);
  const done = await asHttp(() => ctx.store.splitRecord(id, body.speaker, user, body.version));
  if (wantsJson(req)) {
    res.json({ id, ...done });
    return;
  }
  res.redirect(303, `/attributions/${id}`);
}

/** The names the merge and move fields offer. */
export function speakerNameOptions(store: StoreBackend): Promise<string[]> {
  return store.topSpeakerNames(SUGGESTED_SPEAKERS);
}
