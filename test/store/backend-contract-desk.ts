import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import type { StoreBackend } from '../../src/store/backend.js';
import { NotFoundError, VersionConflictError } from '../../src/store/errors.js';
import { SpanError } from '../../src/store/record-edit.js';
import { SpeakerConflictError, SpeakerInputError } from '../../src/store/speaker-admin.js';
import { attributionIn, meta, VENEZUELA_TEXT, venezuelaQuotes } from './fixtures.js';

/**
 * The desks of the contract (see backend-contract.ts): the speaker desk, the article desk and
 * record edits, bulk review, the review queue, ratings and ClaimReview, feeds, health. `get`
 * answers the backend of the running test, holding the Venezuela article (`articleId()`).
 */
export function deskContract(get: () => StoreBackend, articleId: () => number): void {
  const idOf = async (speaker: string): Promise<number> => (await get().speakerChoice(speaker)).chosen[0]!.id;
  const recordOf = async (speaker: string) => (await get().listAttributions({ speaker, status: 'all' }, { limit: 1 })).items[0]!;

  it('merges one speaker into another: records, names, counts, history and log follow', async () => {
    const store = get();
    const text = '“We are ready,” R. Grenell said.';
    await store.addArticle({ text, meta: meta('Ready') }, [attributionIn(text, '“We are ready,”', 'R. Grenell', 'R. Grenell', 'said')]);
    const ric = await store.speakerByExactName('R. Grenell');
    const richard = await idOf('Richard Grenell');
    expect(ric).not.toBeNull();
    expect(ric).not.toBe(richard);
    await expect(store.mergeSpeakers(richard, richard, 'ana')).rejects.toThrow(SpeakerConflictError);
    expect(await store.mergeSpeakers(ric!, richard, 'ana')).toEqual({ records: 1 });
    expect(await store.speakerByExactName('R. Grenell')).toBe(richard);
    expect((await store.speakerChoice('R. Grenell')).chosen.map((s) => s.id)).toEqual([richard]);
    expect(await store.speakerWithCount(richard)).toMatchObject({ name: 'Richard Grenell', attributions: 2 });
    expect(await store.speakerAliases(richard)).toContain('R. Grenell');
    await expect(store.getSpeaker(ric!)).rejects.toThrow(NotFoundError);
    const log = await store.speakerLog(richard);
    expect(log.map((l) => [l.action, l.detail.from, l.detail.records])).toEqual([['merge', 'R. Grenell', 1]]);
    const moved = (await store.listAttributions({ speakerId: richard }, { limit: 10 })).items.find((r) => r.text === '“We are ready,”')!;
    expect((await store.reviews(moved.id)).map((r) => [r.action, r.before.speaker, r.after.speaker])).toEqual([['speaker', 'R. Grenell', 'Richard Grenell']]);
  });

  it('renames a speaker (searchable under the new name), refuses another speaker\'s name, adds a name', async () => {
    const store = get();
    const maduro = await idOf('maduro');
    await expect(store.renameSpeaker(maduro, 'Donald Trump', 'ana')).rejects.toThrow(SpeakerConflictError);
    await expect(store.renameSpeaker(maduro, 'Nicolás Maduro', 'ana')).rejects.toThrow(SpeakerInputError);
    expect((await store.renameSpeaker(maduro, 'Nicolás Maduro Moros', 'ana')).name).toBe('Nicolás Maduro Moros');
    expect((await store.listAttributions({ q: 'moros', searchIn: 'all' }, { limit: 10 })).items.map((r) => r.speakerName)).toEqual(['Nicolás Maduro Moros']);
    expect(await store.speakerByExactName('Nicolás Maduro')).toBe(maduro);
    await store.addAlias(maduro, 'El Presidente Maduro', 'ana');
    await expect(store.addAlias(maduro, 'El Presidente Maduro', 'ana')).rejects.toThrow(SpeakerInputError);
    expect((await store.speakerChoice('El Presidente Maduro')).chosen.map((s) => s.id)).toEqual([maduro]);
    expect((await store.speakerLog(maduro)).map((l) => l.action)).toEqual(['alias', 'rename']);
  });

  it('moves one record to a new speaker, and says a speaker is nobody', async () => {
    const store = get();
    const row = await recordOf('trump');
    await expect(store.splitRecord(row.id, 'Melania Trump', 'ana', row.version + 1)).rejects.toThrow(VersionConflictError);
    const split = await store.splitRecord(row.id, 'Melania Trump', 'ana', row.version);
    expect(split.created).toBe(true);
    const moved = await store.getAttribution(row.id);
    expect([moved.speakerName, moved.status, moved.version]).toEqual(['Melania Trump', 'corrected', row.version + 1]);
    expect(await store.speakerWithCount(await idOf('Donald Trump'))).toMatchObject({ attributions: 1 });
    const grenell = await idOf('grenell');
    expect(await store.markNotSpeaker(grenell, 'ana')).toEqual({ records: 1 });
    const orphan = (await store.articleAttributions(articleId())).find((r) => r.text.includes('wheels up'))!;
    expect([orphan.speakerId, orphan.doubtCode, orphan.status]).toEqual([null, 'unresolved-speaker', 'unreviewed']);
    expect((await store.speakerChoice('grenell')).chosen).toEqual([]);
    expect(await store.topSpeakerNames(10)).not.toContain('Richard Grenell');
    expect((await store.speakersOfArticles([articleId()])).get(articleId())).toEqual(['Donald Trump', 'Melania Trump', 'Nicolás Maduro']);
  });

  it('lists articles with counts, edits their details (logged, searchable), adds a record and moves a span', async () => {
    const store = get();
    const [listed] = await store.listArticles({ limit: 10, offset: 0 });
    expect(listed).toMatchObject({ id: articleId(), title: 'Six Americans head home', counts: { unreviewed: 4 } });
    const details = { title: 'Hostages freed', outlet: 'CNN', authors: ['Alejandra Jaramillo'], published: '2025-02-01T05:07:00.000Z', url: null };
    expect(await store.editArticleDetails(articleId(), 'ana', details)).toEqual(['title']);
    expect(await store.editArticleDetails(articleId(), 'ana', details)).toEqual([]);
    expect((await store.listAttributions({ q: 'freed', searchIn: 'all' }, { limit: 10 })).items).toHaveLength(4);
    const start = VENEZUELA_TEXT.indexOf('Six Americans');
    const added = await store.addRecord(articleId(), { start, end: start + 'Six Americans who had been detained in Venezuela are heading home'.length, kind: 'indirect', speaker: 'Donald Trump', speakerType: 'person' }, 'ana');
    expect([added.status, added.speakerName, added.rule, added.position]).toEqual(['corrected', 'Donald Trump', 'reviewer', 0]);
    await expect(store.addRecord(articleId(), { start, end: added.end, kind: 'indirect', speaker: null, speakerType: 'person' }, 'ana')).rejects.toThrow(SpanError);
    const rows = await store.articleAttributions(articleId());
    expect(rows.map((r) => r.position)).toEqual([0, 1, 2, 3, 4]);
    const keys = (await store.listAttributions({}, { limit: 10 })).items.map((r) => r.id);
    expect(keys).toEqual(rows.map((r) => r.id));
    await expect(store.adjustSpan(added.id, { start, end: start + 3, version: added.version + 1 }, 'ana')).rejects.toThrow(VersionConflictError);
    const moved = await store.adjustSpan(added.id, { start, end: start + 'Six Americans'.length, version: added.version }, 'ana');
    expect([moved.text, moved.version]).toEqual(['Six Americans', added.version + 1]);
    expect((await store.reviews(added.id)).map((r) => r.action)).toEqual(['add', 'span']);
    expect((await store.articleLog({ articleId: articleId(), limit: 5 })).map((l) => [l.action, l.detail])).toEqual([
      ['edit', { before: { title: 'Six Americans head home' }, after: { title: 'Hostages freed' } }],
    ]);
  });

  it('re-reads an article keeping every human decision, and deletes it only as confirmed', async () => {
    const store = get();
    const maduro = await recordOf('maduro');
    await store.review(maduro.id, { action: 'confirm', version: maduro.version }, 'ana');
    const found = venezuelaQuotes().filter((q) => !q.text.includes('wheels up') && !q.text.includes('Venezuela is ready'));
    const result = await store.rerunArticle(articleId(), found, 'ana');
    expect([result.kept, result.refreshed, result.added]).toEqual([0, 2, 0]);
    expect(result.gone.map((g) => [g.status, g.removed])).toEqual([['unreviewed', true], ['confirmed', false]]);
    expect((await store.articleAttributions(articleId())).map((r) => r.speakerName)).toEqual(['Donald Trump', 'Donald Trump', 'Nicolás Maduro']);
    expect(await store.articleCounts(articleId())).toEqual({ records: 3, reviewed: 1 });
    await expect(store.deleteArticle(articleId(), 'ana', 0)).rejects.toThrow(VersionConflictError);
    expect(await store.deleteArticle(articleId(), 'ana', 1)).toEqual({ title: 'Six Americans head home', records: 3, reviewed: 1 });
    expect(await store.articleCount()).toBe(0);
    expect((await store.listSpeakers({ limit: 10 }))).toEqual([]);
    expect((await store.articleLog({ limit: 5 })).map((l) => l.action)).toEqual(['delete', 'rerun']);
    await expect(store.deleteArticle(articleId(), 'ana')).rejects.toThrow(NotFoundError);
  });

  it('bulk review saves what is current, reports what changed, and saves nothing for a record that is not there', async () => {
    const store = get();
    const rows = (await store.listAttributions({}, { limit: 10 })).items;
    const picks = rows.map((r) => ({ id: r.id, version: r.version }));
    await store.review(rows[0]!.id, { action: 'confirm', version: rows[0]!.version }, 'ben');
    await expect(store.bulkReview([...picks, { id: 999_999, version: 1 }], 'reject', 'ana')).rejects.toThrow(NotFoundError);
    expect((await store.getAttribution(rows[1]!.id)).status).toBe('unreviewed');
    const result = await store.bulkReview(picks, 'reject', 'ana');
    expect(result.saved.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(result.conflicts).toEqual([{ id: rows[0]!.id, yourVersion: rows[0]!.version, currentVersion: rows[0]!.version + 1 }]);
  });

  it('the review queue puts the records without a speaker first, then the least sure, and pages on', async () => {
    const store = get();
    const text = '“Nobody asked us,” a family member said. “It was cold,” Trump said.';
    await store.addArticle({ text, meta: meta('Families wait', '2025-01-01T00:00:00.000Z') }, [
      { ...attributionIn(text, '“Nobody asked us,”', null), confidence: 0.95 },
      { ...attributionIn(text, '“It was cold,”', 'Donald Trump', 'Trump', 'said'), confidence: 0.2 },
    ]);
    const first = await store.listReviewQueue({}, { limit: 2 });
    expect(first.items.map((r) => r.text)).toEqual(['“Nobody asked us,”', '“It was cold,”']);
    expect(first.articleTexts.get(first.items[0]!.articleId)).toBe(text);
    expect(first.articleSpeakers.get(first.items[1]!.articleId)).toEqual(['Donald Trump']);
    const rest = await store.listReviewQueue({}, { after: first.next!, limit: 10 });
    expect(rest.items).toHaveLength(4);
    expect(rest.next).toBeNull();
    expect(await store.countReviewQueue({})).toEqual({ count: 6, capped: false });
    expect(await store.countReviewQueue({ speaker: 'trump' })).toEqual({ count: 3, capped: false });
    expect(await store.countReviewQueue({}, 3)).toEqual({ count: 3, capped: true });
  });

  it('ratings and ClaimReview: only reviewed records, with the verdict when one was given', async () => {
    const store = get();
    const row = await recordOf('grenell');
    expect(await store.claimReviewOf(row.id, 'https://desk.example')).toBeNull();
    await store.review(row.id, { action: 'confirm', version: row.version }, 'ana');
    await store.setClaimRating(row.id, '  Accurate ', 'ana');
    expect(await store.claimRating(row.id)).toMatchObject({ rating: 'Accurate', userName: 'ana' });
    const review = await store.claimReviewOf(row.id, 'https://desk.example');
    expect(review).toMatchObject({ url: `https://desk.example/attributions/${row.id}`, reviewRating: { alternateName: 'Accurate' }, itemReviewed: { author: { name: 'Richard Grenell' } } });
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    expect(await store.writeClaimReviews({}, out, 'https://desk.example')).toBe(1);
    expect((JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown[]).length).toBe(1);
    await store.setClaimRating(row.id, ' ', 'ana');
    expect(await store.claimRating(row.id)).toBeNull();
  });

  it('watched feeds: added once, items remembered, each check saved', async () => {
    const store = get();
    const feed = await store.watchFeed('https://news.example/rss', 'ana');
    expect((await store.watchFeed('https://news.example/rss', 'ben')).id).toBe(feed.id);
    expect(await store.feedItemImported(feed.id, 'https://news.example/1')).toBe(false);
    await store.recordFeedItem(feed.id, 'https://news.example/1', articleId(), 'a'.repeat(64));
    await store.recordFeedItem(feed.id, 'https://news.example/1', articleId(), 'a'.repeat(64));
    expect(await store.feedItemImported(feed.id, 'https://news.example/1')).toBe(true);
    await store.saveFeedCheck(feed.id, { title: 'News', etag: '"e1"', lastModified: null, result: '1 new' });
    await store.saveFeedCheck(feed.id, { etag: '"e2"', lastModified: null, result: 'nothing new' });
    expect((await store.listFeeds()).map((f) => [f.title, f.etag, f.lastResult, f.addedBy])).toEqual([['News', '"e2"', 'nothing new', 'ana']]);
  });

  it('says it is healthy, and where a write would go', async () => {
    const store = get();
    expect(await store.health()).toMatchObject({ ok: true, writable: true });
    expect(await store.inPlace()).toBe(true);
    expect(await store.findArticleByHash('0'.repeat(64))).toBeNull();
    expect((await store.findSpeakers('grenel')).map((s) => s.name)).toEqual(['Richard Grenell']);
  });
}
