import { describe, expect, it } from 'vitest';
import { cueKindOf } from '../../src/pipeline/cue-kinds.js';
import { extract } from '../../src/pipeline/index.js';

describe('cueKindOf', () => {
  it.each([
    ['said', 'assertion'],
    ['told reporters', 'assertion'],
    ['according to', 'assertion'],
    ['wrote', 'assertion'],
    ['claimed', 'assertion'],
    ['believes', 'belief'],
    ['is confident', 'belief'],
    ['thinks', 'belief'],
    ['plans', 'intention'],
    ['planned', 'intention'],
    ['vowed', 'intention'],
    ['refused', 'intention'],
    ['asked', 'question'],
    ['was asked', 'question'],
    ['questioned', 'question'],
    ['wondered', 'question'],
    ['showed', 'evidence'],
    ['indicate', 'evidence'],
    ['found', 'evidence'],
    // not a cue word of any listed kind: an assertion
    ['announced', 'assertion'],
    ['warned', 'assertion'],
  ])('“%s” is a %s', (cue, kind) => {
    expect(cueKindOf(cue)).toBe(kind);
  });
});

describe('records carry the kind of their cue', () => {
  const kindsOf = (text: string): [string, string | null][] => extract(text).quotes.map((q) => [q.text, q.cueKind]);
  it.each([
    ['The mayor said the budget was balanced.', 'the budget was balanced', 'assertion'],
    ['The mayor believes the budget is balanced.', 'the budget is balanced', 'belief'],
    ['The mayor vowed to balance the budget.', 'to balance the budget', 'intention'],
    ['A new poll showed that most voters back the plan.', 'that most voters back the plan', 'evidence'],
  ])('%s', (text, content, kind) => {
    expect(kindsOf(text)).toContainEqual([content, kind]);
  });

  it('a record with no cue has no cue kind', () => {
    const q = extract('“Nobody gets everything.”').quotes[0];
    expect(q?.cue).toBeNull();
    expect(q?.cueKind).toBeNull();
  });
});
