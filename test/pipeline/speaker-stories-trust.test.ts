import { describeStories, type StoryRow } from './story-rows.js';

/**
 * Eight invented stories read as a hostile fact-checker would: a criminal sentencing, a science
 * press release, a transfer rumour, a council debate where two women answer each other, an
 * obituary whose subject shares her surname with her son and husband, a company's results call,
 * an election night with three candidates, and a Q&A interview whose interviewer is never named.
 * Each row names a record by words of its text and the speaker it must have: a name, or `null`
 * (unknown: the text does not settle it) with the mention as written. `NOT_SPEAKERS` are phrases
 * that must never be anyone's speaker in their story.
 */

const ROWS: StoryRow[] = [
  // arson-trial: a judge, a prosecutor and a defence barrister by role and name; "she" and "he" in turn
  { story: 'arson-trial', text: 'he had put the lives of firefighters', speaker: 'Carol Whitfield', mention: 'Judge Carol Whitfield', type: 'person' },
  { story: 'arson-trial', text: 'You simply did not care', speaker: 'Carol Whitfield', mention: 'she' },
  { story: 'arson-trial', text: 'Vasko had bought petrol', speaker: 'Alan Pike', mention: 'He' },
  { story: 'arson-trial', text: 'he intended to appeal', speaker: 'Ruth Obi', mention: 'She' },
  // a company speaks, then "it" is the company
  { story: 'arson-trial', text: 'fraudulent claims cost honest customers', speaker: 'Castleway Mutual', mention: 'It', type: 'organization' },
  { story: 'arson-trial', text: 'he was glad it was over', speaker: 'a firefighter', type: 'anonymous' },
  // "Several" alone: who they are the text does not say
  { story: 'arson-trial', text: 'the sentence was too light', speaker: null, mention: 'Several' },
  // coral-study: a study named without the participle whose adjunct was cut off; a state speaking
  { story: 'coral-study', text: 'a strain of coral that survives', speaker: 'a study', type: 'document' },
  { story: 'coral-study', text: 'the team had tracked 400 colonies', speaker: 'Hana Mori', mention: 'She' },
  { story: 'coral-study', text: 'One reef is not the ocean', speaker: 'Luis Ortega', mention: 'he' },
  { story: 'coral-study', text: 'samples had been shared', speaker: 'The university', mention: 'It' },
  { story: 'coral-study', text: 'it would fund a follow-up survey', speaker: 'Australia', type: 'government' },
  { story: 'coral-study', text: 'the sample was too small', speaker: null, mention: 'Others', type: 'anonymous' },
  // striker-rumour: a role before a name is a description; "Another" is nobody named
  { story: 'striker-rumour', text: 'no offer had been received', speaker: 'Javier Luna', type: 'person' },
  { story: 'striker-rumour', text: 'Thiago is happy here', speaker: 'Javier Luna', mention: 'he' },
  { story: 'striker-rumour', text: 'I don\'t talk about players', speaker: 'Ian Doyle', mention: 'he' },
  { story: 'striker-rumour', text: 'focused on the season', speaker: 'Paulo Mendes' },
  { story: 'striker-rumour', text: 'it would call up Reis', speaker: 'Brazil', type: 'government' },
  { story: 'striker-rumour', text: 'a deal could be done within a week', speaker: 'One Rovers source', type: 'anonymous' },
  { story: 'striker-rumour', text: 'talks had stalled over wages', speaker: null, mention: 'Another' },
  // library-council: two women answer each other; each "she" is the one named in her sentence
  { story: 'library-council', text: 'We have no money left in the pot', speaker: 'Janet Moore', mention: 'she' },
  { story: 'library-council', text: 'Where do you expect them', speaker: 'Priya Shah', mention: 'she' },
  { story: 'library-council', text: 'the council had protected the mobile library', speaker: 'Janet Moore', mention: 'She' },
  { story: 'library-council', text: 'she would ask for the decision', speaker: 'Priya Shah', mention: 'She' },
  { story: 'library-council', text: 'Nobody enjoys this', speaker: 'Janet Moore', mention: 'she' },
  { story: 'library-council', text: 'save £180,000 a year', speaker: 'Graham Ellis' },
  // a lower-case role between the comma and the name
  { story: 'library-council', text: 'a disgrace', speaker: 'Margaret Lyle' },
  // obituary: the surname alone is the woman the story is about, not her son or husband
  { story: 'obituary', text: 'Grant died peacefully', speaker: 'Robert Grant' },
  { story: 'obituary', text: 'no job for a woman', speaker: 'Eleanor Grant', mention: 'Grant' },
  { story: 'obituary', text: 'I took that as a challenge', speaker: 'Eleanor Grant', mention: 'she' },
  { story: 'obituary', text: 'She never raised her voice', speaker: 'Samuel Okafor' },
  { story: 'obituary', text: 'she had operated on more than 4,000', speaker: 'Samuel Okafor', mention: 'He' },
  // cloud-earnings: the headline's short name is the company, never a person
  { story: 'cloud-earnings', text: 'it would buy back', speaker: 'Skyline', type: 'organization' },
  { story: 'cloud-earnings', text: 'We are adding capacity', speaker: 'Lena Park', mention: 'she' },
  { story: 'cloud-earnings', text: 'margins to narrow', speaker: 'David Kim', type: 'person' },
  { story: 'cloud-earnings', text: 'capital spending would reach', speaker: 'David Kim', mention: 'He' },
  { story: 'cloud-earnings', text: 'Not this year', speaker: 'Lena Park' },
  { story: 'cloud-earnings', text: 'the margin guidance was the only blemish', speaker: 'Tom Becker', mention: 'He' },
  // election-night: three candidates, two of whom talk about each other
  { story: 'election-night', text: 'We have knocked on every door', speaker: 'Sarah Wells', mention: 'she' },
  { story: 'election-night', text: 'early tallies looked strong', speaker: 'James Hart' },
  { story: 'election-night', text: 'a verdict on the council', speaker: 'James Hart', mention: 'He' },
  { story: 'election-night', text: 'That can only help us', speaker: 'Nadia Patel', mention: 'she' },
  { story: 'election-night', text: 'He was gracious', speaker: 'Sarah Wells', mention: 'she' },
  { story: 'election-night', text: 'less gracious by morning', speaker: 'Sarah Wells' },
  { story: 'election-night', text: 'always been confident', speaker: 'James Hart', mention: 'he' },
  { story: 'election-night', text: 'turnout was 61%', speaker: 'Brian Cole', mention: 'He' },
  { story: 'election-night', text: 'would not concede', speaker: 'A Patel aide', type: 'anonymous' },
  { story: 'election-night', text: 'they expected a recount', speaker: null, mention: 'Many' },
  // chef-interview: the answers are the interviewee's; the surname alone is him, not his daughter
  { story: 'chef-interview', text: 'I thought I would stay two years', speaker: 'Marco Bellini' },
  { story: 'chef-interview', text: 'On Monday I sleep', speaker: 'Marco Bellini' },
  { story: 'chef-interview', text: 'He says the kitchen is his holiday', speaker: 'Sofia Bellini', mention: 'she' },
  { story: 'chef-interview', text: 'he had no plans to retire', speaker: 'Marco Bellini', mention: 'Bellini' },
  { story: 'chef-interview', text: 'They will carry me out', speaker: 'Marco Bellini', mention: 'he' },
];

const NOT_SPEAKERS: [string, string][] = [
  ['arson-trial', 'no emotion'],
  ['arson-trial', 'Several'],
  ['arson-trial', 'Vasko'],
  ['coral-study', 'a study published'],
  ['coral-study', 'Others'],
  ['striker-rumour', 'Another'],
  ['library-council', 'Its organiser'],
  ['obituary', 'Peter Grant'],
  ['election-night', 'Many'],
  ['chef-interview', 'Q'],
];

describeStories('invented stories read by a fact-checker', ROWS, NOT_SPEAKERS);
