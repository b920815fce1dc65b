import type { ExtractResult } from '../schema/article.js';

export interface ExtractOptions {
  /** Skip indirect-speech claims and return quotations only. */
  quotesOnly?: boolean;
}

/** Thrown for input extract() cannot work on (not a string); the only error it throws. */
export class ExtractInputError extends TypeError {
  override readonly name = 'ExtractInputError';
}

/**
 * Every quotation (and, later, reported claim) in a news article, each with its speaker.
 * Offsets are UTF-16 offsets into `text`, end-exclusive; quotation spans include their marks.
 *
 * FOUNDATION PLACEHOLDER: the pipeline stages replace this body.
 */
export function extract(text: string, _options: ExtractOptions = {}): ExtractResult {
  if (typeof text !== 'string') throw new ExtractInputError('extract() needs a string');
  return { article: { title: null, outlet: null, authors: [], published: null }, quotes: [], diagnostics: [] };
}
