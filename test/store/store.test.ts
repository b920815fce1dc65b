import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError, UserExistsError, VersionConflictError } from '../../src/store/errors.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { Store } from '../../src/store/store.js';
import { toSearchQuery } from '../../src/store/search-query.js';
import { attributionIn, meta, VENEZUELA_TEXT, venezuelaQuotes } from './fixtures.js';

let dir: string;
let store: Store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'saidby-store-'));
  store = Store.open(join(dir, 'test.db'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Attributions per speaker id, counted from the rows. */
function actualCounts(s: Store): Record<number, number> {
  const rows = s.db
    .prepare('SELECT sp.id, (SELECT count(*) FROM attributions a WHERE a.speaker_id = sp.id) AS n FROM speakers sp ORDER BY sp.id')
    .all() as { id: number; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.n]));
}

/** Attributions per speaker id, as the triggers keep them. */
function keptCounts(s: Store): Record<number, number> {
  const rows = s.db.prepare('SELECT id, attribution_count AS n FROM speakers ORDER BY id').all() as { id: number; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.n]));
}

function seed(): number {
  const r = store.addArticle({ text: VENEZUELA_TEXT, meta: meta('Six Americans head home') }, venezuelaQuotes());
  return r.articleId;
}

describe('migrations', () => {
  it('a new database is at the latest schema version, in WAL mode', () => {
    expect(store.health().schemaVersion).toBe(MIGRATIONS.length);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('a database at schema 1 gets its per-speaker counts filled in by migration 2', () => {
    seed();
    const expected = actualCounts(store);
    // Back to schema 1: no counts, no triggers, no written forms.
    store.db.exec(`
      DROP TABLE cluster_wordings; DROP TABLE cluster_speakers; DROP TRIGGER attribution_left_cluster; DROP TRIGGER member_left_cluster;
      DROP TRIGGER cluster_wording_changed; DROP TRIGGER cluster_speaker_changed;
      DROP TRIGGER cluster_member_status; DROP TRIGGER cluster_article_date;
      DROP TABLE cluster_keys; DROP TABLE cluster_members; DROP TABLE quote_clusters;
      DROP TABLE speaker_aliases;
      DROP INDEX attributions_visible; DROP INDEX attributions_visible_speaker; DROP INDEX attributions_queue;
      DROP TABLE article_log; DROP TABLE speaker_log;
      DROP TABLE feed_items; DROP TABLE feeds;
      DROP TRIGGER attributions_count_insert; DROP TRIGGER attributions_count_delete;
      DROP TRIGGER attributions_count_update; DROP INDEX speakers_by_count;
      ALTER TABLE speakers DROP COLUMN attribution_count;
      DROP INDEX attributions_cue_kind; ALTER TABLE attributions DROP COLUMN cue_kind;
      ALTER TABLE attributions DROP COLUMN doubt_code; ALTER TABLE attributions DROP COLUMN doubt_reason;
      PRAGMA user_version = 1;`);
    store.close();
    store = Store.open(join(dir, 'test.db'));
    expect(store.health().schemaVersion).toBe(MIGRATIONS.length);
    expect(keptCounts(store)).toEqual(expected);
    expect(Object.values(expected).some((n) => n > 1)).toBe(true);
  });

  it('reopening an up-to-date database runs no migration again', () => {
    seed();
    store.close();
    store = Store.open(join(dir, 'test.db'));
    expect(store.articleCount()).toBe(1);
  });
});

describe('addArticle', () => {
  it('stores the article with its attributions in reading order', () => {
    const id = seed();
    const rows = store.articleAttributions(id);
    expect(rows.map((r) => r.speakerName)).toEqual(['Donald Trump', 'Richard Grenell', 'Donald Trump', 'Nicolás Maduro']);
    expect(rows.every((r) => VENEZUELA_TEXT.slice(r.start, r.end) === r.text)).toBe(true);
    expect(store.getArticle(id).authors).toEqual(['Alejandra Jaramillo']);
  });

  it('the same article twice (even re-wrapped) is stored once', () => {
    const first = seed();
    const again = store.addArticle(
      { text: VENEZUELA_TEXT.replaceAll('\n', '\r\n') + '\n\n', meta: meta('Six Americans head home') },
      venezuelaQuotes(),
    );
    expect(again).toEqual({ status: 'duplicate', articleId: first, attributions: 4 });
    expect(store.articleCount()).toBe(1);
  });

  it('a changed word makes a different article', () => {
    seed();
    const text = VENEZUELA_TEXT.replace('Six', 'Seven');
    expect(store.addArticle({ text, meta: meta('Seven') }, venezuelaQuotes(text)).status).toBe('ingested');
  });

  it('a failure mid-article leaves neither the article nor any of its attributions', () => {
    const quotes = venezuelaQuotes();
    // kind violates nothing in SQL, but 5000 attributions overflow the sort key: the insert throws late
    const tooMany = Array.from({ length: 5000 }, (_, i) => ({ ...quotes[0]!, id: `x${i}`, start: i, end: i + 1 }));
    expect(() => store.addArticle({ text: VENEZUELA_TEXT, meta: meta('Too many') }, tooMany)).toThrow(/at most 4096/);
    expect(store.articleCount()).toBe(0);
    expect(store.db.prepare('SELECT count(*) AS n FROM attributions').get()).toEqual({ n: 0 });
    expect(store.db.prepare('SELECT count(*) AS n FROM speakers').get()).toEqual({ n: 0 });
  });
});

describe('listAttributions', () => {
  it('lists newest article first, each article in reading order', () => {
    const older = 'Old news. “An old quote,” Trump said.';
    store.addArticle({ text: older, meta: meta('Old', '2020-01-01T00:00:00Z') }, [
      attributionIn(older, '“An old quote,”', 'Donald Trump', 'Trump', 'said'),
    ]);
    seed();
    const page = store.listAttributions({}, { limit: 50 });
    expect(page.items.map((r) => r.articleTitle)).toEqual([...Array(4).fill('Six Americans head home'), 'Old']);
    expect(page.items.slice(0, 4).map((r) => r.position)).toEqual([0, 1, 2, 3]);
  });

  it('pages forward and back with keyset cursors', () => {
    seed();
    const p1 = store.listAttributions({}, { limit: 3 });
    expect(p1.items).toHaveLength(3);
    expect(p1.prev).toBeNull();
    const p2 = store.listAttributions({}, { limit: 3, after: p1.next! });
    expect(p2.items.map((r) => r.position)).toEqual([3]);
    expect(p2.next).toBeNull();
    const back = store.listAttributions({}, { limit: 3, before: p2.prev! });
    expect(back.items.map((r) => r.id)).toEqual(p1.items.map((r) => r.id));
  });

  const speakerRows: [string, string[]][] = [
    ['grenel', ['Richard Grenell']],
    ['Ric Grenell', ['Richard Grenell']],
    ['Richard Grenell', ['Richard Grenell']],
    ['trump', ['Donald Trump', 'Donald Trump']],
    ['nicolas maduro', ['Nicolás Maduro']],
    ['Joe Biden', []],
  ];
  it.each(speakerRows)('speaker "%s" lists %j', (speaker, names) => {
    seed();
    expect(store.listAttributions({ speaker }, { limit: 50 }).items.map((r) => r.speakerName)).toEqual(names);
  });

  it('a speaker stored by another process (ingest beside serve) is found at once', () => {
    expect(store.findSpeakers('grenel')).toEqual([]);
    const other = Store.open(join(dir, 'test.db'));
    other.addArticle({ text: VENEZUELA_TEXT, meta: meta('Six Americans head home') }, venezuelaQuotes());
    other.close();
    expect(store.findSpeakers('grenel').map((s) => s.name)).toEqual(['Richard Grenell']);
  });

  it('a speaker added here after a search is found by the same search (the remembered match is dropped)', () => {
    const id = seed();
    expect(store.findSpeakers('nixon')).toEqual([]);
    const [first] = store.articleAttributions(id);
    store.review(first!.id, { action: 'correct', version: 1, changes: { speaker: 'Richard Nixon' } }, 'ana');
    expect(store.findSpeakers('nixon').map((s) => s.name)).toEqual(['Richard Nixon']);
    expect(store.listAttributions({ speaker: 'nixon' }, { limit: 50 }).items.map((r) => r.id)).toEqual([first!.id]);
  });

  it('Maduro does not find Grenell', () => {
    seed();
    const names = store.listAttributions({ speaker: 'Maduro' }, { limit: 50 }).items.map((r) => r.speakerName);
    expect(names).not.toContain('Richard Grenell');
  });

  // Searched in the quote or claim ('text', the default) or with speaker and title ('all').
  const ftsRows: [string, 'text' | 'all', number][] = [
    ['hostages', 'text', 1], // quote text
    ['hostage', 'text', 1], // stemmed: "hostage" finds "hostages"
    ['HOSTAGES home', 'text', 1],
    ['head', 'text', 1], // "headed home"
    ['grenell', 'text', 0], // a speaker name is not quote text…
    ['grenell', 'all', 1], // …unless speaker and title are searched too
    ['head hostages', 'all', 1], // a title word and a quote word meet in one row
    ['americans', 'all', 4], // article title
    ['americans', 'text', 1], // "American citizens"
    ['nicolas', 'all', 1], // diacritics folded
    ['nicolas', 'text', 0],
    ['venez*', 'text', 2], // prefix
    ['"six hostages"', 'text', 1], // phrase
    ['"hostages six"', 'text', 0], // a phrase keeps its order
    ['home -hostages', 'text', 1], // exclusion
    ['venezuela -trump', 'all', 1], // leaves out Trump's (his name is the speaker)
    ['venezuela -trump', 'text', 2], // in the text alone, nobody quoted says "Trump"
    ['"OR" * -', 'all', 0], // nothing to look for matches nothing (the site and CLI refuse it)
    ['zebra', 'all', 0],
  ];
  it.each(ftsRows)('full text "%s" in %s finds %i', (q, searchIn, n) => {
    seed();
    expect(store.listAttributions({ q, searchIn }, { limit: 50 }).items).toHaveLength(n);
    expect(store.countAttributions({ q, searchIn }).count).toBe(n);
  });

  it('filters combine: speaker, kind, status, source type, text', () => {
    seed();
    expect(store.listAttributions({ speaker: 'trump', q: 'hostages' }, { limit: 50 }).items).toHaveLength(1);
    expect(store.listAttributions({ kind: 'indirect' }, { limit: 50 }).items).toHaveLength(0);
    expect(store.listAttributions({ status: 'unreviewed', sourceType: 'person' }, { limit: 50 }).items).toHaveLength(4);
  });

  it('counts up to a cap, then says so', () => {
    seed();
    expect(store.countAttributions({})).toEqual({ count: 4, capped: false });
    expect(store.countAttributions({}, 2)).toEqual({ count: 2, capped: true });
    expect(store.countAttributions({ speaker: 'trump' })).toEqual({ count: 2, capped: false });
  });

  it('a speaker filter alone is counted exactly, past the cap; combined with another filter, up to it', () => {
    seed();
    expect(store.countAttributions({ speaker: 'trump' }, 1)).toEqual({ count: 2, capped: false });
    expect(store.countAttributions({ speaker: 'trump', kind: 'direct' }, 1)).toEqual({ count: 1, capped: true });
    expect(store.countAttributions({ speaker: 'nobody at all' }, 1)).toEqual({ count: 0, capped: false });
  });
});

describe('attributions per speaker, kept by triggers', () => {
  it('follow ingest, speaker corrections (to a new and to an existing speaker, and to none) and deletes', () => {
    const id = seed();
    const other = VENEZUELA_TEXT.replace('Friday', 'Saturday');
    store.addArticle({ text: other, meta: meta('Six Americans land') }, venezuelaQuotes(other));
    expect(keptCounts(store)).toEqual(actualCounts(store));
    const [first, second, third] = store.articleAttributions(id);
    store.review(first!.id, { action: 'correct', version: 1, changes: { speaker: 'Richard Nixon' } }, 'ana');
    store.review(second!.id, { action: 'correct', version: 1, changes: { speaker: first!.speakerName } }, 'ana');
    store.review(third!.id, { action: 'correct', version: 1, changes: { speaker: null } }, 'ana');
    // A change that leaves the speaker as it was moves nothing.
    store.review(first!.id, { action: 'confirm', version: 2 }, 'ana');
    expect(keptCounts(store)).toEqual(actualCounts(store));
    // Deleting an article deletes its attributions (ON DELETE CASCADE), which fires the triggers too.
    store.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(keptCounts(store)).toEqual(actualCounts(store));
  });

  it('the speakers list reads them: most quoted first, and narrowed by name', () => {
    seed();
    const all = store.listSpeakers({ limit: 50 });
    const counts = actualCounts(store);
    expect(all.map((s) => s.attributions)).toEqual(all.map((s) => counts[s.id]));
    expect(all.map((s) => s.attributions)).toEqual([...all.map((s) => s.attributions)].sort((a, b) => b - a));
    const trump = store.listSpeakers({ name: 'trump', limit: 50 });
    expect(trump.length).toBeGreaterThan(0);
    expect(trump.every((s) => /trump/i.test(s.name))).toBe(true);
    expect(store.listSpeakers({ limit: 1, offset: 1 })).toEqual(all.slice(1, 2));
  });
});

describe('review', () => {
  it('a correction changes the fields, bumps the version and writes the audit log', () => {
    const id = seed();
    const [first] = store.articleAttributions(id);
    const after = store.review(
      first!.id,
      { action: 'correct', version: 1, note: 'was Grenell', changes: { speaker: 'Ric Grenell', channelType: 'statement' } },
      'ana',
    );
    // "Ric Grenell" is a short form of the Richard Grenell already stored: the claim is his.
    expect(after).toMatchObject({ speakerName: 'Richard Grenell', channelType: 'statement', status: 'corrected', version: 2 });
    expect(store.speakerAliases(after.speakerId!)).toEqual(['Ric Grenell']);
    const [log] = store.reviews(first!.id);
    expect(log).toMatchObject({ userName: 'ana', action: 'correct', note: 'was Grenell' });
    expect(log!.before.speaker).toBe('Donald Trump');
    expect(log!.after.speaker).toBe('Ric Grenell');
    // the search row follows the corrected speaker
    expect(store.listAttributions({ q: 'ric', searchIn: 'all' }, { limit: 50 }).items.map((r) => r.id)).toEqual([first!.id]);
  });

  it('a "correct" that changes nothing (the form sent back as it was) is kept as a confirmation', () => {
    const id = seed();
    const [first] = store.articleAttributions(id);
    const after = store.review(
      first!.id,
      { action: 'correct', version: 1, note: 'checked the video', changes: { speaker: first!.speakerName, channelType: first!.channelType } },
      'ana',
    );
    expect(after).toMatchObject({ speakerName: first!.speakerName, status: 'confirmed', note: 'checked the video', version: 2 });
    const [log] = store.reviews(first!.id);
    expect(log).toMatchObject({ action: 'confirm', note: 'checked the video' });
    expect(log!.after.status).toBe('confirmed');
    // A real change is still a correction.
    const changed = store.review(first!.id, { action: 'correct', version: 2, changes: { kind: 'indirect' } }, 'ana');
    expect(changed).toMatchObject({ status: 'corrected', kind: 'indirect' });
  });

  it('an edit from a stale page is refused, the first edit kept', () => {
    const id = seed();
    const [first] = store.articleAttributions(id);
    store.review(first!.id, { action: 'confirm', version: 1 }, 'ana');
    expect(() => store.review(first!.id, { action: 'reject', version: 1 }, 'ben')).toThrow(VersionConflictError);
    expect(store.getAttribution(first!.id).status).toBe('confirmed');
    expect(store.reviews(first!.id)).toHaveLength(1);
  });

  it('an unknown attribution is NotFound', () => {
    expect(() => store.review(999, { action: 'confirm', version: 1 }, 'ana')).toThrow(NotFoundError);
  });
});

describe('export', () => {
  it("streams every matching row, article by article in reading order", () => {
    seed();
    const { rows, close } = store.exportAttributions({ speaker: 'trump' });
    const all = [...rows];
    close();
    expect(all.map((r) => r.position)).toEqual([0, 2]);
  });

  it('the store answers other queries while an export is paused', () => {
    seed();
    const { rows, close } = store.exportAttributions({});
    const it = rows[Symbol.iterator]();
    it.next();
    expect(store.listAttributions({}, { limit: 1 }).items).toHaveLength(1);
    close();
  });
});

describe('users and settings', () => {
  it('a user name is taken once', () => {
    store.addUser('ana', 'scrypt$x');
    expect(() => store.addUser('ana', 'scrypt$y')).toThrow(UserExistsError);
  });
});

describe('toSearchQuery', () => {
  it.each([
    ['Trump’s envoy', 'text', '{text} : ("trump s" "envoy")'],
    ['a OR b', 'all', '("a" "or" "b")'],
    ['deport* -trump', 'text', '{text} : ("deport" *) NOT {text} : ("trump")'],
    ['"six hostages" -"white house"', 'all', '("six hostages") NOT ("white house")'],
    ['NEAR(a b) {speaker} : x', 'text', '{text} : ("near a" "b" "speaker" "x")'],
    ['"*-', 'text', null],
    ['-trump', 'text', null],
  ] as const)('%s in %s -> %s', (q, scope, fts) => {
    const search = toSearchQuery(q, scope);
    expect(search.ok ? search.fts : null).toBe(fts);
  });
});

describe('records that need a human look', () => {
  const UNKNOWN_TEXT = 'Walsh and Haddad met. “We will keep talking,” he said.';
  function addUnknown(): number {
    const q = attributionIn(UNKNOWN_TEXT, '“We will keep talking,”', null);
    const at = UNKNOWN_TEXT.indexOf('he said');
    q.speaker = { name: null, mention: 'he', start: at, end: at + 2, type: 'person' };
    q.doubt = { code: 'ambiguous-speaker', reason: '“he” could be Walsh or Haddad: both are named just before.' };
    return store.addArticle({ text: UNKNOWN_TEXT, meta: meta('Talks') }, [q]).articleId;
  }

  it('an unknown speaker is stored with its mention and reason, and makes no speaker', () => {
    const articleId = addUnknown();
    const [row] = store.articleAttributions(articleId);
    expect(row).toMatchObject({ speakerId: null, speakerName: null, speakerMention: 'he', doubtCode: 'ambiguous-speaker' });
    expect(row?.doubtReason).toMatch(/could be Walsh or Haddad/);
    expect(store.db.prepare('SELECT count(*) AS n FROM speakers').get()).toEqual({ n: 0 });
    const page = store.listAttributionSummaries({}, { limit: 50 });
    expect(page.items[0]).toMatchObject({ speakerMention: 'he', doubtCode: 'ambiguous-speaker' });
  });

  it('a record with nothing in doubt has no reason', () => {
    seed();
    expect(store.listAttributions({}, { limit: 50 }).items.every((a) => a.doubtCode === null)).toBe(true);
  });
});

describe('the kind of claim', () => {
  it('is stored with each record and filters the list ("assertion" keeps to what was asserted)', () => {
    const text = 'Ortiz said the law was void. Ortiz believes the court will agree.';
    const said = { ...attributionIn(text, 'the law was void', 'Ana Ortiz', 'Ortiz', 'said'), kind: 'indirect' as const, cueKind: 'assertion' as const };
    const believes = { ...attributionIn(text, 'the court will agree', 'Ana Ortiz', 'Ortiz', 'believes'), kind: 'indirect' as const, cueKind: 'belief' as const };
    const { articleId } = store.addArticle({ text, meta: meta('Law') }, [said, believes]);
    expect(store.articleAttributions(articleId).map((r) => r.cueKind)).toEqual(['assertion', 'belief']);
    const texts = (cueKind: 'assertion' | 'belief' | 'question') => store.listAttributions({ cueKind }, { limit: 50 }).items.map((r) => r.text);
    expect(texts('assertion')).toEqual(['the law was void']);
    expect(texts('belief')).toEqual(['the court will agree']);
    expect(texts('question')).toEqual([]);
  });
});
