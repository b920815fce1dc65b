import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/**
 * Claims a fact-checker can read, one construction per row, on invented sentences: the content
 * span as reported, who makes the claim (null: nobody the text names) and the kind of cue.
 * Rows with `none` are the negative ones: that sentence gives no claim with that content.
 */
type Row = [what: string, sentence: string, content: string, speaker: string | null, cueKind?: string];

const claimsOf = (text: string): { content: string; speaker: string | null; cueKind: string | null }[] =>
  extract(text)
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => ({ content: q.text, speaker: q.speaker?.name ?? null, cueKind: q.cueKind }));

describe('claims, one construction per row', () => {
  it.each<Row>([
    // content boundaries: a second coordinated cue is a second claim, with the same speaker
    ['a second coordinated cue, first claim', 'The mayor announced that he was undergoing therapy and vowed to focus on his family.', 'that he was undergoing therapy', 'The mayor', 'assertion'],
    ['a second coordinated cue, second claim', 'The mayor announced that he was undergoing therapy and vowed to focus on his family.', 'to focus on his family', 'The mayor', 'intention'],
    ['said X and warned that Y: first', 'Ana Ortiz said the law was void and warned that the court would strike it down.', 'the law was void', 'Ana Ortiz', 'assertion'],
    ['said X and warned that Y: second', 'Ana Ortiz said the law was void and warned that the court would strike it down.', 'that the court would strike it down', 'Ana Ortiz', 'assertion'],
    // two participle cues coordinated by "and": two claims, the second a question
    ['telling X and questioning how Y: first', 'Ana Ruiz spoke in Toledo, telling reporters that the port was failing and questioning how the board had kept its seats.', 'that the port was failing', 'Ana Ruiz', 'assertion'],
    ['telling X and questioning how Y: second', 'Ana Ruiz spoke in Toledo, telling reporters that the port was failing and questioning how the board had kept its seats.', 'how the board had kept its seats', 'Ana Ruiz', 'question'],
    ['claiming X and suggesting that Y: second', 'Ana Ruiz spoke in Toledo, claiming that the port was failing, and suggesting that the board should resign.', 'that the board should resign', 'Ana Ruiz'],
    // a verbless fragment continuing the report joins it; a sentence with its own verb does not
    ['an elliptical continuation joins the claim', 'The mayor said taxes would rise next year. And fees, too.', 'taxes would rise next year. And fees, too', 'The mayor', 'assertion'],
    ['a second sentence with its own cue is a second claim', 'The budget is balanced, Ana Ortiz said. But she also warned that taxes would rise.', 'that taxes would rise', 'Ana Ortiz', 'assertion'],
    // a verb that may take an addressee, its clause without "that": the noun phrase before a modal is the clause's subject
    ['promises, the clause without that', 'Ana Ortiz promises the city will repair every bridge by May.', 'the city will repair every bridge by May', 'Ana Ortiz', 'intention'],
    ['assured, an addressee and then the clause', 'Ana Ortiz assured residents the bridges were safe.', 'the bridges were safe', 'Ana Ortiz', 'assertion'],
    // according to a role and then its holder's name: the name is the source, no part of the content
    ['according to a role, then the name, in front', 'According to the board’s finance director, Luis Ortega, the rise will add $9 a month.', 'the rise will add $9 a month', 'Luis Ortega', 'assertion'],
    ['according to a role, then the name, at the end', 'The rise will add $9 a month, according to the finance director, Luis Ortega.', 'The rise will add $9 a month', 'Luis Ortega', 'assertion'],
    ['according to a name, then its description', 'The rise will add $9 a month, according to Luis Ortega, the finance director.', 'The rise will add $9 a month', 'Luis Ortega', 'assertion'],
    ['according to after "though" and a statement of the speaker\'s own', 'He has said he would take no PAC money, though a PAC backing him has spent $4 million, according to court filings.', 'a PAC backing him has spent $4 million', 'court filings'],
    ['according to after an adverb "though" keeps the clause', 'The employee, though, did not repay the loan, according to court filings.', 'The employee, though, did not repay the loan', 'court filings'],
    ['according to a name and then its description: the description is no second piece', 'The rise will add $9 a month, according to Luis Ortega, the finance director.', 'The rise will add $9 a month', 'Luis Ortega', 'assertion'],
    ['according to a role, then a clause (no name)', 'According to the finance director, Bills will rise in May.', 'Bills will rise in May', 'the finance director'],
    // a bare verb form closing a prepositional phrase after the clause's verb is a noun ("a conference call")
    ['"on a conference call" after the verb', 'Mara Lind told analysts on a conference call that sales had slowed but insisted the outlook was strong.', 'the outlook was strong', 'Mara Lind', 'assertion'],
    ['"a town" before a plural subject\'s verb', 'Residents of a town say the plant poisoned the river.', 'the plant poisoned the river', 'Residents of a town', 'assertion'],
    // nested claims are one claim
    ['a belief inside a statement is one claim', 'Ana Ortiz said she believes the law is void.', 'she believes the law is void', 'Ana Ortiz', 'assertion'],
    // noun cues
    ['a possessive noun cue', 'Ana Ortiz spoke first. Her claim that fares would fall was later withdrawn.', 'that fares would fall', 'Ana Ortiz', 'assertion'],
    ['made the case that', 'Ana Ortiz made the case that the tax cut would pay for itself.', 'that the tax cut would pay for itself', 'Ana Ortiz', 'assertion'],
    ['a warning issued by the subject', 'The agency issued a warning that the dam could fail.', 'that the dam could fail', 'The agency', 'assertion'],
    ['a noun cue with its source between noun and complement', 'Residents heeded a warning from the agency that the dam could fail.', 'that the dam could fail', 'the agency', 'assertion'],
    ['a pledge to', 'Ortiz renewed her pledge to cut fares by half.', 'to cut fares by half', 'Ortiz', 'intention'],
    ['a noun cue nobody owns, ending before the main verb', 'The allegation that the count was rigged spread quickly.', 'that the count was rigged', null, 'assertion'],
    ['a subject noun cue with an adjective in -ed', "The mayor's repeated claim that crime had fallen was false.", 'that crime had fallen', 'The mayor', 'assertion'],
    ['a subject noun cue before a past-tense main verb', 'A warning from the agency that the dam could fail rattled residents.', 'that the dam could fail', 'the agency', 'assertion'],
    ['a subject noun cue with an infinitive', 'Ana Ortiz spoke first. Her promise to cut fares was broken.', 'to cut fares', 'Ana Ortiz', 'intention'],
    ['a proposal to', "Ortiz's proposal to close the depot drew criticism.", 'to close the depot', 'Ortiz', 'intention'],
    ['a time phrase between a made noun and its clause', 'Ortiz has been making the case for weeks that the depot should close.', 'that the depot should close', 'Ortiz', 'assertion'],
    // a participle takes the sentence's subject, a quantified noun phrase whole
    ['a quantifier opens the subject of a participle', 'Other analysts were more cautious, noting that two drugs are due to report results.', 'that two drugs are due to report results', 'Other analysts', 'assertion'],
    ['a quantified subject with a name inside', 'Several former BBC editors were unmoved, arguing that the cuts were overdue.', 'that the cuts were overdue', 'Several former BBC editors', 'assertion'],
    ['a possessive name owns the subject of a participle', "Holt's campaign disputed the figure, arguing that most of the jobs were temporary.", 'that most of the jobs were temporary', "Holt's campaign", 'assertion'],
    ['a pronoun\'s contraction is no possessive', "He’s comparing the plan to a tax, arguing that it would cost families more.", 'that it would cost families more', null, 'assertion'],
    ['a participle after a comma closed inside quotation marks', 'Residents sued after the city scrapped what it called the “Green Week,” saying that the change hurt renters.', 'that the change hurt renters', 'Residents', 'assertion'],
    ['a description, then a name with a particle, before a participle', "City's Dutch coach, Pieter van Dam, was furious, claiming his defender had won the ball.", 'his defender had won the ball', 'Pieter van Dam', 'assertion'],
    ['an epithet subject is the person named just before', 'Kwame Mensah scored twice on Saturday. The 22-year-old admitted he had nearly been substituted.', 'he had nearly been substituted', 'Kwame Mensah', 'assertion'],
    // a message and the participle that reports it
    ['a statement saying', 'The ministry issued a statement saying that the talks had failed.', 'that the talks had failed', 'The ministry', 'assertion'],
    ['a time phrase between the message and its participle', 'The council released a letter on Monday warning that the bridge was unsafe.', 'that the bridge was unsafe', 'The council', 'assertion'],
    // an addressee between a cue and its clause is not content
    ['an addressee before "that"', 'Ortiz admitted to the newspaper that she had met the donor.', 'that she had met the donor', 'Ortiz', 'assertion'],
    ['an addressee named before "that"', 'The minister confirmed to Reuters that the plant would close.', 'that the plant would close', 'The minister', 'assertion'],
    // findings with a noun phrase as their object; report adverbs
    ['a finding with a noun-phrase object', 'The survey shows only a small gap between men and women.', 'only a small gap between men and women', 'The survey', 'evidence'],
    ['a study finds without "that"', 'A 2019 study by a county auditor found 14 duplicate ballots out of 90,000 cast.', '14 duplicate ballots out of 90,000 cast', 'A 2019 study by a county auditor', 'evidence'],
    ['a report finds a clause without "that"', 'The report found the depot had lost money for a decade.', 'the depot had lost money for a decade', 'The report', 'evidence'],
    ['a poll with a time after its head noun', 'A Harbour Institute poll out Monday showed Ortiz with a narrow lead.', 'Ortiz with a narrow lead', 'A Harbour Institute poll', 'evidence'],
    ['a document named with a participle after it', 'An email obtained by the paper shows the frustration of a senior aide.', 'the frustration of a senior aide', 'An email obtained by the paper', 'evidence'],
    ['a document as the object of a relative', 'He released tax returns that showed he lost money in 2009.', 'he lost money in 2009', 'tax returns', 'evidence'],
    ['a document participle', 'Handwritten ledgers showing he received $40,000 in cash were found in the office.', 'he received $40,000 in cash', 'Handwritten ledgers', 'evidence'],
    ['a coordinated clause with its own source and verb of saying ends the claim', 'Many residents said they would stay home and others have said they would march.', 'they would stay home', 'Many residents', 'assertion'],
    // ("others" alone names nobody: the speaker is unknown, the mention kept)
    ['the coordinated clause is a claim of its own', 'Many residents said they would stay home and others have said they would march.', 'they would march', null, 'assertion'],
    ['two that-clauses of one verb stay one claim', 'Ortiz said that fares would rise and that the depot would close.', 'that fares would rise and that the depot would close', 'Ortiz', 'assertion'],
    ['a gapped non-restrictive relative ends before the main clause', 'The board, which critics say has ignored the floods, met on Monday.', 'The board, which critics say has ignored the floods', 'critics', 'assertion'],
    ['a gapped relative keeps a comma inside its content', 'The board, which critics say has ignored the floods, with few exceptions, met on Monday.', 'The board, which critics say has ignored the floods, with few exceptions', 'critics', 'assertion'],
    ['a headline\'s role is not the outlet the body says it was told to', 'Utility hid lead readings, former inspector says\n\nA former inspector told the Harbour Courier that readings were hidden.', 'Utility hid lead readings', 'former inspector', 'assertion'],
    ['a headline\'s bare participle of accusing names no accuser', 'Grain trader accused of inflating harvest figures\n\nThe state sued the trader on Monday.', 'Grain trader accused of inflating harvest figures', null, 'assertion'],
    ['a reduced relative of accusing ends at its noun\'s verb', 'The trader accused of fraud said the books were clean.', 'The trader accused of fraud', null, 'assertion'],
    ['the noun with a reduced relative still says its own claim', 'The trader accused of fraud said the books were clean.', 'the books were clean', null, 'assertion'],
    ['an active accusation keeps its accuser', 'Ortiz accused the mayor of lying.', 'the mayor of lying', 'Ortiz', 'assertion'],
    ['a name set after "One of them" is the speaker', 'Dockers walked out. One of them, Ben Ruiz, said the rosters were unsafe.', 'the rosters were unsafe', 'Ben Ruiz', 'assertion'],
    ['an age and a relative between a name and its verb', 'Woodrow Benford, 58, who lives outside the city, says the plant should close.', 'the plant should close', 'Woodrow Benford', 'assertion'],
    ['a fronted time before a description and its name', 'Last week, the harbour director, Ana B. Ortiz, said the inquiry was over.', 'the inquiry was over', 'Ana B. Ortiz', 'assertion'],
    ['a subordinate clause after the main one runs past a comma inside it', 'Ortiz stretched the truth at the debate, when she claimed that the agency, or its board, had hidden the report.', 'that the agency, or its board, had hidden the report', 'Ortiz', 'assertion'],
    ['a fronted clause after an opening phrase ends where the main clause starts', 'In 1996, when the mayor declared that the era of big budgets was over, Ortiz won the primary.', 'that the era of big budgets was over', 'the mayor', 'assertion'],
    ['a tail cue with a described listener', 'This is not about me, the mayor told her closest advisers as she wrote the speech.', 'This is not about me', 'the mayor', 'assertion'],
    ['a tail cue told to a court', 'The state was only doing what 40 states already do, the attorney general told the court in a filing.', 'The state was only doing what 40 states already do', 'the attorney general', 'assertion'],
    ['a document participle before a clause of its own', 'After figures suggesting that fares are too high were published, Ortiz resigned.', 'that fares are too high', 'figures', 'evidence'],
    ['a headline in Title Case with its source after a comma', 'Mayor Hid Budget Gap From Council, Former Aide Says\n\nThe council met on Monday.', 'Mayor Hid Budget Gap From Council', null, 'assertion'],
    ['a document participle in an absolute phrase', 'With polls showing her far ahead, Ortiz skipped the debate.', 'her far ahead', 'polls', 'evidence'],
    ['an organisation named with "of" reports', 'Shipping lines have begun diverting vessels, the Journal of Commerce reported.', 'Shipping lines have begun diverting vessels', 'Journal of Commerce', 'assertion'],
    ['a body described by its head noun', 'The port authority, in a written statement, said it remained committed to a deal.', 'it remained committed to a deal', 'The port authority', 'assertion'],
    ['the writer\'s label after the content is not in it', 'Diaz has accused the authority of hiring replacement workers, a charge the authority denies.', 'the authority of hiring replacement workers', 'Diaz', 'assertion'],
    ['a name that is also a common noun keeps its verb', 'Trump says the wall will be paid for.', 'the wall will be paid for', 'Trump', 'assertion'],
    ['a ruling', 'The judge ruled that the law was unconstitutional.', 'that the law was unconstitutional', 'The judge', 'assertion'],
    ['a court holding', 'The court held that the search was illegal.', 'that the search was illegal', 'The court', 'assertion'],
    ['a participle after a main clause opened by a common noun', 'A federal judge blocked the law on Tuesday, ruling that its ID rules violate the act.', 'that its ID rules violate the act', 'A federal judge', 'assertion'],
    ['a "who" after a place is about the people before it', 'Shop owners on Mill Street, who said the meters drove customers away, welcomed the vote.', 'the meters drove customers away', 'Shop owners on Mill Street', 'assertion'],
    ['a "who" after a name is about that person', 'The council hired Dana Whitfield, who said the meters would stay.', 'the meters would stay', 'Dana Whitfield', 'assertion'],
    ['a body\'s relative "which"', 'The law was challenged by civil rights groups, which argued it would make voting harder.', 'it would make voting harder', 'civil rights groups', 'assertion'],
    ['a floating quantifier after a coordinated subject', 'Hill and Reyes both said they would cut spending.', 'they would cut spending', 'Hill and Reyes', 'assertion'],
    ['an object relative between subject and verb', 'Many of the Democratic chairs that the paper interviewed predicted Ortiz would win.', 'Ortiz would win', 'the Democratic chairs', 'assertion'],
    ['a clause in -ed before a tail cue is content', 'The talks failed, Ortiz said.', 'The talks failed', 'Ortiz', 'assertion'],
    ['a headline\'s role held by the person the body names after it', "Opposition leader vows to block pension reform\n\nFrance's main opposition leader, Claire Dubois, vowed on Sunday to block the reform.", 'to block pension reform', 'Claire Dubois', 'intention'],
    ['a sentence-case headline\'s verb after a noun, its speaker the body\'s report it sums up', 'Senate hopeful vows to block pipeline as rival cries foul\n\nState Senator Karen Holt pledged on Thursday to block the Northline pipeline if elected.', 'to block pipeline', 'Karen Holt', 'intention'],
    ['a headline verb that takes "as" keeps it', 'Residents cite jobs and crime as top concerns\n\nVoters in Ash Creek said on Monday that they worried most about work.', 'jobs and crime as top concerns', 'Residents', 'assertion'],
    ['a headline whose words no body report shares keeps its speaker as written', 'Senate hopeful vows to block pipeline\n\nThe weather in Millbrook was cold on Thursday.', 'to block pipeline', 'Senate hopeful', 'intention'],
    ['a tail cue after a description and the name it describes', 'The alliance will sue the county, its director, Sam Whitaker, told the Gazette.', 'The alliance will sue the county', 'Sam Whitaker', 'assertion'],
    ['"told" after a comma is no inverted cue: its listener follows it', "The fees were unlawful, the group's lawyer, Ana Ruiz, told reporters.", 'The fees were unlawful', 'Ana Ruiz', 'assertion'],
    ['a tail cue with its listener after it', 'Turnout was up sharply, election officials told WOSU.', 'Turnout was up sharply', 'election officials', 'assertion'],
    ['a tail cue with "told reporters" and a time', 'The count will take days, Ortiz told reporters on Monday.', 'The count will take days', 'Ortiz', 'assertion'],
    ['a participle after the subject noun', 'A report released on Wednesday found that emissions rose.', 'that emissions rose', 'A report released on Wednesday', 'evidence'],
    ['a report adverb before a progressive', 'The company is reportedly spending $1.5 million on advertisements.', 'spending $1.5 million on advertisements', null, 'assertion'],
    // headlines: the speaker is resolved from the body
    ['a Title Case headline', 'Mayor Says Budget Is Balanced\n\nMayor Helen Cho said on Monday that the city budget was balanced.', 'Budget Is Balanced', 'Helen Cho', 'assertion'],
    // a verb of saying the lexicon reads first as a verb ("Says") is no plural noun after a common noun
    ['a Title Case headline with a common noun as its source', 'Newspaper Says Mayor Cho Must Resign\n\nThe editorial ran on Sunday.', 'Mayor Cho Must Resign', null, 'assertion'],
    // a second capitalised verb after a comma is a second predicate of the content, not a cue of its own
    ['a Title Case headline with two predicates', 'Newspaper Says Mayor Cho Should Resign, Show Remorse\n\nThe editorial ran on Sunday.', 'Mayor Cho Should Resign, Show Remorse', null, 'assertion'],
    // a cue in -s after a comma or "and" agrees with the headline's subject: its next act, no part of the content
    ['a Title Case headline with a second act after a comma', 'Mayor Says Budget Is Balanced, Vows Tax Cuts\n\nMayor Helen Cho said on Monday that the city budget was balanced.', 'Budget Is Balanced', 'Helen Cho', 'assertion'],
    ['a Title Case headline with a second cue after "And"', 'Mayor Says Budget Is Balanced And Vows To Cut Taxes\n\nMayor Helen Cho said on Monday that the city budget was balanced.', 'To Cut Taxes', 'Helen Cho', 'intention'],
    ['a headline with the cue after', 'Budget balanced, mayor says\n\nMayor Helen Cho said on Monday that the city budget was balanced.', 'Budget balanced', 'Helen Cho', 'assertion'],
    ['a headline with a colon', 'Mayor: budget is balanced\n\nMayor Helen Cho said on Monday that the city budget was balanced.', 'budget is balanced', 'Helen Cho', 'assertion'],
    // a question put to someone by a person the text does not name
    ['a question put to the subject', 'Asked whether he would run again, Trump said he had not decided.', 'whether he would run again', null, 'question'],
    ['a question put to the subject, a time first', 'Asked on Thursday whether he would ask the group to stop, Tanner said it was not his decision.', 'whether he would ask the group to stop', null, 'question'],
    ['a question put to the subject before a quotation', 'Asked whether talks would resume this week, Leclerc told the BBC: “I hope so.”', 'whether talks would resume this week', null, 'question'],
    ['a question put to the subject, its asker first', 'Asked by reporters why he left, Tanner said nothing.', 'why he left', null, 'question'],
    ['a passive question', 'Trump was asked whether he would run again.', 'whether he would run again', null, 'question'],
    // kinds of cue
    ['a question', 'The senator questioned why the agency had waited so long.', 'why the agency had waited so long', 'The senator', 'question'],
    ['a belief', 'Ana Ortiz believes the budget is balanced.', 'the budget is balanced', 'Ana Ortiz', 'belief'],
    ['"nothing" as the subject of the reported clause', 'Ana Ortiz said nothing had changed since May.', 'nothing had changed since May', 'Ana Ortiz', 'assertion'],
    ['evidence', 'A new poll showed that most voters back the plan.', 'that most voters back the plan', 'A new poll', 'evidence'],
    // cue and complement apart
    ['a progressive cue', 'Clinton is predicting that she will win the nomination.', 'that she will win the nomination', 'Clinton', 'assertion'],
    ['a participle after "by"', 'Trump ended the rally by joking that he would bring a pork roaster to Washington.', 'that he would bring a pork roaster to Washington', 'Trump', 'assertion'],
    ['a participle after an adverb', 'Trump tweeted on Sunday, falsely suggesting that the count was rigged.', 'that the count was rigged', 'Trump', 'evidence'],
    ['a participle with a time adjunct before "that"', 'Ortiz criticised the budget, writing on Monday that it cut too deep.', 'that it cut too deep', 'Ortiz', 'assertion'],
    // subjects set off from their verb
    ['a dash-bounded aside between subject and verb', 'Teachers — and some parents — say that the new schedule is too long.', 'that the new schedule is too long', 'Teachers', 'assertion'],
    ['an age set off by commas', 'Dana Whitfield, 44, said that she had paid the fine.', 'that she had paid the fine', 'Dana Whitfield', 'assertion'],
    ['a phrasal cue', 'Ortiz pointed out that the fund was empty.', 'that the fund was empty', 'Ortiz', 'assertion'],
    // a non-restrictive relative clause ends at its closing comma; the main clause's claim stands apart
    ['a claim inside a non-restrictive relative', 'Ortiz, who had said she would debate the mayor, criticized him on two fronts.', 'she would debate the mayor', 'Ortiz', 'assertion'],
    ['the main clause after the relative', 'Ortiz, who had said she would debate the mayor, warned that he would lose.', 'that he would lose', 'Ortiz'],
    // a time phrase between a verb of intention and its infinitive; a dateline before the subject
    ['a time phrase before the infinitive', 'Claire Dubois vowed on Sunday to block the reform.', 'to block the reform', 'Claire Dubois', 'intention'],
    ['"last week" before the infinitive', 'Ana Ortiz pledged last week to stay in the race.', 'to stay in the race', 'Ana Ortiz', 'intention'],
    ['a description, then the name of the person it describes', 'Her Republican opponent, businessman Greg Tanner, accused Holt of flip-flopping.', 'Holt of flip-flopping', 'Greg Tanner', 'assertion'],
    ['a description with a participle is no name apposition', 'The new council, led by Dana Whitfield, argued that the fees were unfair.', 'that the fees were unfair', 'The new council', 'assertion'],
    ['a dateline before a subject set off by commas', "PARIS (AFP) — France's main opposition leader, Claire Dubois, vowed to block the reform.", 'to block the reform', 'Claire Dubois', 'intention'],
    // an -s verb after a noun heading its subject is that clause's verb, not a noun cue
    ['a headline verb after a role noun', 'The opposition leader vows to block pension reform.', 'to block pension reform', 'The opposition leader', 'intention'],
    ['a verb after a document noun', 'The report notes that fees rose.', 'that fees rose', 'The report'],
    // "broke campaign promises": a verb before the modifier, so "promises" is the noun cue
    ['a noun cue after a verb and a modifier', 'Ortiz broke campaign promises to cut taxes.', 'to cut taxes', null],
    // a cue's object is a claim when it is a position the speaker takes, or a small clause
    ['a position taken on a noun phrase', 'Ana Ortiz supports statehood for the district.', 'statehood for the district', 'Ana Ortiz'],
    ['a denial of a noun phrase', 'The minister denied the allegations.', 'the allegations', 'The minister'],
    ['a small clause after "called"', 'Ana Ortiz called the tariff a betrayal.', 'the tariff a betrayal', 'Ana Ortiz'],
    ['an expectation of a noun phrase', 'Economists had expected no change.', 'no change', 'Economists'],
    ['a restrictive relative\'s content stops at the main verb', 'Voters who say the economy is their top issue were evenly divided between the candidates.', 'the economy is their top issue', 'Voters'],
    // an attribution inside the sentence splits one claim in two pieces; an adjunct before it is a
    // piece too (what holds "instead", "recently", "if elected" is the speaker's), unless it says
    // how or when the statement was made
    ['the first piece of a split claim', 'The budget, Ana Ortiz said, is balanced.', 'The budget', 'Ana Ortiz'],
    ['the second piece of a split claim', 'The budget, Ana Ortiz said, is balanced.', 'is balanced', 'Ana Ortiz'],
    ['the claim after a sentence adverb', 'Instead, Ana Ortiz said, the city should borrow.', 'the city should borrow', 'Ana Ortiz'],
    ['the claim after a prepositional adjunct', 'In her view, Ana Ortiz said, the city should borrow.', 'the city should borrow', 'Ana Ortiz'],
    ['a sentence adverb before the attribution is a piece', 'Instead, Ana Ortiz said, the city should borrow.', 'Instead', 'Ana Ortiz'],
    ['a lone -ly adverb before the attribution is a piece', 'Recently, Ana Ortiz said, the city has borrowed more.', 'Recently', 'Ana Ortiz'],
    ['"Even then" before the attribution is a piece', 'Even then, Ana Ortiz said, the fund was empty.', 'Even then', 'Ana Ortiz'],
    ['a place adjunct before the attribution is a piece', 'In her district, Ana Ortiz said, first offenders are sent to treatment.', 'In her district', 'Ana Ortiz'],
    ['a condition before the attribution is a piece', 'If the court rules against the city, Ana Ortiz said, fares will rise.', 'If the court rules against the city', 'Ana Ortiz'],
    ['a tail after a clause opened by a quantifier, not an adjunct', 'At least ten stations were closed, Ana Ortiz said.', 'At least ten stations were closed', 'Ana Ortiz'],
    // a writer's aside after the content's subject splits the claim in two pieces
    ['the subject before a relative aside', 'A new poll suggests that the mayor, who has outspent every rival, still trails in the suburbs.', 'that the mayor', 'A new poll'],
    ['the clause after a relative aside', 'A new poll suggests that the mayor, who has outspent every rival, still trails in the suburbs.', 'still trails in the suburbs', 'A new poll'],
    ['the clause after an appositive aside', 'Ortiz once said that Helen Cho, then a councillor, was likable enough.', 'was likable enough', 'Ortiz'],
    ['the main verb after a non-restrictive relative keeps its whole content', 'Willa Moss, a carpenter in Dallas, who runs a small firm, recalled that in 2009 the town flooded twice.', 'that in 2009 the town flooded twice', 'Willa Moss'],
    ['a time adjunct before "whether"', 'The senator has questioned in recent days whether the mayor has the temperament to lead.', 'whether the mayor has the temperament to lead', 'The senator', 'question'],
    ['an infinitive content with a determiner "that" inside', 'Ortiz has pledged to stay in the race through that contest.', 'to stay in the race through that contest', 'Ortiz', 'intention'],
    // a cue in an infinitive takes the subject of the phrase that governs it
    ['"was quick to note that"', 'Ana Ortiz was quick to note that the fund was empty.', 'that the fund was empty', 'Ana Ortiz', 'assertion'],
    ['"went on to explain that"', 'Ana Ortiz went on to explain that the fund was empty.', 'that the fund was empty', 'Ana Ortiz', 'assertion'],
    ['"continues to insist that"', 'Ana Ortiz continues to insist that the fund was empty.', 'that the fund was empty', 'Ana Ortiz', 'assertion'],
    ['"made it clear that": the light verb is no part of the speaker', 'Mayor Helen Cho made it clear that taxes would rise.', 'that taxes would rise', 'Helen Cho', 'assertion'],
    // agentless passives and report adverbs: claims nobody in the sentence makes
    ['an agentless passive of regarding, its subject a piece apart', 'The governor is increasingly seen as a liability for the party.', 'as a liability for the party', null, 'belief'],
    ['a reduced relative of regarding ends at its comma', 'The death of Judge Ada Park, regarded as the anchor of the court, left a vacancy.', 'as the anchor of the court', null],
    ['a passive of regarding with its agent', 'She is viewed by party leaders as uniquely credible.', 'as uniquely credible', 'party leaders'],
    ['a passive accusation, its subject a piece apart', 'The treasurer has been accused of hiding the losses.', 'hiding the losses', null],
    ['a passive with a relative subject, read from the host', 'The board, which is widely seen as too cautious, met on Monday.', 'The board, which is widely seen as too cautious', null],
    ['an active verb of regarding', 'Many farmers view the tariff as a betrayal.', 'the tariff as a betrayal', 'Many farmers'],
    ['"reportedly" before the verb', 'The company reportedly paid $2 million to settle the case.', 'paid $2 million to settle the case', null],
    ['"allegedly" after an auxiliary', 'The aide has allegedly deleted the messages.', 'deleted the messages', null],
    ['"reportedly" in an absolute phrase', 'With the mayor reportedly weighing a run, the council met on Monday.', 'weighing a run', null],
    // third-person forms that are mostly nouns, read as verbs after a name or pronoun
    ['"claims" after a name', 'Mayor Helen Cho claims the budget is balanced.', 'the budget is balanced', 'Helen Cho', 'assertion'],
    ['"notes" after a name', 'Ana Ortiz notes that fares rose twice last year.', 'that fares rose twice last year', 'Ana Ortiz', 'assertion'],
    // progressives after a contraction, prepositions of speaking, views with a clause, passives with an agent
    ['a progressive after a contracted pronoun', 'Ana Ortiz said the vote was close. She’s predicting that the bill will pass.', 'that the bill will pass', 'Ana Ortiz'],
    ['a verb of speaking with its preposition', 'Ana Ortiz joked about moving to the coast.', 'moving to the coast', 'Ana Ortiz'],
    ['a verb of regarding with a clause', 'Voters saw that the mayor could win.', 'that the mayor could win', 'Voters', 'belief'],
    ['a passive of judging with its agent', 'The mayor was criticized by rival councillors for raising fares.', 'raising fares', 'rival councillors'],
    ['a thousands separator is no comma of the sentence', 'Ana Ortiz said that 2,400 jobs were lost, which shocked the council.', 'that 2,400 jobs were lost', 'Ana Ortiz'],
    ['a report on a topic is content', 'The agency reported on the flooding in the valley.', 'the flooding in the valley', 'The agency'],
    ['an intention before "to be"', 'Ana Ortiz plans to be back in Ohio on Saturday.', 'to be back in Ohio on Saturday', 'Ana Ortiz', 'intention'],
    // a leading phrase naming a poll or report is the source
    ['"In a new poll, …"', 'In a new poll by the Ledger, most voters backed the plan.', 'most voters backed the plan', 'a new poll', 'assertion'],
    ['"In the latest survey, conducted in May, …"', 'In the latest survey, conducted in May, most voters backed the plan.', 'most voters backed the plan', 'the latest survey'],
    // the narrator's trailers after the content
    ['a relative clause after a preposition ends the content', 'Ortiz said she had met the mayor, with whom she clashed at the debate.', 'she had met the mayor', 'Ortiz'],
    ['an anonymity phrase ends the content', 'Two aides said the meeting was tense on the condition of anonymity because they were not allowed to speak.', 'the meeting was tense', 'Two aides'],
    // verbs of seeming: the claim reads from the subject, and nobody in the text makes it
    ['a verb of seeming before "to be"', 'The new figures appear to be fabricated.', 'to be fabricated', null, 'belief'],
    ['a verb of seeming before "to have"', 'Coal use seems to have declined last year.', 'to have declined last year', null],
    ['a verb of seeming before an adjective', 'The race appears closer in Ohio.', 'closer in Ohio', null],
    ['"show" after a document noun with a post-modifier', 'A review by the Ledger shows most of the flights were for campaign travel.', 'most of the flights were for campaign travel', 'A review by the Ledger', 'evidence'],
    // inner asides and quantified subjects
    ['an aside after the content\'s subject stays inside the content', 'The pollster said the mayor, despite her wealth, is better placed than her rival.', 'the mayor, despite her wealth, is better placed than her rival', 'The pollster'],
    ['a subject opened by a quantifier', 'About 9 percent said they had no preference.', 'they had no preference', 'About 9 percent'],
    ['a participle set off between subject and verb ends at its comma', 'Ana Ortiz, arguing that the audit was wrong, said the fund was empty.', 'that the audit was wrong', 'Ana Ortiz'],
    ['the main claim after a participle aside', 'Ana Ortiz, citing the latest audit, said the fund was empty.', 'the fund was empty', 'Ana Ortiz'],
    // a verb with an object and a complement about it: the content keeps the object
    ['warn X against -ing', 'The union has warned the council against closing the library.', 'the council against closing the library', 'The union'],
    ['advise X against -ing', 'The embassy advises travellers against visiting the border region.', 'travellers against visiting the border region', 'The embassy'],
    ['remind X of', 'Ana Ortiz reminded voters of the cuts she had blocked.', 'voters of the cuts she had blocked', 'Ana Ortiz'],
    ['tell X to', 'The coach told the players to stay home.', 'the players to stay home', 'The coach'],
    // "her" before a common noun is a possessive: "her staff" is the listener, as "his aides" is
    ['"told her staff": the possessive\'s noun phrase is the listener', 'Mayor Ana Ruiz told her staff the port was closing.', 'the port was closing', 'Ana Ruiz', 'assertion'],
    ['"told his aides": a possessive determiner\'s noun phrase is the listener', 'The senator told his aides the bill was dead.', 'the bill was dead', 'The senator', 'assertion'],
    ['"told her": the pronoun alone is the listener', 'Mayor Ana Ruiz told her the port was closing.', 'the port was closing', 'Ana Ruiz', 'assertion'],
    ['accuse X of -ing', 'Ana Ortiz accused the mayor of hiding the audit.', 'the mayor of hiding the audit', 'Ana Ortiz'],
    ['urge X to', 'Ana Ortiz urged voters to reject the plan.', 'voters to reject the plan', 'Ana Ortiz'],
    // a "which" after a clause is about that clause's object, not the clause
    ['"which" after a clause: its object is the source', 'Ruiz released her medical records, which showed that she was in excellent health.', 'that she was in excellent health', 'her medical records', 'evidence'],
    ['"which" after a time phrase: the object before it', 'The campaign released a report on Friday, which found that costs had doubled.', 'that costs had doubled', 'a report'],
    ['"which" after "from" and a person: the thing the person sent', 'Ruiz released a letter from her doctor, which showed that she was fit to serve.', 'that she was fit to serve', 'a letter from her doctor'],
    ['"which" after "from" and a named body: the body', 'Ruiz accepted an award from the Harbour Trust, which argued that the port should stay open.', 'that the port should stay open', 'the Harbour Trust'],
    // a relative clause whose gap is in the content is read from its antecedent
    ['the antecedent of an object gap ("whom X accused of")', 'The board hired Dana Whitfield, whom critics have accused of ignoring the floods.', 'Dana Whitfield, whom critics have accused of ignoring the floods', 'critics'],
    ['the antecedent after a dash ("– who X accused of")', 'The talks were held with Dana Whitfield – who residents have accused of ignoring the floods.', 'Dana Whitfield – who residents have accused of ignoring the floods', 'residents'],
    ['the antecedent of a subject gap ("which X said were")', 'The report listed the fees, which the mayor said were never collected.', 'the fees, which the mayor said were never collected', 'the mayor'],
    ['a relative "that" before a subject gap', 'The vote came after a deadline that officials said was missed.', 'a deadline that officials said was missed', 'officials'],
    ['the antecedent of an infinitive\'s object', 'Crowds gathered by the old wall, which the mayor plans to rebuild next year.', 'the old wall, which the mayor plans to rebuild next year', 'the mayor'],
    ['a relative without its pronoun ("a move its chairwoman said was")', 'The board raised rates, a move its chairwoman said was needed to replace old pipes.', 'a move its chairwoman said was needed to replace old pipes', 'its chairwoman'],
    ['a relative without its pronoun, a name as its subject', 'The board signed the deal Ana Ortiz said would save $3 million.', 'the deal Ana Ortiz said would save $3 million', 'Ana Ortiz'],
    ['a relative without its pronoun in the sentence\'s subject ends at the main verb', 'The deal Ana Ortiz said would save $3 million collapsed on Monday.', 'The deal Ana Ortiz said would save $3 million', 'Ana Ortiz'],
    ['"in which she said": the clause is whole', 'Mayor Ana Ortiz gave an interview in which she said the fund was empty.', 'the fund was empty', 'Ana Ortiz'],
    ['the antecedent is the noun phrase, not the clause before it', 'The council met Dana Whitfield, whom residents have accused of ignoring the floods.', 'Dana Whitfield, whom residents have accused of ignoring the floods', 'residents'],
  ])('%s', (_what, sentence, content, speaker, cueKind) => {
    const claims = claimsOf(sentence);
    const found = claims.find((c) => c.content === content);
    expect(found, `“${content}” among ${JSON.stringify(claims.map((c) => c.content))}`).toBeDefined();
    expect(found?.speaker ?? null).toBe(speaker);
    if (cueKind) expect(found?.cueKind).toBe(cueKind);
  });

  it.each<[what: string, sentence: string, notContent: string]>([
    ['a nested belief is no second claim', 'Ana Ortiz said she believes the law is void.', 'the law is void'],
    ['the first claim stops at the second cue', 'The mayor announced that he was undergoing therapy and vowed to focus on his family.', 'that he was undergoing therapy and vowed to focus on his family'],
    ['a relative "that" after a noun cue is no content', 'The claim that was debunked last week resurfaced.', 'that was debunked last week resurfaced'],
    ['a headline that attributes nothing', 'City Council Approves Budget After Late-Night Session\n\nThe council voted 7-2.', 'City Council Approves Budget After Late-Night Session'],
    ['what was not said', 'The mayor did not say that taxes would rise.', 'that taxes would rise'],
    ['what was never said', 'Police never said the suspect was armed.', 'the suspect was armed'],
    ['a claim not made', 'Jones has not claimed that the vote was rigged.', 'that the vote was rigged'],
    ['a name given is no claim', 'The families formed a group called Sandy Hook Promise.', 'Sandy Hook Promise'],
    ['saying nothing is no claim', 'He said nothing as he left the court.', 'nothing as he left the court'],
    ['saying little about something is no claim', 'Ortiz said little about the plan on Monday.', 'little about the plan on Monday'],
    ['a name given, then the sentence\'s own verb', 'A group called Parents for Sleep has pushed for the change for two years.', 'Parents for Sleep has pushed for the change for two years'],
    ['a name given, then a past verb', 'A charity called Open Doors opened a shelter in May.', 'Open Doors opened a shelter in May'],
    ['a quoted name given is no claim', 'A parody account called “Dumb Meter” gained 8,000 followers.', '“Dumb Meter” gained 8,000 followers'],
    ['an expectation nobody voices', 'The meeting was expected to cover the deportation of migrants.', 'to cover the deportation of migrants'],
    ['a refusal to act', 'Maduro has refused to take them back.', 'to take them back'],
    ['a description after "according to" a name is no claim', 'The rise will add $9 a month, according to Luis Ortega, the finance director.', 'the finance director'],
    ['a question put to the subject is no tail of the cue after it', 'Asked whether talks would resume this week, Leclerc told the BBC: “I hope so.”', 'Asked whether talks would resume this week'],
    ['a verb inside a question put to the subject is no claim of its own', 'Asked on Thursday whether he would ask the group to stop, Tanner said it was not his decision.', 'the group to stop'],
    ['a compound noun before a verb of saying is no relative clause', 'The union officials said was is a verb.', 'was is a verb'],
    ['a relative without its pronoun needs a finite verb right after the cue', 'Ortiz read the list the clerk said aloud.', 'aloud'],
    ['"add" in its bare form is no verb of saying', 'The rise will add $9 to bills, the board said.', '9 to bills'],
    ['"add" in its bare form, an amount', 'The council plans to add 200 jobs.', '200 jobs'],
    ['declining to comment', 'The ministry declined to comment on the report.', 'to comment on the report'],
    ['a contrast', 'She backs a tax on wealth, as opposed to a tax on income.', 'She backs a tax on wealth'],
    ['"claims" after a possessive is a noun', 'Ortiz spoke first. His claims the budget is balanced were false.', 'the budget is balanced were false'],
    ['"states" after a determiner is a noun', 'The border states that voted early reported high turnout.', 'that voted early reported high turnout'],
    ['a dash aside that does not close before the verb', 'The plan — costly and late — was dropped, and critics said nothing.', 'nothing'],
    ['a relative clause\'s content stops at its comma', 'Ortiz, who had said she would debate the mayor, criticized him on two fronts.', 'she would debate the mayor, criticized him on two fronts'],
    ['a restrictive relative\'s content leaves the main clause out', 'Voters who say the economy is their top issue were evenly divided between the candidates.', 'the economy is their top issue were evenly divided between the candidates'],
    ['one word of content with no other piece is no claim', 'Talks stalled, Ana Ortiz said.', 'Talks'],
    ['a trailing adverbial clause is no aside', 'The pollster said the mayor was ahead, despite her wealth, in every county.', 'the mayor was ahead, despite her wealth, in every county'],
    ['a leading prepositional phrase before a number is no quantifier', 'In 2015 half of them said the plan would fail.', 'In 2015 half of them'],
    ['"In an interview, …" names no source', 'In an interview on Sunday, most voters backed the plan.', 'most voters backed the plan'],
    ['"In its report, the agency said …" is the agency\'s claim', 'In its report, the agency said the dam was safe.', 'the agency said the dam was safe'],
    ['a passive "is said to be" is no claim of the subject\'s', 'The mayor was said to be furious.', 'to be furious'],
    ['a time alone is no content', 'The agency reported on Tuesday.', 'on Tuesday'],
    ['"said last week" has no content', 'The agency said last week.', 'last week'],
    ['knowing about something is no claim', 'Ana Ortiz knows about the fund.', 'about the fund'],
    ['a passive of judging with its agent is not the subject\'s claim', 'The mayor was criticized by her rivals for raising fares.', 'for raising fares'],
    ['"in which" inside the content is kept when no comma sets it off', 'Ortiz said the town in which she grew up had lost its mill.', 'the town'],
    ['an expletive "it" is not the subject of a seeming', 'It seems to be raining again.', 'It seems to be raining again'],
    ['a physical appearance is no seeming', 'The mayor appeared on television on Monday.', 'on television on Monday'],
    ['"said to be" is no claim of the subject', 'The mayor is said to be furious.', 'to be furious'],
    ['"show" after a picture is no claim', 'Her photo of the rally shows dozens of flags.', 'dozens of flags'],
    ['a person finding something is no finding', 'Soon, Ortiz found the harbour welcoming.', 'the harbour welcoming'],
    ['a document inside a modifier is no source', 'The author of the study found 31 errors.', '31 errors'],
    ['a person showing something is no evidence', 'A voter showing her ballot smiled for the cameras.', 'her ballot smiled for the cameras'],
    ['"as" opening a clause of time is no content', 'The family beamed as they took the stage.', 'as they took the stage'],
    ['"as" after a verb of speaking opens no content', 'The senator tweeted as the president spoke.', 'as the president spoke'],
    ['"acknowledged as much" is a pro-form, no content', 'Her aides acknowledged as much in a memo on Monday.', 'as much in a memo on Monday'],
    ['a stranded preposition has no content', 'What the treasurer is accused of, the audit does not say.', 'of'],
    ['the speaker\'s viewpoint before the attribution is no piece', 'In her view, Ana Ortiz said, the city should borrow.', 'In her view'],
    ['the channel of the statement before the attribution is no piece', 'In a letter to donors, Ana Ortiz said, the city should borrow.', 'In a letter to donors'],
    ['a date alone before the attribution is no piece', 'On May 18, Ana Ortiz said, the city borrowed more.', 'On May 18'],
    ['a discourse link before the attribution is no piece', 'After all, Ana Ortiz said, the city should borrow.', 'After all'],
    ['an adverbial clause before the attribution is no piece', 'As the crowd cheered, Ana Ortiz said, the city should borrow.', 'As the crowd cheered'],
    ['a coordinator alone is no piece', 'And, Ana Ortiz said, the city should borrow.', 'And'],
    ['an adjunct alone before a tail cue is no content', 'In light of the latest figures, Ana Ortiz added.', 'In light of the latest figures'],
    ['a list is no aside', 'Ortiz said that Ohio, Iowa and Texas were close.', 'that Ohio'],
    ['an aside is not the speaker\'s', 'A new poll suggests that the mayor, who has outspent every rival, still trails in the suburbs.', 'that the mayor, who has outspent every rival, still trails in the suburbs'],
    ['a base form after a capitalised adjective is a noun', 'Mississippi, a former Confederate state that votes early, ruled on Monday.', 'that votes early'],
    ['"points" after a number is a noun', 'In a head-to-head matchup, Ortiz leads by 14 points, 52 percent to 38 percent.', '52 percent to 38 percent'],
    ['a dash aside after a prepositional object is no subject', 'Dan Brock, founder of Correct the Record — a super PAC — was planning to call on the senator.', 'to call on the senator'],
    ['a determiner "that" inside an infinitive is no complementizer', 'Ortiz has pledged to stay in the race through that contest.', 'that contest'],
    ['an expletive "it" is no source', 'It is important to note that the fund was empty.', 'that the fund was empty'],
    ['a continuation with a verb of its own stays apart', 'The mayor said taxes would rise. And fees rose last year.', 'taxes would rise. And fees rose last year'],
    ['"But she also warned" is not joined to the claim before it', 'The budget is balanced, Ana Ortiz said. But she also warned that taxes would rise.', 'The budget is balanced. But she also warned that taxes would rise'],
    ['seeing a film is no view', 'Voters saw the film on Friday.', 'the film on Friday'],
    ['"as" opening a time clause is no view', 'Reporters saw him as he left the court.', 'him as he left the court'],
    ['"allegedly" before a noun is no claim', 'The site posted thousands of allegedly hacked emails.', 'hacked emails'],
    ['"reportedly" before a reporting verb leaves the claim to the verb', 'The mayor reportedly said that taxes would rise.', 'said that taxes would rise'],
    ['declaring bankruptcy', 'The company declared bankruptcy on Monday.', 'bankruptcy on Monday'],
    ['a verb of motion with a time phrase is no intention', 'Ana Ortiz went on Sunday to the market.', 'to the market'],
    // a cue's object with no verb says nothing a reader could check on its own
    ['a target dismissed', 'Ruiz dismissed the concerns.', 'the concerns'],
    ['a thing welcomed', 'The federation welcomed the payments but warned that they would not cover feed costs.', 'the payments'],
    ['a product recalled', 'Voltix recalled two million chargers.', 'two million chargers'],
    ['a record defended', 'Reached by phone, he defended his record.', 'his record'],
    ['a person criticised', 'Ortiz, who had said she would debate the mayor, criticized him on two fronts.', 'him on two fronts'],
    ['"told her staff": the possessed noun is no part of the content', 'Mayor Ana Ruiz told her staff the port was closing.', 'staff the port was closing'],
    ['"told her new staff": an adjective before the noun', 'Ana Ruiz told her new staff that the port was closing.', 'new staff that the port was closing'],
    ['"told reporters that": the addressee stays out', 'The coach told reporters that the players would stay home.', 'reporters that the players would stay home'],
    ['"told reporters on Friday that": the addressee stays out', 'The coach told reporters on Friday that the players would stay home.', 'reporters on Friday that the players would stay home'],
    ['a complementizer "that" takes no antecedent', 'Ana Ortiz argued that voters said the plan was fair.', 'Ana Ortiz argued that voters said the plan was fair'],
    ['a subject relative has no gap in the content', 'Dana Whitfield, who said the fund was empty, resigned.', 'Dana Whitfield, who said the fund was empty'],
    ['"first reported by": an event named is no claim', 'The merger, first reported by the Daily Ledger, was approved on Monday.', 'The merger'],
    ['a relative "that" after an addressee-like phrase is no complement', 'The union agreed to a plan that would cut overtime.', 'that would cut overtime'],
    ['a message noun without a reporting participle gives no claim', 'The ministry issued a statement condemning the attack.', 'the attack'],
    ['a subject noun cue does not run into the main clause', 'The allegation that the count was rigged spread quickly.', 'that the count was rigged spread quickly'],
    ['a noun with a relative clause after the content is no tail source', 'Diaz has accused the authority of hiring replacement workers, a charge the authority denies.', 'Diaz'],
    ['a compound plural opening a headline is no cue', 'Dock talks collapse as strike spreads', 'collapse as strike spreads'],
    ['a compound plural in a Title Case headline is no cue', 'Dock Talks Collapse As Strike Spreads\n\nThe strike began on Monday.', 'Collapse As Strike Spreads'],
    ['a headline\'s second predicate is no inverted cue with its own subject', 'Newspaper Says Mayor Cho Should Resign, Show Remorse\n\nThe editorial ran on Sunday.', 'Newspaper Says Mayor Cho Should Resign'],
    ['a second participle cue is no part of the first claim', 'Ana Ruiz spoke in Toledo, telling reporters that the port was failing and questioning how the board had kept its seats.', 'that the port was failing and questioning how the board had kept its seats'],
    ['"questioning" with a noun object is no question', 'Ana Ruiz spoke in Toledo, questioning the board.', 'the board'],
    ['a headline\'s second act is no part of its content', 'Mayor Says Budget Is Balanced, Vows Tax Cuts\n\nThe mayor spoke on Monday.', 'Budget Is Balanced, Vows Tax Cuts'],
    ['a headline\'s second act is no inverted cue with its object as subject', 'Mayor Says Budget Is Balanced, Vows Tax Cuts\n\nThe mayor spoke on Monday.', 'Mayor Says Budget Is Balanced'],
    ['holding a hearing is no claim', 'The court held a hearing on Monday.', 'a hearing on Monday'],
    ['ruling out is no claim', 'The senator ruled out a run for president.', 'out a run for president'],
    ['an interview\'s label is no source', 'Q: Will you raise taxes on the middle class?', 'Will you raise taxes on the middle class?'],
    ['an absolute phrase before the attribution is no content', 'Eyebrows raised, Ortiz asked whether the fund was empty.', 'Eyebrows raised'],
    ['an absolute phrase in -ing is no piece', 'His voice shaking, Ortiz said, the fund was empty.', 'His voice shaking'],
    ['a sentence opened by "Absent" has no source named Absent', 'Absent a defense of the plan, voters may conclude that it failed.', 'Absent'],
    ['"told" with an object and a clause is no tail', 'Ortiz told reporters the count was fair, and left.', 'Ortiz told reporters the count was fair'],
    ['an anonymity clause is no claim and hides none', 'A nurse, who asked not to be named, told the paper that patients waited for hours.', 'not to be named, told the paper that patients waited for hours'],
  ])('%s', (_what, sentence, notContent) => {
    expect(claimsOf(sentence).map((c) => c.content)).not.toContain(notContent);
  });

  it('the two pieces of a claim split by an aside share one group', () => {
    const claims = extract('A new poll suggests that the mayor, who has outspent every rival, still trails in the suburbs.').quotes.filter((q) => q.kind === 'indirect');
    expect(claims.map((c) => c.text)).toEqual(['that the mayor', 'still trails in the suburbs']);
    expect(claims[0]?.group).not.toBeNull();
    expect(claims[0]?.group).toBe(claims[1]?.group);
  });
});
