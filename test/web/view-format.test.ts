import ejs from 'ejs';
import { describe, expect, it } from 'vitest';
import { day, escapeHtml } from '../../src/web/view-format.js';

describe('escapeHtml', () => {
  const inputs: unknown[] = [
    'plain text',
    '<script>alert(1)</script>',
    `Trump's "deal" & more`,
    '“curly” and ’ apostrophes',
    '',
    null,
    undefined,
    42,
    0,
    '&amp; already escaped',
  ];
  // escape-html writes " as &quot; where EJS writes &#34;: the same character once the browser reads it
  const decode = (html: string): string =>
    html.replace(/&(quot|#34|#39|lt|gt|amp);/g, (_m, name: string) => ({ quot: '"', '#34': '"', '#39': "'", lt: '<', gt: '>', amp: '&' })[name] ?? '');
  it.each(inputs.map((v) => [v]))('%j is escaped as EJS escapes it: no raw special left, the same text once read', (value) => {
    const escaped = escapeHtml(value);
    expect(escaped.replace(/&(quot|#39|lt|gt|amp);/g, '')).not.toMatch(/[<>"'&]/);
    expect(decode(escaped)).toBe(decode(ejs.escapeXML(value as string)));
    expect(decode(escaped)).toBe(value === null || value === undefined ? '' : String(value));
  });
});

describe('day', () => {
  const rows: [string | null, string][] = [
    ['2025-02-01T05:07:00.000Z', '2025-02-01'],
    ['2025-02-01', '2025-02-01'],
    ['2025-02-01T23:59Z', '2025-02-01'],
    // not UTC: the UTC day, which may be the next one
    ['2025-02-01T23:30:00-05:00', '2025-02-02'],
    // hour 24 is the next day's midnight
    ['2025-02-01T24:00:00Z', '2025-02-02'],
    ['yesterday', 'yesterday'],
    // what Date.parse makes of impossible days, as before: February 30 is March 2
    ['2025-02-30T00:00:00Z', '2025-03-02'],
    ['2024-02-29T10:00:00Z', '2024-02-29'],
    ['2023-02-29', '2023-03-01'],
    ['2025-04-31', '2025-05-01'],
    // minutes or seconds past 59 are no time: the text as written, as Date.parse says
    ['2025-02-01T10:99Z', '2025-02-01T10:99Z'],
    ['2025-02-01T10:30:75Z', '2025-02-01T10:30:75Z'],
    [null, ''],
  ];
  it.each(rows)('%s -> %s', (iso, expected) => expect(day(iso)).toBe(expected));
});
