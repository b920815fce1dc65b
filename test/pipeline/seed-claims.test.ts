import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../src/schema/attribution.js';
import { extract } from '../../src/pipeline/index.js';

/**
 * What saidby gets from the seed article (CNN, 1 Feb 2025, Venezuela detainees): every quotation
 * and every reported claim, with its speaker, the speaker's type, how it was said (channel) and who
 * relayed it. Each row names one attribution; the last test checks there is nothing else.
 */
const text = readFileSync(new URL('../../data/samples/cnn-2025-02-01-venezuela-detainees.txt', import.meta.url), 'utf8');
const result = extract(text);

interface Expected {
  /** What the row is, in words. */
  what: string;
  /** A piece of the attribution's text that identifies it. */
  fragment: string;
  kind: Attribution['kind'];
  speaker: string | null;
  type: string | null;
  channel: string | null;
  reportedBy: string | null;
}

const row = (
  what: string,
  fragment: string,
  kind: Attribution['kind'],
  speaker: string | null,
  type: string | null,
  channel: string | null = null,
  reportedBy: string | null = null,
): Expected => ({ what, fragment, kind, speaker, type, channel, reportedBy });

const EXPECTED: Expected[] = [
  row('the lead: Trump announced the six Americans are heading home', 'Six Americans who had been detained in Venezuela are heading home to the US', 'indirect', 'Donald Trump', 'person'),
  row('opposition leaders accuse Maduro of stealing the elections (read from the antecedent)', 'Maduro – who opposition leaders in Venezuela have accused of stealing last year’s elections', 'indirect', 'opposition leaders in Venezuela', 'anonymous'),
  row('Trump’s Truth Social post, first piece', 'I’ve just been informed that we are bringing six hostages home', 'direct', 'Donald Trump', 'person', 'social-media/Truth Social'),
  row('Trump’s Truth Social post, second piece', 'Thank you to Ric Grenell and my entire staff', 'direct', 'Donald Trump', 'person', 'social-media/Truth Social'),
  row('Grenell’s post on X (platform carried from “posted a picture on X”)', 'We are wheels up and headed home', 'direct', 'Richard Grenell', 'person', 'social-media/X'),
  row('the opposition’s tallies suggested Gonzalez won', 'their candidate, Edmundo Gonzalez, won the election', 'indirect', 'thousands of voting tallies', 'document'),
  row('Gonzalez warned the White House against a deal', 'the White House against cutting a deal with Maduro on deportation flights', 'indirect', 'Edmundo Gonzalez', 'person'),
  row('Trump was asked about legitimacy (the asker is not named)', 'if his envoy being photographed with Maduro would lend legitimacy', 'indirect', null, null),
  row('the US President told reporters he wanted to “do something with Venezuela”', 'he wanted to “do something with Venezuela,”', 'mixed', 'Donald Trump', 'person', 'remarks'),
  row('… but noted he was “a big opponent of Venezuela and Maduro”', 'a big opponent of Venezuela and Maduro', 'mixed', 'Donald Trump', 'person', 'remarks'),
  row('“They’ve treated us not so good”, he said (the remarks to reporters carry on)', 'They’ve treated us not so good', 'direct', 'Donald Trump', 'person', 'remarks'),
  row('Maduro in his annual speech, according to Reuters', 'had yielded some initial deals', 'mixed', 'Nicolás Maduro', 'person', 'speech', 'Reuters/news-outlet'),
  row('Maduro: “we have made a first step” (in the same speech)', 'we have made a first step', 'direct', 'Nicolás Maduro', 'person', 'speech'),
  row('migration and sanctions, according to a government statement', 'Maduro and Grenell also discussed issues of migration and sanctions', 'indirect', 'a Venezuelan government statement', 'government', 'statement'),
  row('the State Department advises Americans against travel', 'Americans against traveling to Venezuela', 'indirect', 'The State Department', 'government'),
  row('the State Department warns of wrongful detention', 'there is a high risk of wrongful detention', 'mixed', 'The State Department', 'government'),
  row('SEBIN detained a sailor, according to an official who spoke to CNN', 'SEBIN detained a US Navy sailor', 'indirect', 'an official who spoke to CNN', 'anonymous', 'interview', 'CNN/news-outlet'),
];

const channelOf = (a: Attribution): string | null => (a.channel ? (a.channel.platform ? `${a.channel.type}/${a.channel.platform}` : a.channel.type) : null);
const relayOf = (a: Attribution): string | null => (a.reportedBy ? `${a.reportedBy.name}/${a.reportedBy.type}` : null);

describe('seed article: who said what, and who reported it', () => {
  it('reads the header: authors, outlet CNN, published 00:07 ET = 05:07Z', () => {
    expect(result.article).toEqual({
      title: null,
      outlet: 'CNN',
      authors: ['Alejandra Jaramillo', 'Chris Lau'],
      published: '2025-02-01T05:07:00.000Z',
    });
  });

  it.each(EXPECTED.map((e) => [e.what, e] as const))('%s', (_what, e) => {
    const found = result.quotes.filter((a) => a.text.includes(e.fragment));
    expect(found, `one attribution holds “${e.fragment}”`).toHaveLength(1);
    const a = found[0] as Attribution;
    expect({
      kind: a.kind,
      speaker: a.speaker?.name ?? null,
      type: a.speaker?.type ?? null,
      channel: channelOf(a),
      reportedBy: relayOf(a),
    }).toEqual({ kind: e.kind, speaker: e.speaker, type: e.type, channel: e.channel, reportedBy: e.reportedBy });
    expect(text.slice(a.start, a.end)).toBe(a.text);
  });

  it.each([
    ['“was expected to cover”: an expectation nobody voices', 'to cover the deportation'],
    ['“has refused to take them back”: a refusal to act, not words said', 'to take Venezuelan nationals back'],
    ['“first reported by CNN”: the meeting is an event the outlet reported, no claim to check', 'The meeting in Caracas'],
  ])('no claim from %s', (_what, fragment) => {
    expect(result.quotes.filter((a) => a.text.includes(fragment))).toEqual([]);
  });

  it('finds nothing else: no header line, picture or dateline reported as a claim', () => {
    const unexpected = result.quotes.filter((a) => !EXPECTED.some((e) => a.text.includes(e.fragment))).map((a) => a.text);
    expect(unexpected).toEqual([]);
  });
});
