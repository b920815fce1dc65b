import { describe, expect, it } from 'vitest';
import { classifySource, headPhrase } from '../../src/pipeline/sources.js';

describe('classifySource', () => {
  it.each([
    // named people
    ['Donald Trump', 'person'],
    ['Maduro', 'person'],
    ['he', 'person'],
    // documents with a participle after their head
    ['a study published Wednesday in the Journal of Clinical Oncology', 'document'],
    ['a lawsuit filed Wednesday by the state attorney general', 'document'],
    ['a Marquette Law School poll released last week', 'document'],
    // unnamed people
    ['an official who spoke to CNN', 'anonymous'],
    ['a source familiar with the talks', 'anonymous'],
    ['people close to the president', 'anonymous'],
    ['officials who spoke on condition of anonymity', 'anonymous'],
    ['US officials', 'anonymous'],
    ['a Trump aide', 'anonymous'],
    ['A spokeswoman for the campaign', 'anonymous'],
    ['opposition leaders', 'anonymous'],
    ['Twenty-four percent', 'anonymous'],
    // government
    ['The State Department', 'government'],
    ['a Venezuelan government statement', 'government'],
    ['the Defense ministry', 'government'],
    ['Venezuelan intelligence agency SEBIN', 'government'],
    ['the Biden administration', 'government'],
    // organisations
    ['the Carter Center', 'organization'],
    ['the campaign', 'organization'],
    ['the Colombian Electoral Mission', 'organization'],
    ['Parkwise Ltd', 'organization'],
    ['filings with the Federal Election Commission', 'document'],
    ['court filings', 'document'],
    ['Halvern Pharma', 'organization'],
    ['Nordbank Securities', 'organization'],
    ['Greg Tanner', 'person'],
    // news outlets
    ['Reuters', 'news-outlet'],
    ['CNN', 'news-outlet'],
    ['The Washington Post', 'news-outlet'],
    ['a CNN report', 'news-outlet'],
    // a person whose surname is an outlet's name
    ['Anne Fox', 'person'],
    ['Dr. Amy Reuters', 'person'],
    ['Fox News', 'news-outlet'],
    // documents
    ['a new poll by the Harvard University Institute of Politics', 'document'],
    ['a court filing', 'document'],
    ['the results', 'document'],
    ['a report', 'document'],
    // a quantity before "of" is not the head noun
    ['thousands of voting tallies', 'document'],
    ['dozens of officials', 'anonymous'],
    ['some of the campaign', 'organization'],
    // negative rows: a mention of an outlet or body inside a phrase does not make its type
    ['an official who spoke to CNN', 'anonymous'],
    ['a source at the State Department', 'anonymous'],
    ['', 'person'],
  ])('%j is a %s source', (phrase, type) => {
    expect(classifySource(phrase)).toBe(type);
  });
});

describe('headPhrase', () => {
  it.each([
    ['an official who spoke to CNN', 'an official'],
    ['a new poll by the Harvard University Institute of Politics', 'a new poll'],
    ['the Carter Center', 'the Carter Center'],
    ["Trump's", 'Trump'],
    ['thousands of voting tallies', 'voting tallies'],
    ['Dozens of protesters in Caracas', 'protesters'],
    // negative row: "of" after a name is a post-modifier, not a quantity
    ['the Bank of England', 'the Bank'],
  ])('the head phrase of %j is %j', (phrase, head) => {
    expect(headPhrase(phrase)).toBe(head);
  });
});
