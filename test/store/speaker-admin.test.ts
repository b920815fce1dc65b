import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addAlias,
  markNotSpeaker,
  mergeSpeakers,
  renameSpeaker,
  SpeakerConflictError,
  SpeakerInputError,
  speakerLog,
  splitRecord,
} from '../../src/store/speaker-admin.js';
import { Store } from '../../src/store/store.js';
import { attributionIn, meta } from './fixtures.js';

let dir: string;
let store: Store;

/**
 * Two articles: "Richard Grennell" misspelt in one (a speaker of its own: another surname),
 * Richard Grenell and Donald Trump in the other, and a credit line read as a speaker.
 */
const A = '“We are wheels up,” Richard Grenell wrote. “They treated us badly,” Donald Trump said. “Photo,” Getty Images said.';
const B = '“Home at last,” Richard Grennell said. “A good day,” Richard Grennell added. “Budget is fine,” Donald Trump said.';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'saidby-spkadmin-'));
  store = Store.open(join(dir, 'test.db'));
  store.addArticle({ text: A, meta: meta('Wheels up', '2025-02-01T00:00:00Z') }, [
    attributionIn(A, '“We are wheels up,”', 'Richard Grenell', 'Richard Grenell', 'wrote'),
    attributionIn(A, '“They treated us badly,”', 'Donald Trump', 'Donald Trump', 'said'),
    attributionIn(A, '“Photo,”', 'Getty Images', 'Getty Images', 'said', 'organization'),
  ]);
  store.addArticle({ text: B, meta: meta('Home', '2025-02-02T00:00:00Z') }, [
    attributionIn(B, '“Home at last,”', 'Richard Grennell', 'Richard Grennell', 'said'),
    { ...attributionIn(B, '“A good day,”', 'Richard Grennell', 'Richard Grennell', 'added'), kind: 'indirect' },
    attributionIn(B, '“Budget is fine,”', 'Donald Trump', 'Donald Trump', 'said'),
  ]);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const idOf = (name: string): number => {
  const id = store.db.prepare('SELECT id FROM speakers WHERE name = ?').pluck().get(name);
  if (typeof id !== 'number') throw new Error(`no speaker ${name}`);
  return id;
};
const counts = (): Record<string, number> => Object.fromEntries(store.listSpeakers({ limit: 100 }).map((s) => [s.name, s.attributions]));
const recordOf = (text: string): number => store.listAttributions({ status: 'all' }, { limit: 100 }).items.find((r) => r.text === text)!.id;
/** The count the triggers keep equals a fresh count of the rows, for every speaker. */
const countsHold = (): boolean =>
  (store.db.prepare(
    `SELECT count(*) FROM speakers s WHERE s.attribution_count <>
       (SELECT count(*) FROM attributions a WHERE a.speaker_id = s.id AND a.status <> 'rejected')`,
  ).pluck().get() as number) === 0;

describe('mergeSpeakers', () => {
  it('moves every record, keeps both names, removes the merged speaker, and the counts follow', () => {
    expect(counts()).toEqual({ 'Donald Trump': 2, 'Richard Grennell': 2, 'Richard Grenell': 1, 'Getty Images': 1 });
    const ric = idOf('Richard Grennell');
    const richard = idOf('Richard Grenell');
    expect(mergeSpeakers(store, ric, richard, 'ana')).toEqual({ records: 2 });
    expect(counts()).toEqual({ 'Donald Trump': 2, 'Richard Grenell': 3, 'Getty Images': 1 });
    expect(countsHold()).toBe(true);
    expect(store.speakerAliases(richard)).toEqual(['Richard Grennell']);
    expect(() => store.getSpeaker(ric)).toThrow(/no speaker/);
  });

  it.each([
    ['the filter by the old name', () => store.listAttributions({ speaker: 'Richard Grennell' }, { limit: 10 }).items.map((r) => r.speakerName)],
    ['the filter forgiving the spelling', () => store.listAttributions({ speaker: 'richard grenel' }, { limit: 10 }).items.map((r) => r.speakerName)],
    ['full-text search by the new name', () => store.listAttributions({ q: 'Richard Grenell', searchIn: 'all' }, { limit: 10 }).items.map((r) => r.speakerName)],
  ])('%s finds all three records under Richard Grenell', (_what, find) => {
    // read once before, so the speaker index is warm and must notice the merge
    store.listAttributions({ speaker: 'Richard Grennell' }, { limit: 10 });
    mergeSpeakers(store, idOf('Richard Grennell'), idOf('Richard Grenell'), 'ana');
    expect(find()).toEqual(['Richard Grenell', 'Richard Grenell', 'Richard Grenell']);
  });

  it('the speakers search by the old name finds the merged speaker', () => {
    expect(store.listSpeakers({ name: 'Richard Grennell', limit: 10 }).map((s) => s.name)).toContain('Richard Grennell');
    mergeSpeakers(store, idOf('Richard Grennell'), idOf('Richard Grenell'), 'ana');
    expect(store.listSpeakers({ name: 'Richard Grennell', limit: 10 }).map((s) => s.name)).toEqual(['Richard Grenell']);
  });

  it('a new article writing the old name joins the merged speaker', () => {
    mergeSpeakers(store, idOf('Richard Grennell'), idOf('Richard Grenell'), 'ana');
    const text = '“Again,” Richard Grennell said.';
    store.addArticle({ text, meta: meta('Again') }, [attributionIn(text, '“Again,”', 'Richard Grennell', 'Richard Grennell', 'said')]);
    expect(counts()['Richard Grenell']).toBe(4);
  });

  it('each moved record’s history and the speaker log say it in words', () => {
    const record = recordOf('“Home at last,”');
    const v = store.getAttribution(record).version;
    mergeSpeakers(store, idOf('Richard Grennell'), idOf('Richard Grenell'), 'ana');
    expect(store.getAttribution(record).version).toBe(v + 1);
    const [entry] = store.reviews(record);
    expect(entry).toMatchObject({ userName: 'ana', action: 'speaker', before: { speaker: 'Richard Grennell' }, after: { speaker: 'Richard Grenell' } });
    expect(speakerLog(store, idOf('Richard Grenell'))).toEqual([
      expect.objectContaining({ userName: 'ana', action: 'merge', detail: { from: 'Richard Grennell', to: 'Richard Grenell', records: 2 } }),
    ]);
  });

  it.each([
    ['into itself', () => mergeSpeakers(store, idOf('Donald Trump'), idOf('Donald Trump'), 'ana'), SpeakerConflictError],
    ['an unknown speaker', () => mergeSpeakers(store, 999, idOf('Donald Trump'), 'ana'), /no speaker 999/],
  ])('refuses a merge %s and changes nothing', (_what, run, error) => {
    const before = counts();
    expect(run).toThrow(error);
    expect(counts()).toEqual(before);
  });

  it('a rejected record moves too, and is still left out of the counts', () => {
    const record = recordOf('“Home at last,”');
    store.review(record, { action: 'reject', version: 1 }, 'ben');
    mergeSpeakers(store, idOf('Richard Grennell'), idOf('Richard Grenell'), 'ana');
    expect(store.getAttribution(record).speakerName).toBe('Richard Grenell');
    expect(counts()['Richard Grenell']).toBe(2);
    expect(countsHold()).toBe(true);
  });
});

describe('renameSpeaker and addAlias', () => {
  it('a rename keeps the old name as another name; both filter to the speaker, search finds the new name', () => {
    const id = idOf('Richard Grennell');
    renameSpeaker(store, id, '  Richard  Grenell Jr. ', 'ana');
    expect(store.getSpeaker(id).name).toBe('Richard Grenell Jr.');
    expect(store.speakerAliases(id)).toEqual(['Richard Grennell']);
    expect(store.listAttributions({ speaker: 'Richard Grennell' }, { limit: 10 }).items.map((r) => r.speakerId)).toEqual([id, id]);
    expect(store.listAttributions({ q: 'Jr', searchIn: 'all' }, { limit: 10 }).items.map((r) => r.speakerId)).toEqual([id, id]);
    expect(speakerLog(store, id)[0]).toMatchObject({ action: 'rename', detail: { from: 'Richard Grennell', to: 'Richard Grenell Jr.' } });
  });

  it.each([
    ['another speaker’s name', 'Richard Grenell', SpeakerConflictError, /use merge instead/],
    ['another speaker’s name in other letters', 'richard grenell', SpeakerConflictError, /use merge instead/],
    ['its own name', 'Richard Grennell', SpeakerInputError, /already called/],
    ['nothing', '   ', SpeakerInputError, /type a name/],
  ])('a rename to %s is refused', (_what, name, type, message) => {
    const id = idOf('Richard Grennell');
    expect(() => renameSpeaker(store, id, name, 'ana')).toThrow(type);
    expect(() => renameSpeaker(store, id, name, 'ana')).toThrow(message);
    expect(store.getSpeaker(id).name).toBe('Richard Grennell');
  });

  it('an added name means the speaker in the filter and in the next article', () => {
    const id = idOf('Donald Trump');
    addAlias(store, id, 'The Donald', 'ana');
    expect(store.speakerAliases(id)).toContain('The Donald');
    expect(store.listAttributions({ speaker: 'The Donald' }, { limit: 10 }).items).toHaveLength(2);
    const text = '“Big,” The Donald said.';
    store.addArticle({ text, meta: meta('Big') }, [attributionIn(text, '“Big,”', 'The Donald', 'The Donald', 'said')]);
    expect(counts()['Donald Trump']).toBe(3);
  });

  it.each([
    ['a name of another speaker', 'Getty Images', SpeakerConflictError],
    ['a name it has already', 'Donald Trump', SpeakerInputError],
  ])('adding %s is refused', (_what, name, type) => {
    expect(() => addAlias(store, idOf('Donald Trump'), name, 'ana')).toThrow(type);
  });
});

describe('splitRecord', () => {
  it.each([
    ['a new speaker', 'Rick Grenell Sr.', true],
    ['an existing speaker by exact name', 'Donald Trump', false],
  ])('moves one record to %s; the rest stay', (_what, name, created) => {
    const record = recordOf('“Home at last,”');
    const result = splitRecord(store, record, name, 'ana', 1);
    expect(result.created).toBe(created);
    const row = store.getAttribution(record);
    expect(row).toMatchObject({ speakerName: name, status: 'corrected', version: 2 });
    expect(counts()['Richard Grennell']).toBe(1);
    expect(countsHold()).toBe(true);
    expect(store.reviews(record).at(-1)).toMatchObject({ action: 'speaker', before: { speaker: 'Richard Grennell' }, after: { speaker: name } });
    expect(store.listAttributions({ q: name, searchIn: 'all' }, { limit: 10 }).items.map((r) => r.id)).toContain(record);
  });

  it('the last record moved off leaves its speaker out of the speakers list', () => {
    splitRecord(store, recordOf('“Photo,”'), 'Getty Images Photo Desk', 'ana');
    expect(Object.keys(counts())).not.toContain('Getty Images');
    expect(Object.keys(counts())).toContain('Getty Images Photo Desk');
  });

  it.each([
    ['a stale page', () => splitRecord(store, recordOf('“Home at last,”'), 'X Y', 'ana', 7), /changed by someone else/],
    ['its own speaker', () => splitRecord(store, recordOf('“Home at last,”'), 'richard grennell', 'ana'), /already/],
    ['an unknown record', () => splitRecord(store, 999, 'X Y', 'ana'), /no attribution 999/],
  ])('refuses %s', (_what, run, message) => {
    expect(run).toThrow(message);
  });
});

describe('markNotSpeaker', () => {
  it('its records become unknown-speaker records back in the queue; the speaker goes', () => {
    const id = idOf('Getty Images');
    const record = recordOf('“Photo,”');
    store.review(record, { action: 'confirm', version: 1 }, 'ben');
    expect(markNotSpeaker(store, id, 'ana')).toEqual({ records: 1 });
    expect(store.getAttribution(record)).toMatchObject({
      speakerId: null,
      speakerMention: 'Getty Images',
      status: 'unreviewed',
      doubtCode: 'unresolved-speaker',
      doubtReason: 'A reviewer marked “Getty Images” as not a speaker',
    });
    expect(() => store.getSpeaker(id)).toThrow(/no speaker/);
    expect(Object.keys(counts())).not.toContain('Getty Images');
    expect(store.reviews(record).at(-1)).toMatchObject({ action: 'speaker', after: { speaker: null, status: 'unreviewed' } });
    expect(speakerLog(store, id)[0]).toMatchObject({ action: 'not-speaker', detail: { name: 'Getty Images', records: 1 } });
    expect(store.listAttributions({ q: 'Getty', searchIn: 'all' }, { limit: 10 }).items).toEqual([]);
  });

  it('a record it left with an unknown speaker can be given a speaker again from its page', () => {
    const record = recordOf('“Photo,”');
    markNotSpeaker(store, idOf('Getty Images'), 'ana');
    const { created } = splitRecord(store, record, 'Jane Photographer', 'ben', 2);
    expect(created).toBe(true);
    expect(store.getAttribution(record)).toMatchObject({ speakerName: 'Jane Photographer', status: 'corrected' });
    expect(store.reviews(record).at(-1)).toMatchObject({ userName: 'ben', before: { speaker: null }, after: { speaker: 'Jane Photographer' } });
    expect(speakerLog(store, idOf('Jane Photographer'))[0]).toMatchObject({ action: 'split', otherId: null, detail: { to: 'Jane Photographer' } });
  });

  it('a rejected record stays rejected', () => {
    const record = recordOf('“Photo,”');
    store.review(record, { action: 'reject', version: 1 }, 'ben');
    markNotSpeaker(store, idOf('Getty Images'), 'ana');
    expect(store.getAttribution(record).status).toBe('rejected');
  });
});

describe('the speakers list', () => {
  it('leaves out a speaker whose records are all rejected', () => {
    store.review(recordOf('“Photo,”'), { action: 'reject', version: 1 }, 'ben');
    expect(Object.keys(counts())).not.toContain('Getty Images');
  });
});

describe('another connection', () => {
  it('sees a merge through the speaker generation', () => {
    const other = Store.open(join(dir, 'test.db'));
    try {
      expect(other.listAttributions({ speaker: 'Richard Grennell' }, { limit: 10 }).items.map((r) => r.speakerName)).toEqual(['Richard Grennell', 'Richard Grennell']);
      mergeSpeakers(store, idOf('Richard Grennell'), idOf('Richard Grenell'), 'ana');
      expect(other.listAttributions({ speaker: 'Richard Grennell' }, { limit: 10 }).items.map((r) => r.speakerName)).toEqual([
        'Richard Grenell',
        'Richard Grenell',
        'Richard Grenell',
      ]);
    } finally {
      other.close();
    }
  });
});
