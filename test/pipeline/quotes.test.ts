import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { QUOTE_MARK_PAIRS } from '../../src/pipeline/quote-marks.js';
import { findMarkedSpans } from '../../src/pipeline/quotes.js';
import { splitParagraphs } from '../../src/pipeline/segment.js';

const spansOf = (text: string): string[] => findMarkedSpans(text, splitParagraphs(text)).spans.map((s) => text.slice(s.start, s.end));
const quotesOf = (text: string): string[] => extract(text, { quotesOnly: true }).quotes.map((q) => q.text);

describe('quote marks: one table', () => {
  it('lists every style once', () => {
    const styles = QUOTE_MARK_PAIRS.map((p) => p.style);
    expect(new Set(styles).size).toBe(styles.length);
  });
});

describe('findMarkedSpans', () => {
  it.each([
    ['straight double quotes', 'He said "we will win" today.', ['"we will win"']],
    ['curly double quotes', 'He said “we will win” today.', ['“we will win”']],
    ['guillemets', 'Il a dit « nous gagnerons » hier.', ['« nous gagnerons »']],
    ['the NYT two-apostrophe style', "''We will win,'' he said.", ["''We will win,''"]],
    ['single quotes nested in double ones', '“He told me ‘no way’ twice,” she said.', ['“He told me ‘no way’ twice,”']],
    ['straight single quotes nested in straight double ones', `"He told me 'no way' twice," she said.`, [`"He told me 'no way' twice,"`]],
    ['two quotations in one sentence', '“A,” he said, “B.”', ['“A,”', '“B.”']],
    ['apostrophes are not quotation marks', 'Trump’s envoy didn’t say.', []],
    ['inch marks are not quotation marks', 'He is 6\'2" tall and "fit" now.', ['"fit"']],
    ['an empty pair is not a quotation', 'He said "" then "yes".', ['"yes"']],
    ['a curly opener closed by a straight mark', '“We will win," he said.', ['“We will win,"']],
  ])('%s', (_name, text, expected) => {
    expect(spansOf(text)).toEqual(expected);
  });

  it('joins a quotation that runs over paragraphs into one span', () => {
    const text = '“First paragraph of the quote.\n\n“Second paragraph,” he said.\n\nAfter.';
    expect(spansOf(text)).toEqual(['“First paragraph of the quote.\n\n“Second paragraph,”']);
  });

  it.each([
    ['an opening mark never closed', '“This never closes.\n\nBut “this one does,” she said.', ['“this one does,”']],
    ['a closing mark never opened', 'Stray” mark.\n\n“Fine,” he said.', ['“Fine,”']],
  ])('reports %s as a diagnostic and still extracts the rest', (_name, text, expected) => {
    const r = findMarkedSpans(text, splitParagraphs(text));
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual(expected);
    expect(r.diagnostics.map((d) => d.code)).toContain('unbalanced-quote');
  });
});

describe('which marked spans are reported speech', () => {
  it.each([
    ['a full-sentence quotation with a cue', '“We are wheels up,” Grenell wrote.', ['“We are wheels up,”']],
    ['a quotation after "said:"', 'Grenell wrote in his post: “We are wheels up.”', ['“We are wheels up.”']],
    ['a title-case sentence of speech after "told" and a colon', 'Trump told the crowd: “We Will Win.”', ['“We Will Win.”']],
    ['speech in sentence case after "on"', 'He insisted on “doing what he’s doing,” aides said.', ['on “doing what he’s doing,”']],
    ['a quotation after a platform whose name ends like a title word ("Facebook:")', 'Carly Fiorina wrote on Facebook: “Anyone can turn an inheritance into more money.”', ['“Anyone can turn an inheritance into more money.”']],
    ['a partial quotation inside a paraphrase', 'Trump told reporters he wanted to “do something with Venezuela,” the paper said.', ['he wanted to “do something with Venezuela,”']],
  ])('keeps %s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  it.each([
    ['a so-called term', 'Critics mocked the so-called “deal” all week.'],
    ['a scare-quoted word with no speaker', 'The “experts” were wrong again about the weather.'],
    ['the title of a book', 'He wrote “The Art of the Deal” in 1987.'],
    ['a nickname between first and last name', 'Dwayne “The Rock” Johnson arrived late.'],
    ['a film title after "the film"', 'They watched the film “Fire and Fury at Dawn” together.'],
    ['a headline with its byline', '"Sam Mendes leaves the show," by Times\' Michael Paulson.'],
    ['a programme after "on" and its network, full stop inside', 'Perez made the case Sunday on NBC\'s "Meet the Press."'],
    ['a programme after "on", full stop inside', 'He made the case on "Meet the Press."'],
    ['a programme after "host of"', 'Joe Scarborough, host of MSNBC’s “Morning Joe,” criticised him.'],
    ['a programme after "told"', 'Fiorina told "Fox and Friends," that he was fair game.'],
    ['a play after "play"', 'She wrote the hit Broadway play, “Eclipsed.”'],
  ])('drops %s', (_name, text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  // [what, text]
  it.each([
    ['quoted words in a sentence that attributes nothing', 'Polls moved.\n\nBoos rained down, and at one point the crowd loudly reprised the caustic chant “Lock her up! Lock her up!” again.'],
    ['a borrowed phrase with no reporting cue', 'Polls moved.\n\nFor now, the administration waves off the delay as having “only a minimal and passing impact” on costs.'],
  ])('drops a partial quotation its sentence does not attribute: %s', (_name, text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it('keeps a whole quotation nobody is named for, unattributed', () => {
    const r = extract('Nobody knew.\n\n“It was a long day for all of us.”', { quotesOnly: true });
    expect(r.quotes.map((q) => [q.kind, q.rule])).toEqual([['direct', 'unattributed']]);
  });

  it('labels full-sentence quotations direct and partial ones mixed', () => {
    const r = extract('“We will win,” Smith said. Jones said the plan was “a disaster” for everyone.', { quotesOnly: true });
    expect(r.quotes.map((q) => q.kind)).toEqual(['direct', 'mixed']);
  });

  // [what, text, kinds]
  it.each([
    ['the lower-case second piece of a split quotation is direct', '“It will have some influence,” he said, “but I also suspect Sanders will speak.”', ['direct', 'direct']],
    ['the two-apostrophe style too', "''There is a lot of water under the bridge,'' Mr. Indyk said, ''and it is hard to imagine a deal.''", ['direct', 'direct']],
    ['a lower-case whole quotation after its reporting verb and a comma is direct', 'The streets were deserted, he added, “but people need to connect somehow.”', ['direct']],
    ['lower-case quoted words after a comma and no reporting verb stay mixed', 'Smith said the streets were deserted, and in a phrase, “people need to connect somehow.”', ['mixed']],
    ['a lower-case quotation after a comma with no quotation before it stays mixed', 'Obama called the plan, “a crucial step forward on gun violence.”', ['mixed']],
    ['quoted words after a quoted phrase and a comma stay mixed', 'He called it “weak” in a speech, “sad and weak” in a tweet.', ['mixed', 'mixed']],
  ])('kind: %s', (_name, text, kinds) => {
    expect(extract(text, { quotesOnly: true }).quotes.map((q) => q.kind)).toEqual(kinds);
  });

  it('labels quoted words that open a longer clause mixed, spanning the clause', () => {
    const r = extract('“If there had not been that intervention” by the allies, the city would have fallen, Clinton said.', { quotesOnly: true });
    expect(r.quotes.map((q) => [q.kind, q.text])).toEqual([['mixed', '“If there had not been that intervention” by the allies']]);
  });

  it.each([
    ['runs on after the comma to the sentence end', 'Trump told a town hall that waterboarding is “peanuts,” compared to what militants are doing.', 'that waterboarding is “peanuts,” compared to what militants are doing'],
    ['takes in a later quotation of the same sentence', 'Clinton says Americans are “right to be angry,” but also hungry for what she calls “real solutions.”', 'Americans are “right to be angry,” but also hungry for what she calls “real solutions.”'],
    ['stops at the comma when an attribution follows', 'Smith called the plan “futile and a waste of time,” and Kendall said so in court.', 'the plan “futile and a waste of time,”'],
    ['stops at the comma when a new clause with its own subject follows', 'Kendall wrote that the request was “futile,” the FBI has the records.', 'that the request was “futile,”'],
    // (the same table, for where the content starts)
    ['starts at "that" after a listener and a place with commas', 'Clinton is telling customers at a popular Manchester, New Hampshire, breakfast spot that “I need you tomorrow.”', 'that “I need you tomorrow.”'],
    ['starts after the listener when no "that" follows', 'Trump told reporters he wanted to “do something with Venezuela” soon.', 'he wanted to “do something with Venezuela” soon'],
    ['a relative "that" after a verb of the content opens no content', 'Senator Ana Ortiz says her plan is the only one that “can pass this year” without new taxes.', 'her plan is the only one that “can pass this year” without new taxes'],
    ['an "if" after a verb of the content opens no content', 'Mary Lopez says she really thinks the bill can pass if lawmakers keep “doing what they’re doing.”', 'she really thinks the bill can pass if lawmakers keep “doing what they’re doing.”'],
    ['starts at "that" after a time phrase', 'Lopez said during Tuesday’s council debate that the budget was “a mess.”', 'that the budget was “a mess.”'],
    ['a subject pronoun after "told her" opens the content', 'A fisherman told her he worries the water is “too dirty” to swim in.', 'he worries the water is “too dirty” to swim in'],
    ['"her" before a noun is the listener\'s determiner', 'Ortiz told her staff the port was “ready for business” again.', 'the port was “ready for business” again'],
    ['"her" before a determiner is the listener alone', 'Ortiz told her the port was “ready for business” again.', 'the port was “ready for business” again'],
    ['"him" before a determiner is the listener alone', 'Ortiz told him the port was “ready for business” again.', 'the port was “ready for business” again'],
  ])('a partial quotation: %s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual([expected]);
  });

  it('joins a list of quoted words in one clause into one mixed span', () => {
    expect(quotesOf('Bush tweeted Monday that Trump is a “loser,” a “liar” and a “whiner.”')).toEqual(['that Trump is a “loser,” a “liar” and a “whiner.”']);
  });

  it('joins a list whose commas stand outside the marks, once, not a record per word', () => {
    expect(quotesOf('Karen Osei said the budget was “bold”, “risky”, “late” and “unfair”, before leaving the room.')).toEqual(['the budget was “bold”, “risky”, “late” and “unfair”']);
    expect(quotesOf('Osei called the plan “timid”, or “a fudge”, in a letter to members.')).toEqual(['the plan “timid”, or “a fudge”']);
  });

  it('gives a paraphrase once when a later piece\'s clause runs from the same cue over an earlier one', () => {
    expect(quotesOf('Council spokeswoman Dana Reyes said in a statement that the council "has a long record of fiscal care" and has "balanced every budget since 2010."')).toEqual([
      'that the council "has a long record of fiscal care" and has "balanced every budget since 2010."',
    ]);
    expect(quotesOf('She escalated her criticism on Tuesday, telling reporters that the plan is a “fudge” and questioning how it has “survived three votes without a costing.”')).toEqual([
      'that the plan is a “fudge” and questioning how it has “survived three votes without a costing.”',
    ]);
  });

  it('does not join a word list to a quotation that opens a sentence of its own', () => {
    const texts = quotesOf('Osei called the plan “bold”, “It will work,” she said.');
    expect(texts).toHaveLength(2);
    expect(texts[1]).toBe('“It will work,”');
  });
});

describe('extract on odd input', () => {
  it('returns an empty list for empty text', () => {
    expect(extract('')).toEqual({ article: expect.anything(), quotes: [], diagnostics: [] });
  });

  it('returns an empty list for text with no quotation marks', () => {
    expect(extract('No one said anything today.', { quotesOnly: true }).quotes).toEqual([]);
  });

  it('throws ExtractInputError for a non-string', () => {
    expect(() => extract(42 as unknown as string)).toThrow(/needs a string/);
  });

  it('keeps offsets into the original text with marks included', () => {
    const text = 'Intro.\n\n“Yes,” she said.';
    const [q] = extract(text, { quotesOnly: true }).quotes;
    expect(q && text.slice(q.start, q.end)).toBe('“Yes,”');
  });
});

describe('a partial quotation after an inverted attribution', () => {
  const text = 'Harbour\n\nUtilities may discard samples taken wrongly, said Mei Lin, an engineer at the university, but "you have to document why, every single time."\n';
  it('starts after the conjunction, not at the speaker', () => {
    const q = extract(text).quotes.find((r) => r.text.includes('document why'));
    expect(q?.text).toBe('"you have to document why, every single time."');
  });
  it('goes to the name after the cue, not to the sentence\'s subject', () => {
    const q = extract(text).quotes.find((r) => r.text.includes('document why'));
    expect(q?.speaker?.name).toBe('Mei Lin');
  });
  it('keeps a subject with an aside before the cue as the speaker', () => {
    const t = 'Harbour\n\nPantucci, at the institute, said China and Russia have a "modus vivendi" here.\n';
    const q = extract(t).quotes.find((r) => r.text.includes('modus vivendi'));
    expect(q?.speaker?.name).toBe('Pantucci');
  });
});

describe('a verb of saying denied after a quotation', () => {
  it('is no cue: the quotation keeps the speaker of its own sentence', () => {
    const text = 'Grain\n\nAttorney General Nadia Brennan called the scheme "brazen."\n\nIn a post on X, the company\'s chief executive, Paul Harlan, wrote that the figures were "honest estimates made in good faith." He did not respond to questions sent by email.\n';
    const q = extract(text).quotes.find((r) => r.text.includes('honest estimates'));
    expect(q?.speaker?.name).toBe('Paul Harlan');
    expect(q?.cue?.text).toBe('wrote');
  });
  it('a negation inside an aside before the verb does not deny it', () => {
    const text = 'Warren\n\n"I don\'t believe in superdelegates," Warren, who has not endorsed a candidate, told reporters.\n';
    expect(extract(text).quotes[0]?.speaker?.name).toBe('Warren');
  });
});

describe('a partial quotation followed by a second verb of its speaker', () => {
  it.each([
    ['"and called for"', 'Harbour\n\nOrtiz called the deal “outrageous” and called for the board to resign.\n', 'the deal “outrageous”'],
    ['"and said"', 'Harbour\n\nOrtiz called the plan “a fantasy” and said the port would close.\n', 'the plan “a fantasy”'],
    ['"but suggesting"', 'Harbour\n\nOrtiz called the offer “serious” but suggesting it was not enough.\n', 'the offer “serious”'],
    ['"and questioned why"', 'Harbour\n\nIn a statement, his campaign said Kim\'s charge was “a desperate smear” and questioned why she had waited until the final month to raise it.\n', 'Kim\'s charge was “a desperate smear”'],
    ['"and questioning how" after a participle cue', 'Harbour\n\nOrtiz went further, telling reporters that Reyes was a “fraud” and questioning how he had kept his job.\n', 'that Reyes was a “fraud”'],
  ])('%s ends the quotation\'s clause', (_what, text, content) => {
    expect(extract(text).quotes.map((q) => q.text)).toContain(content);
  });
  it('the second verb\'s question is a record of its own, by the same speaker', () => {
    const text = 'Harbour\n\nIn a statement, his campaign said Kim\'s charge was “a desperate smear” and questioned why she had waited until the final month to raise it.\n';
    const q = extract(text).quotes.find((r) => r.text === 'why she had waited until the final month to raise it');
    expect(q?.cueKind).toBe('question');
    expect(q?.speaker?.name).toBe('his campaign');
  });
  it.each([
    ['"and he" after a verb\'s object', 'Harbour\n\nOrtiz called him a “nice guy” and he left the room.\n', 'him a “nice guy”'],
    ['"and has said" after a verb\'s object', 'Harbour\n\nOrtiz describes herself as “totally pro-harbour” and has said that she will run again.\n', 'herself as “totally pro-harbour”'],
    ['", and" and a verb in the past tense after a list of quoted words', 'Harbour\n\nOrtiz hammered Reyes, calling him a “train wreck” and “a drifter,” and contrasted him with the new chief.\n', 'him a “train wreck” and “a drifter,”'],
  ])('%s ends the quotation\'s clause', (_what, text, content) => {
    expect(extract(text).quotes.map((q) => q.text)).toContain(content);
  });
  it.each([
    ['a clause of the content itself goes on after "and it"', 'Harbour\n\nOrtiz said the plan was “a disaster” and it would cost jobs.\n', 'the plan was “a disaster” and it would cost jobs'],
    ['a participle of belief goes on with the content\'s own verbs', 'Harbour\n\nOrtiz said that she pictured sailing with her sons under a “quiet sky” and knowing that the harbour was safe.\n', 'that she pictured sailing with her sons under a “quiet sky” and knowing that the harbour was safe'],
  ])('%s', (_what, text, content) => {
    expect(extract(text).quotes.map((q) => q.text)).toContain(content);
  });
  it('a coordinated noun after the quoted words stays in its clause', () => {
    const text = 'Harbour\n\nOrtiz called the deal “outrageous” and unfair to workers.\n';
    expect(extract(text).quotes.map((q) => q.text)).toContain('the deal “outrageous” and unfair to workers');
  });
});

describe('quoted words that describe the object of a verb of describing, after "as"', () => {
  // [what, text, records as [text, speaker]]
  it.each([
    ['one quoted word after "hailed … as a"', 'Harbour\n\nMayor Ana Ortiz hailed the deal with the union as a “breakthrough.”\n', [['the deal with the union as a “breakthrough.”', 'Ana Ortiz']]],
    ['the particle stays with the verb and the pronoun object is no speaker', 'Harbour\n\nMayor Ana Ortiz spoke on Monday. At one point, she referred to him as “the best harbour master we ever had.”\n', [['him as “the best harbour master we ever had.”', 'Ana Ortiz']]],
    ['the person described is no speaker', 'Harbour\n\nMayor Ana Ortiz praised Tom Reyes as a “steady hand.”\n', [['Tom Reyes as a “steady hand.”', 'Ana Ortiz']]],
    ['a verb that describes nothing leaves one quoted word a scare quote', 'Harbour\n\nMayor Ana Ortiz signed the deal with the union as a “breakthrough.”\n', []],
    ['a verb of describing with no "as" before the quotation leaves it a scare quote', 'Harbour\n\nMayor Ana Ortiz heralded the “breakthrough” at the port.\n', []],
  ])('%s', (_what, text, records) => {
    expect(extract(text, { quotesOnly: true }).quotes.map((q) => [q.text, q.speaker?.name])).toEqual(records);
  });
});

describe('quoted names and labels are no quotations', () => {
  it.each([
    ['a name given after a common noun', 'The families formed a group called “Safe Streets Now.”'],
    ['a quoted label', 'Critics mocked the meters’ “smart” label for months.'],
    ['a quoted brand name', 'Shoppers laughed at the store’s “eco” branding.'],
    ['a programme after "an interview with"', 'He spoke in an interview with NBC’s “Meet the Press.”'],
  ])('%s', (_what, text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it('a programme after "a call to" is no second quotation', () => {
    expect(quotesOf('“She made it up,” he said during a call to ABC’s “This Week.”')).toEqual(['“She made it up,”']);
  });

  it('a quotation after the name of what was called keeps its speaker', () => {
    expect(quotesOf('The mayor called the plan “a disaster for everyone who lives here.”')).toEqual(['the plan “a disaster for everyone who lives here.”']);
  });
});

describe('a partial quotation in a verb\'s object ends before its subject\'s next act', () => {
  it.each([
    ['a past verb after "and"', 'The mayor called him a “nice guy” and boycotted the hearing.', 'him a “nice guy”'],
    ['"and then" and a past verb', 'She described the plan as “a disaster” and then voted for it.', 'the plan as “a disaster”'],
    // a content with a verb of its own goes on: the verb after "and" may be the content's
    ['a clause goes on past "and"', 'He said the bill was “a total mess” and needed work.', 'the bill was “a total mess” and needed work'],
  ])('%s', (_what, text, content) => {
    expect(quotesOf(text)).toEqual([content]);
  });
});
