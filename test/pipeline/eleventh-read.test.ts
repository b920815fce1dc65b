import { describe, expect, it } from 'vitest';
import { recordsOf, type Row } from './record-rows.js';
import { extract } from '../../src/pipeline/index.js';

const quoted = (text: string, words: string): Row | undefined => recordsOf(text).find((r) => r.text.includes(words));

describe('"X quoted Y as saying": Y speaks, X relays', () => {
  it.each<[what: string, text: string, words: string, speaker: string, relay: string]>([
    ['a person quoting a person, before the quotation', 'Trail\n\nPeter Grant quoted Anna Lutz as saying: “The minister must go.”', 'must go', 'Anna Lutz', 'Peter Grant'],
    ['an agency quoting a titled minister', 'Trail\n\nThe Kyodo news agency quoted Defence Minister Taro Sato as saying: “We will respond firmly.”', 'respond firmly', 'Taro Sato', 'The Kyodo news agency'],
    ['"as telling reporters"', 'Trail\n\nReuters quoted Anna Lutz as telling reporters: “We will appeal.”', 'appeal', 'Anna Lutz', 'Reuters'],
    ['an unnamed person quoted', 'Trail\n\nThe newspaper quoted an unnamed official as saying: “There is no deal.”', 'no deal', 'an unnamed official', 'The newspaper'],
    ['after the quotation', 'Trail\n\n“We will appeal,” Reuters quoted Anna Lutz as saying.', 'appeal', 'Anna Lutz', 'Reuters'],
  ])('%s', (_what, text, words, speaker, relay) => {
    const r = quoted(text, words);
    expect(r?.speaker).toBe(speaker);
    expect(r?.relay?.replace(/^the\s/iu, '')).toBe(relay.replace(/^the\s/iu, ''));
  });

  it('a partial quotation after "quoted X as saying that" reads from "that", and is X\'s', () => {
    const r = quoted('Trail\n\nState media quoted President Xi Jinping as saying that China would “never seek hegemony”.', 'hegemony');
    expect(r).toMatchObject({ speaker: 'Xi Jinping', relay: 'State media' });
    expect(r?.text.startsWith('that China')).toBe(true);
  });

  it('"Y was quoted as saying": Y speaks, nobody relays', () => {
    expect(quoted('Trail\n\nAnna Lutz was quoted as saying: “The minister must go.”', 'must go')).toMatchObject({ speaker: 'Anna Lutz', relay: null });
  });

  it('a time after "as saying", the words quoted before it, is no claim', () => {
    const records = recordsOf('Trail\n\n“We will appeal,” the Times quoted Defence Minister Taro Sato as saying on Monday.');
    expect(records.filter((r) => r.kind === 'indirect')).toEqual([]);
    expect(records[0]?.speaker).toBe('Taro Sato');
  });
});

describe('a quotation retold after a fronted time is the one retold\'s', () => {
  it.each<[what: string, sentence: string]>([
    ['"said that in 2021 X told her"', 'Ellison said that in 2021 Brannigan told her: “Leave the clients to me.”'],
    ['"said that at one meeting X told her"', 'Ellison said that at one meeting Brannigan told her: “Leave the clients to me.”'],
    ['"said later X told her" (no "that")', 'Ellison said later Brannigan told her: “Leave the clients to me.”'],
  ])('%s', (_what, sentence) => {
    expect(quoted(`Trail\n\n${sentence}`, 'clients')).toMatchObject({ speaker: 'Brannigan', relay: 'Ellison' });
  });

  it('a fronted time before the speaker of the sentence\'s own verb', () => {
    expect(quoted('Trail\n\nAt the rally Trump said: “We will win.”', 'win')?.speaker).toBe('Trump');
  });
});

describe('plural initials and offices in initials name nobody', () => {
  it('"Several MPs said" is a group, and "she" after it goes to the woman named before', () => {
    const records = recordsOf('Trail\n\nMary Jones defended the plan. Several MPs said it was unworkable. “It is fair,” she said.');
    expect(records.find((r) => r.text === 'it was unworkable')).toMatchObject({ speaker: 'Several MPs', type: 'anonymous' });
    expect(quoted('Trail\n\nMary Jones defended the plan. Several MPs said it was unworkable. “It is fair,” she said.', 'fair')?.speaker).toBe('Mary Jones');
  });

  it.each<[what: string, sentence: string, speaker: string]>([
    ['"Two GPs"', 'Two GPs told the inquiry that waiting lists had doubled.', 'Two GPs'],
    ['"Labour MPs"', 'Labour MPs said the vote was rushed.', 'Labour MPs'],
    ['"Many CEOs"', 'Many CEOs say the tax is unfair.', 'Many CEOs'],
    ['"One Tory MP"', 'One Tory MP said the whips had lost control.', 'One Tory MP'],
    ['"A Democratic senator"', 'A Democratic senator said the bill was dead.', 'A Democratic senator'],
  ])('%s is an unnamed source', (_what, sentence, speaker) => {
    const r = recordsOf(`Trail\n\n${sentence}`).find((x) => x.kind === 'indirect');
    expect(r).toMatchObject({ speaker, type: 'anonymous' });
  });

  it('"A senior Labour MP" is no person named "Labour MP"', () => {
    const r = quoted('Trail\n\nA senior Labour MP said the rebellion would be “a couple of dozen, tops”.', 'dozen');
    expect(r?.speaker).not.toBe('Labour MP');
    expect(r?.type).toBe('anonymous');
  });

  it('"Labour MP Jane Hill" is still Jane Hill', () => {
    expect(recordsOf('Trail\n\nLabour MP Jane Hill said the plan was fair.')[0]).toMatchObject({ speaker: 'Jane Hill', type: 'person' });
  });
});

describe('a feature label before a headline\'s colon names no source', () => {
  const body = '\n\nThe debate went on. Donald Trump spoke later, and police arrived. The vote was held on Monday.';
  it.each<[label: string]>([['Sketch: Tempers fray as MPs clash over housing bill'], ['Insight: Why the housing bill split the cabinet'], ['Q&A: What the new housing rules mean for renters'], ['Postcard: A village that votes by candlelight']])('%s', (headline) => {
    expect(recordsOf(headline + body).filter((r) => r.kind === 'indirect' && headline.includes(r.text))).toEqual([]);
  });

  it.each<[headline: string, speaker: string]>([
    ['Trump: We will build the wall and Mexico will pay', 'Donald Trump'],
    ['Poll: Most voters back the housing plan', 'Poll'],
    ['Police: Suspect fled on foot after the robbery', 'Police'],
  ])('a source the article names, or a kind of source, still is one: %s', (headline, speaker) => {
    expect(recordsOf(headline + body).find((r) => headline.includes(r.text))?.speaker).toBe(speaker);
  });
});

describe('a description that names whom it acts for goes on speaking', () => {
  it('"“…,” a lawyer for John Park said. “…,” he added" is the lawyer\'s', () => {
    const r = quoted('Trail\n\n“The claims are false,” a lawyer for John Park said. “We will appeal,” he added.', 'appeal');
    expect(r?.speaker).toBe('a lawyer for John Park');
    expect(r?.type).toBe('anonymous');
  });

  it('"A spokesman for John Park said …. “…,” he added" is the spokesman\'s', () => {
    expect(quoted('Trail\n\nA spokesman for John Park said the claims were false. “We will appeal,” he added.', 'appeal')?.speaker).not.toBe('John Park');
  });

  it('the one named since the description spoke is still likelier', () => {
    expect(quoted('Trail\n\nA spokesman for the hospital said the claims were false. John Park was not in court. “We will appeal,” he said.', 'appeal')?.speaker).toBe('John Park');
  });
});

describe('a continuation is no surer of its speaker than the quotation it continues', () => {
  it('"“…,” the coach said. “A joke.”"', () => {
    const records = recordsOf('Trail\n\nCoach John Smith was furious. “It is a joke,” the coach said. “A joke.”');
    const [first, second] = records;
    expect(second?.speaker).toBe(first?.speaker);
    expect(second?.confidence).toBeLessThanOrEqual(first?.confidence ?? 0);
  });
});

describe('an exchange of question and answer alternates its turns', () => {
  it('a question in its own paragraph after the answer is the asker\'s, and the answer after it the answerer\'s', () => {
    const text = 'Trail\n\n“Did you see him?” the prosecutor asked. “No,” the witness replied.\n\n“Are you sure?”\n\n“Yes.”';
    expect(quoted(text, 'sure')?.speaker).toBe('the prosecutor');
    expect(quoted(text, 'Yes')?.speaker).toBe('the witness');
  });

  it('a tag question inside one speaker\'s paragraph does not hand the turn back', () => {
    const text = 'Trail\n\nKelly responded: “Can happen when you’re 45.”\n\n“You know, it happens, right?” Trump went on. “But you gotta get over it.”';
    expect(quoted(text, 'gotta')?.speaker).toBe('Trump');
  });
});

describe('what the new readings must leave alone', () => {
  it.each<[what: string, sentence: string, speaker: string]>([
    ['"replied after X said:" is X\'s quotation', 'Senator Ann Ruiz replied after Governor Tom Hale said: “The budget is balanced.”', 'Tom Hale'],
    ['"said before X told reporters:"', 'Ruiz said before Hale told reporters: “There will be no deal.”', 'Hale'],
    ['"laughed after X said:"', 'She laughed after Trump said: “Nobody knows more about taxes than me.”', 'Trump'],
  ])('a clause of time is no fronted time: %s', (_what, sentence, speaker) => {
    const r = recordsOf(`Trail\n\n${sentence}`).find((x) => x.kind === 'direct');
    expect(r?.speaker).toBe(speaker);
    expect(r?.relay).toBeNull();
  });

  it.each<[sentence: string, speaker: string]>([
    ['Jane Hill MP said: “The hospital must stay open.”', 'Jane Hill'],
    ['“The hospital must stay open,” said Dawn Butler MP.', 'Dawn Butler'],
  ])('a name before "MP" is a person: %s', (sentence, speaker) => {
    const r = recordsOf(`Trail\n\n${sentence}`).find((x) => x.kind === 'direct');
    expect(r?.speaker).toBe(speaker);
    expect(r?.type).toBe('person');
  });

  it('"quoted the Bible as saying" is the quoter\'s', () => {
    expect(quoted('Trail\n\nAt the vigil, Pastor Tim Hale quoted the Bible as saying: “Love your neighbour as yourself.”', 'neighbour')?.speaker).toBe('Tim Hale');
  });

  it.each<[headline: string, body: string, speaker: string]>([
    ['Brown: We must rebuild trust in politics', 'The former prime minister called for reform. “We must rebuild trust,” Mr. Brown said on Monday.', 'Brown'],
    ['Hunt: Taxes will fall next year', 'The chancellor set out his plans. Hunt said taxes would fall next year.', 'Hunt'],
    ['China: Tariffs will be met with force', 'Beijing vowed to retaliate against new tariffs.', 'China'],
  ])('a surname or a country in a dictionary is still a headline\'s source: %s', (headline, body, speaker) => {
    expect(recordsOf(`${headline}\n\n${body}`).find((r) => headline.includes(r.text))?.speaker).toContain(speaker);
  });

  it('a post whose author the sentence names is the author\'s, passed on by the one who shared it', () => {
    expect(quoted('Trail\n\nPeter Grant retweeted a post by Anna Lutz which said: “The minister must go.”', 'must go')).toMatchObject({ speaker: 'Anna Lutz', relay: 'Peter Grant' });
    expect(quoted('Trail\n\nPeter Grant shared a post by Anna Lutz that read: “The minister must go.”', 'must go')?.speaker).toBe('Anna Lutz');
    const own = quoted('Trail\n\nPeter Grant shared Anna Lutz’s post, which read: “The minister must go.”', 'must go');
    expect(own?.speaker).toBe('Anna Lutz');
    // the post reads so: nobody read it out
    expect(own?.confidence).toBeGreaterThan(0.5);
  });

  it('someone reading out another\'s letter still gets the read-aloud doubt', () => {
    expect(quoted('Trail\n\n“Please come home,” Carter read from a letter her daughter had written.', 'come home')?.confidence).toBeLessThanOrEqual(0.45);
  });
});

describe('words said to the one who tells of them', () => {
  it('"“Get out,” Anna Lutz recalled being told by her manager" is the manager\'s, relayed by Lutz', () => {
    expect(quoted('Trail\n\n“Get out,” Anna Lutz recalled being told by her manager.', 'Get out')).toMatchObject({ speaker: 'her manager', relay: 'Anna Lutz' });
  });

  // with no agent the text does not say who spoke; the one who tells of the words is kept (another
  // speaker nearby would be a guess)
  it('"“Get out,” Lutz said she was told" is not given to anyone else', () => {
    expect(quoted('Trail\n\n“We are safe,” said Mayor Ann Reed.\n\n“Get out,” Anna Lutz said she was told.', 'Get out')?.speaker).toBe('Anna Lutz');
  });

  it('"“It is fine,” Lutz said she was." is still Lutz\'s', () => {
    expect(quoted('Trail\n\n“It is fine,” Anna Lutz said.', 'fine')?.speaker).toBe('Anna Lutz');
  });
});

describe('a pronoun and the people around it', () => {
  it('one the court "heard from" just before may be the one speaking', () => {
    const r = quoted('Trail\n\nMr Brannigan sat in the dock. The court heard from Neil Parkes. “We found 1,200 emails,” he said.', 'emails');
    expect(r?.speaker).not.toBe('Brannigan');
  });

  it.each<[what: string, text: string]>([
    ['"When X asked him …, he said"', 'Tom Lee attended the launch. When Mark Bell asked him about the price, he said: “It is fair.”'],
    ['"After X criticised him, he said"', 'Tom Lee attended the launch. After Mark Bell criticised him, he said: “It is fair.”'],
  ])('%s: "he" is the one asked, not the asker', (_what, text) => {
    expect(quoted(`Trail\n\n${text}`, 'fair')?.speaker).toBe('Tom Lee');
  });

  it('"X smiled. “Maybe.”" is the one who smiled, not the speaker of the paragraph before', () => {
    const text = 'Trail\n\n“It is a joke,” Graham Threlfall said.\n\nDaniel Okafor smiled. “Maybe.”';
    expect(quoted(text, 'Maybe')?.speaker).toBe('Daniel Okafor');
  });
});

describe('an outlet relaying what others said', () => {
  it('"X told staff that …, the Financial Times reported": X\'s claim, relayed by the paper, and the paper\'s report of it', () => {
    const records = recordsOf('Trail\n\nMark Hill told staff that the plant would close, the Financial Times reported.');
    expect(records).toContainEqual(expect.objectContaining({ kind: 'indirect', text: 'that the plant would close', speaker: 'Mark Hill', relay: 'Financial Times' }));
    expect(records.some((r) => r.speaker === 'the Financial Times')).toBe(true);
  });

  it('"According to the Financial Times, X told staff that …" marks the paper as relaying X', () => {
    const records = recordsOf('Trail\n\nAccording to the Financial Times, chief executive Mark Hill told staff that the plant would close.');
    expect(records.find((r) => r.speaker === 'Mark Hill')?.relay).toBe('Financial Times');
  });

  it.each<[sentence: string, speaker: string, relay: string]>([
    ['Reuters, citing two people familiar with the matter, reported that the deal had collapsed.', 'two people familiar with the matter', 'Reuters'],
    ['Bloomberg reported, citing three officials, that the talks had stalled.', 'three officials', 'Bloomberg'],
  ])('"citing": the ones cited speak, the outlet relays: %s', (sentence, speaker, relay) => {
    const records = recordsOf(`Trail\n\n${sentence}`);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ speaker, relay });
  });
});

describe('a claim is not cut before the half of it that belongs to it', () => {
  it('"a demanding supervisor but an extraordinarily generous one": two noun phrases of one content', () => {
    expect(recordsOf('Trail\n\nAmari said Whitcombe had been a demanding supervisor but an extraordinarily generous one.')[0]?.text).toBe('Whitcombe had been a demanding supervisor but an extraordinarily generous one');
  });

  it('with no verb of saying framing it, "but decided …" is the content\'s own verb', () => {
    const r = recordsOf('Trail\n\nAccording to a person familiar with the matter, the board discussed a buyback last month but decided to postpone a decision.').find((x) => x.speaker === 'a person familiar with the matter');
    expect(r?.text).toBe('the board discussed a buyback last month but decided to postpone a decision');
  });

  it('after a verb of saying, "but declined …" is still the speaker\'s act, not the content', () => {
    expect(recordsOf('Trail\n\nOrtiz said the plan was sound but declined to give details.')[0]?.text).toBe('the plan was sound');
  });
});

describe('the platform a statement was posted on', () => {
  it('"who runs a YouTube channel, wrote on X that …" was posted on X', () => {
    const [r] = extract('Trail\n\nBen Ostrowski, who runs a YouTube channel, wrote on X that he would “wait for the review”.').quotes;
    expect(r?.channel).toEqual({ type: 'social-media', platform: 'X' });
  });
});

describe('the agent of a passive verb of telling told it', () => {
  it.each<[sentence: string, content: string, speaker: string]>([
    ['Peter Smith was told by Anna Lutz that the deal was off.', 'that the deal was off', 'Anna Lutz'],
    ['Residents were warned by police that the river could flood.', 'that the river could flood', 'police'],
  ])('%s', (sentence, content, speaker) => {
    expect(recordsOf(`Trail\n\n${sentence}`)).toContainEqual(expect.objectContaining({ kind: 'indirect', text: content, speaker }));
  });
});

describe('what the second batch must leave alone', () => {
  it.each<[sentence: string, speaker: string]>([
    ['“It was the worst day of my life,” Lutz recalled being told by her manager that she was fired.', 'Lutz'],
    ['“I will comply,” Hale said he was ordered by the court to pay.', 'Hale'],
    ['“I ignored it,” Hale said he had been warned by email.', 'Hale'],
    ['“I’m not leaving,” Hale said he was told by Friday he had to decide.', 'Hale'],
    ['“Pack your things,” Lutz said she was told by text message.', 'Lutz'],
  ])('words told to the subject need an agent that closes the clause: %s', (sentence, speaker) => {
    expect(recordsOf(`Trail\n\n${sentence}`).find((r) => r.kind === 'direct')?.speaker).toBe(speaker);
  });

  it('a parenthetical frame after a clause of time is not bound by its "him"', () => {
    const r = recordsOf('Trail\n\nTom Reed was dismissed on Friday. Before Mark Bell fired him, he said, he gave Reed three warnings.').find((x) => x.kind === 'indirect' && x.text.includes('three warnings'));
    expect(r?.speaker).not.toBe('Tom Reed');
  });

  it('"had not heard from" and "DNA evidence from" name nobody speaking', () => {
    const text = 'Trail\n\nMark Webb, 52, reported his son missing on Sunday. The family had not heard from Daniel Ross, the son’s roommate, since June. “We are desperate,” he said.';
    expect(quoted(text, 'desperate')?.speaker).toBe('Mark Webb');
  });

  it('a gesture sentence that tells of someone else too gives no speaker', () => {
    const text = 'Trail\n\n“Will you resign?” a reporter asked Ann Bell.\n\nBell shrugged, and the reporter pressed again. “Will you?”';
    expect(quoted(text, 'Will you?')?.speaker).not.toBe('Ann Bell');
  });

  it.each<[sentence: string, speaker: string]>([
    ['The minister, citing health reasons, said he would resign at the end of the month.', 'The minister'],
    ['Judge Ann Bell, citing a lack of evidence, said the case should be dropped.', 'Ann Bell'],
    ['The company said, citing internal data, that sales had risen 10 percent.', 'The company'],
  ])('"citing" grounds is no source: %s', (sentence, speaker) => {
    const records = recordsOf(`Trail\n\n${sentence}`);
    expect(records.filter((r) => r.relay !== null)).toEqual([]);
    expect(records.find((r) => r.text.endsWith(sentence.replace(/^.*(?:said|that) /u, '').replace(/\.$/u, '')))?.speaker).toBe(speaker);
  });

  it('"According to a spokesman, the firm is reviewing the matter but declined to comment further" ends before the refusal', () => {
    expect(recordsOf('Trail\n\nAccording to a spokesman, the firm is reviewing the matter but declined to comment further.')[0]?.text).toBe('the firm is reviewing the matter');
  });

  it('"had a plan but a spokesman for the mayor disputed that" is cut before the second clause', () => {
    expect(recordsOf('Trail\n\nBell said the city had a plan but a spokesman for the mayor disputed that on Tuesday.')[0]?.text).toBe('the city had a plan');
  });

  it.each<[sentence: string, platform: string]>([
    ['Lutz said in a Facebook post, later shared on X, that the school would close.', 'Facebook'],
    ['Lutz said in a YouTube video, which was later posted on Facebook, that she would run.', 'YouTube'],
  ])('a post\'s later life is not where it was posted: %s', (sentence, platform) => {
    expect(extract(`Trail\n\n${sentence}`).quotes[0]?.channel?.platform).toBe(platform);
  });
});

describe('a surname two people bear', () => {
  it('the one the article keeps naming is the one meant', () => {
    const text = 'Trail\n\nJeb Bush campaigned in Greenville. Bush thanked voters. His brother, George W. Bush, joined him. “We will win,” Bush said.';
    expect(extract(text).quotes[0]?.speaker?.name).toBe('Jeb Bush');
  });
});

describe('the one told answers as often as the one telling goes on', () => {
  it('"Park told him the deal was off. “I was stunned,” he said" is left open', () => {
    const r = quoted('Trail\n\nMark Delaney met Steven Park in March. Park told him the deal was off. “I was stunned,” he said.', 'stunned');
    expect(r?.speaker).toBeNull();
  });
});

describe('what "told him" must leave alone', () => {
  it.each<[text: string, speaker: string]>([
    ['Anna Lutz told her staff on Monday the plant would close. “We have no choice,” she said.', 'Anna Lutz'],
    ['Anna Lutz asked her lawyer to file the appeal. “I am innocent,” she said.', 'Anna Lutz'],
    ['Tom Smith found the intruder in his kitchen. Smith told him to leave. “Get out,” he shouted.', 'Tom Smith'],
    ['Mayor Tom Reed told him the deal was off. “There is no money,” he added.', 'Tom Reed'],
  ])('%s', (text, speaker) => {
    expect(recordsOf(`Trail\n\n${text}`).find((r) => r.kind === 'direct')?.speaker).toBe(speaker);
  });
});

describe('"called" for a telephone call', () => {
  it.each<[sentence: string]>([['Biden called Netanyahu, who agreed to a pause.'], ['The mayor called the governor, who promised emergency aid.'], ['Delaney called Park on Sunday to apologize.']])('%s is no claim of the caller\'s', (sentence) => {
    const caller = sentence.split(' called ')[0];
    expect(recordsOf(`Trail\n\n${sentence}`).filter((r) => r.speaker === caller)).toEqual([]);
  });

  it.each<[sentence: string, content: string]>([
    ['Trump called Cruz a liar.', 'Cruz a liar'],
    ['The senator called the plan a disaster.', 'the plan a disaster'],
    ['The mayor called the governor a coward.', 'the governor a coward'],
    ['Smith called Jones, who runs the agency, a liar.', 'Jones, who runs the agency'],
  ])('what someone is called is still a claim: %s', (sentence, content) => {
    expect(recordsOf(`Trail\n\n${sentence}`)[0]?.text).toBe(content);
  });
});

describe('a named place after the listener is no part of what was said', () => {
  it.each<[sentence: string, content: string]>([
    ['Trump told reporters at the White House the tariffs would stay.', 'the tariffs would stay'],
    ['Dutton told reporters in Canberra the government was running scared.', 'the government was running scared'],
  ])('%s', (sentence, content) => {
    expect(recordsOf(`Trail\n\n${sentence}`)[0]?.text).toBe(content);
  });

  it('in a partial quotation too', () => {
    expect(recordsOf('Trail\n\nPeter Dutton hit back, telling reporters in the Mural Hall the government was “running scared” from the debate.')[0]?.text.startsWith('the government')).toBe(true);
  });
});

describe('a feature\'s name before a headline\'s colon', () => {
  it.each<[headline: string]>([['Press review: Europe’s papers weigh in on the budget deal'], ['Film review: The sequel is louder, longer and worse']])('%s names no source', (headline) => {
    expect(recordsOf(`${headline}\n\nThe debate went on.`)).toEqual([]);
  });

  it.each<[headline: string, speaker: string]>([['Pentagon review: troops lacked training', 'Pentagon review'], ['Safety review: plant was unsafe for years', 'Safety review']])('a body\'s review is a source: %s', (headline, speaker) => {
    expect(recordsOf(`${headline}\n\nThe debate went on.`)[0]?.speaker).toBe(speaker);
  });

  it('"Police report:" is still a source', () => {
    expect(recordsOf('Police report: Suspect fled on foot\n\nThe debate went on.')[0]?.speaker).toBe('Police report');
  });
});

describe('titles of other countries\' news', () => {
  it('"Queensland Premier David Crisafulli" is David Crisafulli', () => {
    expect(recordsOf('Trail\n\nQueensland Premier David Crisafulli said the budget was balanced.')[0]?.speaker).toBe('David Crisafulli');
  });

  it('"Shri Narendra Modi" is Narendra Modi, and "Shri Modi" the same person', () => {
    const records = recordsOf('Trail\n\n“We will not wait,” Shri Narendra Modi said. Later, Shri Modi said the plan would work.');
    expect(records.map((r) => r.speaker)).toEqual(['Narendra Modi', 'Narendra Modi']);
  });

  it('"Premier Inn" and "the Premier League" are no one titled Premier', () => {
    const records = recordsOf('Trail\n\nThe Premier League said the match would go ahead. “We are ready,” Premier Inn said.');
    expect(records.map((r) => r.speaker)).toEqual(['The Premier League', 'Premier Inn']);
  });
});

describe('an unnamed source described by what they take part in', () => {
  it.each<[sentence: string, speaker: string]>([
    ['A person involved in the negotiations said the deal was close.', 'A person involved in the negotiations'],
    ['An official involved in the investigation said the suspect had fled.', 'An official involved in the investigation'],
  ])('%s', (sentence, speaker) => {
    expect(recordsOf(`Trail\n\n${sentence}`)[0]).toMatchObject({ speaker, type: 'anonymous' });
  });
});
