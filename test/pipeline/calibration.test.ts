import { describe, expect, it } from 'vitest';
import type { Attribution, SourceType } from '../../src/schema/attribution.js';
import { calibratedConfidence, speakerState } from '../../src/pipeline/calibration.js';

/** A claim record with the given speaker, as the claims stage makes them ("…, it said"). */
function claim(name: string | null, mention: string, type: SourceType): Attribution {
  return {
    id: 'c1', kind: 'indirect', text: 'profits fell', start: 20, end: 32, group: null,
    speaker: { name, mention, start: 0, end: mention.length, type },
    cue: { text: 'said', start: 15, end: 19 }, cueKind: 'assertion', channel: null, reportedBy: null, confidence: 0, rule: 'claim-svc', doubt: null,
  };
}

describe('calibration: how a speaker was found', () => {
  it.each([
    // "it" for a body the article named is kept apart from "they" for an unnamed group
    ['Northwind Energy', 'It', 'organization', 'pronoun-body'],
    ['France', 'it', 'government', 'pronoun-body'],
    ['Reuters', 'it', 'news-outlet', 'pronoun-body'],
    ['officials', 'they', 'anonymous', 'pronoun-group'],
    ['the report', 'it', 'document', 'pronoun-group'],
    ['The Trump team', 'they', 'organization', 'pronoun-group'],
    ['Ana Ortiz', 'she', 'person', 'pronoun'],
    [null, 'it', 'organization', 'unknown'],
    ['the residents', 'the residents', 'anonymous', 'phrase'],
  ] as const)('%s for “%s” (%s) is %s', (name, mention, type, state) => {
    expect(speakerState(claim(name, mention, type))).toBe(state);
  });

  // the annotated news cannot judge a resolved "it" (its gold keeps the pronoun): such a record
  // takes its rule's rate, not the near-zero rate of pronouns resolved to unnamed groups
  it('"It said" for a named company is no weaker than its rule', () => {
    const body = calibratedConfidence(claim('Northwind Energy', 'It', 'organization'));
    const group = calibratedConfidence(claim('officials', 'they', 'anonymous'));
    expect(body).toBeGreaterThan(0.4);
    expect(body).toBeGreaterThan(group);
  });
});

/** A quotation "“…,” MENTION said" decided by the cue-name rule, its speaker named or not. */
function quote(name: string | null, mention: string): Attribution {
  return {
    id: 'q1', kind: 'direct', text: 'We will win', start: 1, end: 12, group: null,
    speaker: { name, mention, start: 15, end: 15 + mention.length, type: 'person' },
    cue: { text: 'said', start: 21, end: 25 }, cueKind: 'assertion', channel: null, reportedBy: null, confidence: 0, rule: 'cue-name', doubt: null,
  };
}

describe('calibration: a speaker the text does not settle', () => {
  const table = {
    overall: 0.5,
    rates: {
      direct: [0.8, 1000],
      'direct|cue-name': [0.97, 900],
      'direct|cue-name|name': [0.97, 880],
      'direct|speaker-unknown': [0.4, 80],
    } as Record<string, [number, number]>,
  };

  // "Karen said" with two Karens in the article: the rule found the cue, not the person
  it('an unknown speaker of a rule with few unknowns takes the rate of every unknown of its kind', () => {
    expect(calibratedConfidence(quote(null, 'Karen'), table)).toBe(0.4);
    expect(calibratedConfidence(quote('Karen Bass', 'Karen'), table)).toBe(0.97);
  });

  it('a rule with enough unknowns of its own keeps its own rate', () => {
    const own = { ...table, rates: { ...table.rates, 'direct|cue-name|unknown': [0.2, 40] as [number, number] } };
    expect(calibratedConfidence(quote(null, 'Karen'), own)).toBe(0.2);
  });

  it('with the fitted table, an unknown speaker is less sure than a named one of the same rule', () => {
    expect(calibratedConfidence(quote(null, 'Karen'))).toBeLessThan(calibratedConfidence(quote('Karen Bass', 'Karen Bass')) - 0.2);
  });
});
