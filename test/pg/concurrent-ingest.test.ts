import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgBackend } from '../../src/store/pg/backend.js';
import { attributionIn, meta } from '../store/fixtures.js';
import { pgForTests, startTestCluster, type TestCluster } from './cluster.js';

const bin = pgForTests();

/** Articles stored by several servers at once: one speaker per person, one article per text. */
describe.skipIf(bin === null)('servers storing at the same moment on PostgreSQL', () => {
  let cluster: TestCluster;
  let servers: PgBackend[];

  beforeAll(async () => {
    cluster = startTestCluster(bin as string);
    servers = await Promise.all([1, 2, 3].map(() => PgBackend.open(cluster.url, 2)));
  }, 60_000);
  afterAll(async () => {
    for (const s of servers ?? []) await s.close();
    cluster?.stop();
  });

  it('a person first seen in articles stored at once by three servers is one speaker', async () => {
    const articles = [0, 1, 2, 3, 4, 5].map((i) => {
      const text = `“Report ${i} is out,” Donald J. Trump said. “We read it,” Maria Corina Machado said.`;
      return {
        text,
        quotes: [
          attributionIn(text, `“Report ${i} is out,”`, 'Donald J. Trump', 'Donald J. Trump', 'said'),
          attributionIn(text, '“We read it,”', 'María Corina Machado', 'Maria Corina Machado', 'said'),
        ],
      };
    });
    const results = await Promise.all(articles.map((a, i) => servers[i % 3]!.addArticle({ text: a.text, meta: meta(`Report ${i}`) }, a.quotes)));
    expect(results.every((r) => r.status === 'ingested')).toBe(true);
    const speakers = await servers[0]!.listSpeakers({ limit: 10 });
    expect(speakers.map((s) => [s.name, s.attributions])).toEqual([
      ['Donald J. Trump', 6],
      ['María Corina Machado', 6],
    ]);
  });

  it('the same text stored by two servers at once is stored once; the other hears it is a duplicate', async () => {
    const text = '“Nothing new,” Donald Trump said.';
    const quotes = [attributionIn(text, '“Nothing new,”', 'Donald Trump', 'Donald Trump', 'said')];
    const [a, b] = await Promise.all([servers[1]!.addArticle({ text, meta: meta('Once') }, quotes), servers[2]!.addArticle({ text, meta: meta('Twice') }, quotes)]);
    expect([a.status, b.status].sort()).toEqual(['duplicate', 'ingested']);
    expect(a.articleId).toBe(b.articleId);
    // "Donald Trump" is the same person as "Donald J. Trump", stored before.
    expect((await servers[0]!.speakerChoice('Donald Trump')).chosen.map((s) => s.name)).toEqual(['Donald J. Trump']);
  });

  it('a speaker added by one server is found by another\'s filter at once', async () => {
    const text = '“Ready,” Edmundo González Urrutia said.';
    await servers[0]!.addArticle({ text, meta: meta('Ready') }, [attributionIn(text, '“Ready,”', 'Edmundo González Urrutia', 'Edmundo González Urrutia', 'said')]);
    expect((await servers[2]!.speakerChoice('gonzalez urrutia')).chosen.map((s) => s.name)).toEqual(['Edmundo González Urrutia']);
    const [other] = (await servers[1]!.speakerChoice('urrutia')).chosen;
    await servers[1]!.renameSpeaker(other!.id, 'Edmundo González', 'ana');
    expect((await servers[2]!.speakerChoice('Edmundo González')).chosen.map((s) => s.id)).toEqual([other!.id]);
  });
  it('one statement carried by articles that three servers store at once is one cluster', async () => {
    // No named speaker: nothing but the clustering's own lock orders these transactions.
    const statement = '“The old mill bridge will close for repairs from the first of June until the end of August,”';
    const articles = [0, 1, 2, 3, 4, 5].map((i) => `Bridge notice ${i}. ${statement} the council said.`);
    await Promise.all(
      articles.map((text, i) => servers[i % 3]!.addArticle({ text, meta: meta(`Bridge ${i}`) }, [attributionIn(text, statement, null)])),
    );
    const found = await servers[0]!.listAttributions({ q: 'bridge' }, { limit: 10 });
    expect(found.items).toHaveLength(6);
    const clusters = await servers[1]!.clusterSummaries(found.items.map((r) => r.id));
    expect(new Set([...clusters.values()].map((c) => c.id)).size).toBe(1);
    expect([...clusters.values()][0]).toMatchObject({ size: 6, articles: 6 });
    expect(clusters.size).toBe(6);
  });
});
