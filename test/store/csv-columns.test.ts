import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportFileName, sqlLabels } from '../../src/store/csv-columns.js';
import { CSV_HEADER, csvText } from '../../src/store/export-format.js';
import { Store, type CsvRecord } from '../../src/store/store.js';
import { attributionIn, meta } from './fixtures.js';

describe('the CSV for people', () => {
  it('has headers in words, in this order', () => {
    expect(CSV_HEADER).toEqual([
      'Speaker', 'Speaker type', 'Quote or claim', 'Kind', 'Kind of claim', 'How it was said', 'Platform', 'Relayed by', 'Article', 'Outlet',
      'Published', 'Article URL', 'Claim link', 'Also in', 'First seen', 'Status', 'Reviewed by', 'Reviewed at', 'Original speaker', 'Note', 'Confidence',
    ]);
    expect(CSV_COLUMNS).toHaveLength(CSV_HEADER.length);
  });

  const TEXT = '“=SUM(A1)” Ann Lee said. “Lower taxes,” Bob Day wrote. Taxes will fall, Cy Orr said.';
  const records = (claimBase = ''): CsvRecord[] => {
    const store = Store.open(':memory:');
    try {
      store.addArticle({ text: TEXT, meta: meta('Tax =plan', '2026-12-01T00:00:00Z'), url: 'https://news.example/tax' }, [
        { ...attributionIn(TEXT, '=SUM(A1)', 'Ann Lee', 'Ann Lee', 'said'), confidence: 0.876 },
        { ...attributionIn(TEXT, '“Lower taxes,”', 'Bob Day', 'Bob Day', 'wrote'), kind: 'mixed' as const },
        { ...attributionIn(TEXT, 'Taxes will fall', null, 'Cy Orr', 'said'), kind: 'indirect' as const, channel: null, reportedBy: null },
      ]);
      const [first, second] = store.listAttributions({}, { limit: 10 }).items.sort((x, y) => x.position - y.position);
      store.review(first!.id, { action: 'confirm', version: 1, note: '-checked' }, 'ana');
      store.review(second!.id, { action: 'correct', version: 1, changes: { speaker: 'Carla Diaz' } }, 'ben');
      const exported = store.exportCsvRecords({}, claimBase);
      try {
        return [...exported.rows].sort((x, y) => String(x[11]).localeCompare(String(y[11])));
      } finally {
        exported.close();
      }
    } finally {
      store.close();
    }
  };

  it('gives each value in words, the latest reviewer, the original speaker and a two-decimal confidence', () => {
    const [ann, bob, cy] = records('https://saidby.example');
    const row = (r: CsvRecord | undefined) => Object.fromEntries(CSV_HEADER.map((h, i) => [h, r?.[i]]));
    expect(row(ann)).toMatchObject({
      Speaker: 'Ann Lee', 'Speaker type': 'Person', 'Quote or claim': '=SUM(A1)', Kind: 'Quote', 'How it was said': 'Social media post',
      Platform: 'X', 'Relayed by': 'CNN', Article: 'Tax =plan', Outlet: 'CNN', Published: '2026-12-01T00:00:00Z',
      'Article URL': 'https://news.example/tax', Status: 'confirmed', 'Reviewed by': 'ana', 'Original speaker': null,
      Note: '-checked', Confidence: '0.88',
    });
    expect(row(ann)['Claim link']).toMatch(/^https:\/\/saidby\.example\/attributions\/\d+$/);
    expect(row(ann)['Reviewed at']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(row(bob)).toMatchObject({ Speaker: 'Carla Diaz', Kind: 'Partial quote', Status: 'corrected', 'Reviewed by': 'ben', 'Original speaker': 'Bob Day', Confidence: '0.90' });
    expect(row(cy)).toMatchObject({
      Speaker: 'unknown', 'Speaker type': null, Kind: 'Paraphrase', 'How it was said': null, 'Relayed by': null,
      Status: 'unreviewed', 'Reviewed by': null, 'Reviewed at': null,
    });
  });

  it('says the original speaker was unknown when a reviewer named one on a record saidby could not attribute', () => {
    const store = Store.open(':memory:');
    try {
      const text = 'Taxes will fall, officials said. “Soon,” came the reply.';
      const speakerless = { ...attributionIn(text, '“Soon,”', null), kind: 'direct' as const };
      const mentioned = { ...attributionIn(text, 'Taxes will fall', 'x', 'officials', 'said', 'anonymous'), kind: 'indirect' as const };
      // a mention that names nobody: kept as written, no speaker
      mentioned.speaker = { ...mentioned.speaker!, name: null };
      store.addArticle({ text, meta: meta('Taxes') }, [mentioned, speakerless]);
      for (const a of store.listAttributions({}, { limit: 10 }).items) {
        store.review(a.id, { action: 'correct', version: 1, changes: { speaker: 'Cy Orr' } }, 'ana');
      }
      const exported = store.exportCsvRecords({}, '');
      try {
        const original = [...exported.rows].map((r) => r[CSV_HEADER.indexOf('Original speaker')]).sort();
        expect(original).toEqual(['unknown', 'unknown (“officials”)']);
      } finally {
        exported.close();
      }
    } finally {
      store.close();
    }
  });

  it('neutralises formula cells in the written line and reads back as the same words', () => {
    const [ann] = records();
    const text = csvText([ann!]);
    expect(text).toContain(",'=SUM(A1),Quote,Assertion,Social media post,X,CNN,Tax =plan,CNN,");
    expect(text).toContain(",'-checked,0.88\r\n");
    const [parsed] = csvParse(`${CSV_HEADER.join(',')}\r\n${text}`);
    expect(parsed?.['Claim link']).toMatch(/^\/attributions\/\d+$/); // no base: a path
    expect(parsed?.Confidence).toBe('0.88');
  });

  it.each([
    [['Richard Grenell'], 'saidby-richard-grenell-2026-12-04.csv'],
    [['José Martí', 'hostages'], 'saidby-jose-marti-hostages-2026-12-04.csv'],
    [['"deport*" -trump'], 'saidby-deport-trump-2026-12-04.csv'],
    [[], 'saidby-claims-2026-12-04.csv'],
    [['***', undefined, ''], 'saidby-claims-2026-12-04.csv'],
    [['x'.repeat(200)], `saidby-${'x'.repeat(80)}-2026-12-04.csv`],
  ])('names the file from the filter and the day: %j -> %s', (words, name) => {
    expect(exportFileName(words, new Date('2026-12-04T23:59:00Z'))).toBe(name);
  });

  it('quotes labels as SQL literals', () => {
    expect(sqlLabels('a.x', ['a', "b'c"], (v) => v.toUpperCase())).toBe("CASE a.x WHEN 'a' THEN 'A' WHEN 'b''c' THEN 'B''C' END");
  });
});
