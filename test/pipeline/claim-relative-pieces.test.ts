import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';
import { expectClaim, expectNoClaim } from './claim-rows.js';

/**
 * A relative pronoun that stands for a part of a reported clause (`the grants, which the mayor said
 * were wasted`, `what the ministry says is a shortage`): the pronoun and the clause after the cue are
 * the two pieces of one claim, grouped, on invented sentences. Negative rows: that sentence gives no
 * claim with that content.
 */
type Pieces = [what: string, sentence: string, pieces: string[], speaker: string | null];

const piecesOf = (text: string): { text: string; group: string | null; speaker: string | null }[] =>
  extract(text)
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => ({ text: q.text, group: q.group, speaker: q.speaker?.name ?? null }));

describe('a relative pronoun whose gap is in the reported clause is a piece of the claim', () => {
  it.each<Pieces>([
    ['"which" as the clause\'s subject', 'The council cut the grants, which the mayor said were wasted on consultants.', ['which', 'were wasted on consultants'], 'the mayor'],
    ['"who" as the clause\'s subject', 'The board met Ana Ortiz, who the mayor said had resigned in May.', ['who', 'had resigned in May'], 'the mayor'],
    ['"which" before a present verb of the clause', 'Residents were angry about the tolls, which they argue hurt commuters most.', ['which', 'hurt commuters most'], 'Residents'],
    ['a relative "that" after a noun', 'The team finished second, a result that its coach said surprised everyone.', ['that', 'surprised everyone'], 'its coach'],
    ['a relative "that" after a cue word used as a noun', 'The court struck down the rules that the governor said would protect voters.', ['that', 'would protect voters'], 'the governor'],
    ['a free relative after a preposition', 'The depot has helped farmers cope with what the ministry says is a shortage of diesel.', ['what', 'is a shortage of diesel'], 'the ministry'],
    ['a free relative as the object of the reported clause', 'The plan would cost about double what the treasurer said she expected.', ['what', 'she expected'], 'the treasurer'],
    ['a free relative with a verb of hoping', 'The deal was signed in what the minister hopes will be a turning point for the port.', ['what', 'will be a turning point for the port'], 'the minister'],
    ['the subject of an agentless passive', 'The board, which is widely seen as loyal to the mayor, met on Monday.', ['which', 'as loyal to the mayor'], null],
    ['the subject of a verb of seeming', 'The levy, which appears likely to pass, was debated on Monday.', ['which', 'likely to pass'], null],
    ['a relative set off by commas ends at the main clause\'s verb', 'The mill, which residents say led to the floods, closed in 2019.', ['which', 'led to the floods'], 'residents'],
    ['the same before an auxiliary', 'The mill, which residents say led to the floods, was sold in 2019.', ['which', 'led to the floods'], 'residents'],
    ['a list of verb phrases inside the relative does not close it', 'The levy, which the mayor says will raise rents, cut bus routes and close two schools, passed on Tuesday.', ['which', 'will raise rents, cut bus routes and close two schools'], 'the mayor'],
    ['a relative set off before an inserted frame: the clause it hangs on is the writer\'s', 'Reyes cited a merger in Ohio, after which, he said, staffing fell by 12%.', ['after which', 'staffing fell by 12%'], 'Reyes'],
  ])('%s', (_what, sentence, pieces, speaker) => {
    const found = piecesOf(sentence).filter((p) => pieces.includes(p.text));
    expect(found.map((p) => p.text)).toEqual(pieces);
    expect(found[0]?.group).not.toBeNull();
    expect(found[0]?.group).toBe(found[1]?.group);
    for (const p of found) expect(p.speaker).toBe(speaker);
  });

  it.each<[what: string, sentence: string, notContent: string]>([
    ['a pronoun after a preposition is an adjunct\'s', 'Ana Ortiz gave an interview in which she said the fund was empty.', 'which'],
    ['the clause a relative before an inserted frame hangs on is no piece', 'Reyes cited a merger in Ohio, after which, he said, staffing fell by 12%.', 'Reyes cited a merger in Ohio, after which'],
    ['a complementizer "that" keeps its clause whole', 'The mayor noted that the council has never met in August.', 'that'],
    ['a free relative inside a question is the question\'s', 'Reporters asked whether what the mayor proposed was legal.', 'what'],
    ['a free relative after the preposition of a verb of speaking is that verb\'s', 'The union focused on what it said was the need for safer shifts.', 'what'],
    ['a free relative after a verb of speaking is that verb\'s', 'Ana Ortiz kept saying what she believed was right.', 'what'],
    ['a name given is no reported clause', 'The mayor attacked what he calls a rigged budget process.', 'what'],
    ['"that" after an adjective of stance is a complementizer', 'Of course, it is hardly surprising that a city plan would favor the suburbs.', 'that'],
    ['a relative whose subject is the speaker has no gap in the content', 'The engineers, who say the bridge is safe, met on Monday.', 'who'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a relative pronoun that is the cue\'s own object stays with its antecedent', () => {
  it.each<[what: string, sentence: string, content: string, speaker: string]>([
    ['"whom X accused of"', 'The board hired Dana Whitfield, whom critics have accused of ignoring the floods.', 'Dana Whitfield, whom critics have accused of ignoring the floods', 'critics'],
    ['"which X plans to"', 'Crowds gathered by the old wall, which the mayor plans to rebuild next year.', 'the old wall, which the mayor plans to rebuild next year', 'the mayor'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));
});

describe('a relative pronoun as the object of a cue that ends its clause is the content', () => {
  it.each<[what: string, sentence: string, content: string, speaker: string]>([
    ['"which X denies,"', 'The board saw the allegations, which the mayor denies, before the vote.', 'which', 'the mayor'],
    ['"what X said when …"', 'The fund is empty. That was what Ana Ortiz said when she resigned.', 'what', 'Ana Ortiz'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it.each<[what: string, sentence: string, notContent: string]>([
    ['a negated cue', 'The board saw the allegations, which the mayor never denied.', 'which'],
    ['a pronoun after a preposition', 'The treasurer read the facts to which Ortiz admitted.', 'which'],
    ['an adjunct, then the reported clause', 'The town split into camps that the mayor argued in 2004 were harmful.', 'that'],
  ])('%s', (_what, sentence, notContent) => expectNoClaim(sentence, notContent));
});

describe('a relative clause closed by its own comma before a frame is part of the reported sentence', () => {
  it.each<[what: string, sentence: string, content: string, speaker: string]>([
    ['a frame and its source after the relative clause closed', 'Brightwater also plans to close its plant in Lyon, France, which employs about 600 people, by the end of next year, Reuters reported, citing a person briefed on the plan.', 'Brightwater also plans to close its plant in Lyon, France, which employs about 600 people, by the end of next year', 'Reuters'],
  ])('%s', (_what, sentence, content, speaker) => expectClaim(sentence, content, speaker));

  it('the verb of intention inside it is no claim of its subject', () => {
    const sentence = 'Brightwater also plans to close its plant in Lyon, France, which employs about 600 people, by the end of next year, Reuters reported, citing a person briefed on the plan.';
    expect(piecesOf(sentence).filter((p) => p.speaker === 'Brightwater')).toEqual([]);
  });
});
