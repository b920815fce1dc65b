import { expect, it } from 'vitest';
import type { StoreBackend } from '../../src/store/backend.js';
import { NotFoundError, VersionConflictError } from '../../src/store/errors.js';
import { NotInStatementError } from '../../src/store/statements.js';
import { meta, PIECES_TEXT, piecesQuotes } from './fixtures.js';

/**
 * Statements given in several records (see backend-contract.ts): their pieces read together for
 * a page of records at once. `get` answers the backend of the running test.
 */
export function statementContract(get: () => StoreBackend): void {
  const addPieces = async () => {
    const store = get();
    const { articleId } = await store.addArticle({ text: PIECES_TEXT, meta: meta('Safer streets') }, piecesQuotes());
    return store.articleAttributions(articleId);
  };

  it('reads the pieces of each record’s statement in text order; records given whole have none', async () => {
    const [first, second, suspect, arrested, alone] = await addPieces();
    const parts = await get().statementParts([alone!.id, arrested!.id, first!.id, second!.id, 999_999]);
    expect([...parts.keys()].sort((x, y) => x - y)).toEqual([first!.id, second!.id, arrested!.id]);
    expect(parts.get(first!.id)!.map((p) => p.text)).toEqual(['“We will not stop until every family feels safe again,”', '“This is the first step.”']);
    expect(parts.get(second!.id)).toEqual(parts.get(first!.id));
    expect(parts.get(arrested!.id)).toEqual([
      { id: suspect!.id, kind: 'indirect', text: 'the suspect', start: suspect!.start, end: suspect!.end, status: 'unreviewed', version: 1, speakerId: suspect!.speakerId },
      { id: arrested!.id, kind: 'indirect', text: 'had been arrested near the station', start: arrested!.start, end: arrested!.end, status: 'unreviewed', version: 1, speakerId: arrested!.speakerId },
    ]);
    expect(await get().statementParts([])).toEqual(new Map());
  });

  it('keeps each article’s statements apart: the same group id in another article is another statement', async () => {
    const [first] = await addPieces();
    const text = `${PIECES_TEXT}\n\nA second edition.`;
    const { articleId } = await get().addArticle({ text, meta: meta('Safer streets, updated') }, piecesQuotes(text));
    const [again] = await get().articleAttributions(articleId);
    const parts = await get().statementParts([first!.id, again!.id]);
    expect(parts.get(first!.id)!.every((p) => p.id < again!.id)).toBe(true);
    expect(parts.get(again!.id)!.every((p) => p.id >= again!.id)).toBe(true);
  });
}

/** Giving a corrected speaker to the rest of a statement: one transaction, each piece audited. */
export function statementSpeakerContract(get: () => StoreBackend): void {
  const addPieces = async () => {
    const { articleId } = await get().addArticle({ text: PIECES_TEXT, meta: meta('Safer streets') }, piecesQuotes());
    return get().articleAttributions(articleId);
  };

  it('a corrected speaker goes to every other piece named in the review, each corrected and audited', async () => {
    const store = get();
    const [, , suspect, arrested] = await addPieces();
    const saved = await store.review(
      arrested!.id,
      { action: 'correct', version: 1, changes: { speaker: 'Leeds Police', sourceType: 'organization' }, parts: [{ id: suspect!.id, version: 1 }] },
      'ana',
    );
    expect([saved.speakerName, saved.sourceType, saved.status, saved.version]).toEqual(['Leeds Police', 'organization', 'corrected', 2]);
    const other = await store.getAttribution(suspect!.id);
    expect([other.speakerName, other.sourceType, other.status, other.version, other.speakerId]).toEqual(['Leeds Police', 'organization', 'corrected', 2, saved.speakerId]);
    expect((await store.reviews(suspect!.id)).map((r) => [r.action, r.userName, r.before.speaker, r.after.speaker])).toEqual([['correct', 'ana', 'Police', 'Leeds Police']]);
    expect((await store.listAttributions({ q: 'leeds police', searchIn: 'all' }, { limit: 10 })).items.map((r) => r.id).sort()).toEqual([suspect!.id, arrested!.id].sort());
    expect(await store.speakerWithCount(saved.speakerId!)).toMatchObject({ attributions: 2 });
  });

  it('leaves the other pieces alone when the speaker is not changed, or already theirs', async () => {
    const store = get();
    const [first, second] = await addPieces();
    await store.review(second!.id, { action: 'confirm', version: 1, parts: [{ id: first!.id, version: 1 }] }, 'ana');
    expect((await store.getAttribution(first!.id)).status).toBe('unreviewed');
    await store.review(first!.id, { action: 'correct', version: 1, changes: { speaker: 'Anna Smith', sourceType: 'person' }, parts: [{ id: second!.id, version: 2 }] }, 'ana');
    expect(await store.reviews(first!.id)).toHaveLength(1);
    expect((await store.reviews(second!.id)).map((r) => r.action)).toEqual(['confirm']);
  });

  it('a stale piece or a record outside the statement refuses the whole review: nothing is saved', async () => {
    const store = get();
    const [first, second, suspect, arrested, alone] = await addPieces();
    const correct = (parts: { id: number; version: number }[]) => ({ action: 'correct' as const, version: 1, changes: { speaker: 'Chief Constable' }, parts });
    await store.review(suspect!.id, { action: 'confirm', version: 1 }, 'ben');
    await expect(store.review(arrested!.id, correct([{ id: suspect!.id, version: 1 }]), 'ana')).rejects.toThrow(VersionConflictError);
    await expect(store.review(arrested!.id, correct([{ id: first!.id, version: 1 }]), 'ana')).rejects.toThrow(NotInStatementError);
    await expect(store.review(arrested!.id, correct([{ id: arrested!.id, version: 1 }]), 'ana')).rejects.toThrow(NotInStatementError);
    await expect(store.review(alone!.id, correct([{ id: second!.id, version: 1 }]), 'ana')).rejects.toThrow(NotInStatementError);
    await expect(store.review(arrested!.id, correct([{ id: 999_999, version: 1 }]), 'ana')).rejects.toThrow(NotFoundError);
    for (const r of [arrested!, first!, alone!]) {
      expect(await store.getAttribution(r.id)).toMatchObject({ version: 1, status: 'unreviewed', speakerName: r.speakerName });
      expect(await store.reviews(r.id)).toEqual([]);
    }
    expect((await store.speakerChoice('Chief Constable')).chosen).toEqual([]);
  });
}
