import { describe, expect, it } from 'vitest';
import { recordsOf } from './record-rows.js';

const recordOf = (text: string, words: string) => recordsOf(text).find((r) => r.text.includes(words));

describe('"what it called" inside a report: the pronoun is the reporter', () => {
  it('"The state news agency reported that the premier had opened what it called a “model farm”": the agency, not the body quoted before', () => {
    const text = 'Farms\n\n"We see no change," the foreign ministry said.\n\nThe Veldan state news agency later reported that premier Arko Tamm had opened what it called a "model collective farm".';
    const r = recordOf(text, 'model collective farm');
    expect(r?.speaker).toBe('The Veldan state news agency');
  });

  it('"The navy said it had rescued …, including fishermen who it said had …": the navy, and the next "It said" too', () => {
    const text = 'Storm\n\nThe harbour authority said 12 boats were lost.\n\nThe navy said it had rescued "more than forty people", including fishermen who it said had been adrift for days. It said it would keep searching overnight.';
    expect(recordOf(text, 'more than forty people')?.speaker).toBe('The navy');
    expect(recordOf(text, 'keep searching overnight')?.speaker).toBe('The navy');
  });

  it('"he" of "what he called" after "Aides said" goes with the man the report is about, not the aides', () => {
    const text = 'Rally\n\nAides said Governor Hal Brisco had attacked what he called "a rigged process".';
    expect(recordOf(text, 'rigged process')?.speaker).not.toBe('Aides');
  });
});

describe('look-alikes: no report around the relative', () => {
  it('"The agency criticised what it called …" with no verb of saying before: its own subject', () => {
    const text = 'Farms\n\nThe Veldan news agency criticised what it called "foreign lies".';
    expect(recordOf(text, 'foreign lies')?.speaker).toBe('The Veldan news agency');
  });

  it('"Ruth Amsel said that Tom Reyes had dismissed what he called …": the man the report is about, not the woman reporting', () => {
    const text = 'Court\n\nRuth Amsel said that Tom Reyes had dismissed what he called "a witch hunt".';
    expect(recordOf(text, 'witch hunt')?.speaker).not.toBe('Ruth Amsel');
  });
});
