import { expect, it } from 'vitest';
import { provenanceOf } from '../../src/cluster/provenance.js';
import { articleFromContent, ingestArticleAsync } from '../../src/ingest/ingest.js';
import { extract } from '../../src/pipeline/index.js';
import type { StoreBackend } from '../../src/store/backend.js';
import { STORIES, storyText } from '../cluster/stories.js';

interface Rec {
  id: number;
  articleId: number;
  outlet: string;
  speaker: string | null;
  text: string;
  version: number;
}

/**
 * Clusters of one statement, the same on every backend (see backend-contract.ts): the invented
 * outlets' articles (test/cluster/stories.ts) make the same clusters, sizes, earliest,
 * appearances and ClaimReview; a rejection, a deletion, a re-read and a moved span recount.
 */
export function clusterContract(get: () => StoreBackend): void {
  const ingestStories = async (): Promise<Map<string, number>> => {
    const articles = new Map<string, number>();
    for (const s of STORIES) {
      const r = await ingestArticleAsync(get(), articleFromContent(storyText(s), '.txt', s.file), async (text) => extract(text));
      articles.set(s.outlet, r.articleId);
    }
    return articles;
  };
  const records = async (articles: Map<string, number>): Promise<Rec[]> => {
    const out: Rec[] = [];
    for (const [outlet, articleId] of articles) {
      for (const r of await get().articleAttributions(articleId)) {
        out.push({ id: r.id, articleId, outlet, speaker: r.speakerName, text: r.text, version: r.version });
      }
    }
    return out;
  };
  const find = async (articles: Map<string, number>, outlet: string, words: string): Promise<Rec> => {
    const r = (await records(articles)).find((x) => x.outlet === outlet && x.text.includes(words));
    if (!r) throw new Error(`no record with ${words} in ${outlet}`);
    return r;
  };
  const clusterOf = async (r: Rec) => (await get().clusterSummaries([r.id])).get(r.id);
  const OUTLETS = ['Harbor Gazette', 'Valley Tribune', 'River Post', 'Coast Herald', 'Metro Daily', 'Lake Courier'];

  it('clusters one statement across outlets: one cluster, its size, earliest, appearances and variants', async () => {
    const articles = await ingestStories();
    const tax = await Promise.all(OUTLETS.map((o) => find(articles, o, 'water tax')));
    const summaries = await Promise.all(tax.map(clusterOf));
    expect(new Set(summaries.map((s) => s?.id)).size).toBe(1);
    const summary = summaries[0]!;
    expect(summary).toMatchObject({ size: 6, articles: 6, earliest: { attributionId: tax[0]!.id, outlet: 'Harbor Gazette' } });
    expect(summary.earliest.date.startsWith('2025-03-03')).toBe(true);

    const monitoring = (await records(articles)).filter((r) => r.text.includes('monitoring the situation'));
    expect(monitoring).toHaveLength(3);
    const theirs = await Promise.all(monitoring.map(clusterOf));
    for (const c of theirs) expect(c?.id).not.toBe(summary.id);
    expect(new Set(theirs.map((c, i) => c?.id ?? `alone-${monitoring[i]!.id}`)).size).toBe(3);

    const cluster = await get().clusterAppearances(summary.id);
    const p = provenanceOf(cluster.earliest, cluster.appearances, cluster.variants, cluster.otherSpeakers);
    expect(p.entries.map((e) => e.outlet)).toEqual(OUTLETS);
    expect(p).toMatchObject({ differentSpeakers: 1, changedWording: 2, significant: ['number', 'negation'] });
    expect(cluster).toMatchObject({ total: 6, articles: 6, from: 0, next: null });
    expect(cluster.variants.map((v) => v.count).sort()).toEqual([1, 1, 1, 3]);
    expect(cluster.otherSpeakers).toBe(1);
    const page = await get().clusterAppearances(summary.id, 4, 4);
    expect(page.appearances.map((a) => a.outlet)).toEqual(['Metro Daily', 'Lake Courier']);
  });

  it('a rejected record leaves the counts and comes back; a deleted article takes its record out', async () => {
    const articles = await ingestStories();
    const river = await find(articles, 'River Post', 'water tax');
    const id = (await clusterOf(river))!.id;
    await get().review(river.id, { action: 'reject', version: river.version }, 'ana');
    expect((await get().clusterAppearances(id)).appearances.map((a) => a.outlet)).not.toContain('River Post');
    const harbor = await find(articles, 'Harbor Gazette', 'water tax');
    expect(await clusterOf(harbor)).toMatchObject({ size: 5, articles: 5 });
    await get().review(river.id, { action: 'confirm', version: river.version + 1 }, 'ana');
    expect(await clusterOf(harbor)).toMatchObject({ size: 6, articles: 6 });

    await get().deleteArticle(articles.get('Harbor Gazette')!, 'ana');
    articles.delete('Harbor Gazette');
    const after = (await clusterOf(await find(articles, 'Valley Tribune', 'water tax')))!;
    expect(after).toMatchObject({ id, size: 5, articles: 5, earliest: { outlet: 'Valley Tribune' } });
  });

  it('an article stored later joins the cluster; its ClaimReview lists every article, the earliest first', async () => {
    const articles = await ingestStories();
    const id = (await clusterOf(await find(articles, 'Harbor Gazette', 'water tax')))!.id;
    const late = '“We will not raise the water tax by 40 percent this year, whatever the council decides in March,” Mayor Elena Ruiz said again.\n\nPublished: April 1, 2025\n\nBy Sam Reed, Late News';
    const stored = await ingestArticleAsync(get(), articleFromContent(`Water tax again\n\n${late}`, '.txt', 'late.txt'), async (text) => extract(text));
    articles.set('Late News', stored.articleId);
    expect(await clusterOf(await find(articles, 'Late News', 'water tax'))).toMatchObject({ id, size: 7, articles: 7 });

    const river = await find(articles, 'River Post', 'water tax');
    await get().review(river.id, { action: 'confirm', version: river.version }, 'ana');
    const review = (await get().claimReviewOf(river.id, 'https://saidby.example'))!;
    expect(review.itemReviewed.appearance.map((a) => a.publisher?.name)).toEqual([...OUTLETS, 'Late News']);
    expect(review.itemReviewed.firstAppearance).toMatchObject({ publisher: { name: 'Harbor Gazette' }, datePublished: '2025-03-03' });

    const alone = await find(articles, 'Harbor Gazette', 'monitoring');
    await get().review(alone.id, { action: 'confirm', version: alone.version }, 'ana');
    const own = (await get().claimReviewOf(alone.id, ''))!;
    expect(own.itemReviewed.appearance).toHaveLength(1);
    expect(own.itemReviewed.firstAppearance.publisher?.name).toBe('Harbor Gazette');
  });

  it('a re-read, a moved span and a record added by hand put the words back into the right cluster', async () => {
    const articles = await ingestStories();
    const harbor = await find(articles, 'Harbor Gazette', 'water tax');
    const id = (await clusterOf(harbor))!.id;
    const riverId = articles.get('River Post')!;
    const riverText = storyText(STORIES.find((s) => s.outlet === 'River Post')!);
    // Read again finding nothing: its unreviewed records go, and with them its appearance.
    await get().rerunArticle(riverId, [], 'ana');
    expect(await clusterOf(harbor)).toMatchObject({ size: 5, articles: 5 });
    // Read again as the pipeline reads it: the statement is back in its cluster.
    await get().rerunArticle(riverId, extract(riverText).quotes, 'ana');
    const river = await find(articles, 'River Post', 'water tax');
    expect(await clusterOf(river)).toMatchObject({ id, size: 6, articles: 6 });

    // A span moved onto other words leaves the cluster; moved back, it joins again.
    const lakeId = articles.get('Lake Courier')!;
    const lakeText = storyText(STORIES.find((s) => s.outlet === 'Lake Courier')!);
    const lake = await find(articles, 'Lake Courier', 'water tax');
    const row = (await get().articleAttributions(lakeId)).find((r) => r.id === lake.id)!;
    const other = 'A council member repeated the promise on Friday.';
    const moved = await get().adjustSpan(lake.id, { start: lakeText.indexOf(other), end: lakeText.indexOf(other) + other.length, version: row.version }, 'ana');
    expect(await clusterOf(lake)).toBeUndefined();
    expect(await clusterOf(harbor)).toMatchObject({ size: 5, articles: 5 });
    await get().adjustSpan(lake.id, { start: row.start, end: row.end, version: moved.version }, 'ana');
    expect(await clusterOf(lake)).toMatchObject({ id, size: 6, articles: 6 });

    // The statement added by hand where the pipeline found a different quotation: a second appearance in that article.
    const metroText = storyText(STORIES.find((s) => s.outlet === 'Metro Daily')!);
    const words = 'not raise the water tax by 40 percent this year';
    const start = metroText.indexOf(words);
    await get().deleteArticle(articles.get('Metro Daily')!, 'ana');
    articles.delete('Metro Daily');
    expect(await clusterOf(harbor)).toMatchObject({ size: 5, articles: 5 });
    const again = await ingestArticleAsync(get(), articleFromContent(metroText, '.txt', 'metro-again.txt'), async () => ({ ...extract(metroText), quotes: [] }));
    const added = await get().addRecord(again.articleId, { kind: 'mixed', start, end: start + words.length, speaker: 'Elena Ruiz', speakerType: 'person', note: null }, 'ana');
    expect((await get().clusterSummaries([added.id])).get(added.id)).toMatchObject({ id, size: 6, articles: 6 });
  });
}
