import type { Request, Response } from 'express';
import { topSpeakerNames } from '../../store/review-queue.js';
import {
  addAlias,
  markNotSpeaker,
  mergeSpeakers,
  renameSpeaker,
  SpeakerConflictError,
  SpeakerInputError,
  speakerByExactName,
  speakerWithCount,
  splitRecord,
} from '../../store/speaker-admin.js';
import type { Store } from '../../store/store.js';
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
function asHttp<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof SpeakerConflictError) throw new HttpError(409, err.message);
    if (err instanceof SpeakerInputError) throw new HttpError(400, err.message);
    throw err;
  }
}

/** The one speaker a typed name means: exactly that name, else the filter's single choice ("grenel"). */
function speakerNamed(store: Store, name: string): number | null {
  const exact = speakerByExactName(store, name);
  if (exact !== null) return exact;
  const { chosen } = store.speakerChoice(name);
  return chosen.length === 1 ? chosen[0]!.id : null;
}

/** GET /speakers/:id/merge?into=NAME — the confirmation step: both names and how many records each has. */
export function confirmMerge(ctx: AppContext, req: Request, res: Response): void {
  const id = idParam(req);
  const from = speakerWithCount(ctx.store, id);
  const query = parseInput(MergeQuery, req.query, 'merge');
  const intoId = speakerNamed(ctx.store, query.into);
  if (intoId === null) throw new HttpError(400, `no speaker is called “${query.into}”; choose one of the names the field offers`);
  if (intoId === id) throw new HttpError(409, `“${query.into}” is this speaker; choose another speaker to merge into`);
  res.render('speaker-merge', { title: 'Merge speakers', speaker: from, values: { into: speakerWithCount(ctx.store, intoId) } });
}

/** POST /speakers/:id/merge — every record of this speaker moves to the chosen one. */
export function mergePost(ctx: AppContext, req: Request, res: Response): void {
  const id = idParam(req);
  const body = parseInput(MergeBody, req.body, 'merge');
  const user = userOf(req);
  const done = asHttp(() => mergeSpeakers(ctx.store, id, body.into_id, user));
  if (wantsJson(req)) {
    res.json({ merged: id, into: body.into_id, ...done });
    return;
  }
  res.redirect(303, `/speakers/${body.into_id}?done=merged`);
}

/** POST /speakers/:id/rename — a new name; the old one stays as another name. */
export function renamePost(ctx: AppContext, req: Request, res: Response): void {
  const id = idParam(req);
  const body = parseInput(SpeakerNameBody, req.body, 'name');
  const user = userOf(req);
  const speaker = asHttp(() => renameSpeaker(ctx.store, id, body.name, user));
  if (wantsJson(req)) {
    res.json(speaker);
    return;
  }
  res.redirect(303, `/speakers/${id}?done=renamed`);
}

/** POST /speakers/:id/aliases — another name the speaker goes by. */
export function aliasPost(ctx: AppContext, req: Request, res: Response): void {
  const id = idParam(req);
  const body = parseInput(SpeakerNameBody, req.body, 'name');
  const user = userOf(req);
  asHttp(() => addAlias(ctx.store, id, body.name, user));
  if (wantsJson(req)) {
    res.status(201).json({ id, aliases: ctx.store.speakerAliases(id) });
    return;
  }
  res.redirect(303, `/speakers/${id}?done=alias`);
}

/** GET /speakers/:id/not-speaker — the confirmation step: how many records go back to the queue. */
export function confirmNotSpeaker(ctx: AppContext, req: Request, res: Response): void {
  const speaker = speakerWithCount(ctx.store, idParam(req));
  res.render('speaker-not', { title: 'Not a speaker', speaker });
}

/** POST /speakers/:id/not-speaker — its records become unknown-speaker records in the queue; the speaker goes. */
export function notSpeakerPost(ctx: AppContext, req: Request, res: Response): void {
  const id = idParam(req);
  parseInput(NotSpeakerBody, req.body, 'confirmation');
  const user = userOf(req);
  const done = markNotSpeaker(ctx.store, id, user);
  if (wantsJson(req)) {
    res.json({ removed: id, ...done });
    return;
  }
  res.redirect(303, '/speakers?done=not-speaker');
}

/** POST /attributions/:id/speaker — this one record moves to another speaker (or a new one by that name). */
export function moveRecordPost(ctx: AppContext, req: Request, res: Response): void {
  const id = idParam(req);
  const body = parseInput(MoveRecordBody, req.body, 'speaker');
  const user = userOf(req);
  const done = asHttp(() => splitRecord(ctx.store, id, body.speaker, user, body.version));
  if (wantsJson(req)) {
    res.json({ id, ...done });
    return;
  }
  res.redirect(303, `/attributions/${id}`);
}

/** The names the merge and move fields offer. */
export function speakerNameOptions(store: Store): string[] {
  return topSpeakerNames(store, SUGGESTED_SPEAKERS);
}
