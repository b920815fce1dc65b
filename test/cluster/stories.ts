/**
 * Invented articles in which one statement by a mayor is carried by several outlets: verbatim,
 * with a changed number, with its "not" dropped, as a partial quotation, given to another
 * person, plus a common phrase several people say that must stay out of the cluster.
 */

export const STATEMENT = 'We will not raise the water tax by 40 percent this year, whatever the council decides in March.';

interface Story {
  file: string;
  outlet: string;
  date: string;
  body: string[];
}

function article(s: Story): string {
  return [`Water tax row in Millbrook`, '', `Published: ${s.date}`, '', `By Sam Reed, ${s.outlet}`, '', ...s.body.flatMap((p) => [p, ''])].join('\n');
}

/** In the order they are ingested: the first stored (River Post) is not the earliest. */
export const STORIES: readonly Story[] = [
  {
    file: 'river-post.txt',
    outlet: 'River Post',
    date: 'March 5, 2025',
    body: [
      'The mayor spoke after a long meeting on Tuesday night.',
      '“We will not raise the water tax by 14 percent this year, whatever the council decides in March,” Mayor Elena Ruiz said.',
      '“We are monitoring the situation closely,” Tom Berg said.',
    ],
  },
  {
    file: 'harbor-gazette.txt',
    outlet: 'Harbor Gazette',
    date: 'March 3, 2025',
    body: [
      'Millbrook’s mayor answered questions from residents on Monday.',
      `“${STATEMENT.replace(/\.$/, ',')}” Mayor Elena Ruiz said.`,
      '“We are monitoring the situation closely,” Ruiz added.',
    ],
  },
  {
    file: 'valley-tribune.txt',
    outlet: 'Valley Tribune',
    date: 'March 3, 2025',
    body: [
      'Residents packed the hall to hear the mayor on Monday.',
      `“${STATEMENT.replace(/\.$/, ',')}” Mayor Elena Ruiz told the crowd.`,
    ],
  },
  {
    file: 'coast-herald.txt',
    outlet: 'Coast Herald',
    date: 'March 6, 2025',
    body: [
      'The mayor’s promise drew cheers and some doubts.',
      '“We will raise the water tax by 40 percent this year, whatever the council decides in March,” Mayor Elena Ruiz said.',
    ],
  },
  {
    file: 'metro-daily.txt',
    outlet: 'Metro Daily',
    date: 'March 7, 2025',
    body: [
      'The mayor has promised residents relief.',
      'Mayor Elena Ruiz said the city would “not raise the water tax by 40 percent this year” under any plan.',
    ],
  },
  {
    file: 'lake-courier.txt',
    outlet: 'Lake Courier',
    date: 'March 8, 2025',
    body: [
      'A council member repeated the promise on Friday.',
      `“${STATEMENT.replace(/\.$/, ',')}” council member Tom Berg said.`,
      '“We are monitoring the situation closely and will decide on the bridge repairs next week,” Fire Chief Dana Cole said.',
    ],
  },
];

export const storyText = article;
