import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { provenanceOf } from '../../src/cluster/provenance.js';
import { articleFromContent, ingestArticle } from '../../src/ingest/ingest.js';
import { claimReviewOf } from '../../src/store/claim-review.js';
import { CSV_HEADER } from '../../src/store/export-format.js';
import { clusterWordingsBackfill } from '../../src/store/cluster-counts.js';
import { Store } from '../../src/store/store.js';
import { STORIES, storyText } from '../cluster/stories.js';

let store: Store;

beforeEach(() => {
  store = Store.open(':memory:');
  for (const s of STORIES) ingestArticle(store, articleFromContent(storyText(s), '.txt', s.file));
});
afterEach(() => store.close());

interface Rec {
  id: number;
  outlet: string;
  speaker: string | null;
  text: string;
}
function records(): Rec[] {
  return store.db
    .prepare(
      `SELECT a.id, ar.outlet, s.name AS speaker, a.text FROM attributions a JOIN articles ar ON ar.id = a.article_id
       LEFT JOIN speakers s ON s.id = a.speaker_id ORDER BY a.id`,
    )
    .all() as Rec[];
}
function find(outlet: string, words: string): Rec {
  const r = records().find((x) => x.outlet === outlet && x.text.includes(words));
  if (!r) throw new Error(`no record with ${words} in ${outlet}`);
  return r;
}
const clusterOf = (r: Rec) => store.clusterSummaries([r.id]).get(r.id);

/**
 * The kept wordings and speakers (the main ones on the cluster's row, the others in their tables;
 * a count of 0 kept on the row is no wording), and the same counted afresh from the members.
 */
const keptAndCounted = () => ({
  kept: {
    wordings: store.db
      .prepare(
        `SELECT cluster_id, kind, text, count FROM cluster_wordings
         UNION ALL SELECT id, main_kind, main_text, main_count FROM quote_clusters WHERE main_count <> 0 ORDER BY 1, 2, 3`,
      )
      .all(),
    speakers: store.db
      .prepare(
        `SELECT cluster_id, speaker_id, count FROM cluster_speakers
         UNION ALL SELECT id, main_speaker, main_speaker_count FROM quote_clusters WHERE main_speaker_count <> 0 ORDER BY 1, 2`,
      )
      .all(),
  },
  counted: {
    wordings: store.db
      .prepare(
        `SELECT m.cluster_id, a.kind, a.text, count(*) AS count FROM cluster_members m JOIN attributions a ON a.id = m.attribution_id
         WHERE a.status <> 'rejected' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      )
      .all(),
    speakers: store.db
      .prepare(
        `SELECT m.cluster_id, a.speaker_id, count(*) AS count FROM cluster_members m JOIN attributions a ON a.id = m.attribution_id
         WHERE a.status <> 'rejected' AND a.speaker_id IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
      )
      .all(),
  },
});

describe('one statement across outlets', () => {
  it('verbatim, reworded, partial and re-attributed copies are one cluster; the common phrase is in none of it', () => {
    const tax = ['Harbor Gazette', 'Valley Tribune', 'River Post', 'Coast Herald', 'Metro Daily', 'Lake Courier'].map((o) => find(o, 'water tax'));
    const ids = new Set(tax.map((r) => clusterOf(r)?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTypeOf('number');
    const summary = clusterOf(tax[0]!)!;
    expect(summary).toMatchObject({ size: 6, articles: 6 });

    const monitoring = records().filter((r) => r.text.includes('monitoring the situation'));
    expect(monitoring).toHaveLength(3);
    for (const r of monitoring) expect(clusterOf(r)?.id).not.toBe(summary.id);
    // Ruiz's and Berg's identical "We are monitoring the situation closely" are two people's common phrase.
    expect(new Set(monitoring.map((r) => clusterOf(r)?.id ?? `alone-${r.id}`)).size).toBe(3);
    // The paraphrased claim with no quotation joins no quotation.
    const claim = records().find((r) => r.text === 'the promise on Friday');
    if (claim) expect(clusterOf(claim)).toBeUndefined();
  });

  it('the earliest is the first by article date, then by when it was stored (not the first stored)', () => {
    const harbor = find('Harbor Gazette', 'water tax');
    const summary = clusterOf(harbor)!;
    // Harbor Gazette and Valley Tribune are both dated March 3; Harbor Gazette was stored first.
    expect(summary.earliest).toMatchObject({ attributionId: harbor.id, outlet: 'Harbor Gazette' });
    expect(summary.earliest.date.startsWith('2025-03-03')).toBe(true);
  });

  it('the appearances in time order, flagged against the earliest', () => {
    const summary = clusterOf(find('River Post', 'water tax'))!;
    const cluster = store.clusterAppearances(summary.id);
    const p = provenanceOf(cluster.earliest, cluster.appearances, cluster.variants, cluster.otherSpeakers);
    expect(p.entries.map((e) => e.outlet)).toEqual(['Harbor Gazette', 'Valley Tribune', 'River Post', 'Coast Herald', 'Metro Daily', 'Lake Courier']);
    const by = (outlet: string) => p.entries.find((e) => e.outlet === outlet)!;
    expect(by('Harbor Gazette')).toMatchObject({ earliest: true, changedWording: false, differentSpeaker: false });
    expect(by('Valley Tribune')).toMatchObject({ changedWording: false, differentSpeaker: false, significant: [] });
    expect(by('River Post')).toMatchObject({ changedWording: true, significant: ['number'] });
    expect(by('River Post').diff?.parts.filter((d) => d.kind !== 'same').map((d) => `${d.kind} ${d.text}`)).toEqual(['removed 40', 'added 14']);
    expect(by('Coast Herald')).toMatchObject({ changedWording: true, significant: ['negation'] });
    expect(by('Metro Daily')).toMatchObject({ changedWording: false, differentSpeaker: false });
    expect(by('Metro Daily').diff?.shorter).toBe(true);
    expect(by('Lake Courier')).toMatchObject({ changedWording: false, differentSpeaker: true, speakerName: 'Tom Berg' });
    expect(p).toMatchObject({ differentSpeakers: 1, changedWording: 2, significant: ['number', 'negation'] });
    expect(cluster).toMatchObject({ total: 6, articles: 6, from: 0, next: null });
    // Harbor Gazette, Valley Tribune and Lake Courier (Tom Berg) quote the same words: one variant
    expect(cluster.variants.map((v) => v.count).sort()).toEqual([1, 1, 1, 3]);
    expect(cluster.otherSpeakers).toBe(1);
  });

  it('a page of appearances at a time, the flags still over all of them', () => {
    const id = clusterOf(find('River Post', 'water tax'))!.id;
    const first = store.clusterAppearances(id, 0, 4);
    expect(first.appearances.map((a) => a.outlet)).toEqual(['Harbor Gazette', 'Valley Tribune', 'River Post', 'Coast Herald']);
    expect(first.next).toBe(4);
    const second = store.clusterAppearances(id, 4, 4);
    expect(second.appearances.map((a) => a.outlet)).toEqual(['Metro Daily', 'Lake Courier']);
    expect(second.next).toBeNull();
    const p = provenanceOf(second.earliest, second.appearances, second.variants, second.otherSpeakers);
    expect(p.earliest.outlet).toBe('Harbor Gazette');
    expect(p.entries.some((e) => e.earliest)).toBe(false);
    expect(p).toMatchObject({ differentSpeakers: 1, changedWording: 2 });
  });

  it('a rejected record leaves the counts and the page; deleting an article takes its record out', () => {
    const river = find('River Post', 'water tax');
    const id = clusterOf(river)!.id;
    store.review(river.id, { action: 'reject', version: 1 }, 'ana');
    expect(store.clusterAppearances(id).appearances.map((a) => a.outlet)).not.toContain('River Post');
    expect(clusterOf(find('Harbor Gazette', 'water tax'))).toMatchObject({ size: 5, articles: 5 });
    store.review(river.id, { action: 'confirm', version: 2 }, 'ana');
    expect(clusterOf(find('Harbor Gazette', 'water tax'))).toMatchObject({ size: 6, articles: 6 });

    const harbor = find('Harbor Gazette', 'water tax');
    store.db.prepare('DELETE FROM articles WHERE outlet = ?').run('Harbor Gazette');
    const after = clusterOf(find('Valley Tribune', 'water tax'))!;
    expect(after).toMatchObject({ id, size: 5, articles: 5 });
    expect(after.earliest.outlet).toBe('Valley Tribune');
    expect(after.earliest.attributionId).not.toBe(harbor.id);
  });

  it('the wordings and speakers a cluster keeps follow rejection, a new speaker, new words, leaving and deletion', () => {
    const check = () => {
      const { kept, counted } = keptAndCounted();
      expect(kept.wordings.length).toBeGreaterThan(0);
      expect(kept).toEqual(counted);
    };
    check();
    const river = find('River Post', 'water tax');
    const id = clusterOf(river)!.id;
    store.review(river.id, { action: 'reject', version: 1 }, 'ana');
    check();
    expect(store.clusterAppearances(id).variants).toHaveLength(3);
    store.review(river.id, { action: 'confirm', version: 2 }, 'ana');
    check();
    const lake = find('Lake Courier', 'water tax');
    const harbor = find('Harbor Gazette', 'water tax');
    const valley = find('Valley Tribune', 'water tax');
    // The cluster's main wording and speaker, its first stored member's (River Post's, the changed
    // number, by Elena Ruiz), counted on its row.
    const main = () => store.db.prepare('SELECT main_count AS words, main_speaker_count AS speaker FROM quote_clusters WHERE id = ?').get(id);
    expect(main()).toEqual({ words: 1, speaker: 5 });
    // A variant's words becoming the main ones and back; the main ones becoming a variant's and back.
    store.db.prepare('UPDATE attributions SET text = ? WHERE id = ?').run(river.text, valley.id);
    check();
    expect(main()).toEqual({ words: 2, speaker: 5 });
    store.db.prepare('UPDATE attributions SET text = ? WHERE id = ?').run(valley.text, valley.id);
    store.db.prepare('UPDATE attributions SET text = ? WHERE id = ?').run(harbor.text, river.id);
    check();
    expect(main()).toEqual({ words: 0, speaker: 5 });
    store.db.prepare('UPDATE attributions SET text = ? WHERE id = ?').run(river.text, river.id);
    check();
    // No member left with the main words or speaker, then back.
    const version = (r: Rec) => store.db.prepare('SELECT version FROM attributions WHERE id = ?').pluck().get(r.id) as number;
    for (const r of [river, harbor, valley]) store.review(r.id, { action: 'reject', version: version(r) }, 'ana');
    check();
    expect(main()).toEqual({ words: 0, speaker: 2 });
    expect(store.clusterAppearances(id).variants.map((v) => v.count).sort()).toEqual([1, 1, 1]);
    for (const r of [river, harbor, valley]) store.review(r.id, { action: 'confirm', version: version(r) }, 'ana');
    check();
    expect(main()).toEqual({ words: 1, speaker: 5 });
    store.db.prepare('UPDATE attributions SET speaker_id = (SELECT speaker_id FROM attributions WHERE id = ?) WHERE id = ?').run(harbor.id, lake.id);
    check();
    expect(store.clusterAppearances(id).otherSpeakers).toBe(0);
    store.db.prepare('UPDATE attributions SET text = ? WHERE id = ?').run('We will not raise the water tax by 41 percent this year', lake.id);
    check();
    store.db.prepare('DELETE FROM cluster_members WHERE attribution_id = ?').run(lake.id);
    check();
    store.db.prepare('DELETE FROM articles WHERE outlet = ?').run('Harbor Gazette');
    check();
    expect(store.clusterAppearances(id).otherSpeakers).toBe(0);
  });

  it('an article stored later joins the existing cluster', () => {
    const id = clusterOf(find('Harbor Gazette', 'water tax'))!.id;
    const late = '“We will not raise the water tax by 40 percent this year, whatever the council decides in March,” Mayor Elena Ruiz said again.\n\nPublished: April 1, 2025\n\nBy Sam Reed, Late News';
    ingestArticle(store, articleFromContent(`Water tax again\n\n${late}`, '.txt', 'late.txt'));
    const rec = records().find((r) => r.outlet === 'Late News' && r.text.includes('water tax'));
    expect(clusterOf(rec!)).toMatchObject({ id, size: 7, articles: 7 });
  });

  it("an article's corrected date moves its appearance in time order and can make it the earliest", () => {
    const id = clusterOf(find('Lake Courier', 'water tax'))!.id;
    store.db.prepare('UPDATE articles SET published = ? WHERE outlet = ?').run('2025-01-02T00:00:00.000Z', 'Lake Courier');
    const c = store.clusterAppearances(id);
    expect(c.appearances[0]?.outlet).toBe('Lake Courier');
    expect(clusterOf(find('River Post', 'water tax'))?.earliest.outlet).toBe('Lake Courier');
    // now Tom Berg is the earliest speaker: the five of Elena Ruiz are the other speaker
    expect(provenanceOf(c.earliest, c.appearances, c.variants, c.otherSpeakers).differentSpeakers).toBe(5);
  });

  it('no cluster is a 404-style NotFoundError', () => {
    expect(() => store.clusterAppearances(999_999)).toThrow(/no cluster/);
  });
});

/** Migration 13's objects (the triggers go with their tables). */
const DROP_13 = 'DROP TABLE cluster_wordings; DROP TABLE cluster_speakers; DROP TRIGGER attribution_left_cluster; DROP TRIGGER member_left_cluster; DROP TRIGGER cluster_wording_changed; DROP TRIGGER cluster_speaker_changed;';
/** Migration 14's columns (its triggers replace 13's, which DROP_13 drops). */
const DROP_14 = ['main_kind', 'main_text', 'main_count', 'main_speaker', 'main_speaker_count'].map((c) => `ALTER TABLE quote_clusters DROP COLUMN ${c};`).join(' ');

describe('migration 13', () => {
  it('counts the wordings and speakers of the clusters stored before it, as the triggers keep them', async () => {
    const river = find('River Post', 'water tax');
    store.review(river.id, { action: 'reject', version: 1 }, 'ana');
    const { kept } = keptAndCounted();
    const page = store.clusterAppearances(clusterOf(find('Harbor Gazette', 'water tax'))!.id);
    store.db.exec(`${DROP_13} ${DROP_14} PRAGMA user_version = 12;`);
    const { migrate } = await import('../../src/store/migrations.js');
    migrate(store.db);
    expect(keptAndCounted()).toEqual({ kept, counted: kept });
    expect(store.clusterAppearances(page.id)).toEqual(page);
  });
});

describe('migration 14', () => {
  it("moves each cluster's most counted wording and speaker onto its row, the counts and pages unchanged", async () => {
    store.db.prepare('UPDATE attributions SET text = ? WHERE id = ?').run(find('Harbor Gazette', 'water tax').text, find('River Post', 'water tax').id);
    const { kept } = keptAndCounted();
    const ids = store.db.prepare('SELECT id FROM quote_clusters WHERE size > 0').pluck().all() as number[];
    const pages = ids.map((id) => store.clusterAppearances(id));
    // Back to schema 13: every wording and speaker counted in its table.
    store.db.exec(`${DROP_13} ${DROP_14}`);
    clusterWordingsBackfill(store.db);
    store.db.pragma('user_version = 13');
    const { migrate } = await import('../../src/store/migrations.js');
    migrate(store.db);
    expect(keptAndCounted()).toEqual({ kept, counted: kept });
    expect(ids.map((id) => store.clusterAppearances(id))).toEqual(pages);
    // The water tax cluster: the words of Harbor Gazette, Valley Tribune, Lake Courier and now River Post on its row.
    const id = clusterOf(find('Harbor Gazette', 'water tax'))!.id;
    expect(store.db.prepare('SELECT main_count AS words, main_speaker_count AS speaker FROM quote_clusters WHERE id = ?').get(id)).toEqual({ words: 4, speaker: 5 });
    expect(store.db.prepare('SELECT count FROM cluster_wordings WHERE cluster_id = ?').pluck().all(id)).toEqual([1, 1]);
  });
});

describe('migration 12', () => {
  it('clusters the records stored before it, as ingest would have', () => {
    const before = records().map((r) => [r.id, clusterOf(r)?.size ?? 1]);
    store.db.exec(`${DROP_13} DROP TRIGGER cluster_member_status; DROP TRIGGER cluster_article_date;
      DROP TABLE cluster_keys; DROP TABLE cluster_members; DROP TABLE quote_clusters; PRAGMA user_version = 11;`);
    // Run the migration on this connection, as Store.open does.
    return import('../../src/store/migrations.js').then(({ migrate }) => {
      migrate(store.db);
      expect(records().map((r) => [r.id, clusterOf(r)?.size ?? 1])).toEqual(before);
    });
  });
});

describe('exports', () => {
  it('the CSV says in how many other articles the words are, and where they were first seen', () => {
    const exported = store.exportCsvRecords({});
    const header = (name: string) => CSV_HEADER.indexOf(name);
    try {
      const rows = [...exported.rows];
      const tax = rows.filter((r) => String(r[header('Quote or claim')]).includes('water tax'));
      expect(tax).toHaveLength(6);
      for (const r of tax) expect([r[header('Also in')], r[header('First seen')]]).toEqual([5, 'Harbor Gazette, 2025-03-03']);
      const alone = rows.filter((r) => String(r[header('Quote or claim')]).includes('monitoring'));
      for (const r of alone) expect([r[header('Also in')], r[header('First seen')]]).toEqual([null, null]);
    } finally {
      exported.close();
    }
  });

  it("ClaimReview's appearance lists every article with the words, firstAppearance the earliest", () => {
    const river = find('River Post', 'water tax');
    store.review(river.id, { action: 'confirm', version: 1 }, 'ana');
    const review = claimReviewOf(store, river.id, 'https://saidby.example')!;
    expect(review.itemReviewed.appearance.map((a) => a.publisher?.name)).toEqual([
      'Harbor Gazette', 'Valley Tribune', 'River Post', 'Coast Herald', 'Metro Daily', 'Lake Courier',
    ]);
    expect(review.itemReviewed.firstAppearance).toMatchObject({ publisher: { name: 'Harbor Gazette' }, datePublished: '2025-03-03' });
    expect(review.itemReviewed.datePublished).toBe('2025-03-03');

    const alone = find('Harbor Gazette', 'monitoring');
    store.review(alone.id, { action: 'confirm', version: 1 }, 'ana');
    const own = claimReviewOf(store, alone.id, '')!;
    expect(own.itemReviewed.appearance).toHaveLength(1);
    expect(own.itemReviewed.firstAppearance.publisher?.name).toBe('Harbor Gazette');
  });
});
