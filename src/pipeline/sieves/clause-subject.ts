import { characterizes } from '../clause-verb.js';
import { mentionStarts } from '../mention-starts.js';
import { lastIndexBefore, type EntityIndex } from '../entities.js';
import { decideFromCue, type Sieve } from './sieve.js';

/**
 * A partial quotation in the object of its sentence's main verb, no verb of saying near it:
 * `Senator Ryan worried that the net was becoming “a hammock …”` is Ryan's (see `clauseVerb`).
 * Passes when a person is named between the verb and the quotation (`bemoaned Clinton's “…”`):
 * the later sieves then drop the partial quotation, since nobody is tied to it; not when the verb
 * describes that person as the quoted words (`referred to Rubio as “…”`).
 */
export const clauseSubject: Sieve = {
  name: 'clause-subject',
  decide(ctx, q) {
    const cue = q.clause;
    if (!cue) return null;
    const mark = ctx.text.slice(cue.cue.end, q.end).search(/["“«]|''/u);
    const markAt = mark < 0 ? q.end : cue.cue.end + mark;
    // "Bush referred to Rubio as “a bright leader”": the person named is the one described
    if (!characterizes(ctx.text, cue.cue, markAt) && personBetween(ctx.entities, cue.cue.end, markAt)) return null;
    return decideFromCue(ctx, cue, this.name, 0.55);
  },
};

/** Is a person named between `from` and `to`? */
function personBetween(index: EntityIndex, from: number, to: number): boolean {
  const ms = index.mentions;
  for (let i = lastIndexBefore(mentionStarts(index), from) + 1; i < ms.length && (ms[i]?.mention.start ?? to) < to; i++) {
    if (ms[i]?.entity.type === 'person') return true;
  }
  return false;
}
