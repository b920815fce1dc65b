import type { Request, Response } from 'express';
import { VersionConflictError } from '../../store/errors.js';
import { findWords, SpanError } from '../../store/record-edit.js';
import type { AppContext } from '../context.js';
import { AddRecordBody, SpanBody } from '../desk-params.js';
import { HttpError, wantsJson } from '../http-error.js';
import { idParam, parseInput } from '../params.js';
import { currentUser } from '../session.js';

function userOf(req: Request): string {
  const user = currentUser(req);
  if (!user) throw new HttpError(401, 'sign in as a reviewer to make changes');
  return user;
}

/** A span the store refuses (taken, empty) is the reviewer's input: a 400 with the reason. */
async function asInputError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof SpanError) throw new HttpError(400, err.message);
    throw err;
  }
}

const NOT_THERE = 'these words are not in the article as written; select them in the article text or copy them exactly';

/**
 * POST /articles/:id/records — adds a quotation or claim saidby missed. The words come from a
 * selection in the article (with its start) or are typed; typed words found more than once
 * are taken at their first place.
 */
export async function addRecordPost(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const articleId = idParam(req);
  const body = parseInput(AddRecordBody, req.body, 'record');
  const user = userOf(req);
  const article = await ctx.store.getArticle(articleId);
  const start = findWords(article.text, body.words, body.start ?? null);
  if (start === null) throw new HttpError(400, body.start === undefined ? NOT_THERE : 'the selected words do not stand at that place in the article; select them again');
  const row = await asInputError(() =>
    ctx.store.addRecord(
      articleId,
      { start, end: start + body.words.length, kind: body.kind, speaker: body.speaker ?? null, speakerType: body.speaker_type ?? 'person', note: body.note },
      user,
    ),
  );
  if (wantsJson(req)) {
    res.status(201).json({ id: row.id, start: row.start, end: row.end, text: row.text, version: row.version });
    return;
  }
  res.redirect(303, `/attributions/${row.id}`);
}

/** POST /attributions/:id/span — the record's words moved (cut short or run on): the place nearest the old one. */
export async function adjustSpanPost(ctx: AppContext, req: Request, res: Response): Promise<void> {
  const id = idParam(req);
  const body = parseInput(SpanBody, req.body, 'words');
  const user = userOf(req);
  const row = await ctx.store.getAttribution(id);
  const article = await ctx.store.getArticle(row.articleId);
  const start = findWords(article.text, body.words, body.start ?? null, row.start);
  if (start === null) throw new HttpError(400, NOT_THERE);
  let updated;
  try {
    updated = await asInputError(() => ctx.store.adjustSpan(id, { start, end: start + body.words.length, version: body.version }, user));
  } catch (err) {
    if (!(err instanceof VersionConflictError) || wantsJson(req)) throw err;
    res.status(409).render('error', { title: '409', status: 409, message: err.message, reload: `/attributions/${id}` });
    return;
  }
  if (wantsJson(req)) {
    res.json({ id: updated.id, start: updated.start, end: updated.end, text: updated.text, version: updated.version });
    return;
  }
  res.redirect(303, `/attributions/${id}`);
}
