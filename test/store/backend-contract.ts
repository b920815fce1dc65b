import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoreBackend } from '../../src/store/backend.js';
import { NotFoundError, UserExistsError, VersionConflictError } from '../../src/store/errors.js';
import { clusterContract } from './backend-contract-clusters.js';
import { deskContract } from './backend-contract-desk.js';
import { statementContract, statementSpeakerContract } from './backend-contract-statements.js';
import { attributionIn, meta, VENEZUELA_TEXT, venezuelaQuotes } from './fixtures.js';

/** How a contract run gets a fresh, empty, migrated database of one backend, and lets it go. */
export interface BackendUnderTest {
  name: string;
  open(): Promise<StoreBackend>;
  dispose?(): Promise<void>;
}

async function collect(run: (out: PassThrough) => Promise<unknown>): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await run(out);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * What every backend must do the same, through the StoreBackend interface alone: storing an
 * article once, the claims list's keyset pages and filters, full-text search (stemming,
 * prefix, phrase, exclusion), the forgiving speaker filter and the kept counts, reviews with
 * their versions and audit, reviewers and sessions, and the exports.
 */
export function backendContract(backend: BackendUnderTest): void {
  describe(`the store contract on ${backend.name}`, () => {
    let store: StoreBackend;
    let articleId: number;

    beforeEach(async () => {
      store = await backend.open();
      ({ articleId } = await store.addArticle({ text: VENEZUELA_TEXT, meta: meta('Six Americans head home') }, venezuelaQuotes()));
    });
    afterEach(async () => {
      await store.close();
      await backend.dispose?.();
    });

    it('stores an article with its attributions once; the same text again is a duplicate', async () => {
      const again = await store.addArticle({ text: VENEZUELA_TEXT, meta: meta('Copy') }, venezuelaQuotes());
      expect(again).toEqual({ status: 'duplicate', articleId, attributions: 4 });
      expect(await store.articleCount()).toBe(1);
      expect(await store.totalAttributions()).toBe(4);
      const rows = await store.articleAttributions(articleId);
      expect(rows.map((r) => r.speakerName)).toEqual(['Donald Trump', 'Richard Grenell', 'Donald Trump', 'Nicolás Maduro']);
      expect((await store.getArticle(articleId)).title).toBe('Six Americans head home');
      await expect(store.getArticle(999)).rejects.toThrow(NotFoundError);
    });

    it('pages the claims list by keyset, newest first, forwards and back', async () => {
      const first = await store.listAttributions({}, { limit: 3 });
      expect(first.items).toHaveLength(3);
      expect(first.prev).toBeNull();
      expect(first.next).not.toBeNull();
      const second = await store.listAttributions({}, { after: first.next as number, limit: 3 });
      expect(second.items).toHaveLength(1);
      expect(second.next).toBeNull();
      const back = await store.listAttributions({}, { before: second.prev as number, limit: 3 });
      expect(back.items.map((r) => r.id)).toEqual(first.items.map((r) => r.id));
      const keys = [...first.items, ...second.items].map((r) => r.sortKey);
      expect(keys).toEqual([...keys].sort((a, b) => b - a));
      const summaries = await store.listAttributionSummaries({}, { limit: 3 });
      expect(summaries.items.map((r) => r.id)).toEqual(first.items.map((r) => r.id));
      const json = await store.listAttributionsJson({}, { limit: 3 });
      expect(json.items.map((t) => (JSON.parse(t) as { id: number }).id)).toEqual(first.items.map((r) => r.id));
    });

    it.each([
      ['hostage', 1],
      ['deport*', 0],
      ['"six hostages"', 1],
      ['"hostages six"', 0],
      ['home -hostages', 1],
      ['grenell', 0],
    ])('full text in the quote: %j matches %i', async (q, n) => {
      expect((await store.listAttributions({ q }, { limit: 10 })).items).toHaveLength(n);
      expect(await store.countAttributions({ q })).toEqual({ count: n, capped: false });
    });

    it('full text with speaker and title finds the speaker by name', async () => {
      const page = await store.listAttributions({ q: 'grenell', searchIn: 'all' }, { limit: 10 });
      expect(page.items.map((r) => r.speakerName)).toEqual(['Richard Grenell']);
    });

    it('the speaker filter forgives spelling and name form, and offers close speakers instead of mixing them in', async () => {
      const text = '“We back him,” Trump supporters said.';
      await store.addArticle({ text, meta: meta('Rally') }, [attributionIn(text, '“We back him,”', 'Trump supporters', 'Trump supporters', 'said', 'organization')]);
      const choice = await store.speakerChoice('trump');
      expect(choice.chosen.map((s) => s.name)).toEqual(['Donald Trump']);
      expect(choice.didYouMean.map((s) => s.name)).toContain('Trump supporters');
      expect((await store.speakerChoice('grenel')).chosen.map((s) => s.name)).toEqual(['Richard Grenell']);
      const page = await store.listAttributions({ speaker: 'trump' }, { limit: 10 });
      expect(page.items.map((r) => r.speakerName)).toEqual(['Donald Trump', 'Donald Trump']);
      expect(await store.countAttributions({ speaker: 'trump' })).toEqual({ count: 2, capped: false });
    });

    it('keeps each speaker\'s count: the speakers page and its stats agree with the rows', async () => {
      const speakers = await store.listSpeakers({ limit: 10 });
      expect(speakers.map((s) => [s.name, s.attributions])).toEqual([
        ['Donald Trump', 2],
        ['Nicolás Maduro', 1],
        ['Richard Grenell', 1],
      ]);
      const trump = speakers[0]!;
      expect(await store.speakerStats(trump.id)).toEqual({ attributions: 2, articles: 1, byKind: { direct: 2 } });
    });

    it('a review saves with its audit entry; a stale version is a conflict and changes nothing', async () => {
      const [row] = (await store.listAttributions({ speaker: 'grenell' }, { limit: 1 })).items;
      const saved = await store.review(row!.id, { action: 'correct', version: row!.version, changes: { speaker: 'Ric Grenell' } }, 'ana');
      expect(saved.status).toBe('corrected');
      expect(saved.version).toBe(row!.version + 1);
      await expect(store.review(row!.id, { action: 'reject', version: row!.version }, 'ben')).rejects.toThrow(VersionConflictError);
      expect((await store.getAttribution(row!.id)).status).toBe('corrected');
      const audit = await store.reviews(row!.id);
      expect(audit.map((r) => [r.userName, r.action])).toEqual([['ana', 'correct']]);
    });

    it('a "correct" that changes no field is kept as a confirmation, note and all', async () => {
      const [row] = (await store.listAttributions({ speaker: 'grenell' }, { limit: 1 })).items;
      const saved = await store.review(row!.id, { action: 'correct', version: row!.version, note: 'checked', changes: { speaker: row!.speakerName } }, 'ana');
      expect(saved).toMatchObject({ status: 'confirmed', note: 'checked', version: row!.version + 1 });
      expect((await store.reviews(row!.id)).map((r) => [r.action, r.after.status])).toEqual([['confirm', 'confirmed']]);
    });

    it('a rejected record leaves the list and the counts unless asked for', async () => {
      const [row] = (await store.listAttributions({ speaker: 'maduro' }, { limit: 1 })).items;
      await store.review(row!.id, { action: 'reject', version: row!.version }, 'ana');
      expect((await store.listAttributions({}, { limit: 10 })).items).toHaveLength(3);
      expect((await store.listAttributions({ status: 'all' }, { limit: 10 })).items).toHaveLength(4);
      expect((await store.listSpeakers({ limit: 10 })).map((s) => s.name)).not.toContain('Nicolás Maduro');
    });

    it('reviewers and sessions: one name once, a session names its reviewer until it ends', async () => {
      const user = await store.addUser('ana', 'hash');
      await expect(store.addUser('ana', 'other')).rejects.toThrow(UserExistsError);
      const sid = await store.createSession(user.id, 60_000);
      expect(await store.sessionUser(sid)).toBe('ana');
      expect(await store.sessionUser(sid, Date.now() + 120_000)).toBeNull();
      expect((await store.listUsers()).map((u) => [u.name, u.sessions])).toEqual([['ana', 1]]);
      await store.deleteSession(sid);
      expect(await store.sessionUser(sid)).toBeNull();
      const again = await store.createSession(user.id, 60_000);
      expect(await store.setPassword('ana', 'new')).toBe(true);
      expect(await store.sessionUser(again)).toBeNull();
      expect(await store.removeUser('ana')).toBe(true);
      expect(await store.getUser('ana')).toBeNull();
    });

    deskContract(() => store, () => articleId);
    clusterContract(() => store);
    statementContract(() => store);
    statementSpeakerContract(() => store);

    it('exports every record as CSV and JSON, filters applied', async () => {
      const csv = await collect((out) => store.writeCsv({}, out));
      expect(csv.startsWith('\uFEFFSpeaker,')).toBe(true);
      expect(csv.trimEnd().split('\r\n')).toHaveLength(5);
      const json = await collect((out) => store.writeJson({ speaker: 'trump' }, out));
      expect((JSON.parse(json) as { speakerName: string }[]).map((r) => r.speakerName)).toEqual(['Donald Trump', 'Donald Trump']);
    });
  });
}
