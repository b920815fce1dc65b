import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attribution, SourceType } from '../../src/schema/attribution.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { Store } from '../../src/store/store.js';
import { meta } from './fixtures.js';

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'saidby-speakers-'));
  store = Store.open(join(dir, 'test.db'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

type Said = [name: string | null, type?: SourceType, mention?: string];

/** An article whose n-th quotation is said by the n-th speaker (name null: an unknown speaker). */
function article(title: string, speakers: Said[]): { text: string; quotes: Attribution[] } {
  let text = `${title}.`;
  const quotes: Attribution[] = speakers.map(([name, type = 'person', mention], i) => {
    const quote = `“Quote ${i} of ${title},”`;
    const start = text.length + 1;
    const written = mention ?? name ?? 'he';
    text += ` ${quote} ${written} said.`;
    const mentionAt = start + quote.length + 1;
    return {
      id: `q${i}`,
      kind: 'direct',
      text: quote,
      start,
      end: start + quote.length,
      group: null,
      doubt: null,
      speaker: { name, mention: written, start: mentionAt, end: mentionAt + written.length, type },
      cue: null,
      cueKind: null,
      channel: null,
      reportedBy: null,
      confidence: 0.9,
      rule: 'test-fixture',
    };
  });
  return { text, quotes };
}

function add(title: string, speakers: Said[], day = 1): void {
  const { text, quotes } = article(title, speakers);
  store.addArticle({ text, meta: meta(title, `2025-02-${String(day).padStart(2, '0')}T05:00:00.000Z`) }, quotes);
}

const speakerNames = (): string[] => store.listSpeakers({ limit: 100 }).map((s) => s.name).sort();
const claimsBy = (speaker: string): string[] => store.listAttributions({ speaker }, { limit: 100 }).items.map((r) => r.speakerName ?? '');

/** Attributions per speaker, counted from the rows and as the triggers keep them. */
function counts(s: Store): { actual: Record<number, number>; kept: Record<number, number> } {
  const rows = s.db
    .prepare('SELECT sp.id, sp.attribution_count AS kept, (SELECT count(*) FROM attributions a WHERE a.speaker_id = sp.id) AS actual FROM speakers sp')
    .all() as { id: number; kept: number; actual: number }[];
  return {
    actual: Object.fromEntries(rows.map((r) => [r.id, r.actual])),
    kept: Object.fromEntries(rows.map((r) => [r.id, r.kept])),
  };
}

describe('one speaker per person across articles', () => {
  it('Donald J. Trump, Donald Trump and President Trump are one speaker, counted once, with every form kept', () => {
    add('One', [['Donald Trump'], ['Donald Trump']], 1);
    add('Two', [['Donald J. Trump']], 2);
    add('Three', [['President Trump']], 3);
    const speakers = store.listSpeakers({ limit: 100 });
    expect(speakers.map((s) => [s.name, s.attributions])).toEqual([['Donald Trump', 4]]);
    expect(store.speakerAliases(speakers[0]!.id)).toEqual(['Donald J. Trump', 'President Trump']);
  });

  it('Bill Clinton and Hillary Clinton are two speakers; a bare Clinton is whichever its article names', () => {
    add('Bill', [['Bill Clinton']], 1);
    add('Hillary', [['Hillary Clinton'], ['Clinton']], 2);
    add('Both', [['Bill Clinton'], ['Hillary Clinton'], ['Clinton']], 3);
    add('Neither', [['Clinton']], 4);
    const byName = Object.fromEntries(store.listSpeakers({ limit: 100 }).map((s) => [s.name, s.attributions]));
    // "Clinton" in "Both" could be either, and in "Neither" anyone: a speaker of its own
    expect(byName).toEqual({ 'Bill Clinton': 2, 'Hillary Clinton': 3, Clinton: 2 });
  });

  it('groups and bodies that contain a name are speakers of their own', () => {
    add('Groups', [['Donald Trump'], ['Trump supporters', 'anonymous'], ['the Trump campaign', 'organization'], ['Clinton aides', 'anonymous'], ['Hillary Clinton']]);
    expect(speakerNames()).toEqual(['Clinton aides', 'Donald Trump', 'Hillary Clinton', 'Trump supporters', 'the Trump campaign']);
  });

  it('unknown speakers (no name) and speakers named by a pronoun make no speaker', () => {
    add('Unknown', [[null, 'person', 'he'], ['he'], ['They', 'anonymous'], ['Richard Grenell']]);
    expect(speakerNames()).toEqual(['Richard Grenell']);
    const rows = store.listAttributions({}, { limit: 10 }).items;
    expect(rows.map((r) => [r.speakerName, r.speakerMention])).toEqual([
      [null, 'he'],
      [null, 'he'],
      [null, 'They'],
      ['Richard Grenell', 'Richard Grenell'],
    ]);
    expect(counts(store).kept).toEqual(counts(store).actual);
  });
});

describe('the speaker filter', () => {
  beforeEach(() => {
    add('One', [['Donald Trump'], ['Trump supporters', 'anonymous'], ['Richard Grenell']], 1);
    add('Two', [['Donald J. Trump'], ['the Trump campaign', 'organization'], ['Trump fans', 'anonymous']], 2);
    add('Three', [['Bill Clinton'], ['Hillary Clinton']], 3);
  });

  it('"trump" lists Donald Trump’s claims only and offers the groups as "did you mean"', () => {
    expect(claimsBy('trump')).toEqual(['Donald Trump', 'Donald Trump']);
    const choice = store.speakerChoice('trump');
    expect(choice.chosen.map((s) => s.name)).toEqual(['Donald Trump']);
    expect(choice.didYouMean.map((s) => s.name).sort()).toEqual(['Trump fans', 'Trump supporters', 'the Trump campaign']);
    expect(store.countAttributions({ speaker: 'trump' })).toEqual({ count: 2, capped: false });
  });

  it.each([
    ['grenel', ['Richard Grenell']],
    ['Ric Grenell', ['Richard Grenell']],
    ['Donald J. Trump', ['Donald Trump', 'Donald Trump']],
    ['trump supporters', ['Trump supporters']],
    ['hillary clinton', ['Hillary Clinton']],
    ['clinton', []], // two people: neither is guessed
    ['Joe Biden', []],
  ])('"%s" lists %j', (speaker, names) => {
    expect(claimsBy(speaker)).toEqual(names);
  });

  it('"clinton" offers both Clintons', () => {
    expect(store.speakerChoice('clinton').didYouMean.map((s) => s.name)).toEqual(['Bill Clinton', 'Hillary Clinton']);
  });
});

/** A database as saidby stored it before one speaker per person: schema 2, one speaker per key. */
function oldDatabase(path: string, articles: [title: string, speakers: [name: string, type?: SourceType][]][]): void {
  const db = new Database(path);
  db.exec(MIGRATIONS[0] as string);
  db.exec(MIGRATIONS[1] as string);
  db.pragma('user_version = 2');
  const speakerId = (name: string, type: SourceType): number => {
    const key = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const found = db.prepare('SELECT id FROM speakers WHERE key = ?').get(key) as { id: number } | undefined;
    return found?.id ?? Number(db.prepare('INSERT INTO speakers (name, key, type) VALUES (?, ?, ?)').run(name, key, type).lastInsertRowid);
  };
  let sortKey = 1;
  articles.forEach(([title, speakers], a) => {
    const articleId = Number(
      db
        .prepare("INSERT INTO articles (content_hash, title, text, created_at) VALUES (?, ?, ?, '2025-01-01')")
        .run(String(a).padStart(64, '0'), title, title).lastInsertRowid,
    );
    speakers.forEach(([name, type = 'person'], position) => {
      const text = `Quote ${position} of ${title}`;
      db.prepare(
        `INSERT INTO attributions (article_id, position, sort_key, extract_id, kind, text, start, end, speaker_id, speaker_mention, source_type, confidence, rule)
         VALUES (?, ?, ?, ?, 'direct', ?, 0, 1, ?, ?, ?, 0.9, 'old')`,
      ).run(articleId, position, sortKey, `q${position}`, text, speakerId(name, type), name, type);
      db.prepare('INSERT INTO attribution_search (rowid, text, speaker, title) VALUES (?, ?, ?, ?)').run(sortKey++, text, name, title);
    });
  });
  db.close();
}

describe('the migration to one speaker per person', () => {
  it('merges the people an older database stored apart, turns pronoun speakers into unknown ones, and keeps counts right', () => {
    store.close();
    const path = join(dir, 'old.db');
    oldDatabase(path, [
      ['One', [['Donald Trump'], ['he'], ['Bill Clinton'], ['Trump supporters', 'anonymous']]],
      ['Two', [['Donald J. Trump'], ['Trump'], ['Hillary Clinton'], ['Clinton'], ['she']]],
      ['Three', [['President Trump'], ['Clinton aides', 'anonymous'], ['the Trump campaign', 'organization']]],
      ['Four', [['Trump'], ['Clinton']]],
      ['Five', [['Ric Grenell'], ['Richard Grenell'], ['they', 'anonymous']]],
    ]);
    store = Store.open(path);
    expect(store.health().schemaVersion).toBe(MIGRATIONS.length);
    const byName = Object.fromEntries(store.listSpeakers({ limit: 100 }).map((s) => [s.name, s.attributions]));
    expect(byName).toEqual({
      'Donald Trump': 4, // Donald J. Trump, President Trump (the only Trump) and "Trump" in Two, which names him
      Trump: 1, // "Trump" in Four, an article that names no full form
      'Bill Clinton': 1,
      'Hillary Clinton': 2, // with "Clinton" in Two
      Clinton: 1,
      'Ric Grenell': 2, // stored first, so the speaker keeps that name
      'Trump supporters': 1,
      'Clinton aides': 1,
      'the Trump campaign': 1,
    });
    const donald = store.listSpeakers({ limit: 100 }).find((s) => s.name === 'Donald Trump')!;
    expect(store.speakerAliases(donald.id).sort()).toEqual(['Donald J. Trump', 'President Trump', 'Trump']);
    const { actual, kept } = counts(store);
    expect(kept).toEqual(actual);
    // the pronoun speakers are unknown speakers now, the mention kept, their name out of the search row
    const unknown = store.db.prepare('SELECT speaker_mention FROM attributions WHERE speaker_id IS NULL ORDER BY id').pluck().all();
    expect(unknown).toEqual(['he', 'she', 'they']);
    expect(store.listAttributions({ q: 'she' }, { limit: 10 }).items).toEqual([]);
    // and the filter reads the merged speakers
    expect(store.listAttributions({ speaker: 'Donald J. Trump' }, { limit: 10 }).items).toHaveLength(4);
  });

  it('a database already migrated opens as it is', () => {
    add('One', [['Donald Trump'], ['Donald J. Trump']]);
    store.close();
    store = Store.open(join(dir, 'test.db'));
    expect(store.listSpeakers({ limit: 10 }).map((s) => [s.name, s.attributions])).toEqual([['Donald Trump', 2]]);
  });
});

describe('descriptions are speakers of their own article only', () => {
  it('“the company” in two articles is two speakers; “The State Department” is one', () => {
    const a = article('First', [['the company', 'organization'], ['The State Department', 'government']]);
    const b = article('Second', [['the company', 'organization'], ['The State Department', 'government']]);
    const idsA = store.articleAttributions(store.addArticle({ text: a.text, meta: meta('First') }, a.quotes).articleId).map((r) => r.speakerId);
    const idsB = store.articleAttributions(store.addArticle({ text: b.text, meta: meta('Second') }, b.quotes).articleId).map((r) => r.speakerId);
    expect(idsA[0]).not.toBe(idsB[0]);
    expect(idsA[1]).toBe(idsB[1]);
  });
});
