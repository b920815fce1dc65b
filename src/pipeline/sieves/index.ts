import { accordingTo } from './according-to.js';
import { appositionTitle } from './apposition-title.js';
import { clauseSubject } from './clause-subject.js';
import { colonClause } from './colon-clause.js';
import { colonLead } from './colon-lead.js';
import { colonName } from './colon-name.js';
import { continuation } from './continuation.js';
import { cueName } from './cue-name.js';
import { deniedSpeech } from './denied.js';
import { nearbySpeaker } from './nearby-speaker.js';
import { nounPhrase } from './noun-phrase.js';
import { pronoun } from './pronoun.js';
import { roleNoun } from './role-noun.js';
import { signature } from './signature.js';
import type { ArticleContext, Decision, QuoteContext, Sieve } from './sieve.js';

/**
 * The attribution sieves in their fixed order: surest first. Each sees only quotations no earlier
 * sieve decided. Role nouns come before pronouns so that `“…,” he said` after
 * `The US President told reporters …` finds the President already decided.
 */
export const SIEVES: readonly Sieve[] = [deniedSpeech, cueName, appositionTitle, roleNoun, pronoun, nounPhrase, signature, colonName, colonLead, colonClause, continuation, accordingTo, clauseSubject, nearbySpeaker];

/**
 * Run the sieves over every quotation in document order (so "the most recent speaker" is always
 * decided before it is needed). A quotation no sieve decides gets `rule: 'unattributed'`, speaker null.
 */
export function attribute(ctx: Omit<ArticleContext, 'decided'>): Decision[] {
  const full: ArticleContext = { ...ctx, decided: [] };
  for (const q of ctx.quotes) full.decided[q.index] = decideOne(full, q);
  return full.decided.map((d) => d ?? unattributed());
}

function decideOne(ctx: ArticleContext, q: QuoteContext): Decision {
  for (const sieve of SIEVES) {
    const d = sieve.decide(ctx, q);
    if (d) return d;
  }
  return unattributed();
}

function unattributed(): Decision {
  return { speaker: null, cue: null, rule: 'unattributed', confidence: 0.2 };
}
