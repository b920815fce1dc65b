import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterSummary } from '../../src/store/cluster-reads.js';
import { ATTRIBUTION_FIELDS, AttributionRow, attributionFromCells } from '../../src/store/rows.js';
import { Store, type AttributionFilter, type PageRequest } from '../../src/store/store.js';
import { channelLabel, cueKindLabel, kindLabel, sourceLabel, speakerLabel } from '../../src/web/plain-words.js';
import { attributionIn, meta, VENEZUELA_TEXT, venezuelaQuotes } from './fixtures.js';

// Many rows over several articles and days, so pages, cursors and speaker merges have work to do.
let dir: string;
let store: Store;

function article(n: number): { text: string; quotes: ReturnType<typeof venezuelaQuotes> } {
  const text = `${VENEZUELA_TEXT}\n\n“Copy ${n} has its own line,\nbroken in two,” Ivanka Trump said.\n\n“Note ${n},” Eric Trump added.`;
  return {
    text,
    quotes: [
      ...venezuelaQuotes(text),
      attributionIn(text, `“Copy ${n} has its own line,\nbroken in two,”`, 'Ivanka Trump', 'Ivanka Trump', 'said'),
      { ...attributionIn(text, `“Note ${n},”`, 'Eric Trump', 'Eric Trump', 'added'), confidence: 0.1 + 0.2 },
    ],
  };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'saidby-list-'));
  store = Store.open(join(dir, 'list.db'));
  for (let n = 0; n < 12; n++) {
    const { text, quotes } = article(n);
    const day = String(1 + (n % 4)).padStart(2, '0');
    store.addArticle({ text, meta: meta(`Article ${n} <b>`, n === 5 ? null : `2025-02-${day}T05:07:00.000Z`) }, quotes);
  }
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every row the checked way: object mode, then zod. */
function checkedRows(): AttributionRow[] {
  const columns = ATTRIBUTION_FIELDS.map(([key, sql]) => `${sql} AS "${key}"`).join(', ');
  return store.db
    .prepare(`SELECT ${columns} FROM attributions a JOIN articles ar ON ar.id = a.article_id LEFT JOIN speakers s ON s.id = a.speaker_id ORDER BY a.sort_key DESC`)
    .all()
    .map((r) => AttributionRow.parse(r));
}

/** All pages of a filter, following `next`. */
function allPages<T>(read: (page: PageRequest) => { items: T[]; next: number | null }, limit = 5): T[] {
  const items: T[] = [];
  let after: number | undefined;
  for (;;) {
    const page = read({ limit, after });
    items.push(...page.items);
    if (page.next === null) return items;
    after = page.next;
  }
}

const filters: [string, AttributionFilter][] = [
  ['no filter', {}],
  ['a speaker among several with the surname', { speaker: 'eric trump' }],
  ['a surname several people share, which names none of them', { speaker: 'trump' }],
  ['one speaker id', { speakerId: 1 }],
  ['full text', { q: 'copy' }],
  ['full text and a speaker', { q: 'line', speaker: 'ivanka' }],
  ['a kind', { kind: 'direct' }],
  ['nobody', { speaker: 'Joe Biden' }],
];

describe('reading the list without zod', () => {
  it('ATTRIBUTION_FIELDS lists every AttributionRow key, in schema order', () => {
    expect(ATTRIBUTION_FIELDS.map(([key]) => key)).toEqual(Object.keys(AttributionRow.shape));
  });

  it('attributionFromCells reads the cells in ATTRIBUTION_FIELDS order', () => {
    const cells = ATTRIBUTION_FIELDS.map((_, i) => `cell ${i}`);
    const row = attributionFromCells(cells) as unknown as Record<string, unknown>;
    expect(Object.entries(row)).toEqual(ATTRIBUTION_FIELDS.map(([key], i) => [key, `cell ${i}`]));
  });

  it.each(filters)('%s: the list pages hold exactly the rows zod reads, in list order', (_, filter) => {
    const listed = allPages((page) => store.listAttributions(filter, page));
    const ids = new Set(allPages((page) => store.listAttributions(filter, page), 1000).map((r) => r.id));
    expect(listed.map((r) => r.id)).toEqual([...ids]);
    const byId = new Map(checkedRows().map((r) => [r.id, r]));
    for (const row of listed) expect(row).toEqual(byId.get(row.id));
  });

  it.each(filters)('%s: the API JSON of a page is JSON.stringify of the rows, value for value', (_, filter) => {
    const rows = allPages((page) => store.listAttributions(filter, page));
    const json = allPages((page) => store.listAttributionsJson(filter, page));
    expect(json.map((j) => JSON.parse(j))).toEqual(rows);
    // same keys in the same order, so the text differs at most in how a float is written
    expect(json.map((j) => Object.keys(JSON.parse(j)))).toEqual(rows.map((r) => Object.keys(r)));
  });

  it.each(filters)('%s: a claims-table summary is the row, cut to the fields the table shows', (_, filter) => {
    const rows = allPages((page) => store.listAttributions(filter, page));
    const summaries = allPages((page) => store.listAttributionSummaries(filter, page));
    expect(summaries).toHaveLength(rows.length);
    summaries.forEach((s, i) => expect(rows[i]).toMatchObject(s));
  });

  it('paging back from the last page retraces the pages forward, across articles', () => {
    const forward: number[][] = [];
    let page = store.listAttributions({ speaker: 'donald trump' }, { limit: 4 });
    forward.push(page.items.map((r) => r.id));
    while (page.next !== null) {
      page = store.listAttributions({ speaker: 'donald trump' }, { limit: 4, after: page.next });
      forward.push(page.items.map((r) => r.id));
    }
    const backward: number[][] = [];
    while (page.prev !== null) {
      page = store.listAttributions({ speaker: 'donald trump' }, { limit: 4, before: page.prev });
      backward.unshift(page.items.map((r) => r.id));
    }
    expect(backward).toEqual(forward.slice(0, -1));
  });

  it('merging the search index into one segment changes no search result', () => {
    const queries = ['copy', 'line broken', 'trump', 'article', 'hostages home'];
    const before = queries.map((q) => store.listAttributions({ q, searchIn: 'all' }, { limit: 200 }).items.map((r) => r.id));
    store.optimizeSearch();
    expect(queries.map((q) => store.listAttributions({ q, searchIn: 'all' }, { limit: 200 }).items.map((r) => r.id))).toEqual(before);
    expect(before.every((ids) => ids.length > 0)).toBe(true);
  });

  it.each([
    [{}, 60, 60],
    [{}, 10, 10],
    [{ speaker: 'donald trump' }, 1000, 24],
    [{ speaker: 'trump' }, 1000, 0],
    [{ q: 'copy' }, 5, 5],
    [{ q: 'copy' }, 1000, 12],
    [{ q: 'line', kind: 'indirect' }, 1000, 0],
    [{ speaker: 'nobody here' }, 1000, 0],
  ] as [AttributionFilter, number, number][])('count of %j up to %i is %i', (filter, cap, count) => {
    const total = store.listAttributions(filter, { limit: 200 }).items.length;
    expect(store.countAttributions(filter, cap)).toEqual({ count: Math.min(count, cap), capped: total > cap });
  });
});

describe('the export in batches', () => {
  // More rows than one export batch (1,000), so a batch boundary falls inside the data.
  let big: Store;
  let bigDir: string;
  beforeAll(() => {
    bigDir = mkdtempSync(join(tmpdir(), 'saidby-export-'));
    big = Store.open(join(bigDir, 'export.db'));
    for (let n = 0; n < 180; n++) {
      const { text, quotes } = article(n);
      big.addArticle({ text, meta: meta(`Article ${n}`, `2025-02-0${1 + (n % 4)}T05:07:00.000Z`) }, quotes);
    }
  });
  afterAll(() => {
    big.close();
    rmSync(bigDir, { recursive: true, force: true });
  });
  const allRows = (s: Store) =>
    s.db
      .prepare(`SELECT ${ATTRIBUTION_FIELDS.map(([key, sql]) => `${sql} AS "${key}"`).join(', ')} FROM attributions a JOIN articles ar ON ar.id = a.article_id LEFT JOIN speakers s ON s.id = a.speaker_id ORDER BY a.id`)
      .all()
      .map((r) => AttributionRow.parse(r));

  /**
   * A row as the CSV record the export should give for it (CSV_COLUMNS order), built here from
   * the page's plain words: the SQL of csv-columns.ts must say the same. `review` is the latest
   * review's reviewer and time, when there is one.
   */
  const csvRecordOf = (r: AttributionRow, review: [string, string] | null = null, cluster?: ClusterSummary) => [
    speakerLabel(r.speakerName, r.speakerMention), r.sourceType ? capitalize(sourceLabel(r.sourceType)) : null, r.text,
    kindLabel(r.kind), r.cueKind ? capitalize(cueKindLabel(r.cueKind).replace(/^an? /, '')) : null, r.channelType ? capitalize(channelLabel(r.channelType).replace(/^an? /, '').replace(/^(\w+) on (.+)$/, '$2 $1')) : null,
    r.channelPlatform, r.reportedBy, r.articleTitle, r.articleOutlet, r.articlePublished, null, `/attributions/${r.id}`,
    // "Also in" and "First seen": the cluster as the list shows it
    cluster && cluster.articles > 1 ? cluster.articles - 1 : null,
    cluster && cluster.articles > 1 ? [cluster.earliest.outlet, cluster.earliest.date.slice(0, 10)].filter(Boolean).join(', ') : null,
    r.status,
    review?.[0] ?? null, review?.[1] ?? null, null, r.note, r.confidence.toFixed(2),
  ];
  const capitalize = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

  it('reads every row once, in storage order, across batch boundaries', () => {
    const { rows, close } = big.exportAttributions({});
    const exported = [...rows];
    close();
    expect(exported).toHaveLength(1080);
    expect(exported).toEqual(allRows(big));
  });

  it('a full-text export keeps list order', () => {
    const { rows, close } = big.exportAttributions({ q: 'copy' });
    const exported = [...rows].map((r) => r.id);
    close();
    expect(exported).toHaveLength(180);
    expect(exported).toEqual(big.listAttributions({ q: 'copy' }, { limit: 200 }).items.map((r) => r.id));
  });

  it('CSV records carry the row fields in words, in CSV_COLUMNS order, article and speaker included', () => {
    const { rows, close } = big.exportCsvRecords({});
    const records = [...rows];
    close();
    const checked = allRows(big);
    expect(records).toHaveLength(checked.length);
    records.forEach((record, i) => {
      const r = checked[i]!;
      expect(record).toEqual(csvRecordOf(r, null, big.clusterSummaries([r.id]).get(r.id)));
      expect(record).toHaveLength(21);
    });
  });

  it('CSV records keep every character of a text (read as JSON from SQLite): quotes, backslashes, control characters', () => {
    // json_array escapes and JSON.parse restores; a separator-joined read would trip on \x1f or \x1e.
    const odd = 'a "quoted" \\ back\\slash, \x1f unit \x1e record \u0000 nul \t tab \r\n crlf \u2028 ls \u{1F600} [1,null] \\u0041';
    const text = `“${odd}” ${odd} said.`;
    const quote = `“${odd}”`;
    const odds = Store.open(join(bigDir, 'odd.db'));
    try {
      odds.addArticle({ text, meta: meta(`=${odd}`, null) }, [attributionIn(text, quote, odd, odd, 'said')]);
      const [row] = allRows(odds);
      odds.review(row!.id, { action: 'confirm', version: row!.version, note: odd }, 'ana');
      const checked = allRows(odds);
      expect(checked[0]?.text).toBe(quote);
      expect(checked[0]?.note).toBe(odd);
      const { rows, close } = odds.exportCsvRecords({});
      const records = [...rows];
      close();
      const at = odds.db.prepare('SELECT at FROM reviews').pluck().get() as string;
      expect(records).toEqual(checked.map((r) => csvRecordOf(r, ['ana', at], odds.clusterSummaries([r.id]).get(r.id))));
    } finally {
      odds.close();
    }
  });

  it('a review landing while the export streams does not show up in it (one snapshot)', () => {
    const before = allRows(big);
    const last = before.at(-1)!;
    const { rows, close } = big.exportAttributions({});
    const it = rows[Symbol.iterator]();
    expect(it.next().value).toEqual(before[0]);
    // the second batch is read after this review is committed
    big.review(last.id, { action: 'reject', version: last.version }, 'ana');
    const rest = [...{ [Symbol.iterator]: () => it }];
    close();
    expect(rest.at(-1)).toEqual(last);
    expect(big.getAttribution(last.id).status).toBe('rejected');
  });
});
