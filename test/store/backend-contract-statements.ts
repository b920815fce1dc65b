import { expect, it } from 'vitest';
import type { StoreBackend } from '../../src/store/backend.js';
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
      { id: suspect!.id, kind: 'indirect', text: 'the suspect', start: suspect!.start, end: suspect!.end, status: 'unreviewed', version: 1, speakerId: suspect!.speakerId, speakerName: 'Police' },
      { id: arrested!.id, kind: 'indirect', text: 'had been arrested near the station', start: arrested!.start, end: arrested!.end, status: 'unreviewed', version: 1, speakerId: arrested!.speakerId, speakerName: 'Police' },
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
