import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/index.js';

/**
 * A partial quotation's paraphrase that reaches a fronted subordinate clause ("that once …,") goes
 * on to the content's main clause; a subordinate clause after its main clause still ends at its
 * comma. Invented sentences.
 */
type Row = [what: string, sentence: string, span: string];

const mixedSpans = (text: string): string[] => extract(text).quotes.filter((q) => q.kind === 'mixed').map((q) => q.text);

describe('a fronted subordinate clause leads into the content\'s main clause', () => {
  it.each<Row>([
    ['"once" after "that"', 'The senator said she is "confident" that once the primaries are over, the party will unite.', 'she is "confident" that once the primaries are over, the party will unite'],
    ['"if" after "that", then a second quotation', 'The senator said she is "sure" that if the levy passes, "the clinics will stay open."', 'she is "sure" that if the levy passes, "the clinics will stay open."'],
  ])('%s', (_what, sentence, span) => expect(mixedSpans(sentence)).toContain(span));

  it.each<Row>([
    ['the clause follows its main clause', 'The senator called the strike "a failure" when it ended in May, and the union agreed.', 'the strike "a failure" when it ended in May'],
    ['no subordinator after "that"', 'The senator said she is "confident" that the party will unite, even if it takes time.', 'she is "confident" that the party will unite'],
  ])('not when %s', (_what, sentence, span) => expect(mixedSpans(sentence)).toContain(span));
});
