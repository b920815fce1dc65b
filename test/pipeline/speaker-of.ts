import { extract } from '../../src/pipeline/index.js';

/**
 * The speaker name of the first record of `text` whose words hold `fragment`: a name, null when the
 * record's speaker is unknown, undefined when no record holds the fragment.
 */
export function speakerOf(text: string, fragment: string): string | null | undefined {
  const r = extract(text).quotes.find((q) => q.text.includes(fragment));
  return r === undefined ? undefined : (r.speaker?.name ?? null);
}
